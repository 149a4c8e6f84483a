//! One file per domain area; each command is: deserialize → call the core → return.

pub mod about;
pub mod dashboard;
pub mod exports;
pub mod follow_ups;
pub mod liaisons;
pub mod meeting_files;
pub mod meetings;
pub mod members;
pub mod report_files;
pub mod reports;
pub mod roster_import;
pub mod settings;
pub mod setup;
pub mod tasks;
pub mod units;

use committee_core::CoreError;

pub type Answer<T> = Result<T, CoreError>;
