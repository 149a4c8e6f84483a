// Generated from src-tauri/src/commands (recycleBin): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { BinItem } from '../bindings/BinItem'
import type { BinKind } from '../bindings/BinKind'
import { call } from './call'

export const recycleBin = () =>
  call<Array<BinItem>>('recycle_bin')

/**
 * Answers the records left as they were because they changed again since the deletion.
 */
export const restoreFromBin = (kind: BinKind, id: number) =>
  call<Array<string>>('restore_from_bin', { kind, id })

export const purgeFromBin = (kind: BinKind, id: number) =>
  call<null>('purge_from_bin', { kind, id })
