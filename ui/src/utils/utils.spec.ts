import { describe, expect, it } from 'vitest'
import { cnDate } from './date'
import { matches } from './search'

describe('cnDate', () => {
  it('writes dates the way the office does', () => {
    expect(cnDate('2026-11-25')).toBe('2026年11月25日')
    expect(cnDate('2026-03-05')).toBe('2026年3月5日')
    expect(cnDate(null)).toBe('—')
  })
})

describe('matches', () => {
  it('needs every word somewhere in the fields', () => {
    expect(matches('卫健 李四', ['市卫健委', '李四'])).toBe(true)
    expect(matches('卫健 王五', ['市卫健委', '李四'])).toBe(false)
    expect(matches('  ', [null])).toBe(true)
  })
})
