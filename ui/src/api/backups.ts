// Generated from src-tauri/src/commands (backups): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { BackupInfo } from '../bindings/BackupInfo'
import { call } from './call'

/**
 * The backups kept in the data folder's 备份, newest first.
 */
export const backups = () =>
  call<Array<BackupInfo>>('backups')

/**
 * 立即备份: asks for a folder (a USB stick) and writes a backup there; nothing when cancelled.
 */
export const backUpNow = () =>
  call<BackupInfo | null>('back_up_now')

/**
 * Asks for a backup file to restore from; nothing when cancelled.
 */
export const pickBackupFile = () =>
  call<string | null>('pick_backup_file')

/**
 * Reads a backup through and answers what it holds; nothing is changed.
 */
export const previewBackup = (path: string) =>
  call<BackupInfo>('preview_backup', { path })

/**
 * 恢复: the backup replaces the data; answers the backup of the data as it was before.
 */
export const restoreBackup = (path: string) =>
  call<BackupInfo>('restore_backup', { path })

/**
 * Opens 备份 in Explorer.
 */
export const openBackupFolder = () =>
  call<string>('open_backup_folder')
