import { describe, findingCountPhrase, SEVERITY_LABEL, KIND_COLOR, KIND_LABEL, KIND_MEANING, KINDS, STATUS_LABEL, STORY_SUMMARY_LABEL, type ReportAnnotation, type ReportModel } from './model'

/** Escapes Markdown (and inline HTML) so story text renders as the words it is. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    .replace(/\r?\n/g, ' ')
}

const md = escapeMarkdown

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

function table(head: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['None.', '']
  return [row(head), row(head.map(() => '---')), ...rows.map(row), '']
}

function status(a: ReportAnnotation): string {
  return a.status ? STATUS_LABEL[a.status] : ''
}

/** The report as Markdown: story with numbered marks, then quotes, claims, notes, findings and credits. */
export function renderMarkdown(m: ReportModel): string {
  const out: string[] = []
  const byN = new Map(m.annotations.map((a) => [a.n, a]))
  out.push(`# ${md(m.headline ?? 'Untitled story')}`, '')
  const meta: [string, string | null][] = [
    ['Source', m.source],
    ['Story', m.storyId],
    ['Version', m.version],
    ['Format', m.format],
    ['Dateline', m.dateline],
    ['Byline', m.bylines.join('; ') || null],
    ['Review state', m.review.text],
    ['Checked by', m.checkedByText],
    ['Checked at', m.checkedAtText],
  ]
  for (const [k, v] of meta) if (v) out.push(`- **${k}:** ${md(v)}`)
  out.push('', `**${md(m.summary.openText)}** ${md(m.summary.decidedText)}`, '')
  out.push(`Marks: ${KINDS.map((k) => `${KIND_LABEL[k]} ${m.counts[k]} (${KIND_MEANING[k]}, #${KIND_COLOR[k]})`).join(', ')}. ` +
    'Marked words are **bold**, followed by the number of the annotation in brackets.', '')
  out.push(`## Open findings (${findingCountPhrase(m.findingCounts)})`, '')
  out.push(...table(['Severity', 'Check', 'Message', 'Where'], m.findings.map((f) => [SEVERITY_LABEL[f.severity], f.rule, md(f.message), md(f.excerpt)])))
  out.push(`## Dismissed findings (${m.dismissed.length})`, '')
  out.push(...table(['Check', 'Where', 'Reason', 'By', 'When'], m.dismissed.map((d) => [md(d.rule), md(d.excerpt), md(d.reason), md(d.by ?? 'not recorded'), md(d.atText)])))
  out.push('## Story', '')
  if (m.storySummary) out.push(`> *${md(STORY_SUMMARY_LABEL)}:* ${md(m.storySummary.text)}`, '')
  for (const b of m.blocks) {
    // A crosshead is a heading under the report's "Story" section, never a paragraph.
    let line = b.kind === 'heading' ? '### ' : ''
    for (const s of b.segments) {
      line += s.marks.length > 0 ? `**${md(s.text)}**` : md(s.text)
      if (s.ends.length > 0) line += ` [${s.ends.map((n) => `${KIND_LABEL[(byN.get(n) as ReportAnnotation).kind].toLowerCase()} ${n}`).join(', ')}]`
    }
    out.push(line.replace(/\*\*\*\*/g, ''), '')
  }
  const of = (k: string) => m.annotations.filter((a) => a.kind === k)
  out.push(`## Quotes (${m.counts.quote})`, '')
  out.push(...table(['#', 'Quote', 'Speaker', 'Status', 'Decision', 'Note'], of('quote').map((a) => [String(a.n), md(a.exact), md(a.speaker ?? 'no speaker'), status(a), md(a.decided.text), md(a.note ?? '')])))
  out.push(`## Claims (${m.counts.claim})`, '')
  out.push(...table(['#', 'Claim', 'Source', 'Status', 'Decision', 'Evidence', 'Note'], of('claim').map((a) => [String(a.n), md(a.exact), md(a.speaker ?? 'reporter’s voice'), status(a), md(a.decided.text), md(a.evidence.join(' ')), md(a.note ?? '')])))
  out.push(`## Rejected suggestions (${m.rejected.length})`, '')
  out.push(...table(['Kind', 'Words', 'Decision'], m.rejected.map((a) => [KIND_LABEL[a.kind], md(a.exact), md(a.decided.text)])))
  out.push('## Notes', '')
  out.push(...table(['#', 'On', 'Note', 'Author', 'Date'], m.annotations.filter((a) => a.note || a.kind === 'note').map((a) => [String(a.n), md(a.exact), md(a.note ?? ''), md(a.author), md(a.updatedAtText)])))
  out.push('## All annotations', '')
  for (const a of m.annotations) out.push(`${a.n}. ${md(a.exact)} — ${md(describe(a))}`)
  out.push('')
  out.push('## Credits', '')
  out.push(...table(['Role', 'Name', 'Detail'], m.credits.map((c) => [md(c.role), md(c.name), md(c.detail)])))
  if (m.orphans.length > 0) {
    out.push(`## Annotations not found in this version (${m.orphans.length})`, '')
    for (const a of m.orphans) out.push(`- ${KIND_LABEL[a.kind]}: ${md(a.exact)}${a.note ? ` — ${md(a.note)}` : ''}`)
    out.push('')
  }
  if (m.copyright) out.push(md(m.copyright), '')
  return out.join('\n')
}
