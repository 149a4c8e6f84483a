//! The demonstration office's working groups and expert panel: the first three groups with
//! their leaders from the roster and the people their lead units named, and a panel of six
//! experts recommended by the groups and by two districts, one of them near the term's end.

use committee_core::{ActionGroupInput, Desk, ExpertInput, GroupPerson, GroupRole, PanelRole, RecommenderKind, Result};

fn person(role: GroupRole, name: &str, post: &str, unit: &str) -> GroupPerson {
    GroupPerson {
        role,
        member_id: None,
        name: name.into(),
        post: post.into(),
        unit_name: unit.into(),
    }
}

/// Fills in the first three groups; every other one keeps its name and lead unit.
pub fn demo_groups(desk: &mut Desk) -> Result<()> {
    let units = desk.list_units()?;
    let unit = |name: &str| units.iter().find(|u| u.unit.name == name).map(|u| u.unit.id);
    let groups = desk.action_groups()?;
    let people = [
        ("张建国", "李红梅", "王磊", "市教体局", "杨帆"),
        ("刘志强", "陈静", "赵亮", "市市场监管局", "黄伟"),
        ("孙立新", "周敏", "吴涛", "市民政局", "林晓"),
    ];
    for (g, (leader, deputy, member, cooperating, helper)) in groups.iter().zip(people) {
        let lead = g.lead_unit_id.and_then(|id| units.iter().find(|u| u.unit.id == id));
        let lead_name = lead.map(|u| u.unit.name.clone()).unwrap_or_default();
        desk.update_action_group(
            g.id,
            &ActionGroupInput {
                name: g.name.clone(),
                lead_unit_id: g.lead_unit_id,
                cooperating_unit_ids: unit(cooperating).into_iter().collect(),
                people: vec![
                    person(GroupRole::Leader, leader, "副主任", &lead_name),
                    person(GroupRole::Deputy, deputy, "业务科科长", &lead_name),
                    person(GroupRole::Member, member, "科员", &lead_name),
                    person(GroupRole::Member, helper, "副局长", cooperating),
                ],
                duties: "研究制订专项行动实施方案，确定年度工作重点并协调落实；组织开展监测评估。".into(),
                targets: String::new(),
            },
        )?;
    }
    Ok(())
}

/// Six experts; answers their ids.
pub fn demo_experts(desk: &mut Desk) -> Result<Vec<i64>> {
    let groups = desk.action_groups()?;
    let experts = [
        (
            "郑国华",
            "市人民医院",
            "主任医师",
            "心血管内科",
            Some(0),
            "",
            PanelRole::Director,
            "2025-03-01",
        ),
        (
            "钱晓燕",
            "市疾病预防控制中心",
            "主任医师",
            "慢性病防治",
            Some(0),
            "",
            PanelRole::Deputy,
            "2025-03-01",
        ),
        (
            "冯立",
            "市中医院",
            "副主任医师",
            "中医养生",
            Some(1),
            "",
            PanelRole::Member,
            "2025-03-01",
        ),
        (
            "何蕾",
            "市妇幼保健院",
            "主任医师",
            "妇幼保健",
            Some(1),
            "",
            PanelRole::Member,
            "2025-03-01",
        ),
        (
            "韩冬",
            "湖滨区人民医院",
            "副主任医师",
            "全科医学",
            None,
            "湖滨区",
            PanelRole::Member,
            "2025-01-15",
        ),
        (
            "曹宁",
            "陕州区卫生健康委",
            "高级讲师",
            "健康教育",
            None,
            "陕州区",
            PanelRole::Member,
            "2025-03-01",
        ),
    ];
    let mut ids = Vec::new();
    for (name, employer, title, specialty, group, area, role, from) in experts {
        let input = ExpertInput {
            name: name.into(),
            employer: employer.into(),
            professional_title: title.into(),
            specialty: specialty.into(),
            recommender_kind: if group.is_some() {
                RecommenderKind::Group
            } else {
                RecommenderKind::Area
            },
            recommender_group_id: group.map(|i: usize| groups[i].id),
            recommender_area: area.into(),
            panel_role: role,
            term_from: from.into(),
            phone: String::new(),
        };
        ids.push(desk.add_expert(&input)?.id);
    }
    Ok(ids)
}
