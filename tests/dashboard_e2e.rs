//! The 工作台 of the demonstration office, with its year of returns, meetings and items: the
//! charts draw, a bar opens the month behind it, the 成员单位履职情况 page sorts, opens a unit's
//! months and prints the year's table, and the 工作日历 takes in the year's notice.

#[path = "../core/examples/demo/mod.rs"]
#[allow(dead_code)]
mod demo;

use committee_e2e::*;

/// Marks the rightmost bar of the reporting chart (November's) for a click: bars are the
/// chart's paths taller than a legend's swatch.
const MARK_LAST_BAR: &str = r#"
const paths = [...document.querySelectorAll("[data-test='chart-reporting'] svg path")]
  .filter((p) => p.getBoundingClientRect().height > 14 && p.getAttribute('fill') !== 'none');
const last = paths.sort((a, b) => a.getBoundingClientRect().x - b.getBoundingClientRect().x).at(-1);
if (last) last.setAttribute('data-test', 'last-bar');
return !!last;
"#;

async fn charts_draw_and_open_their_lists(s: &Session) {
    s.wait_for_text("信息报送（近12个月）").await;
    s.find("[data-test='chart-reporting'] svg").await;
    s.find("[data-test='chart-attendance'] svg").await;
    s.wait_for_text("最近一次出席率").await;
    s.screenshot("03-dashboard").await;
    s.scroll_to("[data-test='chart-card-follow-ups']").await;
    s.screenshot("03b-dashboard-charts").await;
    s.scroll_to("[data-test='chart-card-reporting']").await;
    let marked = s.client.execute(MARK_LAST_BAR, vec![]).await.unwrap();
    assert_eq!(marked, serde_json::json!(true), "the reporting chart has bars");
    s.click("[data-test='last-bar']").await;
    let deadline = std::time::Instant::now() + PATIENCE;
    loop {
        let url = s.client.current_url().await.unwrap();
        if url.fragment().is_some_and(|f| f.starts_with("/reports?period=")) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the bar did not open its month: {url}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    }
    s.wait_for_text("截止日期 2026年11月25日").await;
}

async fn the_year_record_sorts_opens_and_prints(s: &Session, data_home: &std::path::Path) {
    s.click("[data-test='menu-unit-records']").await;
    s.wait_for_text("统计截至2026年11月25日").await;
    s.click_xpath("//th[.//div[normalize-space()='未报']]//i[contains(@class, 'descending')]")
        .await;
    s.click("[data-test='unit-records'] .el-table__expand-icon").await;
    s.find("[data-test^='months-']").await;
    s.screenshot("36-unit-records").await;
    s.click("[data-test='export-pdf']").await;
    s.wait_for_text("2026年度成员单位履职情况.pdf").await;
    let pdf =
        std::fs::read(data_home.join("exports").join("2026年度成员单位履职情况.pdf")).expect("the table was written");
    assert!(pdf.starts_with(b"%PDF"));
}

async fn the_calendar_takes_in_the_notice(s: &Session) {
    s.click("[data-test='menu-calendar']").await;
    s.wait_for_text("2026年尚未录入节假日安排").await;
    s.click("[data-test='calendar-preset']").await;
    s.wait_for_text("已载入2026年节假日安排").await;
    s.wait_for_text("10月1日至10月7日，共7天").await;
    let worked = s.find("[data-day='2026-10-10']").await;
    assert!(worked.attr("class").await.unwrap().unwrap_or_default().contains("work"));
    // The messages of the export before fade out first.
    s.wait_without_text("已保存：").await;
    s.screenshot("37-calendar").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_dashboard_charts_and_the_year_record() {
    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(data.path().join("exports")).unwrap();
    drop(demo::demonstration_office_at(&database(data.path())).unwrap());

    let s = Session::start(data.path()).await;
    charts_draw_and_open_their_lists(&s).await;
    the_year_record_sorts_opens_and_prints(&s, data.path()).await;
    the_calendar_takes_in_the_notice(&s).await;
    s.quit().await;
}
