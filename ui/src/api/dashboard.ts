// Generated from src-tauri/src/commands (dashboard): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { DashboardSummary } from '../bindings/DashboardSummary'
import { call } from './call'

export const dashboard = () =>
  call<DashboardSummary>('dashboard')
