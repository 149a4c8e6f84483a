use committee_core::{Task, TaskImportCheck, TaskInput, TaskRow};

commands! {
    pub fn list_tasks(desk: Desk) -> Vec<TaskRow> {
        desk.with(|d| d.list_tasks())
    }

    pub fn add_task(desk: Desk, input: TaskInput) -> Task {
        desk.with(|d| d.add_task(&input))
    }

    pub fn update_task(desk: Desk, id: i64, input: TaskInput) -> Task {
        desk.with(|d| d.update_task(id, &input))
    }

    pub fn delete_task(desk: Desk, id: i64) -> () {
        desk.with(|d| d.delete_task(id))
    }

    pub fn check_task_import(desk: Desk, path: String) -> TaskImportCheck {
        desk.with(|d| d.check_task_import(&path))
    }

    pub fn import_tasks(desk: Desk, path: String) -> usize {
        desk.with(|d| d.import_tasks(&path))
    }
}
