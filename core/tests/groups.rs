//! 专项行动工作组 and 专家咨询委员会 (C3): editing, reordering and retiring groups with history,
//! the group page's tasks and reporting, the experts' terms, status and the panel's warnings,
//! and the three prints read back.

mod common;

use committee_core::*;
use common::*;

fn group_input(desk: &Desk, name: &str) -> ActionGroupInput {
    ActionGroupInput {
        name: name.into(),
        lead_unit_id: Some(unit_id(desk, "市卫健委")),
        cooperating_unit_ids: vec![unit_id(desk, "市教体局"), unit_id(desk, "市卫健委")],
        people: vec![
            GroupPerson {
                role: GroupRole::Leader,
                member_id: None,
                name: "王海彦".into(),
                post: "副主任".into(),
                unit_name: "市卫健委".into(),
            },
            GroupPerson {
                role: GroupRole::Member,
                member_id: Some(999_999),
                name: " 李雪 ".into(),
                post: String::new(),
                unit_name: String::new(),
            },
        ],
        duties: "研究制订专项行动实施方案。".into(),
        targets: "健康素养水平不低于30%。".into(),
    }
}

fn expert(name: &str, kind: RecommenderKind, group: Option<i64>, area: &str) -> ExpertInput {
    ExpertInput {
        name: name.into(),
        employer: "市人民医院".into(),
        professional_title: "主任医师".into(),
        specialty: "心血管内科".into(),
        recommender_kind: kind,
        recommender_group_id: group,
        recommender_area: area.into(),
        panel_role: PanelRole::Member,
        term_from: "2025-02-01".into(),
        phone: String::new(),
    }
}

#[test]
fn a_group_keeps_its_people_units_and_duties_and_names_errors_by_field() {
    let mut desk = wugang_desk();
    let g = desk.add_action_group(&group_input(&desk, "健康细胞建设行动")).unwrap();
    // The lead unit is not also a cooperating unit; a seat that does not exist is kept as typed.
    assert_eq!(g.cooperating_unit_ids, vec![unit_id(&desk, "市教体局")]);
    assert_eq!(g.people[1].name, "李雪");
    assert_eq!(g.people[1].member_id, None);
    let last = desk.action_groups().unwrap().last().unwrap().clone();
    assert_eq!(last.id, g.id, "a new group goes after the others");

    let taken = desk
        .add_action_group(&group_input(&desk, "健康知识普及行动"))
        .unwrap_err();
    assert_eq!(taken.field.as_deref(), Some("name"));
    let mut nameless = group_input(&desk, "某行动");
    nameless.people[0].name = " ".into();
    let err = desk.add_action_group(&nameless).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("people"));
    assert!(err.message.contains("第1位人员的姓名"), "{}", err.message);
}

#[test]
fn groups_reorder_retire_and_come_back_with_history() {
    let mut desk = wugang_desk();
    let ids: Vec<i64> = desk.action_groups().unwrap().iter().map(|g| g.id).collect();
    let mut reversed = ids.clone();
    reversed.reverse();
    desk.reorder_action_groups(&reversed).unwrap();
    assert_eq!(desk.action_groups().unwrap()[0].id, ids[ids.len() - 1]);

    let bad = desk.retire_action_group(ids[0], "2026-13-01").unwrap_err();
    assert_eq!(bad.field.as_deref(), Some("retiredOn"));
    desk.retire_action_group(ids[0], "2026-11-20").unwrap();
    assert_eq!(desk.action_groups().unwrap().len(), ids.len() - 1);
    let page = desk.action_group_page().unwrap();
    assert_eq!(page.groups.last().unwrap().group.id, ids[0], "retired groups come last");
    assert!(desk.action_group_units().unwrap().iter().all(|g| g.group_id != ids[0]));

    let later = desk.retire_action_group(ids[1], "2026-12-01").unwrap_err();
    assert_eq!(later.field.as_deref(), Some("retiredOn"), "not after today");
    desk.reinstate_action_group(ids[0]).unwrap();
    assert_eq!(desk.action_groups().unwrap().len(), ids.len());
    let history = desk.history_of("action_group", ids[0]).unwrap();
    let actions: Vec<&str> = history.iter().map(|h| h.action.as_str()).collect();
    assert_eq!(actions, ["insert", "update", "update", "update"]);
}

