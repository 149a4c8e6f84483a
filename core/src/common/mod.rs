//! Shared plumbing every area uses: the error type, the clock, dates, field checks and where
//! the data folder is.

pub mod clock;
pub mod codes;
pub mod date;
pub mod error;
pub mod location;
pub mod package;
pub mod progress;
pub mod validate;
