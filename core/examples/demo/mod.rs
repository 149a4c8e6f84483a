//! The demonstration office: 健康舞钢 from its preset, with liaison officers for the first
//! units, and every printed output written into a folder. Shared by `examples/samples.rs`
//! and the tests that check those files.

mod documents;
mod groups;
mod meetings;
mod reporting;
mod year;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use committee_core::clock::FixedClock;
use committee_core::location::DATABASE_FILE;
use committee_core::print::FontDirs;
use committee_core::store::files::write_file;
use committee_core::{Desk, ExportFormat, LiaisonInput, MeetingPrint, Result, RosterLayout, SetupInput};

fn demo_clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::on(
        NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid date"),
    ))
}

/// The demonstration office in memory, for the tests that include this module.
#[allow(dead_code)]
pub fn wugang_desk() -> Result<Desk> {
    let mut desk = Desk::in_memory(demo_clock())?;
    set_up_wugang(&mut desk)?;
    Ok(desk)
}

/// The demonstration office in a new database file at `path` (an old one there is replaced).
pub fn wugang_desk_at(path: &Path) -> Result<Desk> {
    for old in [
        path.to_path_buf(),
        path.with_extension("db-wal"),
        path.with_extension("db-shm"),
    ] {
        if old.exists() {
            std::fs::remove_file(&old).map_err(|e| committee_core::CoreError::storage(e.to_string()))?;
        }
    }
    let mut desk = Desk::open(path, demo_clock())?;
    set_up_wugang(&mut desk)?;
    Ok(desk)
}

fn set_up_wugang(desk: &mut Desk) -> Result<()> {
    let preset = desk
        .setup_state()?
        .presets
        .into_iter()
        .find(|p| p.id == "wugang")
        .expect("preset");
    desk.complete_setup(&SetupInput {
        settings: preset.settings,
        preset: Some("wugang".into()),
    })?;
    let units = desk.list_units()?;
    for (n, unit) in units.iter().take(12).enumerate() {
        desk.set_liaison(&LiaisonInput {
            unit_id: unit.unit.id,
            name: format!("联络员{:02}", n + 1),
            department: "办公室".into(),
            post: "科员".into(),
            office_phone: format!("0375-81{:05}", 20 + n),
            mobile: format!("138{:08}", 37_500_000 + n),
            filed_on: "2026-11-01".into(),
            ..LiaisonInput::default()
        })?;
    }
    Ok(())
}

/// Every printed output there is, as (file name, bytes).
pub fn outputs(desk: &Desk) -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    for format in [ExportFormat::Pdf, ExportFormat::Xlsx] {
        let ext = format.extension();
        files.push((
            format!("组成人员名单.{ext}"),
            desk.roster_file(RosterLayout::List, format, None)?,
        ));
        files.push((
            format!("组成人员名单（表格）.{ext}"),
            desk.roster_file(RosterLayout::Table, format, None)?,
        ));
        files.push((format!("联络员名单.{ext}"), desk.liaison_directory_file(format)?));
    }
    Ok(files)
}

/// The records of the demonstration office that the samples print.
pub struct Demonstration {
    /// October 2026, the demonstration month.
    pub october: i64,
    /// The unit whose October form is long enough to run over pages.
    pub long_form_unit: i64,
    /// The 办公室会议 of 20 November, with its minutes.
    pub meeting: i64,
}

/// Everything the demonstration office did this year, in the order it happened.
pub fn fill_demonstration(desk: &mut Desk) -> Result<Demonstration> {
    year::demo_plenaries(desk)?;
    year::demo_earlier_months(desk)?;
    let (october, long_form_unit) = reporting::demo_month(desk)?;
    reporting::demo_reminders(desk, october)?;
    let meeting = meetings::demo_meeting(desk)?;
    meetings::demo_follow_up(desk)?;
    groups::demo_groups(desk)?;
    groups::demo_experts(desk)?;
    documents::demo_documents(desk)?;
    Ok(Demonstration {
        october,
        long_form_unit,
        meeting,
    })
}

/// The demonstration office with its whole year, in a new database file at `path`.
#[allow(dead_code)]
pub fn demonstration_office_at(path: &Path) -> Result<Desk> {
    let mut desk = wugang_desk_at(path)?;
    fill_demonstration(&mut desk)?;
    Ok(desk)
}

