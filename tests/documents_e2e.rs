//! 公文登记 through the real window: the office sets a prefix, registers two documents and gets
//! their numbers, cancels one with its reason, and prints the 发文登记簿.

use committee_e2e::{wugang_desk, Session};

async fn set_the_prefix(s: &Session) {
    s.click("[data-test='menu-documents']").await;
    s.wait_for_text("还没有登记发文").await;
    s.click("[data-test='open-doc-kinds']").await;
    s.wait_for_text("纪要按此编号").await;
    s.fill("kind-prefix-0", "舞健委").await;
    s.click("[data-test='save-kind-0']").await;
    s.wait_for_text("已保存“推进委员会文件”").await;
    s.wait_for_text("舞健委〔2026〕1号").await;
    s.press_escape().await;
    s.wait_without_text("纪要按此编号").await;
}

async fn register(s: &Session, title: &str, number: &str) {
    s.click("[data-test='register-document']").await;
    s.wait_for_text(&format!("将编为 {number}")).await;
    s.fill("doc-title", title).await;
    s.click("[data-test='dialog-submit']").await;
    s.wait_without_text("登记并取号").await;
    s.wait_for_text(title).await;
}

async fn cancel_the_first(s: &Session) {
    let id = s
        .find_xpath("//tr[contains(., '舞健委〔2026〕1号')]//button[starts-with(@data-test, 'void-document-')]")
        .await
        .attr("data-test")
        .await
        .unwrap()
        .unwrap();
    s.click(&format!("[data-test='{id}']")).await;
    s.wait_for_text("作废后 舞健委〔2026〕1号 仍留在登记簿中").await;
    let input = s.find(".el-message-box input").await;
    input.send_keys("标题有误，已重新登记").await.unwrap();
    s.click_xpath("//div[contains(@class, 'el-message-box')]//button[normalize-space()='作废']")
        .await;
    s.wait_for_text("共 2 条，作废 1 条").await;
    s.screenshot("42-document-register").await;
}

async fn print_the_book(s: &Session, data_home: &std::path::Path) {
    s.click("[data-test='export-pdf']").await;
    s.wait_for_text("发文登记簿.pdf").await;
    let pdf = std::fs::read(data_home.join("exports").join("发文登记簿.pdf")).expect("the register was written");
    assert!(pdf.starts_with(b"%PDF"));
}

#[tokio::test(flavor = "multi_thread")]
async fn register_number_cancel_and_print() {
    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(data.path().join("exports")).unwrap();
    drop(wugang_desk(data.path()));

    let s = Session::start(data.path()).await;
    s.wait_for_text("组成人员（在任）").await;
    set_the_prefix(&s).await;
    register(&s, "关于印发2026年工作要点的通知", "舞健委〔2026〕1号").await;
    register(&s, "关于印发2026年工作要点（修订）的通知", "舞健委〔2026〕2号").await;
    cancel_the_first(&s).await;
    print_the_book(&s, data.path()).await;
    s.quit().await;
}
