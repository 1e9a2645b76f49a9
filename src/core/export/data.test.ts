import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../test/csv'
import { readFixture, readFixtureText } from '../../test/fixtures'
import { analyze } from '../analysis/analyze'
import { buildArticle } from '../article/build'
import { newAnnotation } from '../annotation/review'
import type { Annotation, AnnotationStatus } from '../annotation/types'
import { importBytes } from '../import/index'
import { claimIri, stableHash } from './claimreview'
import { csvCell, CSV_COLUMNS } from './csv'
import { exportStory } from './index'
import { buildReportModel } from './model'
import { sampleExportInput } from './sample'
import type { ExportInput } from './types'

const UNREVIEWED = { state: 'new', by: null, at: null } as const

function reuters(): ExportInput {
  const { articles } = importBytes(readFixture('wire/reuters-putin-lukashenko-aggregator.txt'), 'reuters.txt')
  const article = articles[0]
  if (!article) throw new Error('no article in the Reuters fixture')
  return sampleExportInput(article, analyze(article))
}

function claimRecord(text: string, words: string, status: AnnotationStatus, id: string, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`not in text: ${words}`)
  return newAnnotation(
    { id, storyId: 's', versionId: 'v', kind: 'claim', origin: 'editor', text, span: { start, end: start + words.length }, author: 'Dana Editor', at: '2024-05-02T10:00:00Z' },
    { status, ...extra },
  )
}

describe('CSV', () => {
  it('escapes cells a spreadsheet would run as a formula, and quotes per RFC 4180', () => {
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('+SUM(A1)')).toBe("'+SUM(A1)")
    expect(csvCell('-2')).toBe("'-2")
    expect(csvCell('@cmd')).toBe("'@cmd")
    expect(csvCell('\tx')).toBe("'\tx")
    expect(csvCell('\rx')).toBe(`"'\rx"`)
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`)
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"')
    expect(csvCell('plain')).toBe('plain')
  })

  it('has one row per quote and claim, then one per check, which read back to the same values', () => {
    const input = reuters()
    const rows = parseCsv(exportStory('csv', input) as string)
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    const body = rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])))
    for (const r of rows.slice(1)) expect(r.length).toBe(CSV_COLUMNS.length)
    const kinds = body.map((r) => r.kind)
    expect(kinds.filter((k) => k === 'quote').length).toBe(4)
    const m = buildReportModel(input.article, input.annotations, input.analysis, input.meta)
    expect(kinds.filter((k) => k === 'finding').length).toBe(m.findings.length)
    expect(kinds.every((k) => k === 'quote' || k === 'claim' || k === 'finding')).toBe(true)
    const verified = body.find((r) => r.status === 'verified')
    expect(verified).toMatchObject({ speaker_or_source: 'Vladimir Putin', note: 'Checked against the filing.', evidence: 'https://example.org/source-document' })
    expect(verified).toMatchObject({ decision: 'edited', decided_by: 'Dana Editor', decided_at: '2024-05-02T10:15:00.000Z', changes: 'status: unverified to verified; evidence added', review_state: 'checked' })
    const we = body.find((r) => r.text?.startsWith('We know the situation'))
    expect(input.article.text.slice(Number(we?.start), Number(we?.end))).toBe(we?.text)
  })

  it('keeps a formula in the story or a note from running', () => {
    const article = buildArticle({ format: 'text', paragraphs: ['=cmd|"/c calc"!A1 was typed into the form, officials said on Monday.'] })
    const rec = claimRecord(article.text, '=cmd|"/c calc"!A1 was typed into the form', 'false', 'c1', { note: '@SUM(1+1)' })
    const csv = exportStory('csv', { article, analysis: analyze(article), annotations: [rec], dismissed: [], meta: { storyId: 's', version: '1', checkedBy: null, checkedAt: null, review: UNREVIEWED } }) as string
    const row = parseCsv(csv)[1] ?? []
    expect(row[CSV_COLUMNS.indexOf('text')]).toBe(`'=cmd|"/c calc"!A1 was typed into the form`)
    expect(row[CSV_COLUMNS.indexOf('note')]).toBe("'@SUM(1+1)")
    for (const cell of parseCsv(csv).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('writes every field of a quote or claim row: an editor\'s own mark and an undecided suggestion', () => {
    const article = buildArticle({ format: 'text', paragraphs: ['"We will build it," the mayor said on Monday. Taxes rose by 5% last year.'] })
    const at = (words: string) => ({ start: article.text.indexOf(words), end: article.text.indexOf(words) + words.length })
    const own = newAnnotation(
      { id: 'q1', storyId: 's', versionId: 'v', kind: 'quote', origin: 'editor', text: article.text, span: at('We will build it'), author: 'Dana Editor', at: '2024-05-02T10:00:00Z' },
      { status: 'confirmed', speaker: 'the mayor', attribution: 'explicit', cue: 'said', evidence: ['https://a.example/1', 'https://b.example/2'] },
    )
    const suggested = newAnnotation(
      { id: 'c1', storyId: 's', versionId: 'v', kind: 'claim', origin: 'auto', text: article.text, span: at('Taxes rose by 5% last year'), author: 'wiremark', at: '2024-05-02T09:00:00Z' },
      { status: 'unverified' },
    )
    const csv = exportStory('csv', { article, analysis: analyze(article), annotations: [own, suggested], dismissed: [], meta: { storyId: 's', version: '1', checkedBy: null, checkedAt: null, review: UNREVIEWED } }) as string
    const body = parseCsv(csv).slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])))
    expect(body.find((r) => r.id === 'q1')).toMatchObject({
      kind: 'quote', text: 'We will build it', speaker_or_source: 'the mayor', attribution: 'explicit', cue: 'said', evidence: 'https://a.example/1 https://b.example/2',
      origin: 'editor', author: 'Dana Editor', decided_by: 'Dana Editor', decided_at: '2024-05-02T10:00:00Z', review_state: 'new',
    })
    expect(body.find((r) => r.id === 'c1')).toMatchObject({ kind: 'claim', speaker_or_source: '', attribution: '', cue: '', evidence: '', origin: 'auto', decided_by: '', decided_at: '', note: '' })
  })
})

