//! A new office sets up 健康舞钢 from the preset, keeps its roster and liaisons, closes the
//! program and finds everything again after a restart — all through the real window.

use committee_e2e::Session;
use fantoccini::Locator;

async fn row_count(s: &Session, table: &str) -> usize {
    let css = format!("[data-test='{table}'] .el-table__body tr");
    s.client.find_all(Locator::Css(&css)).await.unwrap().len()
}

/// The id a row's “更多” button carries, for the row that mentions `text`.
async fn row_id(s: &Session, text: &str) -> String {
    let more = s
        .find_xpath(&format!(
            "//tr[contains(., '{text}')]//button[starts-with(@data-test, 'more-')]"
        ))
        .await;
    let attr = more.attr("data-test").await.unwrap().unwrap();
    attr.trim_start_matches("more-").to_owned()
}

async fn setup_with_wugang_preset(s: &Session) {
    s.wait_for_text("首次使用设置").await;
    s.screenshot("01-setup-wizard").await;
    s.click("[data-test='preset-wugang']").await;
    s.wait_for_text("填写基本信息").await;
    s.wait_for_value("bodyName", "健康舞钢行动推进委员会").await;
    s.screenshot("02-setup-settings").await;
    s.click("[data-test='wizard-next']").await;
    s.wait_for_text("36 家单位，40 名组成人员").await;
    s.click("[data-test='wizard-finish']").await;
    let page = s.wait_for_text("组成人员（在任）").await;
    assert!(page.contains("健康舞钢行动推进委员会"), "{page}");
    let seats = s.find("[data-test='stat-seats']").await.text().await.unwrap();
    assert!(seats.starts_with("38"), "{seats}");
    s.screenshot("03-dashboard").await;
}

async fn see_forty_seats(s: &Session) {
    s.click("[data-test='menu-members']").await;
    s.wait_for_text("现任组成人员 38 名，办公室负责同志 2 名").await;
    s.screenshot("04-roster").await;
    assert_eq!(row_count(s, "roster-table").await, 40);
    s.wait_for_text("王海彦").await;
}

async fn export_the_roster(s: &Session, data_home: &std::path::Path) {
    let exports = data_home.join("exports");
    std::fs::create_dir_all(&exports).unwrap();
    s.click("[data-test='export-pdf']").await;
    s.wait_for_text("已保存").await;
    s.screenshot("04b-roster-exported").await;
    let pdf = std::fs::read(exports.join("组成人员名单.pdf")).expect("the roster PDF was written");
    assert!(pdf.starts_with(b"%PDF"), "a PDF file");
    assert!(pdf.len() > 10_000, "with the fonts embedded: {} bytes", pdf.len());
}

async fn add_a_unit(s: &Session) {
    s.click("[data-test='menu-units']").await;
    s.wait_for_text("共 36 家").await;
    s.click("[data-test='add-unit']").await;
    s.fill("unit-name", "市卫健委").await;
    s.click("[data-test='dialog-submit']").await;
    // The core refuses a duplicate and the dialog says so next to the name.
    s.wait_for_text("已有名为“市卫健委”的成员单位").await;
    s.fill("unit-name", "市气象局").await;
    s.click("[data-test='dialog-submit']").await;
    s.wait_for_text("共 37 家").await;
    s.find_xpath("//td[normalize-space()='市气象局']").await;
    s.screenshot("05-units").await;
}

async fn replace_a_member(s: &Session) {
    s.click("[data-test='menu-members']").await;
    s.wait_for_text("邵真真").await;
    let id = row_id(s, "邵真真").await;
    s.click(&format!("[data-test='more-{id}']")).await;
    s.click_text("li", "人事变动").await;
    s.wait_for_text("接任日期").await;
    s.fill("replace-name", "孙七").await;
    s.screenshot("06-replace-dialog").await;
    s.click("[data-test='dialog-submit']").await;
    s.wait_for_text("孙七").await;
    s.wait_without_text("邵真真").await;
    assert_eq!(row_count(s, "roster-table").await, 40);
}

