// Generated from src-tauri/src/commands (settings): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { BodySettings } from '../bindings/BodySettings'
import type { RoleTitle } from '../bindings/RoleTitle'
import { call } from './call'

export const settings = () =>
  call<BodySettings>('settings')

export const updateSettings = (input: BodySettings) =>
  call<BodySettings>('update_settings', { input })

export const roleTitles = () =>
  call<Array<RoleTitle>>('role_titles')
