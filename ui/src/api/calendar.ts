// Generated from src-tauri/src/commands (calendar): do not edit.
// `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.

import type { CalendarImportCheck } from '../bindings/CalendarImportCheck'
import type { CalendarYear } from '../bindings/CalendarYear'
import type { HolidayInput } from '../bindings/HolidayInput'
import { call } from './call'

/**
 * The year's days off and 调休 working days, by holiday.
 */
export const calendarYear = (year: number) =>
  call<CalendarYear>('calendar_year', { year })

export const addHoliday = (input: HolidayInput) =>
  call<CalendarYear>('add_holiday', { input })

/**
 * Removes a holiday's days to the recycle bin.
 */
export const deleteHoliday = (ids: Array<number>) =>
  call<null>('delete_holiday', { ids })

/**
 * Takes in the State Council's notice for the year that the program ships.
 */
export const loadCalendarPreset = (year: number) =>
  call<CalendarYear>('load_calendar_preset', { year })

export const checkCalendarImport = (path: string, year: number) =>
  call<CalendarImportCheck>('check_calendar_import', { path, year })

export const importCalendar = (path: string, year: number) =>
  call<CalendarYear>('import_calendar', { path, year })

/**
 * The deadline of a time limit of `days` working days given today.
 */
export const workingDayDeadline = (days: number) =>
  call<string>('working_day_deadline', { days })
