import { readdirSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { fixture, readFixture } from '../../test/fixtures'
import { analyze } from '../analysis/analyze'
import { buildArticle } from '../article/build'
import type { Article } from '../article/types'
import { importBytes } from '../import/index'
import { exportStory } from './index'
import { exportEngines, loadPdfShaper } from '../../main/services/exportPdf'
import { hasPdftotext, pdfText } from '../../test/pdfText'
import { sampleExportInput } from './sample'
import { EXPORT_FORMATS, type ExportFormat } from './types'

// The PDF engine's shaper loads asynchronously, once per process (as the app and the CLI await it before an export).
beforeAll(() => loadPdfShaper())

/** The text of every part of a .docx, markup and all. */
function docxText(docx: Uint8Array): string {
  return Object.values(unzipSync(docx))
    .map((b) => strFromU8(b))
    .join('\n')
}

/** What in the non-public notes would be a leak: contact details and whole lines the public text does not hold. */
function secretsOf(a: Article): string[] {
  // (The summary is public too: the reports show it above the story.)
  const pub = [a.text, a.headline ?? '', a.summary ?? '', a.copyright ?? '', a.usageTerms ?? '', ...a.bylines, ...a.creditLines].join('\n')
  const out = new Set<string>()
  for (const n of a.notes) {
    for (const m of n.text.matchAll(/[\w.+-]+@[\w-]+(\.[\w-]+)+|\+\d[\d ]{6,}\d/g)) out.add(m[0])
    for (const line of n.text.split(/\n+/)) {
      const t = line.trim()
      if (t.length >= 16 && !pub.includes(t)) out.add(t)
    }
  }
  return [...out]
}

function leaks(format: ExportFormat, out: string | Uint8Array, secrets: string[]): string[] {
  if (format === 'pdf') {
    // The PDF's text layer as a reader copies it (fonts are subset glyph ids: only the ToUnicode maps give text back).
    const drawn = pdfText(out as Uint8Array).replace(/\s+/g, '')
    return secrets.filter((s) => drawn.includes(s.replace(/\s+/g, '')))
  }
  const text = format === 'docx' ? docxText(out as Uint8Array) : (out as string)
  const forms = (s: string) => [s, s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')]
  return secrets.filter((s) => forms(s).some((f) => text.includes(f)))
}

/** The formats this machine can read back: PDF only where pdftotext is installed (the test says so when it is not). */
const FORMATS = EXPORT_FORMATS.filter((f) => f !== 'pdf' || hasPdftotext)

const DW = 'dpa-digitalwires'
const files = [
  ...readdirSync(fixture(`${DW}/digitalwires-json`)).map((f) => `${DW}/digitalwires-json/${f}`),
  ...readdirSync(fixture(`${DW}/newsmlg2-output`)).map((f) => `${DW}/newsmlg2-output/${f}`),
  ...readdirSync(fixture(`${DW}/iptc7901-output`)).map((f) => `${DW}/iptc7901-output/${f}`),
].sort()

describe('non-public notes never leave in any format', () => {
  // Reading the PDF back needs pdftotext; without it the PDF is left out and this test shows as skipped.
  it.skipIf(!hasPdftotext)('includes the PDF (pdftotext is installed)', () => {
    expect(FORMATS).toContain('pdf')
  })

  // (Several hundred reports: a timeout for a loaded machine, not a speed target.)
  it('holds for every dpa digitalwires item (notepad staff contacts, ednotes) in all seven formats', { timeout: 240_000 }, () => {
    let withNotes = 0
    let secretsChecked = 0
    for (const file of files) {
      const { articles } = importBytes(readFixture(file), file)
      for (const article of articles) {
        const secrets = secretsOf(article)
        if (secrets.length === 0) continue
        withNotes++
        secretsChecked += secrets.length
        const input = sampleExportInput(article, analyze(article), { storyId: file })
        for (const format of FORMATS) {
          expect(leaks(format, exportStory(format, input, exportEngines), secrets), `${file} as ${format}`).toEqual([])
        }
      }
    }
    // The fixtures do carry notes: dw-1.json alone has a dozen staff phone numbers and e-mail addresses.
    expect(withNotes).toBeGreaterThanOrEqual(10)
    expect(secretsChecked).toBeGreaterThan(50)
  })

  it('the check itself finds a note that is put in the text (so a pass means something)', () => {
    const note = 'Kontakt: Erika Muster, +49 30 1234567, erika.muster@dpa.example'
    const leaky = buildArticle({ format: 'text', headline: 'Test', paragraphs: ['Public words only.'], notes: [{ kind: 'notepad.nonpublic', text: note }] })
    const secrets = secretsOf(leaky)
    expect(secrets).toEqual(expect.arrayContaining(['erika.muster@dpa.example', '+49 30 1234567', note]))
    // Planted inside a quote, so that formats carrying only quotes and claims (CSV) carry it too.
    const planted = buildArticle({ format: 'text', headline: 'Test', paragraphs: ['Public words only.', `"${note} is where to reach us," the spokeswoman said.`] })
    const input = sampleExportInput(planted, analyze(planted))
    for (const format of FORMATS) {
      if (format === 'claimreview') continue // it carries only reviewed claims, not the story
      expect(leaks(format, exportStory(format, input, exportEngines), secrets).length, format).toBeGreaterThan(0)
    }
  })
})
