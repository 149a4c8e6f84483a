//! 专项行动工作组 and 专家咨询委员会 (C3): the groups the body sets up and the experts it appoints.
//! Builds on the roster (units, seats) and the 目标任务分解 (a group's tasks).

pub mod action_group;
pub mod expert;
pub mod expert_checks;
pub mod group_page;
