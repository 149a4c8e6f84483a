import type { CalendarDay } from '../../bindings/CalendarDay'

/** One day of the year's grid, as the calendar page marks it. */
export interface DayCell {
  iso: string
  day: number
  /** A day off: a weekend not worked, or a holiday. */
  off: boolean
  /** 休 on a holiday, 班 on a weekend day worked; nothing on an ordinary day. */
  mark: '休' | '班' | ''
  /** The holiday's name, for the day's tooltip. */
  name: string
}

export interface MonthGrid {
  month: number
  /** Weeks from Monday; null before the first and after the last day. */
  weeks: (DayCell | null)[][]
}

const two = (n: number) => String(n).padStart(2, '0')

/** The twelve months of `year`, Monday first, with the office's listed days marked. */
export function yearGrid(year: number, listed: CalendarDay[]): MonthGrid[] {
  const byDay = new Map(listed.map((d) => [d.day, d]))
  return Array.from({ length: 12 }, (_, m) => {
    const days = new Date(Date.UTC(year, m + 1, 0)).getUTCDate()
    const lead = (new Date(Date.UTC(year, m, 1)).getUTCDay() + 6) % 7
    const cells: (DayCell | null)[] = Array(lead).fill(null)
    for (let day = 1; day <= days; day++) {
      const iso = `${year}-${two(m + 1)}-${two(day)}`
      const weekend = (lead + day - 1) % 7 >= 5
      const entry = byDay.get(iso)
      const off = entry ? entry.kind === 'off' : weekend
      const mark = entry?.kind === 'off' ? '休' : entry?.kind === 'work' ? '班' : ''
      cells.push({ iso, day, off, mark, name: entry?.name ?? '' })
    }
    while (cells.length % 7) cells.push(null)
    const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
    return { month: m + 1, weeks }
  })
}
