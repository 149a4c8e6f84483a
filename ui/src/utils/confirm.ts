import { ElMessageBox } from 'element-plus'

/** Asks before deleting; false when the office cancels (Esc, 取消 or closing the box). */
export async function confirmDelete(message: string, title: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, { type: 'warning', confirmButtonText: '删除' })
    return true
  } catch {
    return false
  }
}
