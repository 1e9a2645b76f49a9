/**
 * Times as a reader of a report wants them: local time with the zone's name and its offset from UTC
 * ("7 Dec 2026, 14:05 CET (UTC+01:00)"). The machine-readable formats keep ISO timestamps; only the
 * reports (HTML, PDF, Word, Markdown) show these words.
 */

/** The zone of the machine that renders, as Intl sees it (an IANA name such as "Europe/Berlin"). */
export function localTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone
}

/**
 * `iso` in `timeZone`, as "7 Dec 2026, 14:05 CET (UTC+01:00)"; a zone without a short name shows its offset once
 * ("7 Dec 2026, 14:05 (UTC+05:30)"). A string that is not a date comes back unchanged rather than as "Invalid Date".
 */
export function formatLocalTime(iso: string, timeZone: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const base = { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
  const part = (o: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes) =>
    new Intl.DateTimeFormat('en-GB', { ...base, ...o }).formatToParts(d).find((p) => p.type === type)?.value ?? ''
  const when = new Intl.DateTimeFormat('en-GB', base).format(d)
  const offset = part({ timeZoneName: 'longOffset' }, 'timeZoneName').replace(/^GMT$/, 'GMT+00:00').replace(/^GMT/, 'UTC')
  const name = part({ timeZoneName: 'short' }, 'timeZoneName')
  // en-GB names a zone it knows no abbreviation for "GMT+5:30": that says nothing the offset does not.
  const short = /^(GMT|UTC)[+-]/.test(name) ? '' : name
  return `${when}${short ? ` ${short}` : ''} (${offset})`
}
