import { strFromU8, unzipSync } from 'fflate'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportEngines, loadPdfShaper } from '../../main/services/exportPdf'
import { readFixture, readFixtureText } from '../../test/fixtures'
import { hasPdftotext, pdfText } from '../../test/pdfText'
import { convertWithSoffice, soffice } from '../../test/soffice'
import { analyze } from '../analysis/analyze'
import { buildArticle } from '../article/build'
import type { Article } from '../article/types'
import { importBytes } from '../import/index'
import { exportStory } from './index'
import { sampleExportInput } from './sample'
import type { ExportInput } from './types'

// The PDF engine's shaper loads asynchronously, once per process (as the app and the CLI await it before an export).
beforeAll(() => loadPdfShaper())

/*
 * Reports in every script the app ships fonts for: Arabic (a real AFP story), Russian (sentences from the ADAQ
 * corpus), and made-up Hebrew, Greek and Chinese copy. WIREMARK_PDF_OUT=<folder> keeps the PDFs to look at.
 */

function afpArabic(): Article {
  const { articles } = importBytes(readFixture('afp-newsml12-arabic/afp/ARA_Media_SansSport/afp.com-20231126T213636Z-TX-PAR-EXO77.xml'), 'afp.xml')
  const a = articles[0]
  if (!a) throw new Error('no article in the AFP fixture')
  return a
}

