//! The State Council's yearly arrangements the program ships, transcribed from the notices
//! themselves. Only years whose notice has been issued are here; any other year the office
//! enters or imports (a year is never guessed from the lunar calendar).

/// One holiday of a notice: its name, the first and last day off, and the weekend days
/// worked in exchange (调休上班).
pub struct Holiday {
    pub name: &'static str,
    pub off_from: &'static str,
    pub off_to: &'static str,
    pub work_days: &'static [&'static str],
}

pub struct Arrangement {
    pub year: i32,
    /// The notice, as it is cited.
    pub source: &'static str,
    pub holidays: &'static [Holiday],
}

const fn h(
    name: &'static str,
    off_from: &'static str,
    off_to: &'static str,
    work_days: &'static [&'static str],
) -> Holiday {
    Holiday {
        name,
        off_from,
        off_to,
        work_days,
    }
}

pub const ARRANGEMENTS: &[Arrangement] = &[
    Arrangement {
        year: 2025,
        // https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm
        source: "国务院办公厅关于2025年部分节假日安排的通知",
        holidays: &[
            h("元旦", "2025-01-01", "2025-01-01", &[]),
            h("春节", "2025-01-28", "2025-02-04", &["2025-01-26", "2025-02-08"]),
            h("清明节", "2025-04-04", "2025-04-06", &[]),
            h("劳动节", "2025-05-01", "2025-05-05", &["2025-04-27"]),
            h("端午节", "2025-05-31", "2025-06-02", &[]),
            h(
                "国庆节、中秋节",
                "2025-10-01",
                "2025-10-08",
                &["2025-09-28", "2025-10-11"],
            ),
        ],
    },
    Arrangement {
        year: 2026,
        // https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm
        source: "国务院办公厅关于2026年部分节假日安排的通知",
        holidays: &[
            h("元旦", "2026-01-01", "2026-01-03", &["2026-01-04"]),
            h("春节", "2026-02-15", "2026-02-23", &["2026-02-14", "2026-02-28"]),
            h("清明节", "2026-04-04", "2026-04-06", &[]),
            h("劳动节", "2026-05-01", "2026-05-05", &["2026-05-09"]),
            h("端午节", "2026-06-19", "2026-06-21", &[]),
            h("中秋节", "2026-09-25", "2026-09-27", &[]),
            h("国庆节", "2026-10-01", "2026-10-07", &["2026-09-20", "2026-10-10"]),
        ],
    },
];

pub fn arrangement(year: i32) -> Option<&'static Arrangement> {
    ARRANGEMENTS.iter().find(|a| a.year == year)
}
