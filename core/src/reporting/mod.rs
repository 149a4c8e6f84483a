//! The monthly reporting: 目标任务分解 and its import, 报送期, the 信息收集汇总表 returns,
//! the blank forms sent out and the filled forms taken back, and the 催报 of units still owing one.

pub mod period;
pub mod reminder;
pub mod report;
pub mod task;
pub mod task_import;
