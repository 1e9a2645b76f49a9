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
  'decided_by',
  'decided_at',
  'changes',
  'note',
  'evidence',
  'start',
  'end',
  'origin',
  'author',
  'created',
  'updated',
  'id',
  'review_state',
] as const

type Column = (typeof CSV_COLUMNS)[number]

/**
 * Quotes and claims, one row each (rejected ones too, with their decision), then the checks: open ones with
 * decision "open", dismissed ones with decision "dismissed" and the reason as the note. RFC 4180 (CRLF, header
 * row), every cell formula-safe, times as ISO timestamps. `review_state` is the story's, on every row.
 */
export function renderCsv(m: ReportModel): string {
  const rows: string[][] = [[...CSV_COLUMNS]]
  const push = (cells: Partial<Record<Column, string>>) => rows.push(CSV_COLUMNS.map((c) => (c === 'review_state' ? m.review.state : (cells[c] ?? ''))))
  for (const a of [...m.annotations, ...m.rejected].filter((x) => x.kind === 'quote' || x.kind === 'claim')) {
    push({
      number: a.n ? String(a.n) : '',
      kind: KIND_LABEL[a.kind].toLowerCase(),
      text: a.exact,
      speaker_or_source: a.speaker ?? '',
      attribution: a.attribution ?? '',
      cue: a.cue ?? '',
      status: a.status ? STATUS_LABEL[a.status] : '',
      decision: a.decided.state,
      decided_by: a.decided.by ?? '',
      decided_at: a.decided.at ?? '',
      changes: a.decided.changes.join('; '),
      note: a.note ?? '',
      evidence: a.evidence.join(' '),
      start: String(a.start),
      end: String(a.end),
      // (A suggestion the editor decided on, or only noted, is still the analysis's: its decision has columns of its own.)
      origin: a.suggested ? 'auto' : 'editor',
      author: a.author,
      created: a.createdAt,
      updated: a.updatedAt,
      id: a.id,
    })
  }
  for (const f of m.findings) {
    push({ kind: 'finding', text: f.excerpt, cue: f.rule, status: f.severity, decision: 'open', note: f.message, start: String(f.start), end: String(f.end) })
  }
  for (const d of m.dismissed) {
    push({ kind: 'finding', text: d.excerpt, cue: d.rule, status: d.severity ?? '', decision: 'dismissed', decided_by: d.by ?? '', decided_at: d.at, note: d.reason })
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