async fn set_and_change_a_liaison(s: &Session) {
    s.click("[data-test='menu-liaisons']").await;
    s.wait_for_text("37 家成员单位中，0 家已确定联络员").await;
    s.click_xpath("//tr[contains(., '市卫健委')]//button[starts-with(@data-test, 'set-liaison-')]")
        .await;
    s.fill("liaison-name", "李四").await;
    s.fill("liaison-mobile", "1380000").await;
    s.click("[data-test='dialog-submit']").await;
    s.wait_for_text("手机应为11位手机号码").await;
    s.screenshot("07-liaison-error").await;
    s.fill("liaison-mobile", "13800000000").await;
    s.click("[data-test='dialog-submit']").await;
    s.wait_for_text("1 家已确定联络员").await;

    s.click_xpath("//tr[contains(., '市卫健委')]//button[starts-with(@data-test, 'change-liaison-')]")
        .await;
    s.wait_for_text("将于备案日期卸任").await;
    s.fill("liaison-name", "王五").await;
    s.fill("liaison-mobile", "13900000000").await;
    s.click("[data-test='dialog-submit']").await;
    s.wait_for_text("王五").await;
    s.wait_without_text("李四").await;
    s.screenshot("08-liaisons").await;
}

async fn everything_is_still_there(s: &Session) {
    // No wizard this time: the program opens on the dashboard of the configured body.
    s.wait_for_text("组成人员（在任）").await;
    s.click("[data-test='menu-members']").await;
    s.wait_for_text("孙七").await;
    assert!(!s.page_text().await.contains("邵真真"));
    assert_eq!(row_count(s, "roster-table").await, 40);
    s.click("[data-test='menu-units']").await;
    s.wait_for_text("市气象局").await;
    s.click("[data-test='menu-liaisons']").await;
    s.wait_for_text("王五").await;
    s.click_xpath("//tr[contains(., '市卫健委')]//button[normalize-space()='历史']")
        .await;
    s.wait_for_text("联络员历史").await;
    let rows = s
        .client
        .find_all(Locator::Css("[data-test='liaison-history'] .el-table__body tr"))
        .await
        .unwrap();
    assert_eq!(rows.len(), 2, "李四 is kept in the history");
    s.screenshot("09-liaison-history").await;
    s.press_escape().await;
    s.wait_without_text("联络员历史").await;
}

async fn settings_show_the_preset(s: &Session) {
    s.click("[data-test='menu-settings']").await;
    s.wait_for_text("健康舞钢行动推进委员会办公室").await;
    s.wait_for_value("bodyName", "健康舞钢行动推进委员会").await;
    s.screenshot("10-settings").await;
    s.scroll_to("[data-test='print-fonts']").await;
    s.wait_for_text("当前使用").await;
    s.screenshot("11-print-fonts").await;
}

/// 关于 names the data folder the office backs up (here under XDG_DATA_HOME) and the fonts in use.
async fn about_names_the_data_folder(s: &Session, data_home: &std::path::Path) {
    s.scroll_to("[data-test='about']").await;
    let folder = data_home.join("cn.committee-desk.app");
    s.wait_for_text(&folder.display().to_string()).await;
    s.wait_for_text("标题字体").await;
    s.click("[data-test='open-data-folder']").await;
    s.screenshot("11b-about").await;
}

async fn see_the_task_breakdown(s: &Session) {
    s.click("[data-test='menu-tasks']").await;
    s.wait_for_text("16 项专项行动，16 项任务").await;
    s.wait_for_text("市体育运动发展中心").await;
    s.screenshot("13-tasks").await;
}

async fn import_from_excel(s: &Session) {
    s.click("[data-test='menu-members']").await;
    s.wait_for_text("孙七").await;
    s.click("[data-test='open-import']").await;
    s.click_until_text("[data-test='pick-file']", "roster-libreoffice.xls")
        .await;
    s.click("[data-test='import-check']").await;
    s.wait_for_text("共 3 名组成人员可以导入").await;
    s.screenshot("12-import-check").await;
    s.click("[data-test='import-confirm']").await;
    s.wait_for_text("已导入组成人员 3 名").await;
    s.wait_for_text("钱二").await;
    assert_eq!(row_count(s, "roster-table").await, 43);
}

