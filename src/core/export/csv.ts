import { KIND_LABEL, STATUS_LABEL, type ReportModel } from './model'

/**
 * One spreadsheet cell, safe to open: a value that a spreadsheet could read as a formula (it begins with
 * = + - @, a tab or a carriage return) gets a leading apostrophe; then RFC 4180 quoting where needed.
 */
export function csvCell(value: string): string {
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

export const CSV_COLUMNS = [
  'number',
  'kind',
  'text',
  'speaker_or_source',
  'attribution',
  'cue',
  'status',
  'decision',
  'note',
  'evidence',
  'start',
  'end',
  'origin',
  'author',
  'created',
  'updated',
  'id',
] as const

/** Quotes and claims, one row each, RFC 4180 (CRLF, header row), every cell formula-safe. */
export function renderCsv(m: ReportModel): string {
  const rows: string[][] = [[...CSV_COLUMNS]]
  for (const a of m.annotations) {
    if (a.kind !== 'quote' && a.kind !== 'claim') continue
    rows.push([
      String(a.n),
      KIND_LABEL[a.kind].toLowerCase(),
      a.exact,
      a.speaker ?? '',
      a.attribution ?? '',
      a.cue ?? '',
      a.status ? STATUS_LABEL[a.status] : '',
      a.decision ?? '',
      a.note ?? '',
      a.evidence.join(' '),
      String(a.start),
      String(a.end),
      a.origin,
      a.author,
      a.createdAt,
      a.updatedAt,
      a.id,
    ])
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
