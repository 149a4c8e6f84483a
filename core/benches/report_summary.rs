//! The month-end summary at the size of a large body: 200 units leading 20 tasks each, every
//! return filled in. Targets (SPEC C6): xlsx under 0.5 s, PDF under 1 s.

use std::hint::black_box;
use std::sync::Arc;

use chrono::NaiveDate;
use committee_core::clock::FixedClock;
use committee_core::{
    BodySettings, Desk, ExportFormat, ReportInput, ReportLineInput, SetupInput, TaskInput, UnitInput,
};
use criterion::{criterion_group, criterion_main, Criterion};

const UNITS: usize = 200;
const TASKS_PER_UNIT: usize = 20;

fn big_office() -> (Desk, i64) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut desk = Desk::in_memory(Arc::new(FixedClock::on(today))).unwrap();
    let settings = BodySettings {
        body_name: "健康示范行动推进委员会".into(),
        office_name: "健康示范行动推进委员会办公室".into(),
        ..BodySettings::default()
    };
    desk.complete_setup(&SetupInput { settings, preset: None }).unwrap();
    let period = desk.open_period(2026, 11).unwrap().id;
    for u in 0..UNITS {
        let unit = desk
            .add_unit(&UnitInput {
                name: format!("市第{}成员单位", u + 1),
                ..UnitInput::default()
            })
            .unwrap();
        for t in 0..TASKS_PER_UNIT {
            desk.add_task(&TaskInput {
                action_name: format!("第{}项专项行动", t + 1),
                content: format!(
                    "落实第{}项专项行动年度目标，完善工作机制，开展监测评估和宣传解读。",
                    t + 1
                ),
                lead_leader: "王建伟".into(),
                lead_unit_id: Some(unit.id),
                active: true,
                ..TaskInput::default()
            })
            .unwrap();
        }
        let form = desk.report_form(period, unit.id).unwrap();
        let rows = form
            .rows
            .iter()
            .map(|l| ReportLineInput {
                task_id: l.task_id,
                progress: "本月召开推进会1次，开展宣传活动12场，覆盖群众约4600人次；重点指标达标率92.5%，较上月提高1.8个百分点。".into(),
                reasons_next: "个别乡镇数据报送滞后；下月建立周调度机制。".into(),
                difficulties: "专项经费尚未到位。".into(),
            })
            .collect();
        let input = ReportInput {
            filled_department: form.unit_name,
            filled_on: Some("2026-11-20".into()),
            filled_by: "张敏".into(),
            rows,
        };
        desk.submit_report(period, unit.id, &input, "2026-11-21").unwrap();
    }
    (desk, period)
}

fn summary(c: &mut Criterion) {
    let (desk, period) = big_office();
    let mut group = c.benchmark_group("summary_200_units_x_20_tasks");
    group.sample_size(10);
    group.bench_function("xlsx", |b| {
        b.iter(|| black_box(desk.report_summary_file(period, ExportFormat::Xlsx).unwrap()))
    });
    group.bench_function("pdf", |b| {
        b.iter(|| black_box(desk.report_summary_file(period, ExportFormat::Pdf).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, summary);
criterion_main!(benches);
