//! The roster: 成员单位, 组成人员 seats, 联络员, the filings (备案) of their changes,
//! and the import of a roster from Excel.

pub mod filing;
pub mod import;
pub mod liaison;
pub mod member;
pub mod phone;
pub mod unit;
pub mod unit_log;
pub mod unit_removal;
