//! Meetings and what follows them: 会议 with their kinds, plans and attendance, 纪要 and their
//! 议定事项, and the 督办 items followed until done.

pub mod follow_up;
pub mod meeting;
pub mod minutes;
