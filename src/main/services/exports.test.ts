import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { findingKey } from '../../core/annotation/review'
import type { Annotation } from '../../core/annotation/types'
import { CSV_COLUMNS } from '../../core/export/csv'
import { formatLocalTime, localTimeZone, validateWebAnnotation } from '../../core/export/index'
import type { StoryDetail } from '../../shared/dto'
import { parseCsv } from '../../test/csv'
import { readFixtureText } from '../../test/fixtures'
import { dispatch } from '../ipc/dispatch'
import { exportFileName } from './exports'
import { createServices, type Services } from './index'

async function rpc<T>(s: Services, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

async function seeded() {
  const s = createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })
  const text = `${readFixtureText('wire/reuters-putin-lukashenko-aggregator.txt')}\n\nEditor's note: call the desk <script>alert(1)</script>`
  const imported = await rpc<{ items: { storyId: string }[] }>(s, 'stories:import', { name: 'seed.txt', text })
  const storyId = imported.items[0]!.storyId
  const { annotations } = await rpc<{ annotations: Annotation[] }>(s, 'annotations:list', { storyId })
  return { s, storyId, annotations }
}

const decode = (b64: string) => Buffer.from(b64, 'base64')
const CHECKER = 'Sam Checker'
const NEW_SPEAKER = 'A. N. Other'
const NOTE = 'Call the press office before this runs.'
const REASON = 'Public record: the figure is from the official count.'
/** A record the editor saves: the Node side fills in author and times. */
const decision = ({ author: _a, createdAt: _c, updatedAt: _u, ...rest }: Annotation, id: string, fields: Partial<Annotation>) => ({
  ...rest,
  id,
  origin: 'editor' as const,
  suggestionId: rest.id,
  ...fields,
})

/**
 * A story with one of every decision: an accepted quote, a rejected quote, a quote whose speaker the editor changed,
 * a claim marked false, a note of the editor's own, a dismissed finding with its reason, and the story set Checked,
 * all by the checker named in Settings.
 */
async function decided() {
  const { s, storyId, annotations } = await seeded()
  await rpc(s, 'settings:set', { checkerName: `  ${CHECKER} ` })
  const quotes = annotations.filter((a) => a.kind === 'quote')
  expect(quotes.length).toBe(4)
  const [accepted, rejected, edited] = quotes as [Annotation, Annotation, Annotation]
  const claim = annotations.find((a) => a.kind === 'claim' && a.speaker === null) as Annotation
  const save = (annotation: unknown) => rpc<Annotation>(s, 'annotations:save', { annotation })
  const acceptedRec = await save(decision(accepted, 'd-accept', { decision: 'accepted' }))
  const rejectedRec = await save(decision(rejected, 'd-reject', { decision: 'rejected' }))
  const editedRec = await save(decision(edited, 'd-edit', { speaker: NEW_SPEAKER }))
  const falseRec = await save(decision(claim, 'd-claim', { status: 'false', evidence: ['https://example.org/count'] }))
  const { author: _a, createdAt: _c, updatedAt: _u, ...noteBase } = claim
  const noteRec = await save({ ...noteBase, id: 'n-1', kind: 'note', origin: 'editor', suggestionId: null, status: null, speaker: null, cue: null, evidence: [], note: NOTE })
  const detail = await rpc<StoryDetail>(s, 'stories:get', { id: storyId })
  const text = detail.version.article.text
  const finding = detail.analysis.findings.find((f) => f.end > f.start && f.rule === 'unattributed-claim') ?? detail.analysis.findings.find((f) => f.end > f.start)
  if (!finding) throw new Error('the seed story has no finding on words')
  const dismissed = await rpc<{ at: string; by: string }>(s, 'annotations:dismissFinding', { storyId, key: findingKey(finding.rule, text, finding), reason: REASON })
  await rpc(s, 'review:setState', { storyId, state: 'checked', confirmOpen: true })
  const stateEvent = s.db.prepare(`SELECT at, actor FROM event WHERE action = 'review.state' ORDER BY id DESC LIMIT 1`).get() as { at: string; actor: string }
  const render = async (format: string) => decode((await rpc<{ base64: string }>(s, 'exports:render', { storyId, format })).base64)
  const when = (iso: string) => formatLocalTime(iso, localTimeZone())
  return { s, storyId, text, accepted, rejected, edited, claim, acceptedRec, rejectedRec, editedRec, falseRec, noteRec, finding, dismissed, stateEvent, render, when }
}

type Decided = Awaited<ReturnType<typeof decided>>