#[test]
fn the_group_page_shows_its_tasks_and_how_its_units_report_this_month() {
    let mut desk = wugang_desk();
    let page = desk.action_group_page().unwrap();
    assert_eq!(page.period_label, None);
    let knowledge = &page.groups[0];
    assert_eq!(knowledge.group.name, "健康知识普及行动");
    assert_eq!(knowledge.tasks.len(), 1);
    assert!(knowledge.reporting.is_empty(), "no period opened yet");

    let period = desk.open_period(2026, 11).unwrap();
    let page = desk.action_group_page().unwrap();
    assert_eq!(page.period_label.as_deref(), Some(period.label().as_str()));
    let reporting = &page.groups[0].reporting;
    assert_eq!(reporting[0].unit_name, "市卫健委");
    assert_eq!(reporting[0].status, ReportStatus::NotFiled);
}

#[test]
fn a_name_a_retired_group_had_brings_its_tasks_to_the_group_working_under_it() {
    let mut desk = wugang_desk();
    let old = desk.action_groups().unwrap()[0].clone();
    desk.retire_action_group(old.id, "2026-11-01").unwrap();
    let new = desk.add_action_group(&group_input(&desk, &old.name)).unwrap();
    let page = desk.action_group_page().unwrap();
    let row = |id: i64| page.groups.iter().find(|g| g.group.id == id).unwrap();
    assert_eq!(row(new.id).tasks.len(), 1);
    assert!(row(old.id).tasks.is_empty());
}

#[test]
fn a_removed_unit_drops_out_of_its_groups() {
    let mut desk = wugang_desk();
    let spare = desk.add_unit(&unit("市数据局")).unwrap();
    let mut input = group_input(&desk, "健康细胞建设行动");
    input.cooperating_unit_ids.push(spare.id);
    let g = desk.add_action_group(&input).unwrap();
    desk.delete_unit(spare.id, None).unwrap();
    let page = desk.action_group_page().unwrap();
    let row = page.groups.iter().find(|r| r.group.id == g.id).unwrap();
    assert_eq!(row.cooperating_unit_names, ["市教体局"]);
    // Saving the group again is not refused for the unit that went.
    desk.update_action_group(g.id, &input).unwrap();
    assert_eq!(
        desk.action_groups().unwrap().last().unwrap().cooperating_unit_ids.len(),
        1
    );
}

#[test]
fn a_group_named_in_an_invitation_brings_its_cooperating_units() {
    let mut desk = wugang_desk();
    let g = desk.add_action_group(&group_input(&desk, "健康细胞建设行动")).unwrap();
    let units = desk.action_group_units().unwrap();
    let mine = units.iter().find(|u| u.group_id == g.id).unwrap();
    assert!(mine.unit_ids.contains(&unit_id(&desk, "市教体局")));
    assert!(mine.unit_ids.contains(&unit_id(&desk, "市卫健委")));
}

