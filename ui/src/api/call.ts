import { invoke } from '@tauri-apps/api/core'
import type { CoreError } from '../bindings/CoreError'
import type { ErrorCode } from '../bindings/ErrorCode'

/** A failed command: the core's Chinese message, and the field it concerns when there is one. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly field?: string

  constructor(e: CoreError) {
    super(e.message)
    this.code = e.code
    this.field = e.field
  }
}

function isCoreError(e: unknown): e is CoreError {
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e
}

function toApiError(e: unknown): ApiError {
  if (isCoreError(e)) return new ApiError(e)
  // Tauri itself answers with a plain string when it cannot read a command's arguments.
  const text = typeof e === 'string' ? e : e instanceof Error ? e.message : String(e)
  return new ApiError({ code: 'storage', message: `操作失败：${text}` })
}

/** The only place that talks to the desktop shell. */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args)
  } catch (e) {
    throw toApiError(e)
  }
}
