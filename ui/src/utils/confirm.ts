import { ElMessage, ElMessageBox } from 'element-plus'
import { notifyError } from './errors'

/** Asks before deleting; false when the office cancels (Esc, 取消 or closing the box). */
export async function confirmDelete(message: string, title: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, { type: 'warning', confirmButtonText: '删除' })
    return true
  } catch {
    return false
  }
}

/** A list's 删除: asks, deletes, says 已删除 and reloads the list; a refusal is shown and nothing changes. */
export async function deleteFromList(
  message: string,
  title: string,
  remove: () => Promise<unknown>,
  reload: () => Promise<unknown>,
): Promise<void> {
  if (!(await confirmDelete(message, title))) return
  try {
    await remove()
    ElMessage.success('已删除')
    await reload()
  } catch (e) {
    notifyError(e)
  }
}
