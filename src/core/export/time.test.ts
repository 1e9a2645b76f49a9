import { describe, expect, it } from 'vitest'
import { formatLocalTime } from './time'

describe('formatLocalTime', () => {
  it('shows local time with the zone’s name and its offset from UTC, summer and winter', () => {
    expect(formatLocalTime('2026-12-07T13:05:00Z', 'Europe/Berlin')).toBe('7 Dec 2026, 14:05 CET (UTC+01:00)')
    expect(formatLocalTime('2026-07-07T13:05:00.000Z', 'Europe/Berlin')).toBe('7 Jul 2026, 15:05 CEST (UTC+02:00)')
    expect(formatLocalTime('2026-12-07T13:05:00Z', 'UTC')).toBe('7 Dec 2026, 13:05 UTC (UTC+00:00)')
  })

  it('shows the offset once where the zone has no short name, and leaves a non-date as it is', () => {
    expect(formatLocalTime('2026-12-07T13:05:00Z', 'Asia/Kolkata')).toBe('7 Dec 2026, 18:35 (UTC+05:30)')
    expect(formatLocalTime('not a date', 'UTC')).toBe('not a date')
  })
})
