import { reactive } from 'vue'
import { ElMessage } from 'element-plus'
import { ApiError } from '../api/call'
import { startProblem } from '../api/recovery'
import { useBodyStore } from '../stores/body'

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
  if (e instanceof ApiError && e.code === 'damaged') {
    void turnToRecoveryIfClosed(e)
    return
  }
  if (e instanceof ApiError && e.code === 'cancelled') {
    ElMessage({ type: 'info', message: e.message })
    return
  }
  showError(e instanceof Error ? e.message : String(e))
}

function showError(message: string) {
  ElMessage({ type: 'error', message, duration: 6000, showClose: true })
}

/**
 * Damage is named both for the office's data and for a backup file it picked. The shell closes
 * the data only when its own file is the damaged one; then the recovery screen takes over, and
 * otherwise the message is shown as any other.
 */
async function turnToRecoveryIfClosed(e: ApiError) {
  const closed = await startProblem().catch(() => null)
  if (closed) useBodyStore().startError = closed.error.message
  else showError(e.message)
}
