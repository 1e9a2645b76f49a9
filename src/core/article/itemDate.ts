import type { ArticleMeta, ItemDates } from './types'

/** ISO 8601 date-time, possibly compact ("20231124T192141+0000") or with a colon-less offset ("+0000"). */
const DATE_TIME =
  /^(\d{4})-?(\d{2})-?(\d{2})[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|GMT|UTC)?$/i
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * The item's own date and time as one sortable ISO string: a date-time with a zone becomes UTC
 * ("2017-08-24T01:58:40Z"), one without a zone keeps its wall-clock time ("2015-02-18T16:01:41"), a date alone
 * stays a date ("2021-07-13"). Anything else is null.
 */
export function normaliseItemDate(raw: string | null | undefined): string | null {
  const s = raw?.trim()
  if (!s) return null
  if (DATE_ONLY.test(s)) return s
  const m = DATE_TIME.exec(s)
  if (!m) return null
  const [, y, mo, d, h, mi, sec = '00', frac, zone] = m
  const wall = `${y}-${mo}-${d}T${h}:${mi}:${sec}`
  if (!zone) return wall
  const offset = /^(?:Z|GMT|UTC)$/i.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`
  const t = Date.parse(`${wall}${frac ? `.${frac.slice(0, 3).padEnd(3, '0')}` : ''}${offset}`)
  if (Number.isNaN(t)) return null
  return new Date(t).toISOString().replace('.000Z', 'Z')
}

/**
 * When the item was filed, as its format says: the metadata's timestamp (NewsML-G2 and ninjs created dates, NITF
 * date.issue, digitalwires version_created, the ANPA and IPTC 7901 trailers, an HTML page's published time), else
 * the date of its dateline; null when it says neither. Never the time of import.
 */
export function itemDate(article: Pick<ArticleMeta, 'created' | 'dateline'>): string | null {
  return normaliseItemDate(article.created) ?? normaliseItemDate(article.dateline?.date)
}

/**
 * The calendar day (yyyy-mm-dd) the item was filed on, in the feed's own time zone where it prints one
 * ("2016-10-18T23:12:00-05:00" is 2016-10-18 there, though 2016-10-19 in UTC); null when the item has no date.
 */
export function itemDay(article: Pick<ArticleMeta, 'created'> & { dates?: Partial<ItemDates> }): string | null {
  // `dates` is optional here: an article stored by a build before it existed has none
  for (const raw of [article.created, article.dates?.created]) {
    const m = raw ? /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ])/.exec(raw) : null
    if (m && normaliseItemDate(raw) !== null) return `${m[1]}-${m[2]}-${m[3]}`
  }
  return null
}
