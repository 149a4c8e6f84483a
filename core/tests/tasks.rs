//! 目标任务分解: the 健康舞钢 preset's breakdown, validation naming the field, soft delete with history.

mod common;

use committee_core::*;
use common::*;

fn task(action: &str, content: &str) -> TaskInput {
    TaskInput {
        action_name: action.into(),
        content: content.into(),
        active: true,
        ..TaskInput::default()
    }
}

#[test]
fn the_wugang_preset_brings_one_task_per_special_action_with_its_lead_unit() {
    let desk = wugang_desk();
    let tasks = desk.list_tasks().unwrap();
    assert_eq!(tasks.len(), 16);
    assert_eq!(tasks[0].task.seq, 1);
    assert_eq!(tasks[0].task.action_name, "健康知识普及行动");
    assert_eq!(tasks[0].lead_unit_name.as_deref(), Some("市卫健委"));
    let fitness = tasks.iter().find(|t| t.task.action_name == "全民健身行动").unwrap();
    assert_eq!(fitness.lead_unit_name.as_deref(), Some("市体育运动发展中心"));
}

#[test]
fn a_new_task_is_numbered_after_the_last_and_errors_name_the_field() {
    let mut desk = empty_desk();
    let unit = desk.add_unit(&unit("爱卫办综合科")).unwrap();
    let first = desk
        .add_task(&TaskInput {
            lead_unit_id: Some(unit.id),
            ..task("健康环境营造工程", "病媒生物防治；农村卫生厕所普及。")
        })
        .unwrap();
    let second = desk
        .add_task(&task("健康细胞建设工程", "推进健康乡镇、健康社区（村）创建工作。"))
        .unwrap();
    assert_eq!((first.seq, second.seq), (1, 2));

    let err = desk.add_task(&task("健康文化推进工程", "  ")).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("content"));
    let err = desk
        .add_task(&TaskInput {
            lead_unit_id: Some(9999),
            ..task("创新发展工程", "至少有一项创新项目")
        })
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("leadUnitId"));
    let err = desk
        .add_task(&TaskInput {
            seq: Some(0),
            ..task("创新发展工程", "至少有一项创新项目")
        })
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("seq"));
    assert_eq!(desk.list_tasks().unwrap().len(), 2, "nothing saved by a refused input");
}

#[test]
fn editing_and_deleting_keep_history() {
    let mut desk = empty_desk();
    let t = desk.add_task(&task("健康环境营造工程", "病媒生物防治")).unwrap();
    let input = TaskInput {
        lead_leader: "王建伟".into(),
        ..task("健康环境营造工程", "病媒生物防治；农村卫生厕所普及。")
    };
    let updated = desk.update_task(t.id, &input).unwrap();
    assert_eq!(updated.lead_leader, "王建伟");
    assert_eq!(updated.seq, 1, "the number stays when none is given");
    desk.delete_task(t.id).unwrap();
    assert!(desk.list_tasks().unwrap().is_empty());
    assert_eq!(desk.history_of("task", t.id).unwrap().len(), 3);
    assert_eq!(desk.delete_task(t.id).unwrap_err().code, ErrorCode::NotFound);
}