function russian(): Article {
  const rows = readFixtureText('adaq-cs-ru-quotes/ru_sentences.tsv').split('\n').slice(1, 12)
  const sentences = rows.map((r) => (r.split('\t')[0] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"')).filter(Boolean)
  return buildArticle({ format: 'text', headline: 'Он сказал, что все страны должны платить за оборону', paragraphs: sentences })
}

const hebrew = (): Article =>
  buildArticle({
    format: 'text',
    headline: 'ראש העירייה: "נבנה 1,200 דירות עד 2027"',
    paragraphs: [
      'ירושלים (Reuters) - ראש העירייה אמר ביום שני כי העירייה תבנה 1,200 דירות חדשות עד שנת 2027.',
      '"זו התוכנית הגדולה ביותר בעשור האחרון," אמר ראש העירייה למועצה.',
      'לפי נתוני הלשכה המרכזית לסטטיסטיקה, מחירי הדירות עלו ב-8% בשנה שעברה.',
    ],
  })

const greek = (): Article =>
  buildArticle({
    format: 'text',
    headline: 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ακρίβεια',
    paragraphs: [
      'ΑΘΗΝΑ, 7 Δεκεμβρίου (Reuters) - Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα ύψους 500 εκατομμυρίων ευρώ.',
      '«Τα μέτρα θα βοηθήσουν τις οικογένειες», δήλωσε ο υπουργός Οικονομικών.',
      'Ο πληθωρισμός έφτασε το 3,2% τον Νοέμβριο, σύμφωνα με την ΕΛΣΤΑΤ.',
    ],
  })

const chinese = (): Article =>
  buildArticle({
    format: 'text',
    headline: '北京市政府宣布新的住房计划',
    paragraphs: [
      '北京12月7日电（记者王明）北京市政府周二宣布，将在2027年前建设1200套新住房。',
      '市长说：“这是过去十年来最大的住房计划。”',
      '据国家统计局数据，去年房价上涨了8%，为有记录以来最高水平。',
    ],
  })

interface Case {
  name: string
  article: () => Article
  lang: string
  dir: 'ltr' | 'rtl'
  /** The font families the PDF must embed (PostScript names of the shipped Noto fonts) */
  fonts: string[]
  word: { val: string; bidi?: string; eastAsia?: string }
}

const CASES: Case[] = [
  { name: 'Arabic', article: afpArabic, lang: 'ar', dir: 'rtl', fonts: ['NotoSansArabic-Regular', 'NotoSansArabic-Bold', 'NotoSans-Regular'], word: { val: 'en-GB', bidi: 'ar-SA' } },
  { name: 'Hebrew', article: hebrew, lang: 'he', dir: 'rtl', fonts: ['NotoSansHebrew-Regular', 'NotoSansHebrew-Bold', 'NotoSans-Regular'], word: { val: 'en-GB', bidi: 'he-IL' } },
  { name: 'Russian', article: russian, lang: 'ru', dir: 'ltr', fonts: ['NotoSans-Regular', 'NotoSans-Bold'], word: { val: 'ru-RU' } },
  { name: 'Greek', article: greek, lang: 'el', dir: 'ltr', fonts: ['NotoSans-Regular', 'NotoSans-Bold'], word: { val: 'el-GR' } },
  { name: 'Chinese', article: chinese, lang: 'zh', dir: 'ltr', fonts: ['NotoSansSC-Regular', 'NotoSans-Regular'], word: { val: 'en-GB', eastAsia: 'zh-CN' } },
]

const input = (a: Article): ExportInput => sampleExportInput(a, analyze(a))

/** The PostScript names of the fonts a PDF embeds (subset tag taken off), from its font descriptors. */
function embeddedFonts(pdf: Uint8Array): string[] {
  const raw = strFromU8(pdf, true)
  const names = new Set<string>()
  for (const m of raw.matchAll(/\/FontName \/[A-Z]{6}\+([\w-]+)[\s\S]*?\/FontFile2 \d+ 0 R/g)) names.add(m[1] as string)
  return [...names].sort()
}

/**
 * The story's section of the PDF's text: the page footers taken out, and every space and line break (lines wrap
 * anywhere). pdftotext joins a line that ends in a hyphen to the next and drops the hyphen, so hyphens go too.
 */
function storySection(text: string): string {
  const from = text.indexOf('\nStory\n')
  const to = text.indexOf('\nQuotes (', from)
  return text
    .slice(from + '\nStory\n'.length, to)
    .split('\n')
    .filter((l) => !/Wiremark report|page \d+ of \d+/.test(l))
    .join('')
    .replace(/[\s-]+/g, '')
}

/** The words of a text, letters only: Arabic vowel marks, digits and punctuation left out. */
function lettersOnly(text: string): string[] {
  return text
    .replace(/[\u064b-\u065f\u0670\u05b0-\u05c7]/g, '')
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
}

const out = process.env.WIREMARK_PDF_OUT
if (out) mkdirSync(out, { recursive: true })

describe.each(CASES)('$name report', (c) => {
  const article = c.article()

  it('the model knows the language and each block’s direction', () => {
    const a = article
    expect(a.paragraphs.length).toBeGreaterThanOrEqual(3)
    const html = exportStory('html', input(a)) as string
    expect(html).toContain(`<article lang="${c.lang}" dir="${c.dir}">`)
    expect(html).toContain(`<h1 lang="${c.lang}" dir="auto">`)
    const blocks = [...html.matchAll(/<p class="b-paragraph" dir="(rtl|auto)">/g)].map((m) => m[1])
    expect(blocks).toHaveLength(a.paragraphs.length)
    expect(new Set(blocks)).toEqual(new Set([c.dir === 'rtl' ? 'rtl' : 'auto']))
    expect(html).toContain('<html lang="en">')
  })

  it('Word: the story’s languages, and right-to-left paragraphs and runs marked as such', () => {
    const files = unzipSync(exportStory('docx', input(article)) as Uint8Array)
    const doc = strFromU8(files['word/document.xml'] as Uint8Array)
    const styles = strFromU8(files['word/styles.xml'] as Uint8Array)
    const lang = /<w:rPrDefault>[\s\S]*?<w:lang ([^/]*)\/>/.exec(styles)?.[1] ?? ''
    expect(lang).toContain(`w:val="${c.word.val}"`)
    if (c.word.bidi) expect(lang).toContain(`w:bidi="${c.word.bidi}"`)
    if (c.word.eastAsia) expect(lang).toContain(`w:eastAsia="${c.word.eastAsia}"`)
    const paras = doc.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []
    const first = article.paragraphs[0]?.slice(0, 12) as string
    const story = paras.find((p) => p.replace(/<[^>]+>/g, '').includes(first)) ?? ''
    expect(story).not.toBe('')
    if (c.dir === 'rtl') {
      // Word sets Arabic and Hebrew as complex script: bold and size need their complex-script twins.
      expect(styles).toContain('<w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/>'.replace('<w:styleId', '<w:style w:type="paragraph" w:styleId'))
      expect(story).toMatch(/^<w:p><w:pPr>(<w:pStyle [^>]*>)?<w:bidi\/><\/w:pPr>/)
      expect(story).toMatch(/<w:rPr>[^]*?<w:rtl\/><\/w:rPr><w:t xml:space="preserve">[^<]*\p{L}/u)
    } else {
      expect(doc).not.toContain('<w:bidi/>')
      expect(doc).not.toContain('<w:rtl/>')
    }
  })

  it('PDF: embeds the shipped fonts the script needs and declares the story’s language', () => {
    const pdf = exportStory('pdf', input(article), exportEngines) as Uint8Array
    if (out) writeFileSync(join(out, `${c.name.toLowerCase()}.pdf`), pdf)
    expect(embeddedFonts(pdf)).toEqual(expect.arrayContaining(c.fonts))
    // No standard (unembedded) font: every glyph comes from the fonts that ship with the app.
    expect(strFromU8(pdf, true)).not.toMatch(/\/Subtype \/Type1/)
    expect(strFromU8(pdf, true)).toContain(`/Lang (${c.lang})`)
  })

  // Without marks, so that no reference number sits between the words.
  const plain = (): ExportInput => ({ ...input(article), annotations: [] })

  if (c.dir === 'ltr') it.skipIf(!hasPdftotext)('PDF: the story reads back letter for letter and in order, with nothing replaced (pdftotext)', () => {
    const text = pdfText(exportStory('pdf', plain(), exportEngines) as Uint8Array)
    expect(text).not.toMatch(/empty box|cannot be drawn/)
    expect(storySection(text)).toBe(article.text.replace(/[\s-]+/g, ''))
  })

  // pdftotext orders the words of a right-to-left line by the page's main direction, and splits words at vowel marks,
  // so for Arabic and Hebrew it checks the letters of every word; pdf.test.ts checks the order the lines are laid out in.
  if (c.dir === 'rtl') it.skipIf(!hasPdftotext)('PDF: every word of the story reads back letter for letter, with nothing replaced (pdftotext)', () => {
    const text = pdfText(exportStory('pdf', plain(), exportEngines) as Uint8Array)
    expect(text).not.toMatch(/empty box|cannot be drawn/)
    const got = new Set(lettersOnly(text))
    // pdftotext cuts a word at a vowel mark over a letter inside it (مفتوحًا reads as "حا مفتو"): those few are left out.
    const words = article.text.split(/\s+/)
    const marked = words.filter((w) => /\p{L}[\u064b-\u065f\u0670\u05b0-\u05c7]\p{L}/u.test(w))
    expect(marked.length).toBeLessThan(words.length / 50)
    const want = lettersOnly(words.filter((w) => !marked.includes(w)).join(' '))
    expect(want.length).toBeGreaterThan(15)
    expect(want.filter((w) => !got.has(w))).toEqual([])
  })
})

/** A word's letters, sorted: pdftotext gives an Arabic word's letters in the order they are drawn, lam-alef split. */
const lettersKey = (w: string): string => [...w.normalize('NFKC')].filter((ch) => /\p{L}/u.test(ch)).sort().join('')

interface Box {
  key: string
  page: number
  xMin: number
  xMax: number
  yMin: number
}

/** Every word pdftotext -bbox finds on the pages of a PDF, with its box. */
function wordBoxes(pdf: Uint8Array): Box[] {
  const boxes: Box[] = []
  let page = 0
  for (const m of pdfText(pdf, ['-bbox']).matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
    if (m[1] === undefined) page++
    else boxes.push({ key: lettersKey((m[4] as string).replace(/&(quot|amp|lt|gt|apos);/g, ' ')), page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]) })
  }
  return boxes
}

