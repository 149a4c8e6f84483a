//! 公文登记 (C7): the kinds of document the office issues and the register that numbers them.
//! Builds on the body's settings only; minutes take their numbers from here.

pub mod document_file;
pub mod kind;
pub mod register;
pub mod register_page;
