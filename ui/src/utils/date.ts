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