describe('Word report in Arabic, laid out by LibreOffice', () => {
  // The XML side (w:bidi on the paragraphs, w:rtl on the runs) is checked above; this is what a word processor makes of it.
  it.skipIf(!soffice || !hasPdftotext)('sets every story paragraph right to left: its first word at the right margin, the second just left of it (libreoffice-writer-nogui, pdftotext -bbox)', () => {
    const article = afpArabic()
    const pdf = convertWithSoffice(exportStory('docx', input(article)) as Uint8Array, 'arabic.docx', 'pdf')
    if (out) writeFileSync(join(out, 'arabic-word.pdf'), pdf)
    // Punctuation pdftotext gives as words of its own (an opening quote mark) is left out.
    const boxes = wordBoxes(pdf).filter((w) => w.key !== '')
    const right = Math.max(...boxes.map((w) => w.xMax))
    const sameLine = (a: Box, b: Box) => a.page === b.page && Math.abs(a.yMin - b.yMin) < 1
    const blocks = [article.headline ?? '', ...article.paragraphs]
    // pdftotext cuts a word at a vowel mark inside it (as above): blocks whose first two words have one are left out.
    const pairs = blocks.map((b) => b.split(/\s+/).filter((w) => lettersKey(w)).slice(0, 2)).filter((p) => p.length === 2 && !p.some((w) => /\p{M}/u.test(w)))
    expect(pairs.length).toBeGreaterThan(blocks.length * 0.9)
    const misplaced = pairs.filter(([first, second]) =>
      !boxes.some((w) => {
        if (w.key !== lettersKey(first as string)) return false
        const line = boxes.filter((o) => o !== w && sameLine(o, w))
        // Flush right (at the text's right margin: a left-to-right paragraph of Arabic words would also put the first
        // word at the right of its run, but the run at the left); the nearest word to its left is the second.
        const left = line.filter((o) => o.xMax <= w.xMin + 0.5).sort((a, b) => b.xMax - a.xMax)[0]
        return Math.abs(w.xMax - right) < 1 && left?.key === lettersKey(second as string)
      }),
    )
    expect(misplaced).toEqual([])
  })
})
