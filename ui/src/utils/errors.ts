import { reactive } from 'vue'
import { ElMessage } from 'element-plus'
import { ApiError } from '../api/call'

/** Shows an error the user can act on: next to its field when the core named one, else as a message. */
export function useFieldErrors() {
  const errors = reactive<Record<string, string>>({})

  function clear() {
    for (const key of Object.keys(errors)) delete errors[key]
  }

  /** Returns true when the error was placed next to one of `fields`. */
  function show(e: unknown, fields: readonly string[]): boolean {
    clear()
    if (e instanceof ApiError && e.field && fields.includes(e.field)) {
      errors[e.field] = e.message
      return true
    }
    notifyError(e)
    return false
  }

  return { errors, clear, show }
}

export function notifyError(e: unknown) {
  const message = e instanceof Error ? e.message : String(e)
  ElMessage({ type: 'error', message, duration: 6000, showClose: true })
}
