//! The hot queries keep their indexes: every statement a page runs is traced and SQLite is
//! asked for its plan. A plan that reads a whole table growing with the years (returns, their
//! attachments, the history) fails here, long before an office that keeps ten years feels it.

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use chrono::NaiveDate;

    use crate::common::clock::FixedClock;
    use crate::{BodySettings, Desk, ReportInput, ReportLineInput, SetupInput, TaskInput, UnitInput};

    /// Tables that grow every month; reading one whole is what makes a page slow after years.
    const GROWING: [&str; 3] = ["report", "report_attachment", "history"];

    static TRACED: Mutex<Vec<String>> = Mutex::new(Vec::new());

    /// A page of the window, as the calls it makes.
    type Page = Box<dyn Fn(&Desk)>;

    fn record(sql: &str) {
        TRACED.lock().expect("not poisoned").push(sql.to_owned());
    }

    /// Each statement `call` runs, with its plan.
    fn plans(desk: &mut Desk, call: impl Fn(&Desk)) -> Vec<(String, Vec<String>)> {
        TRACED.lock().expect("not poisoned").clear();
        #[allow(deprecated)]
        desk.conn_mut().trace(Some(record));
        call(desk);
        #[allow(deprecated)]
        desk.conn_mut().trace(None);
        let conn = desk.conn();
        let statements = std::mem::take(&mut *TRACED.lock().expect("not poisoned"));
        statements
            .into_iter()
            .filter(|sql| {
                let head = sql.trim_start().to_uppercase();
                head.starts_with("SELECT") || head.starts_with("WITH")
            })
            .map(|sql| {
                let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).expect("explains");
                let steps = stmt
                    .query_map([], |r| r.get::<_, String>(3))
                    .expect("plan")
                    .collect::<rusqlite::Result<Vec<_>>>()
                    .expect("plan rows");
                (sql, steps)
            })
            .collect()
    }

    /// Reading a table newest first and stopping after a page reads only that page.
    fn bounded(sql: &str) -> bool {
        sql.contains("ORDER BY id DESC LIMIT") && !sql.contains("LIMIT -1")
    }

    fn assert_no_full_scan(page: &str, plans: &[(String, Vec<String>)]) {
        for (sql, steps) in plans.iter().filter(|(sql, _)| !bounded(sql)) {
            for step in steps {
                for table in GROWING {
                    let whole = step == &format!("SCAN {table}") || step.starts_with(&format!("SCAN {table} "));
                    assert!(
                        !whole || step.contains("USING"),
                        "{page} reads all of `{table}`: {step}\n{sql}"
                    );
                }
            }
        }
    }

    fn desk_with_returns() -> (Desk, i64, i64) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid");
        let mut desk = Desk::in_memory(Arc::new(FixedClock::on(today))).expect("opens");
        let settings = BodySettings {
            body_name: "测试推进委员会".into(),
            office_name: "测试推进委员会办公室".into(),
            ..BodySettings::default()
        };
        desk.complete_setup(&SetupInput { settings, preset: None })
            .expect("set up");
        let unit = desk
            .add_unit(&UnitInput {
                name: "市卫健委".into(),
                ..UnitInput::default()
            })
            .expect("unit");
        let task = desk
            .add_task(&TaskInput {
                action_name: "专项行动".into(),
                content: "推进工作".into(),
                lead_unit_id: Some(unit.id),
                active: true,
                ..TaskInput::default()
            })
            .expect("task");
        let mut last = 0;
        for month in 9..=11 {
            let period = desk.open_period(2026, month).expect("period");
            let input = ReportInput {
                filled_department: "市卫健委".into(),
                filled_on: Some(format!("2026-{month:02}-20")),
                filled_by: "张敏".into(),
                rows: vec![ReportLineInput {
                    task_id: task.id,
                    progress: "已推进".into(),
                    reasons_next: String::new(),
                    difficulties: String::new(),
                }],
            };
            desk.submit_report(period.id, unit.id, &input, &format!("2026-{month:02}-21"))
                .expect("sent");
            last = period.id;
        }
        (desk, last, unit.id)
    }

    #[test]
    fn the_pages_of_a_ten_year_office_use_their_indexes() {
        let (mut desk, period, unit) = desk_with_returns();
        let pages: [(&str, Page); 6] = [
            ("工作台", Box::new(|d| drop(d.dashboard().expect("dashboard")))),
            ("报送期", Box::new(|d| drop(d.list_periods().expect("periods")))),
            (
                "报送情况",
                Box::new(move |d| drop(d.report_board(period).expect("board"))),
            ),
            (
                "填报",
                Box::new(move |d| drop(d.report_form(period, unit).expect("form"))),
            ),
            (
                "下发空表",
                Box::new(move |d| drop(d.send_out_form(period, unit).expect("form"))),
            ),
            (
                "操作记录",
                Box::new(|d| {
                    let q = crate::HistoryQuery {
                        limit: Some(50),
                        ..Default::default()
                    };
                    drop(d.history(&q).expect("history"))
                }),
            ),
        ];
        for (page, call) in pages {
            let traced = plans(&mut desk, call);
            assert!(!traced.is_empty(), "{page} ran no query");
            assert_no_full_scan(page, &traced);
        }
    }
}
