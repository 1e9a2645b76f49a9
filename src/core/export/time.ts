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
  const f = formattersOf(timeZone)
  const zonePart = (fmt: Intl.DateTimeFormat) => fmt.formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? ''
  const when = f.when.format(d)
  const offset = zonePart(f.offset).replace(/^GMT$/, 'GMT+00:00').replace(/^GMT/, 'UTC')
  const name = zonePart(f.name)
  // en-GB names a zone it knows no abbreviation for "GMT+5:30": that says nothing the offset does not.
  const short = /^(GMT|UTC)[+-]/.test(name) ? '' : name
  return `${when}${short ? ` ${short}` : ''} (${offset})`
}

interface ZoneFormatters {
  when: Intl.DateTimeFormat
  offset: Intl.DateTimeFormat
  name: Intl.DateTimeFormat
}

// A report formats a time for every mark and decision, and making an Intl.DateTimeFormat costs far more than using
// one (it was a sixth of a PDF export of an 800-word story with 50 marks): the three formatters of a zone are made
// once. A zone Intl does not know throws here as before, and is not kept.
const formatters = new Map<string, ZoneFormatters>()

function formattersOf(timeZone: string): ZoneFormatters {
  let f = formatters.get(timeZone)
  if (!f) {
    const base = { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
    f = {
      when: new Intl.DateTimeFormat('en-GB', base),
      offset: new Intl.DateTimeFormat('en-GB', { ...base, timeZoneName: 'longOffset' }),
      name: new Intl.DateTimeFormat('en-GB', { ...base, timeZoneName: 'short' }),
    }
    formatters.set(timeZone, f)
  }
  return f
}
