const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()
const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' })
const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })
const dayYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** A time of import, short: "14:05" today, "3 Mar 14:05" this year, "3 Mar 2024" before. */
export function shortTime(iso: string, now = new Date()): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  if (sameDay(d, now)) return time.format(d)
  if (d.getFullYear() === now.getFullYear()) return `${day.format(d)} ${time.format(d)}`
  return dayYear.format(d)
}

export const fullTime = (iso: string): string => {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : full.format(d)
}

/**
 * An item's filing date in local time: "3 Mar 14:05" this year, "3 Mar 2024 14:05" before; a date alone (a dateline
 * without a time) as "3 Mar 2024"; empty when the item has none.
 */
export function filedTime(iso: string | null | undefined, now = new Date()): string {
  if (!iso) return ''
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso)
  // A date alone is a calendar day, not midnight UTC: read it as local so it does not move a day west of Greenwich.
  const d = new Date(dateOnly ? `${iso}T00:00:00` : iso)
  if (Number.isNaN(d.getTime())) return iso
  if (dateOnly) return dayYear.format(d)
  return `${d.getFullYear() === now.getFullYear() ? day.format(d) : dayYear.format(d)} ${time.format(d)}`
}