#[test]
fn an_expert_serves_two_years_then_expires_or_is_dismissed_with_reason() {
    let mut desk = wugang_desk();
    let group = desk.action_groups().unwrap()[0].id;
    let e = desk
        .add_expert(&expert("张明", RecommenderKind::Group, Some(group), ""))
        .unwrap();
    assert_eq!(
        e.term_to, "2027-01-31",
        "两年聘期 ends the day before the second anniversary"
    );
    let leap = desk
        .add_expert(&ExpertInput {
            term_from: "2024-03-01".into(),
            ..expert("李华", RecommenderKind::Area, None, "湖滨区")
        })
        .unwrap();
    assert_eq!(leap.term_to, "2026-02-28");

    let rows = desk.list_experts().unwrap();
    let status = |name: &str| rows.iter().find(|r| r.expert.name == name).unwrap().status;
    assert_eq!(status("张明"), ExpertStatus::Serving);
    assert_eq!(status("李华"), ExpertStatus::Expired);
    assert_eq!(rows[0].recommender, "健康知识普及行动");

    let no_reason = desk
        .dismiss_expert(
            e.id,
            &DismissExpertInput {
                on: "2026-11-01".into(),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(no_reason.field.as_deref(), Some("reason"));
    for on in ["2025-01-01", "2026-12-01", "2027-03-01"] {
        let wrong = desk
            .dismiss_expert(
                e.id,
                &DismissExpertInput {
                    on: on.into(),
                    reason: "违反专家咨询委员工作有关规定".into(),
                    document: String::new(),
                },
            )
            .unwrap_err();
        assert_eq!(
            wrong.field.as_deref(),
            Some("on"),
            "{on}: within the term, not after today"
        );
    }
    assert!(desk.undo_expert_dismissal(e.id).is_err(), "nothing to undo yet");
    desk.dismiss_expert(
        e.id,
        &DismissExpertInput {
            on: "2026-11-01".into(),
            reason: "违反专家咨询委员工作有关规定".into(),
            document: "三健委函〔2026〕5号".into(),
        },
    )
    .unwrap();
    let rows = desk.list_experts().unwrap();
    let dismissed = rows.iter().find(|r| r.expert.id == e.id).unwrap();
    assert_eq!(dismissed.status, ExpertStatus::Dismissed);
    assert_eq!(dismissed.expert.dismissal_document, "三健委函〔2026〕5号");
    let moved = desk
        .update_expert(
            e.id,
            &ExpertInput {
                term_from: "2026-11-02".into(),
                ..expert("张明", RecommenderKind::Group, Some(group), "")
            },
        )
        .unwrap_err();
    assert_eq!(
        moved.field.as_deref(),
        Some("termFrom"),
        "the term starts before its 解聘"
    );
    desk.undo_expert_dismissal(e.id).unwrap();
    assert_eq!(desk.list_experts().unwrap()[0].status, ExpertStatus::Serving);
}

#[test]
fn an_expert_needs_a_recommender_and_a_valid_start() {
    let mut desk = wugang_desk();
    let err = desk
        .add_expert(&expert("张明", RecommenderKind::Group, None, ""))
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("recommenderGroupId"));
    let err = desk
        .add_expert(&expert("张明", RecommenderKind::Area, None, " "))
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("recommenderArea"));
    let err = desk
        .add_expert(&ExpertInput {
            term_from: "2026/01/01".into(),
            ..expert("张明", RecommenderKind::Area, None, "湖滨区")
        })
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("termFrom"));
    assert!(desk.list_experts().unwrap().is_empty());
}

#[test]
fn terms_ending_within_sixty_days_reach_the_dashboard() {
    let mut desk = wugang_desk();
    // Today is 2026-11-25: a term from 2025-01-20 ends 2027-01-19, 55 days on.
    for (name, from) in [("近期届满", "2025-01-20"), ("尚早", "2025-06-01")] {
        desk.add_expert(&ExpertInput {
            term_from: from.into(),
            ..expert(name, RecommenderKind::Area, None, "湖滨区")
        })
        .unwrap();
    }
    let dash = desk.dashboard().unwrap();
    let names: Vec<&str> = dash.expiring_experts.iter().map(|r| r.expert.name.as_str()).collect();
    assert_eq!(names, ["近期届满"]);
    assert_eq!(dash.expiring_experts[0].days_left, Some(55));
}

#[test]
fn the_panel_rules_are_warnings_not_refusals() {
    let mut desk = wugang_desk();
    assert!(
        desk.expert_panel_warnings().unwrap().is_empty(),
        "no panel yet, nothing to warn"
    );
    let group = desk.action_groups().unwrap()[0].id;
    desk.add_expert(&expert("张明", RecommenderKind::Group, Some(group), ""))
        .unwrap();
    for name in ["甲", "乙", "丙"] {
        desk.add_expert(&expert(name, RecommenderKind::Area, None, "湖滨区"))
            .unwrap();
    }
    let warnings = desk.expert_panel_warnings().unwrap();
    assert!(warnings.contains(&"健康知识普及行动推荐了1名在聘专家（应推荐2~3名）".to_owned()));
    assert!(warnings.contains(&"湖滨区推荐了3名在聘专家（应推荐1~2名）".to_owned()));
    assert!(warnings.contains(&"专家咨询委员会现有0名主任（应为1名）".to_owned()));
    let none = warnings.iter().find(|w| w.contains("尚无在聘专家")).unwrap();
    assert!(
        none.starts_with("15个工作组尚无在聘专家（每组应推荐2~3名）：合理膳食行动、"),
        "{none}"
    );
}

#[test]
fn a_deleted_expert_waits_in_the_recycle_bin() {
    let mut desk = wugang_desk();
    let e = desk
        .add_expert(&expert("张明", RecommenderKind::Area, None, "湖滨区"))
        .unwrap();
    desk.delete_expert(e.id).unwrap();
    assert!(desk.list_experts().unwrap().is_empty());
    let bin = desk.recycle_bin().unwrap();
    assert_eq!(bin[0].kind, BinKind::Expert);
    assert_eq!(bin[0].title, "张明");
    desk.restore_from_bin(BinKind::Expert, e.id).unwrap();
    assert_eq!(desk.list_experts().unwrap().len(), 1);
}

