import type { Analysis } from '../analysis/types'
import type { Article } from '../article/types'
import type { Annotation } from '../annotation/types'
import { suggestionsFromAnalysis, textQuote } from '../annotation/review'
import type { ExportInput } from './types'

/**
 * A reviewed story for tests and the benchmark: the analysis' suggestions plus editor records of every
 * kind (a verified claim with evidence, a disputed one, a confirmed quote, margin notes), checked, shown in
 * Berlin time; deterministic.
 */
export function sampleExportInput(article: Article, analysis: Analysis, opts: { storyId?: string; editorNotes?: number } = {}): ExportInput {
  const storyId = opts.storyId ?? 'sample-story'
  const at = '2024-05-02T09:30:00.000Z'
  let next = 0
  const auto = suggestionsFromAnalysis(article, analysis, { storyId, versionId: 'v1', now: at, newId: () => `auto-${++next}` })
  const editor: Annotation[] = []
  const base = (a: Annotation, i: number, fields: Partial<Annotation>): Annotation => ({
    ...a,
    id: `editor-${i}`,
    origin: 'editor',
    suggestionId: a.id,
    author: 'Dana Editor',
    createdAt: '2024-05-02T10:00:00.000Z',
    updatedAt: '2024-05-02T10:15:00.000Z',
    ...fields,
  })
  const claims = auto.filter((a) => a.kind === 'claim')
  const quotes = auto.filter((a) => a.kind === 'quote')
  if (claims[0]) editor.push(base(claims[0], 1, { status: 'verified', evidence: ['https://example.org/source-document'], note: 'Checked against the filing.' }))
  if (claims[1]) editor.push(base(claims[1], 2, { status: 'disputed', note: 'Figure differs from the ministry’s own release.' }))
  if (quotes[0]) editor.push(base(quotes[0], 3, { status: 'confirmed', note: 'Matches the transcript.' }))
  // Free margin notes on the first words of paragraphs, as an editor adds them.
  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph')
  const wanted = opts.editorNotes ?? 2
  for (let i = 0; i < wanted && paragraphs.length > 0; i++) {
    const b = paragraphs[(i * 3) % paragraphs.length] as (typeof paragraphs)[number]
    const end = Math.min(b.end, b.start + Math.max(1, b.text.indexOf(' ', 12) > 0 ? b.text.indexOf(' ', 12) : b.text.length))
    editor.push({
      id: `editor-note-${i + 1}`,
      storyId,
      versionId: 'v1',
      kind: 'note',
      origin: 'editor',
      start: b.start,
      end,
      selector: textQuote(article.text, b.start, end),
      status: null,
      decision: null,
      speaker: null,
      attribution: null,
      cue: null,
      note: i === 0 ? 'Ask the reporter for the second source.' : `Query ${i + 1}: confirm the spelling.`,
      evidence: [],
      suggestionId: null,
      anchor: 'exact',
      author: 'Dana Editor',
      createdAt: '2024-05-02T10:20:00.000Z',
      updatedAt: '2024-05-02T10:20:00.000Z',
    })
  }
  return {
    article,
    analysis,
    annotations: [...auto, ...editor],
    dismissed: [],
    meta: {
      storyId,
      version: article.version ?? '1',
      checkedBy: 'Dana Editor',
      checkedAt: '2024-05-02T11:00:00.000Z',
      review: { state: 'checked', by: 'Dana Editor', at: '2024-05-02T11:00:00.000Z' },
      timeZone: 'Europe/Berlin',
    },
  }
}
