// Generated from src-tauri/src/commands (history): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { HistoryPage } from '../bindings/HistoryPage'
import type { HistoryQuery } from '../bindings/HistoryQuery'
import { call } from './call'

export const history = (query: HistoryQuery) =>
  call<HistoryPage>('history', { query })