describe("exports:render with the editor's decisions, in every format", () => {
  let d: Decided
  beforeAll(async () => {
    d = await decided()
  })

  it('records the decisions, the dismissal and the review state under the checker’s name', () => {
    expect([d.acceptedRec.author, d.rejectedRec.author, d.editedRec.author, d.noteRec.author, d.dismissed.by, d.stateEvent.actor]).toEqual(Array(6).fill(CHECKER))
  })

  it('HTML: review state, summary, accepted / rejected / edited marks, the note and the dismissed finding', async () => {
    const html = (await d.render('html')).toString('utf8')
    const e = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
    expect(html).toContain(`<dt>Review state</dt><dd>Checked (set by ${CHECKER}, ${d.when(d.stateEvent.at)})</dd>`)
    expect(html).toContain(`<dt>Checked by</dt><dd>${CHECKER}</dd>`)
    expect(html).toContain(`<dt>Checked at</dt><dd>${d.when(d.stateEvent.at)}</dd>`)
    expect(html).toMatch(/<p><strong>Open: \d+ checks \([^)]+\), \d+ suggestions not reviewed\.<\/strong><\/p>/)
    // Accepted: one quote. Edited: a quote's speaker and a claim's status. Added: the note.
    expect(html).toContain('<p>Decided: 1 accepted, 1 rejected, 2 edited, 1 mark added by the editor, 1 check dismissed.</p>')
    // The accepted quote: its decision, and no "unchecked" status.
    expect(html).toContain(`<td>“${e(d.accepted.selector.exact)}”</td><td>${e(d.accepted.speaker ?? '')}</td>`)
    const acceptedRow = new RegExp(`<td>“${escapeRe(e(d.accepted.selector.exact))}”</td>.*?</tr>`).exec(html)?.[0] ?? ''
    expect(acceptedRow).toContain(`<td>—</td><td><span class="d-accepted">accepted by ${CHECKER}, ${d.when(d.acceptedRec.updatedAt)}</span></td>`)
    expect(acceptedRow).not.toContain('unchecked')
    expect(html).toContain(`<td>Quote</td><td>${e(d.rejected.selector.exact)}</td><td><span class="d-rejected">rejected by ${CHECKER}, ${d.when(d.rejectedRec.updatedAt)}</span></td>`)
    expect(html).toContain(
      `<span class="d-edited">edited by ${CHECKER}, ${d.when(d.editedRec.updatedAt)} (speaker: “${e(d.edited.speaker ?? '')}” to “${NEW_SPEAKER}”)</span>`,
    )
    expect(html).toContain(`<td>${e(NOTE)}</td><td>${CHECKER}</td><td>${d.when(d.noteRec.updatedAt)}</td>`)
    expect(html).toContain(`<td>${e(REASON)}</td><td>${CHECKER}</td><td>${d.when(d.dismissed.at)}</td>`)
    expect(html).not.toContain('<script>alert(1)')
  })

  it('Word: every mark’s comment ends with its decision; open findings are requests; dismissed checks and rejected marks are listed', async () => {
    const files = unzipSync(new Uint8Array(await d.render('docx')))
    const comments = strFromU8(files['word/comments.xml'] as Uint8Array).replace(/&quot;/g, '"')
    const doc = strFromU8(files['word/document.xml'] as Uint8Array).replace(/&quot;/g, '"')
    const commentsWith = (words: string) => [...comments.matchAll(/<w:comment [^>]*>(.*?)<\/w:comment>/g)].filter((m) => (m[1] ?? '').includes(words))
    expect(comments).toContain(`<w:t xml:space="preserve">Decision: accepted by ${CHECKER}, ${d.when(d.acceptedRec.updatedAt)}</w:t>`)
    expect(comments).toContain(`<w:t xml:space="preserve">Decision: edited by ${CHECKER}, ${d.when(d.editedRec.updatedAt)} (speaker: “${d.edited.speaker}” to “${NEW_SPEAKER}”)</w:t>`)
    expect(commentsWith(NEW_SPEAKER).length).toBe(1)
    expect(comments).toContain(`<w:t xml:space="preserve">Note: ${NOTE}</w:t>`)
    expect(comments).toMatch(/<w:comment w:id="\d+" w:author="Sam Checker" w:initials="SC">.*?<w:t xml:space="preserve">Please [^<]+<\/w:t>/)
    // A rejected suggestion is no mark in the text, so it has no comment.
    expect(commentsWith('Decision: rejected').length).toBe(0)
    expect(doc).toContain(`Quote: “${d.rejected.selector.exact}” — rejected by ${CHECKER}, ${d.when(d.rejectedRec.updatedAt)}`)
    expect(doc).toContain(`: dismissed by ${CHECKER}, ${d.when(d.dismissed.at)}. Reason: ${REASON}</w:t>`)
    expect(doc).toContain(`Review state: Checked (set by ${CHECKER}, ${d.when(d.stateEvent.at)}). Checked by ${CHECKER} at ${d.when(d.stateEvent.at)}.`)
  })

  it('Markdown: the review state, the decisions, the note and the dismissed finding', async () => {
    const md = (await d.render('md')).toString('utf8').replace(/\\(.)/g, '$1')
    expect(md).toContain(`- **Review state:** Checked (set by ${CHECKER}, ${d.when(d.stateEvent.at)})`)
    expect(md).toContain(`| accepted by ${CHECKER}, ${d.when(d.acceptedRec.updatedAt)} |`)
    expect(md).toContain(`| Quote | ${d.rejected.selector.exact} | rejected by ${CHECKER}, ${d.when(d.rejectedRec.updatedAt)} |`)
    expect(md).toContain(`| edited by ${CHECKER}, ${d.when(d.editedRec.updatedAt)} (speaker: “${d.edited.speaker}” to “${NEW_SPEAKER}”) |`)
    expect(md).toContain(`| ${NOTE} | ${CHECKER} | ${d.when(d.noteRec.updatedAt)} |`)
    expect(md).toContain(`| ${REASON} | ${CHECKER} | ${d.when(d.dismissed.at)} |`)
  })

  it('CSV: the decision columns, the dismissed finding as a row, the review state on every row', async () => {
    const table = parseCsv((await d.render('csv')).toString('utf8'))
    expect(table[0]).toEqual([...CSV_COLUMNS])
    const rows = table.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])))
    const row = (id: string) => rows.find((r) => r.id === id)
    expect(row(d.accepted.id)).toMatchObject({ decision: 'accepted', decided_by: CHECKER, decided_at: d.acceptedRec.updatedAt, status: '' })
    expect(row(d.rejected.id)).toMatchObject({ number: '', decision: 'rejected', decided_by: CHECKER, decided_at: d.rejectedRec.updatedAt })
    expect(row(d.edited.id)).toMatchObject({ decision: 'edited', speaker_or_source: NEW_SPEAKER, decided_by: CHECKER, status: 'unchecked' })
    expect(row(d.claim.id)).toMatchObject({ decision: 'edited', status: 'false', evidence: 'https://example.org/count' })
    const dismissedRows = rows.filter((r) => r.decision === 'dismissed')
    expect(dismissedRows).toEqual([
      expect.objectContaining({ kind: 'finding', cue: d.finding.rule, status: d.finding.severity, decided_by: CHECKER, decided_at: d.dismissed.at, note: REASON }),
    ])
    expect(new Set(rows.map((r) => r.review_state))).toEqual(new Set(['checked']))
  })

  it('W3C: the decision in each annotation’s describing body, the rejected record saying so, the edited speaker', async () => {
    const doc = JSON.parse((await d.render('w3c')).toString('utf8'))
    expect(validateWebAnnotation(doc)).toEqual([])
    const items = doc.first.items as { id: string; body: { purpose: string; value: string }[] }[]
    const facts = (id: string) => items.find((i) => i.id === `urn:uuid:${id}`)?.body.find((b) => b.purpose === 'describing')?.value
    expect(facts(d.accepted.id)).toBe(`origin: editor; decision: accepted; decided_by: ${CHECKER}; decided_at: ${d.acceptedRec.updatedAt}; attribution: ${d.accepted.attribution}; cue: ${d.accepted.cue}`)
    expect(facts(d.rejected.id)).toMatch(new RegExp(`^origin: editor; decision: rejected; decided_by: ${CHECKER}; decided_at: ${escapeRe(d.rejectedRec.updatedAt)}`))
    expect(facts(d.edited.id)).toMatch(new RegExp(`^origin: editor; decision: edited; decided_by: ${CHECKER}; decided_at: [^;]+; changes: speaker: “${escapeRe(d.edited.speaker ?? '')}” to “${NEW_SPEAKER}”`))
    const edited = items.find((i) => i.id === `urn:uuid:${d.edited.id}`)
    expect(edited?.body.filter((b) => b.purpose === 'identifying').map((b) => b.value)).toEqual([NEW_SPEAKER])
    expect(items.find((i) => i.id === 'urn:wiremark:annotation:n-1')?.body.find((b) => b.purpose === 'commenting')?.value).toBe(NOTE)
    // The review state and dismissed findings are not annotations of words: W3C does not carry them.
  })

  it('ClaimReview: the claim marked false, reviewed by the checker, with the story’s review state', async () => {
    const doc = JSON.parse((await d.render('claimreview')).toString('utf8'))
    expect(doc['@graph']).toHaveLength(1)
    expect(doc['@graph'][0]).toMatchObject({
      claimReviewed: d.claim.selector.exact,
      author: { '@type': 'Person', name: CHECKER },
      creativeWorkStatus: 'Checked',
      datePublished: d.stateEvent.at.slice(0, 10),
      citation: ['https://example.org/count'],
      reviewRating: { ratingValue: 1, alternateName: 'False' },
    })
  })

  const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined
  it.skipIf(!pdftotext)('PDF: the review state, summary, decisions and the dismissed finding (read back with pdftotext)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wiremark-export-')), 'report.pdf')
    writeFileSync(file, await d.render('pdf'))
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ')
    expect(text).toContain(`Review state: Checked (set by ${CHECKER}, ${d.when(d.stateEvent.at)})`)
    expect(text).toContain('Decided: 1 accepted, 1 rejected, 2 edited, 1 mark added by the editor, 1 check dismissed.')
    expect(text).toContain(`accepted by ${CHECKER}, ${d.when(d.acceptedRec.updatedAt)}`)
    expect(text).toContain(`rejected by ${CHECKER}, ${d.when(d.rejectedRec.updatedAt)}`)
    expect(text).toContain(`(speaker: “${d.edited.speaker}” to “${NEW_SPEAKER}”)`)
    expect(text).toContain(`Reason: ${REASON} — dismissed by ${CHECKER}, ${d.when(d.dismissed.at)}`)
    expect(text).toContain(NOTE)
  })
})

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe('exports:render', () => {
  it('says where to set the checker’s name when none is set, never the account', async () => {
    const { s, storyId } = await seeded()
    const html = decode((await rpc<{ base64: string }>(s, 'exports:render', { storyId, format: 'html' })).base64).toString('utf8')
    expect(html).toContain('<dt>Checked by</dt><dd>(name not set: Settings)</dd>')
    expect(html).toContain('<dt>Review state</dt><dd>New</dd>')
    expect(html).toContain('<p>Decided: nothing yet.</p>')
  })

  it('names the file after the headline and gives the MIME type and size', async () => {
    const { s, storyId } = await seeded()
    const html = await rpc<{ fileName: string; mime: string; base64: string; bytes: number }>(s, 'exports:render', { storyId, format: 'html' })
    expect(html.fileName).toMatch(/^putin-says-.*\.html$/)
    expect(html.mime).toBe('text/html; charset=utf-8')
    expect(html.bytes).toBe(decode(html.base64).length)
    const w3c = await rpc<{ fileName: string }>(s, 'exports:render', { storyId, format: 'w3c' })
    expect(w3c.fileName).toMatch(/\.annotations\.jsonld$/)
  })

  it('refuses an unknown format and an unknown story; exports:save is the desktop’s only', async () => {
    const { s, storyId } = await seeded()
    expect(await dispatch(s.handlers, 'exports:render', { storyId, format: 'rtf' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await dispatch(s.handlers, 'exports:render', { storyId: 'nope', format: 'html' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await dispatch(s.handlers, 'exports:save', { storyId, format: 'html' })).toMatchObject({ ok: false, error: { code: 'unavailable' } })
  })

  it('names files after the headline, safely', () => {
    expect(exportFileName('Putin says: "Lukashenko" — ça va?', 'x', 'pdf')).toBe('putin-says-lukashenko-ca-va.pdf')
    expect(exportFileName(null, 'urn:a/b', 'csv')).toBe('story-urnab.csv')
    expect(exportFileName('../../etc/passwd', 'x', 'md')).toBe('etc-passwd.md')
    expect(exportFileName('بايدن يعلن إفراج حماس عن طفلة', 'x', 'pdf')).toBe('بايدن-يعلن-إفراج-حماس-عن-طفلة.pdf')
    expect(exportFileName('北京市政府宣布新的住房计划', 'x', 'docx')).toBe('北京市政府宣布新的住房计划.docx')
    expect(exportFileName('Путин: «диалог» / Лукашенко', 'x', 'html')).toBe('путин-диалог-лукашенко.html')
    expect(exportFileName('a\u202e\u200fb\\c:d*e?f', 'x', 'md')).toBe('a-b-c-d-e-f.md')
  })
})
