// Generated from src-tauri/src/commands (setup): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { BodySettings } from '../bindings/BodySettings'
import type { SetupInput } from '../bindings/SetupInput'
import type { SetupState } from '../bindings/SetupState'
import { call } from './call'

export const setupState = () =>
  call<SetupState>('setup_state')

export const completeSetup = (input: SetupInput) =>
  call<BodySettings>('complete_setup', { input })