#[test]
fn the_groups_list_prints_as_a_notices_attachment_and_as_a_sheet() {
    let mut desk = wugang_desk();
    let mut input = group_input(&desk, "健康知识普及行动");
    input.people.push(GroupPerson {
        role: GroupRole::Deputy,
        member_id: None,
        name: "赵一".into(),
        post: "疾控科科长".into(),
        unit_name: "市卫健委".into(),
    });
    let first = desk.action_groups().unwrap()[0].id;
    desk.update_action_group(first, &input).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("groups.pdf");
    std::fs::write(&pdf, desk.action_groups_file(ExportFormat::Pdf).unwrap()).unwrap();
    let text = unspaced(&pdf_text(&pdf));
    assert!(text.contains("健康舞钢行动推进委员会专项行动工作组名单"), "{text}");
    assert!(text.contains("一、健康知识普及行动工作组"));
    assert!(text.contains("组长：王海彦（市卫健委副主任）"), "{text}");
    assert!(text.contains("副组长：赵一（市卫健委疾控科科长）"), "{text}");
    assert!(text.contains("配合单位：市教体局"));
    assert_fonts_subset(&pdf);

    use calamine::Reader;
    let mut book = xlsx(&desk.action_groups_file(ExportFormat::Xlsx).unwrap());
    let range = book.worksheet_range("专项行动工作组").unwrap();
    let row: Vec<String> = range.rows().nth(2).unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(row[1], "健康知识普及行动工作组");
    assert_eq!(row[3], "王海彦（市卫健委副主任）", "{row:?}");

    // 全部导出 names the people and units, not the stored ids.
    let mut all = xlsx(&desk.everything_xlsx().unwrap());
    let sheet = all.worksheet_range("专项行动工作组").unwrap();
    let first: Vec<String> = sheet.rows().nth(1).unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(&first[3..7], ["市卫健委", "市教体局", "王海彦", "赵一"], "{first:?}");
}

#[test]
fn appointment_letters_print_one_page_per_expert_and_the_panel_as_a_list() {
    let mut desk = wugang_desk();
    let group = desk.action_groups().unwrap()[0].id;
    let a = desk
        .add_expert(&ExpertInput {
            panel_role: PanelRole::Director,
            term_from: "2026-03-01".into(),
            ..expert("张明", RecommenderKind::Group, Some(group), "")
        })
        .unwrap();
    desk.add_expert(&ExpertInput {
        term_from: "2026-03-01".into(),
        ..expert("李华", RecommenderKind::Area, None, "湖滨区")
    })
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("letters.pdf");
    let file = desk
        .output_file(&Printable::AppointmentLetters { expert_ids: vec![] }, ExportFormat::Pdf)
        .unwrap();
    assert_eq!(file.name, "聘书.pdf");
    std::fs::write(&pdf, file.bytes).unwrap();
    assert_eq!(page_count(&pdf), 2);
    assert!(
        !pdf_text(&pdf).contains("— 1 —"),
        "a certificate carries no page number"
    );
    let text = unspaced(&pdf_text(&pdf));
    assert!(text.contains("聘书"));
    assert!(
        text.contains("兹聘请张明同志为健康舞钢行动专家咨询委员会主任。"),
        "{text}"
    );
    assert!(text.contains("聘期两年，自2026年3月1日至2028年2月29日。"), "{text}");
    assert!(text.contains("2026年3月1日"));
    let one = desk
        .output_file(
            &Printable::AppointmentLetters { expert_ids: vec![a.id] },
            ExportFormat::Pdf,
        )
        .unwrap();
    assert_eq!(one.name, "聘书_张明.pdf");

    let list = dir.path().join("panel.pdf");
    std::fs::write(&list, desk.expert_panel_file(ExportFormat::Pdf).unwrap()).unwrap();
    let text = unspaced(&pdf_text(&list));
    assert!(text.contains("健康舞钢行动专家咨询委员会成员名单"), "{text}");
    assert!(text.contains("共2人"));
    use calamine::Reader;
    let mut book = xlsx(&desk.expert_panel_file(ExportFormat::Xlsx).unwrap());
    let range = book.worksheet_range("专家咨询委员会").unwrap();
    let names: Vec<String> = range.rows().skip(3).map(|r| r[1].to_string()).collect();
    assert_eq!(names, ["张明", "李华"], "主任 first");
}
