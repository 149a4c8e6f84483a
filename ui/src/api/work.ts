// Generated from src-tauri/src/commands (work): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import { call } from './call'

/**
 * Stops the running long work before its next file. Off the window's thread, so that it
 * gets through whatever else the window has asked meanwhile.
 */
export const cancelWork = () =>
  call<null>('cancel_work')