describe('Markdown', () => {
  it('has the story with numbered marks, quotes with speakers, claims, notes and credits, all escaped', () => {
    const md = exportStory('md', reuters()) as string
    expect(md.startsWith('# Putin says Lukashenko should start dialogue with Belarusian opposition')).toBe(true)
    expect(md).toMatch(/\| \d+ \| We know the situation in Belarus[^|]*\| Vladimir Putin \| confirmed \|/)
    expect(md).toContain('Checked against the filing\\.')
    expect(md).toContain('| Reporting | Vladimir Soldatkin |')
    expect(md).toContain('- **Checked by:** Dana Editor')
    const article = buildArticle({ format: 'text', headline: '<script>alert(1)</script> | *wow*', paragraphs: ['A [link](javascript:alert(1)) here.'] })
    const out = exportStory('md', { article, analysis: analyze(article), annotations: [], dismissed: [], meta: { storyId: 's', version: '1', checkedBy: null, checkedAt: null, review: UNREVIEWED } }) as string
    expect(out).not.toContain('<script>')
    expect(out).not.toContain('](javascript:')
    expect(out).toContain('&lt;script&gt;')
  })
})

describe('ClaimReview', () => {
  const article = buildArticle({
    format: 'text',
    headline: 'Budget row deepens',
    source: 'Reuters',
    created: '2024-05-01T08:00:00Z',
    bylines: ['By Jane Doe'],
    paragraphs: [
      'Unemployment fell to 3.1 percent in March, the lowest since 1969, the minister said.',
      'The deficit doubled in two years, according to the opposition.',
      'It was the best budget in history, said the mayor.',
    ],
  })
  const t = article.text
  const records = [
    claimRecord(t, 'Unemployment fell to 3.1 percent in March, the lowest since 1969', 'verified', 'c1', {
      speaker: 'Ana Minister',
      evidence: ['https://stats.example/march'],
      note: 'Matches the statistics office.',
    }),
    claimRecord(t, 'The deficit doubled in two years', 'false', 'c2'),
    claimRecord(t, 'It was the best budget in history', 'opinion', 'c3', { speaker: 'Bo Mayor' }),
    claimRecord(t, 'according to the opposition', 'unverified', 'c4'),
  ]
  const input: ExportInput = { article, analysis: analyze(article), annotations: records, dismissed: [], meta: { storyId: 'story-9', version: '2', checkedBy: 'Dana Editor', checkedAt: '2024-05-02T11:00:00Z', review: UNREVIEWED } }
  // Rendered in each test, not when the file is collected: Stryker turns a mutant on only while a test runs.
  const render = () => JSON.parse(exportStory('claimreview', input) as string)

  it('has one ClaimReview per reviewed claim with the fields of the schema.org examples', () => {
    const doc = render()
    expect(doc['@context']).toBe('https://schema.org')
    const graph = doc['@graph'] as Record<string, unknown>[]
    expect(graph.map((g) => g.claimReviewed)).toEqual([
      'Unemployment fell to 3.1 percent in March, the lowest since 1969',
      'The deficit doubled in two years',
      'It was the best budget in history',
    ])
    // Every top-level key of the canonical example is present, except url (a story has no public page here).
    const example = JSON.parse(readFixtureText('schemaorg-claimreview/eg-0324.jsonld'))
    for (const key of Object.keys(example).filter((k) => k !== 'url' && k !== '@context')) {
      for (const g of graph) expect(g, key).toHaveProperty(key === '@type' ? ['@type'] : key)
    }
    const first = graph[0] as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(first).toMatchObject({
      '@type': 'ClaimReview',
      datePublished: '2024-05-02',
      author: { '@type': 'Person', name: 'Dana Editor' },
      reviewBody: 'Matches the statistics office.',
      citation: ['https://stats.example/march'],
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Ana Minister' },
        appearance: { '@type': 'NewsArticle', headline: 'Budget row deepens', publisher: { '@type': 'Organization', name: 'Reuters' } },
      },
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' },
    })
    expect(graph[1]).toMatchObject({ reviewRating: { ratingValue: 1, alternateName: 'False' }, itemReviewed: { author: { '@type': 'Organization', name: 'Reuters' } } })
    expect(graph[2]).toMatchObject({ reviewRating: { ratingValue: 3 } })
  })

  it('writes every field of a review exactly: the review, the claim, where it appeared and the rating', () => {
    const doc = render()
    const appearance = {
      '@type': 'NewsArticle',
      '@id': 'urn:wiremark:story:story-9:v2',
      headline: 'Budget row deepens',
      datePublished: '2024-05-01T08:00:00Z',
      publisher: { '@type': 'Organization', name: 'Reuters' },
      author: [{ '@type': 'Person', name: 'By Jane Doe' }],
    }
    const claim = 'Unemployment fell to 3.1 percent in March, the lowest since 1969'
    expect(doc['@graph'][0]).toEqual({
      '@type': 'ClaimReview',
      '@id': `${claimIri('story-9', claim)}:review`,
      datePublished: '2024-05-02',
      creativeWorkStatus: buildReportModel(article, records, input.analysis, input.meta).review.label,
      author: { '@type': 'Person', name: 'Dana Editor' },
      claimReviewed: claim,
      reviewBody: 'Matches the statistics office.',
      citation: ['https://stats.example/march'],
      itemReviewed: { '@type': 'Claim', '@id': claimIri('story-9', claim), author: { '@type': 'Person', name: 'Ana Minister' }, datePublished: '2024-05-01T08:00:00Z', appearance, firstAppearance: appearance },
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' },
    })
    // No note and no evidence: no reviewBody and no citation, not empty ones.
    expect(Object.keys(doc['@graph'][1])).not.toContain('reviewBody')
    expect(Object.keys(doc['@graph'][1])).not.toContain('citation')
    expect(doc['@graph'].map((g: { reviewRating: { ratingValue: number; alternateName: string } }) => [g.reviewRating.ratingValue, g.reviewRating.alternateName])).toEqual([[5, 'True'], [1, 'False'], [3, 'Opinion (not a checkable fact)']])
  })

  it('without a checker names the editor who marked the claim, or Wiremark for a suggestion, and leaves out what the story lacks', () => {
    const bare = buildArticle({ format: 'text', headline: null, paragraphs: ['Prices rose 4 percent last year. The plan was approved.'] })
    const mine = claimRecord(bare.text, 'The plan was approved', 'disputed', 'b2', { updatedAt: '2024-06-03T09:30:00Z' })
    const auto = { ...claimRecord(bare.text, 'Prices rose 4 percent last year', 'verified', 'b1', { updatedAt: '2024-06-01T07:00:00Z' }), origin: 'auto' as const, author: 'Wiremark' }
    const rejected = { ...claimRecord(bare.text, 'last year', 'false', 'b3'), decision: 'rejected' as const }
    const meta = { storyId: 's-2', version: '1', checkedBy: null, checkedAt: null, review: UNREVIEWED }
    const out = JSON.parse(exportStory('claimreview', { article: bare, analysis: analyze(bare), annotations: [mine, auto, rejected], dismissed: [], meta }) as string)
    const graph = out['@graph'] as Record<string, any>[] // eslint-disable-line @typescript-eslint/no-explicit-any
    // In the order of the text; the rejected claim is none.
    expect(graph.map((g) => g.claimReviewed)).toEqual(['Prices rose 4 percent last year', 'The plan was approved'])
    expect(graph[0]?.author).toEqual({ '@type': 'Organization', name: 'Wiremark user' })
    expect(graph[1]?.author).toEqual({ '@type': 'Person', name: 'Dana Editor' })
    // The review's date is the record's last change when no one has checked the story.
    expect(graph.map((g) => g.datePublished)).toEqual(['2024-06-01', '2024-06-03'])
    expect(graph[1]?.reviewRating).toMatchObject({ ratingValue: 2, alternateName: 'Disputed' })
    // No source, speaker, headline, date or byline: the claim has no author and its appearance only its @type and @id.
    expect(graph[1]?.itemReviewed).toEqual({ '@type': 'Claim', '@id': claimIri('s-2', 'The plan was approved'), appearance: { '@type': 'NewsArticle', '@id': 'urn:wiremark:story:s-2:v1' }, firstAppearance: { '@type': 'NewsArticle', '@id': 'urn:wiremark:story:s-2:v1' } })
  })

  it('hashes with 64-bit FNV-1a, so a claim keeps its @id across builds (the FNV test vectors)', () => {
    expect(stableHash('')).toBe('cbf29ce484222325')
    expect(stableHash('a')).toBe('af63dc4c8601ec8c')
    expect(stableHash('foobar')).toBe('85944171f73967e8')
    expect(claimIri('story 9', ' The  Deficit ')).toBe(`urn:wiremark:claim:story%209:${stableHash('the deficit')}`)
    // A hash below 2^60 keeps its leading zero: every id has 16 hex digits.
    expect(stableHash('aa')).toBe('089c4307b54596b7')
  })

  it('orders claims by where they start, then by id, and reviews only claims (a quote with a claim’s status is none)', () => {
    const text = article.text
    const later = claimRecord(text, 'The deficit doubled in two years', 'false', 'a1')
    const sameStartB = claimRecord(text, 'Unemployment fell to 3.1 percent', 'verified', 'm2')
    const sameStartA = claimRecord(text, 'Unemployment fell', 'disputed', 'm1')
    const quoteRated = { ...claimRecord(text, 'It was the best budget in history', 'verified', 'q1'), kind: 'quote' as const }
    const out = JSON.parse(exportStory('claimreview', { ...input, annotations: [later, sameStartB, quoteRated, sameStartA] }) as string)
    expect(out['@graph'].map((g: { claimReviewed: string }) => g.claimReviewed)).toEqual(['Unemployment fell', 'Unemployment fell to 3.1 percent', 'The deficit doubled in two years'])
  })

  it('gives each Claim a stable @id: the same across exports and versions, different per claim', () => {
    const doc = render()
    const ids = (doc['@graph'] as { itemReviewed: { '@id': string } }[]).map((g) => g.itemReviewed['@id'])
    expect(new Set(ids).size).toBe(3)
    const again = JSON.parse(exportStory('claimreview', { ...input, meta: { ...input.meta, version: '3' } }) as string)
    expect(again['@graph'].map((g: { itemReviewed: { '@id': string } }) => g.itemReviewed['@id'])).toEqual(ids)
    expect(claimIri('story-9', '  The deficit  DOUBLED in two years')).toBe(ids[1])
    expect(claimIri('other-story', 'The deficit doubled in two years')).not.toBe(ids[1])
  })
})