/// The monthly reporting outputs of the demonstration month, as (file name, bytes).
fn report_outputs(desk: &Desk, demo: &Demonstration) -> Result<Vec<(String, Vec<u8>)>> {
    let (period, unit) = (demo.october, demo.long_form_unit);
    let mut files = Vec::new();
    for format in [ExportFormat::Pdf, ExportFormat::Xlsx] {
        let ext = format.extension();
        files.push((
            format!("2026年10月_市卫健委_信息收集汇总表.{ext}"),
            desk.report_form_file(period, unit, format)?,
        ));
        files.push((
            format!("2026年10月信息收集汇总表（汇总）.{ext}"),
            desk.report_summary_file(period, format)?,
        ));
        files.push((
            format!("2026年10月催报名单.{ext}"),
            desk.reminder_list_file(period, format)?,
        ));
    }
    let (name, blank) = desk.send_out_form(period, unit)?;
    files.push((name.replace(".xlsx", "（下发空表）.xlsx"), blank));
    Ok(files)
}

/// The meeting prints and the November circular, as (file name, bytes).
fn meeting_outputs(desk: &Desk, demo: &Demonstration) -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    // Each print as PDF and as the editable file the office works on: Word for the notice and
    // the minutes, which are revised before issuing; Excel for the tables.
    let prints = [
        ("会议通知", MeetingPrint::Notice, ExportFormat::Docx),
        ("纪要", MeetingPrint::Minutes, ExportFormat::Docx),
        ("签到表", MeetingPrint::SignInSheet, ExportFormat::Xlsx),
        ("出席情况", MeetingPrint::Attendance, ExportFormat::Xlsx),
    ];
    for (name, what, editable) in prints {
        for format in [ExportFormat::Pdf, editable] {
            let file = format!("2026-11-20_{name}.{}", format.extension());
            files.push((file, desk.meeting_print(demo.meeting, what, format)?));
        }
    }
    for format in [ExportFormat::Pdf, ExportFormat::Xlsx] {
        files.push((
            format!("督办事项落实情况通报（2026年11月）.{}", format.extension()),
            desk.circular_file(2026, 11, format)?,
        ));
    }
    Ok(files)
}

/// The working groups' list, the expert panel and its 聘书, as (file name, bytes).
fn group_outputs(desk: &Desk) -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    for format in [ExportFormat::Pdf, ExportFormat::Xlsx] {
        let ext = format.extension();
        files.push((format!("专项行动工作组名单.{ext}"), desk.action_groups_file(format)?));
        files.push((format!("专家咨询委员会成员名单.{ext}"), desk.expert_panel_file(format)?));
    }
    files.push((
        "聘书.pdf".into(),
        desk.appointment_letters_file(&[], ExportFormat::Pdf)?,
    ));
    Ok(files)
}

/// The year's 发文登记簿 (the demonstration meeting's minutes among them) and the year's
/// 成员单位履职情况, as (file name, bytes).
fn year_outputs(desk: &Desk) -> Result<Vec<(String, Vec<u8>)>> {
    let year = committee_core::DocumentQuery {
        year: Some(2026),
        ..Default::default()
    };
    let mut files = Vec::new();
    for format in [ExportFormat::Pdf, ExportFormat::Xlsx] {
        let ext = format.extension();
        files.push((
            format!("发文登记簿（2026年）.{ext}"),
            desk.document_register_file(&year, format)?,
        ));
        files.push((
            format!("2026年度成员单位履职情况.{ext}"),
            desk.unit_record_file(2026, format)?,
        ));
    }
    Ok(files)
}

/// Builds the demonstration office in `dir/committee-desk.db` and writes every printed output
/// beside it, with fonts from `font_dirs` before the usual ones. Returns the outputs' paths.
pub fn write_samples(dir: &Path, font_dirs: &[PathBuf]) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).map_err(|e| committee_core::CoreError::storage(e.to_string()))?;
    let mut desk = wugang_desk_at(&dir.join(DATABASE_FILE))?;
    desk.set_font_dirs(FontDirs::standard(font_dirs));
    let mut written = Vec::new();
    let mut files = outputs(&desk)?;
    let demo = fill_demonstration(&mut desk)?;
    files.extend(report_outputs(&desk, &demo)?);
    files.extend(meeting_outputs(&desk, &demo)?);
    files.extend(group_outputs(&desk)?);
    files.extend(year_outputs(&desk)?);
    for (name, bytes) in files {
        let path = dir.join(name);
        write_file(&path, &bytes)?;
        written.push(path);
    }
    Ok(written)
}
