import dayjs from 'dayjs'

/** `2026-11-25` → `2026年11月25日`, the way the office writes dates; `—` for none. */
export function cnDate(iso: string | null | undefined): string {
  if (!iso) return '—'
  const d = dayjs(iso, 'YYYY-MM-DD')
  return d.isValid() ? `${d.year()}年${d.month() + 1}月${d.date()}日` : iso
}

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

/** 星期X of a `YYYY-MM-DD` date; empty when it is not one. */
export function cnWeekday(iso: string): string {
  const d = dayjs(iso, 'YYYY-MM-DD')
  return d.isValid() ? WEEKDAYS[d.day()] : ''
}

/** The display format for Element Plus date pickers (values stay `YYYY-MM-DD`). */
export const PICKER_FORMAT = 'YYYY年M月D日'
export const VALUE_FORMAT = 'YYYY-MM-DD'

/** A stored time (RFC 3339, UTC) in office time (UTC+8): `2026年11月25日 12:00`. */
export function cnDateTime(rfc3339: string | null | undefined): string {
  if (!rfc3339) return '—'
  const ms = Date.parse(rfc3339)
  if (Number.isNaN(ms)) return rfc3339
  const t = new Date(ms + 8 * 3600 * 1000)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`
}

/** A file's size as Explorer shows it: `356 KB`, `1.2 MB`. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
