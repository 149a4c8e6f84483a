//! A demonstration month of 信息收集汇总表: October 2026 (due Sunday the 25th), with one unit
//! on time and long enough to run over pages, one late, one still a draft, one missing.

use committee_core::{Desk, ReminderChannel, ReminderInput, ReportInput, ReportLineInput, Result};

const PROGRESS: &str = "本月围绕年度目标，召开专题推进会1次，印发工作方案1份；\
在全市14个乡镇（街道）开展宣传活动36场，发放宣传资料1.2万份，覆盖群众约4.6万人次；\
完成季度监测数据采集，重点指标达标率92.5%，较上月提高1.8个百分点。";
const REASONS: &str = "个别乡镇人员调整，数据报送滞后；下一步将建立周调度机制，11月底前完成全部指标采集。";
const PROBLEMS: &str = "基层专业人员不足，专项经费尚未到位。";

fn unit_id(desk: &Desk, name: &str) -> Result<i64> {
    let units = desk.list_units()?;
    Ok(units
        .iter()
        .find(|u| u.unit.name == name)
        .expect("a preset unit")
        .unit
        .id)
}

/// Every row written as a unit would, longer on the first rows so they wrap across pages.
fn input(desk: &Desk, period: i64, unit: i64, by: &str, long: bool) -> Result<ReportInput> {
    let form = desk.report_form(period, unit)?;
    let rows = form
        .rows
        .iter()
        .enumerate()
        .map(|(i, l)| ReportLineInput {
            task_id: l.task_id,
            progress: if long && i < 3 {
                format!("{PROGRESS}{PROGRESS}")
            } else {
                PROGRESS.to_owned()
            },
            reasons_next: REASONS.to_owned(),
            difficulties: if i % 3 == 0 {
                PROBLEMS.to_owned()
            } else {
                "无".to_owned()
            },
        })
        .collect();
    Ok(ReportInput {
        filled_department: form.unit_name,
        filled_on: Some("2026-10-22".into()),
        filled_by: by.into(),
        rows,
    })
}

/// Opens October and November and fills October; answers October's period id and the id of
/// the unit whose form is long.
pub fn demo_month(desk: &mut Desk) -> Result<(i64, i64)> {
    let october = desk.open_period(2026, 10)?.id;
    desk.open_period(2026, 11)?;
    let health = unit_id(desk, "市卫健委")?;
    let sport = unit_id(desk, "市体育运动发展中心")?;
    let school = unit_id(desk, "市教体局")?;
    let long = input(desk, october, health, "张敏", true)?;
    desk.submit_report(october, health, &long, "2026-10-23")?;
    let late = input(desk, october, sport, "李强", false)?;
    desk.submit_report(october, sport, &late, "2026-10-27")?;
    let draft = input(desk, october, school, "王芳", false)?;
    desk.save_report(october, school, &draft)?;
    Ok((october, health))
}

/// The office phoned the first two units still owing the month's return, and sent one a message.
pub fn demo_reminders(desk: &mut Desk, period: i64) -> Result<()> {
    let owing: Vec<i64> = desk
        .report_board(period)?
        .rows
        .into_iter()
        .filter(|r| !r.status.is_submitted())
        .map(|r| r.unit_id)
        .take(2)
        .collect();
    for (channel, units) in [
        (ReminderChannel::Phone, &owing[..]),
        (ReminderChannel::Sms, &owing[..1]),
    ] {
        if units.is_empty() {
            continue;
        }
        desk.record_reminders(&ReminderInput {
            period_id: period,
            unit_ids: units.to_vec(),
            channel,
            note: String::new(),
        })?;
    }
    Ok(())
}
