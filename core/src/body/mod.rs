//! 推进委员会 / 领导小组 itself: its settings, the roles of its seats, and 关于.

pub mod about;
pub mod kind;
pub mod role;
pub mod settings;
