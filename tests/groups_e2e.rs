//! 专项行动工作组 and 专家咨询委员会 through the real window: a group gets its 组长 and is
//! exported as the notice's 附件, an expert is appointed and the 聘书 exported, and a term near
//! its end shows on the 工作台.

use committee_core::{ExpertInput, PanelRole, RecommenderKind};
use committee_e2e::{wugang_desk, Session};

async fn give_a_group_its_leader(s: &Session) {
    s.click("[data-test='menu-groups']").await;
    s.wait_for_text("16 个工作组").await;
    s.click("[data-test='edit-group-1']").await;
    s.wait_for_text("编辑工作组").await;
    s.click("[data-test='add-person']").await;
    s.fill("person-name", "张建国").await;
    s.click("[data-test='dialog-submit']").await;
    s.wait_without_text("编辑工作组").await;
    s.wait_for_text("张建国").await;
    s.screenshot("40-action-groups").await;
}

async fn export_the_groups(s: &Session, data_home: &std::path::Path) {
    s.click("[data-test='export-pdf']").await;
    s.wait_for_text("专项行动工作组名单.pdf").await;
    let pdf = std::fs::read(data_home.join("exports").join("专项行动工作组名单.pdf")).expect("the list was written");
    assert!(pdf.starts_with(b"%PDF"));
}

async fn appoint_an_expert(s: &Session, data_home: &std::path::Path) {
    s.click_text("div", "专家咨询委员会").await;
    s.wait_for_text("在聘 1 人").await;
    s.wait_for_text("50天后届满").await;
    s.click("[data-test='add-expert']").await;
    s.wait_for_text("新增专家").await;
    s.fill("expert-name", "郑国华").await;
    s.fill("expert-employer", "市人民医院").await;
    s.click("[data-test='expert-group']").await;
    s.click_text("li", "健康知识普及行动").await;
    s.wait_for_text("聘期两年，至2028年11月24日").await;
    s.click("[data-test='dialog-submit']").await;
    s.wait_for_text("在聘 2 人").await;
    s.screenshot("41-expert-panel").await;
    s.click("[data-test='export-letters']").await;
    s.wait_for_text("聘书.pdf").await;
    let pdf = std::fs::read(data_home.join("exports").join("聘书.pdf")).expect("the letters were written");
    assert!(pdf.starts_with(b"%PDF"));
}

async fn see_the_term_on_the_dashboard(s: &Session) {
    s.click("[data-test='menu-dashboard']").await;
    s.wait_for_text("专家聘期即将届满").await;
    s.wait_for_text("韩冬（湖滨区人民医院）").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn groups_and_the_expert_panel() {
    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(data.path().join("exports")).unwrap();
    let mut desk = wugang_desk(data.path());
    desk.add_expert(&ExpertInput {
        name: "韩冬".into(),
        employer: "湖滨区人民医院".into(),
        professional_title: "副主任医师".into(),
        specialty: "全科医学".into(),
        recommender_kind: RecommenderKind::Area,
        recommender_group_id: None,
        recommender_area: "湖滨区".into(),
        panel_role: PanelRole::Member,
        term_from: "2025-01-15".into(),
        phone: String::new(),
    })
    .unwrap();
    drop(desk);

    let s = Session::start(data.path()).await;
    s.wait_for_text("专家聘期即将届满").await;
    give_a_group_its_leader(&s).await;
    export_the_groups(&s, data.path()).await;
    appoint_an_expert(&s, data.path()).await;
    see_the_term_on_the_dashboard(&s).await;
    s.quit().await;
}
