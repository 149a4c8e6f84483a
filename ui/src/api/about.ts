// Generated from src-tauri/src/commands (about): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { About } from '../bindings/About'
import { call } from './call'

export const about = () =>
  call<About>('about')

/**
 * Opens the data folder in Explorer (the file manager on Linux).
 */
export const openDataFolder = () =>
  call<string>('open_data_folder')
