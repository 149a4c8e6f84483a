//! Data safety through the real window: a deleted unit found in 回收站 and restored, the change
//! in 操作记录, a backup to a folder the office picks and a restore after its preview, the
//! recovery screen for a damaged database, and the message when another copy holds the data.

use std::path::Path;

use committee_core::location::{APP_IDENTIFIER, DATABASE_FILE};
use committee_core::{Desk, UnitInput};
use committee_e2e::{database, wugang_desk, Session};

/// The Wugang preset and one extra unit.
fn prepared_desk(data_home: &Path) -> Desk {
    let mut desk = wugang_desk(data_home);
    desk.add_unit(&UnitInput {
        name: "市数据局".into(),
        short_name: String::new(),
        category: String::new(),
        sort_order: None,
        active_from: None,
        active_to: None,
    })
    .unwrap();
    desk
}

async fn unit_id(s: &Session, name: &str) -> String {
    let button = s
        .find_xpath(&format!(
            "//tr[contains(., '{name}')]//button[starts-with(@data-test, 'delete-unit-')]"
        ))
        .await;
    let attr = button.attr("data-test").await.unwrap().unwrap();
    attr.trim_start_matches("delete-unit-").to_owned()
}

async fn confirm_box(s: &Session, button: &str) {
    s.click_xpath(&format!(
        "//div[contains(@class, 'el-message-box')]//button[normalize-space()='{button}']"
    ))
    .await;
}

/// 成员单位 → 删除 → 回收站 → 恢复: the unit is back in the list.
async fn delete_and_restore_a_unit(s: &Session) {
    s.click("[data-test='menu-units']").await;
    s.wait_for_text("共 37 家").await;
    let id = unit_id(s, "市数据局").await;
    s.click(&format!("[data-test='delete-unit-{id}']")).await;
    s.wait_for_text("删除后可在回收站找回").await;
    confirm_box(s, "删除").await;
    s.wait_for_text("共 36 家").await;

    s.click("[data-test='menu-recycle-bin']").await;
    s.wait_for_text("市数据局").await;
    s.screenshot("30-recycle-bin").await;
    s.click(&format!("[data-test='bin-restore-unit-{id}']")).await;
    s.wait_for_text("已恢复“市数据局”").await;
    s.wait_for_text("回收站是空的").await;
    s.click("[data-test='menu-units']").await;
    s.wait_for_text("共 37 家").await;
}

/// 操作记录 shows the deletion and the restore, newest first; the restore opens to show the
/// field it changed, before and after.
async fn see_the_history(s: &Session) {
    s.click("[data-test='menu-history']").await;
    let page = s.wait_for_text("从回收站恢复").await;
    assert!(page.contains("删除（移入回收站）"), "{page}");
    s.click("[data-test='history-table'] .el-table__body tr .el-table__expand-icon")
        .await;
    s.wait_for_text("删除时间").await;
    s.screenshot("31-history").await;
}

/// 设置 → 立即备份 into the folder the office picks (the tests name it), then a restore of the
/// day's automatic backup after its preview: the unit deleted since is back.
async fn back_up_and_restore(s: &Session, data_home: &Path) {
    s.click("[data-test='menu-settings']").await;
    s.wait_for_text("备份与恢复").await;
    s.wait_for_text("自动备份").await;
    s.click("[data-test='back-up-now']").await;
    s.wait_for_text("已备份到").await;
    let saved: Vec<_> = std::fs::read_dir(data_home.join("exports")).unwrap().collect();
    assert!(
        saved.iter().any(|e| e
            .as_ref()
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("工作台备份_")),
        "the backup is in the picked folder"
    );

    s.click("[data-test='menu-units']").await;
    let id = unit_id(s, "市数据局").await;
    s.click(&format!("[data-test='delete-unit-{id}']")).await;
    confirm_box(s, "删除").await;
    s.wait_for_text("共 36 家").await;

    s.click("[data-test='menu-settings']").await;
    s.scroll_to("[data-test='backup-card']").await;
    s.click("[data-test='restore-0']").await;
    s.wait_for_text("成员单位 37 个").await;
    s.screenshot("32-restore-preview").await;
    s.click("[data-test='restore-confirm']").await;
    s.wait_for_text("恢复前的数据已另存为").await;
    s.wait_for_text("恢复前备份").await;
    s.screenshot("33-backups").await;
    s.click("[data-test='menu-units']").await;
    s.wait_for_text("共 37 家").await;
    s.find_xpath("//td[normalize-space()='市数据局']").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn recycle_bin_history_backup_and_restore() {
    let data = tempfile::tempdir().unwrap();
    drop(prepared_desk(data.path()));
    let s = Session::start(data.path()).await;
    s.wait_for_text("组成人员（在任）").await;
    delete_and_restore_a_unit(&s).await;
    see_the_history(&s).await;
    back_up_and_restore(&s, data.path()).await;
    s.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_database_is_recovered_from_the_newest_backup() {
    let data = tempfile::tempdir().unwrap();
    let desk = prepared_desk(data.path());
    desk.daily_backup().unwrap().expect("a backup to recover from");
    drop(desk);
    std::fs::write(database(data.path()), "断电时写坏的文件".repeat(500)).unwrap();

    let s = Session::start(data.path()).await;
    s.wait_for_text("数据文件已损坏，无法打开").await;
    s.wait_for_text("最近的备份：2026年11月25日 12:00").await;
    s.screenshot("34-recovery").await;
    s.click("[data-test='recover-newest']").await;
    s.wait_for_text("组成人员（在任）").await;
    s.click("[data-test='menu-units']").await;
    s.wait_for_text("共 37 家").await;
    s.quit().await;
    let aside = data
        .path()
        .join(APP_IDENTIFIER)
        .join("备份")
        .join("损坏的数据_2026-11-25_120000");
    assert!(aside.join(DATABASE_FILE).is_file(), "the damaged file is kept");
}

/// Damage deep in the file passes the quick checks the start makes; the check of every page
/// that runs beside the window finds it, closes the data and turns the window to recovery.
#[tokio::test(flavor = "multi_thread")]
async fn damage_found_after_the_start_turns_the_window_to_recovery() {
    let data = tempfile::tempdir().unwrap();
    let desk = prepared_desk(data.path());
    desk.daily_backup().unwrap().expect("a backup to recover from");
    drop(desk);
    let path = database(data.path());
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    assert!(bytes.len() > page * 40, "a file of {} bytes", bytes.len());
    let end = bytes.len();
    bytes[end - page * 4..].fill(0x2a);
    std::fs::write(&path, &bytes).unwrap();

    let s = Session::start(data.path()).await;
    s.wait_for_text("数据文件已损坏，无法打开").await;
    s.wait_for_text("最近的备份：2026年11月25日 12:00").await;
    s.click("[data-test='recover-newest']").await;
    s.wait_for_text("组成人员（在任）").await;
    s.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn data_held_by_another_copy_is_named_and_opened_once_free() {
    let data = tempfile::tempdir().unwrap();
    let other_copy = prepared_desk(data.path());
    let s = Session::start(data.path()).await;
    s.wait_for_text("数据正由另一个工作台使用").await;
    s.screenshot("35-data-in-use").await;
    drop(other_copy);
    s.click("[data-test='retry-open']").await;
    s.wait_for_text("组成人员（在任）").await;
    s.quit().await;
}
