// Generated from src-tauri/src/commands (tasks): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { Task } from '../bindings/Task'
import type { TaskImportCheck } from '../bindings/TaskImportCheck'
import type { TaskInput } from '../bindings/TaskInput'
import type { TaskRow } from '../bindings/TaskRow'
import { call } from './call'

export const listTasks = () =>
  call<Array<TaskRow>>('list_tasks')

export const addTask = (input: TaskInput) =>
  call<Task>('add_task', { input })

export const updateTask = (id: number, input: TaskInput) =>
  call<Task>('update_task', { id, input })

export const deleteTask = (id: number) =>
  call<null>('delete_task', { id })

export const checkTaskImport = (path: string) =>
  call<TaskImportCheck>('check_task_import', { path })

export const importTasks = (path: string) =>
  call<number>('import_tasks', { path })