/// 信息收集汇总: open November, enter one unit's return, export the summary PDF.
async fn report_for_the_month(s: &Session, data_home: &std::path::Path) {
    s.click("[data-test='menu-reports']").await;
    s.wait_for_text("还没有报送期").await;
    s.click("[data-test='open-period']").await;
    s.wait_for_text("截止日期：2026年11月25日（星期三）").await;
    s.click("[data-test='period-open']").await;
    s.wait_for_text("今天截止").await;
    s.wait_for_text("已报送 0 / 4").await;
    s.click("[data-test='fill-市体育运动发展中心']").await;
    s.wait_for_text("市体育运动发展中心 · 2026年11月信息收集汇总表").await;
    s.fill("report-filled-by", "李强").await;
    s.fill("report-progress-0", "本月组织全民健身活动12场，参与群众3600人次。")
        .await;
    s.fill("report-reasonsNext-0", "下月推进健身步道建设。").await;
    s.screenshot("15-report-entry").await;
    s.click("[data-test='report-submit']").await;
    s.wait_for_text("已报送").await;
    s.press_escape().await;
    s.wait_for_text("已报送 1 / 4").await;
    s.screenshot("14-report-board").await;

    // 催报: the office phones the three units still owing and records it.
    s.click("[data-test='show-missing']").await;
    s.wait_for_text("未报送单位与催报").await;
    s.click("[data-test='missing-table'] .el-table__header .el-checkbox")
        .await;
    s.wait_for_text("给选中的 3 个单位").await;
    s.click("[data-test='record-reminders']").await;
    s.wait_for_text("已记录 3 个单位的电话催报").await;
    s.wait_for_text("1次，").await;
    s.screenshot("14b-reminders").await;
    s.press_escape().await;
    s.wait_without_text("给选中的").await;

    // 下发空表 writes one form per unit that owes a return, off the window's thread.
    s.click("[data-test='send-out']").await;
    s.wait_for_text("已生成 4 份空表").await;
    let forms = std::fs::read_dir(data_home.join("exports"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with("_信息收集汇总表.xlsx")
        })
        .count();
    assert_eq!(forms, 4, "one blank form per unit");

    // Taking back a workbook that is not a form names the problem and imports nothing.
    s.click("[data-test='take-back']").await;
    s.wait_for_text("这不是信息收集汇总表").await;
    s.screenshot("16-take-back-check").await;
    s.press_escape().await;
    s.wait_without_text("这不是信息收集汇总表").await;

    s.click("[data-test='export-pdf']").await;
    s.wait_for_text("已保存").await;
    let pdf = data_home.join("exports").join("2026年11月信息收集汇总表.pdf");
    let out = std::process::Command::new("pdftotext")
        .args([pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text: String = String::from_utf8_lossy(&out.stdout).split_whitespace().collect();
    // The cell's text wraps inside its column, so look for its parts.
    assert!(
        text.contains("3600") && text.contains("全民健身活动") && text.contains("李强"),
        "the summary PDF holds the return: {text}"
    );
    assert!(text.contains("市卫健委") && text.contains("未填报"), "{text}");
}

/// 会议与纪要 and 督办: an 办公室会议 for the whole roster, one leave with a stand-in, minutes
/// with two decisions exported as PDF, and the two decisions waiting as follow-up items.
async fn hold_a_meeting(s: &Session, data_home: &std::path::Path) {
    s.click("[data-test='menu-meetings']").await;
    s.wait_for_text("年还没有会议").await;
    s.click("[data-test='add-meeting']").await;
    s.click("[data-test='meeting-kind']").await;
    s.click_text("span", "办公室会议").await;
    s.wait_for_value("meeting-title", "办公室会议").await;
    s.fill("meeting-title", "健康舞钢办公室会议").await;
    s.fill("meeting-place", "市卫健委三楼会议室").await;
    s.click("[data-test='dialog-submit']").await;
    s.wait_for_text("办公室会议（2026年第1次）").await;

    s.click("#tab-attendance").await;
    // The drawer may still be sliding in: a click it missed leaves the tab hidden.
    while !s.page_text().await.contains("从名单邀请") {
        s.click("#tab-attendance").await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
    s.click("[data-test='open-invite']").await;
    s.wait_for_text("全选所列人员").await;
    s.screenshot("17a-invite").await;
    s.click("[data-test='invite-pick-shown']").await;
    s.click("[data-test='invite-submit']").await;
    s.wait_for_text("已邀请").await;
    s.click("[data-test='mark-leave-王海彦']").await;
    s.wait_for_text("请假：王海彦").await;
    s.fill("leave-reason", "赴省参加培训").await;
    s.click("[data-test='dialog-submit']").await;
    s.wait_for_text("请假须指派代会人员").await;
    s.fill("leave-stand-in", "李明").await;
    s.fill("leave-stand-in-post", "市政府办公室副主任").await;
    s.click("[data-test='dialog-submit']").await;
    s.wait_for_text("赴省参加培训；由市政府办公室副主任李明代会").await;
    s.screenshot("17-meeting-attendance").await;

    s.click("#tab-minutes").await;
    s.wait_for_text("〔2026〕1号").await;
    s.fill("minutes-body", "会议听取了各专项行动推进情况汇报。\n一、总体进展")
        .await;
    let body = s.find("textarea[data-test='minutes-body']").await;
    assert_eq!(
        body.prop("value").await.unwrap().as_deref(),
        Some("会议听取了各专项行动推进情况汇报。\n一、总体进展")
    );
    s.click("[data-test='add-decision']").await;
    s.fill("decision-content-0", "制定健康知识普及行动年度方案").await;
    s.click("[data-test='add-decision']").await;
    s.fill("decision-content-1", "开展中小学健康促进专项督导").await;
    s.click("[data-test='save-minutes']").await;
    // 健康舞钢 has no 秘书长, so the 办公室会议 had no default convener to sign.
    s.wait_for_text("请填写签发人").await;
    s.fill("minutes-signer", "姬冠华").await;
    s.click("[data-test='save-minutes']").await;
    s.wait_for_text("议定事项已转入督办").await;
    s.screenshot("18-minutes").await;
    s.click("[data-test='minutes-prints'] [data-test='export-pdf']").await;
    s.wait_for_text("健康舞钢办公室会议_纪要.pdf").await;
    let pdf = data_home.join("exports").join("2026-11-25_健康舞钢办公室会议_纪要.pdf");
    let out = std::process::Command::new("pdftotext")
        .args([pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text: String = String::from_utf8_lossy(&out.stdout).split_whitespace().collect();
    for expected in [
        "〔2026〕1号",
        "请假：王海彦",
        "李明代会",
        "2．开展中小学健康促进专项督导",
    ] {
        assert!(
            text.contains(expected),
            "{expected} missing from the minutes PDF: {text}"
        );
    }
    s.click("[data-test='minutes-prints'] [data-test='export-docx']").await;
    s.wait_for_text("健康舞钢办公室会议_纪要.docx").await;
    let docx = data_home
        .join("exports")
        .join("2026-11-25_健康舞钢办公室会议_纪要.docx");
    let head = std::fs::read(&docx).expect("the Word file was saved");
    assert!(head.starts_with(b"PK"), "the Word file is not a zip package");
    s.press_escape().await;

    s.click("[data-test='menu-follow-ups']").await;
    s.wait_for_text("开展中小学健康促进专项督导").await;
    s.wait_for_text("制定健康知识普及行动年度方案").await;
    assert_eq!(row_count(s, "follow-up-table").await, 2);
    s.screenshot("19-follow-ups").await;
}

/// A yearly 全体会议 from the plan, then the month calendar with today's 办公室会议 in it.
async fn plan_the_year(s: &Session) {
    s.press_escape().await;
    s.click("[data-test='open-plan']").await;
    s.wait_for_text("生成 1 次会议").await;
    s.click("[data-test='plan-submit']").await;
    s.wait_for_text("已生成 1 次会议").await;
    s.wait_for_text("全体会议（第1次）").await;
    s.click("[data-test='calendar-mode']").await;
    s.wait_for_text("09:00 健康舞钢办公室会议").await;
    s.screenshot("21-meeting-calendar").await;
}

/// The dashboard counts the two new items and lists today's meeting, which opens its page.
async fn see_it_on_the_dashboard(s: &Session) {
    s.click("[data-test='menu-dashboard']").await;
    s.wait_for_text("近期会议").await;
    let open = s.find("[data-test='stat-follow-ups']").await.text().await.unwrap();
    assert_eq!(open.split_whitespace().collect::<String>(), "2项");
    s.wait_for_text("2026年11月25日 星期三").await;
    s.screenshot("20-dashboard-meetings").await;
    s.click_text("span", "健康舞钢办公室会议").await;
    s.wait_for_text("办公室会议（2026年第1次）").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn setup_roster_liaisons_and_restart() {
    let data = tempfile::tempdir().unwrap();

    let first = Session::start(data.path()).await;
    setup_with_wugang_preset(&first).await;
    see_forty_seats(&first).await;
    export_the_roster(&first, data.path()).await;
    add_a_unit(&first).await;
    replace_a_member(&first).await;
    set_and_change_a_liaison(&first).await;
    first.quit().await;

    let second = Session::start(data.path()).await;
    everything_is_still_there(&second).await;
    settings_show_the_preset(&second).await;
    about_names_the_data_folder(&second, data.path()).await;
    import_from_excel(&second).await;
    see_the_task_breakdown(&second).await;
    report_for_the_month(&second, data.path()).await;
    hold_a_meeting(&second, data.path()).await;
    see_it_on_the_dashboard(&second).await;
    plan_the_year(&second).await;
    second.quit().await;
}
