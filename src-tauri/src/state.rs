//! The open database, shared by all commands. If it could not be opened, every command
//! answers with the reason, so the window can say what went wrong instead of crashing.

use std::sync::Mutex;

use committee_core::{CoreError, Desk};

pub struct DeskState(Result<Mutex<Desk>, CoreError>);

impl DeskState {
    pub fn new(desk: Desk) -> Self {
        Self(Ok(Mutex::new(desk)))
    }

    pub fn failed(error: CoreError) -> Self {
        Self(Err(error))
    }

    /// Runs `work` with the desk; commands run one at a time against the one connection.
    pub fn with<T>(&self, work: impl FnOnce(&mut Desk) -> Result<T, CoreError>) -> Result<T, CoreError> {
        let desk = self.0.as_ref().map_err(Clone::clone)?;
        let mut guard = desk
            .lock()
            .map_err(|_| CoreError::storage("程序内部错误：上一次操作异常中断，请重新启动程序"))?;
        work(&mut guard)
    }
}
