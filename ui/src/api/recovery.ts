// Generated from src-tauri/src/commands (recovery): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { StartProblem } from '../bindings/StartProblem'
import { call } from './call'

/**
 * Why the data could not be opened; nothing when it is open.
 */
export const startProblem = () =>
  call<StartProblem | null>('start_problem')

/**
 * Sets the damaged files aside, restores the backup at `path` and opens the data.
 */
export const recoverFromBackup = (path: string) =>
  call<null>('recover_from_backup', { path })

/**
 * Tries to open the data again (after another copy of the program was closed).
 */
export const retryOpen = () =>
  call<null>('retry_open')
