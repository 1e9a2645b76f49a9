import { strToU8, zipSync, type Zippable } from 'fflate'
import type { BlockKind } from '../article/types'
import { describe, SEVERITY_LABEL, KIND_COLOR, KIND_LABEL, KIND_MEANING, KINDS, STORY_SUMMARY_LABEL, type ReportAnnotation, type ReportFinding, type ReportModel } from './model'
import { directionOf, hasRtlScript, isCjkLanguage, isRtlLanguage, primaryLanguage, type Direction } from './script'

/** Escapes text for XML and drops the characters XML 1.0 cannot carry (C0 controls, lone surrogates, U+FFFE/F). */
export function xmlText(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex -- these are the very characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string)
}

const x = xmlText

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

/** Word wants xsd:dateTime without fractions; anything unreadable is left out rather than guessed. */
function wordDate(iso: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(iso)
  return m ? `${m[1]}${m[2] ?? 'Z'}` : null
}

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean)
  return (parts.map((p) => p[0]).join('').slice(0, 4) || 'W').toUpperCase()
}

/** Bold, italic and size for complex-script text too (Word sets Arabic and Hebrew by w:bCs, w:iCs, w:szCs). */
function complexToo(props: string): string {
  return props
    .replace(/<w:b\/>/g, '<w:b/><w:bCs/>')
    .replace(/<w:i\/>/g, '<w:i/><w:iCs/>')
    .replace(/<w:sz w:val="(\d+)"\/>/g, '<w:sz w:val="$1"/><w:szCs w:val="$1"/>')
}

/** A run; one with right-to-left letters is marked w:rtl, so Word sets it as complex script, right to left. */
function run(text: string, props = ''): string {
  const cs = complexToo(props)
  const all = hasRtlScript(text) ? `${cs}<w:rtl/>` : cs
  return `<w:r>${all ? `<w:rPr>${all}</w:rPr>` : ''}<w:t xml:space="preserve">${x(text)}</w:t></w:r>`
}

/** A paragraph; a right-to-left one (by its first strong letter unless given) carries w:bidi. */
function para(content: string, style?: string, dir?: Direction): string {
  const rtl = (dir ?? directionOf(content.replace(/<[^>]*>/g, ''))) === 'rtl'
  const ppr = `${style ? `<w:pStyle w:val="${style}"/>` : ''}${rtl ? '<w:bidi/>' : ''}`
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}${content}</w:p>`
}

// Word's own tags for a bare language, as Word writes them.
const WORD_REGION: Record<string, string> = { ar: 'ar-SA', he: 'he-IL', iw: 'he-IL', fa: 'fa-IR', ur: 'ur-PK', zh: 'zh-CN', ja: 'ja-JP', ko: 'ko-KR', ru: 'ru-RU', el: 'el-GR', uk: 'uk-UA', en: 'en-GB' }

/**
 * The document's languages from the story's: w:val for Latin, Greek and Cyrillic text, w:bidi for Arabic and Hebrew,
 * w:eastAsia for Chinese, Japanese and Korean. The report's own words are English: that is the default for what the
 * story does not set.
 */
function wordLanguages(language: string | null): { val: string; bidi: string; eastAsia: string } {
  const tag = language ? (language.includes('-') ? language : (WORD_REGION[primaryLanguage(language)] ?? language)) : null
  return {
    val: tag && !isRtlLanguage(tag) && !isCjkLanguage(tag) ? tag : 'en-GB',
    bidi: tag && isRtlLanguage(tag) ? tag : 'ar-SA',
    eastAsia: tag && isCjkLanguage(tag) ? tag : 'zh-CN',
  }
}

const STYLE: Record<BlockKind, string | undefined> = {
  headline: 'Title',
  dateline: 'Dateline',
  byline: 'Byline',
  heading: 'Heading2',
  paragraph: undefined,
  caption: 'Caption',
  creditLine: 'Byline',
}

function commentParas(lines: readonly string[]): string {
  return lines
    .map(
      (l, i) =>
        `<w:p><w:pPr><w:pStyle w:val="CommentText"/>${directionOf(l) === 'rtl' ? '<w:bidi/>' : ''}</w:pPr>${
          i === 0 ? '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' : ''
        }${run(l)}</w:p>`,
    )
    .join('')
}

/** A mark's comment: kind, speaker and status; the note; the evidence; the decision on a line of its own. */
function commentBody(a: ReportAnnotation): string {
  const lines = [describe(a, { decision: false })]
  if (a.note) lines.push(`Note: ${a.note}`)
  if (a.evidence.length) lines.push(`Evidence: ${a.evidence.join(' ')}`)
  lines.push(`Decision: ${a.decided.text}`)
  return commentParas(lines)
}

/** An open finding's comment: the request to the reporter, then the check that raised it. */
function findingBody(f: ReportFinding): string {
  return commentParas([f.request, `Check: ${f.rule} (${SEVERITY_LABEL[f.severity]}). ${f.message}`])
}

/** A comment range over the story: its Word comment id and its span in Article.text. */
interface Range {
  id: number
  start: number
  end: number
}

/** The finding comments' ids follow the marks' (the marks keep their report numbers as ids). */
function findingIds(m: ReportModel): number[] {
  const base = m.annotations.length
  return m.findings.map((_, i) => base + i + 1)
}

function documentXml(m: ReportModel): string {
  const byN = new Map(m.annotations.map((a) => [a.n, a]))
  const fIds = findingIds(m)
  const ranges: Range[] = [
    ...m.annotations.map((a) => ({ id: a.n, start: a.start, end: a.end })),
    // A finding about no words (a missing dateline) is anchored on the first block.
    ...m.findings.map((f, i) => {
      const b = m.blocks[0]
      return f.end > f.start ? { id: fIds[i] as number, start: f.start, end: f.end } : { id: fIds[i] as number, start: b?.start ?? 0, end: b?.end ?? 0 }
    }),
  ]
  // Where each comment range starts and ends, moved off the "\n\n" between blocks onto the words.
  const starts = new Map<number, number[]>()
  const ends = new Map<number, number[]>()
  for (const r of ranges) {
    const first = m.blocks.find((b) => b.end > r.start)
    const last = [...m.blocks].reverse().find((b) => b.start < r.end)
    if (!first || !last) continue
    const s = Math.max(r.start, first.start)
    const e = Math.min(r.end, last.end)
    if (e <= s) continue
    starts.set(s, [...(starts.get(s) ?? []), r.id])
    ends.set(e, [...(ends.get(e) ?? []), r.id])
  }
  const cuts = [...new Set([...starts.keys(), ...ends.keys()])].sort((a, b) => a - b)
  const body: string[] = []
  const small = '<w:i/><w:sz w:val="18"/>'
  const meta = [m.source, `story ${m.storyId}`, `version ${m.version}`, m.dateline].filter(Boolean).join(' · ')
  body.push(para(run(`Wiremark check: ${meta}`, small)))
  body.push(para(run(`Review state: ${m.review.text}. Checked by ${m.checkedByText} at ${m.checkedAtText}.`, small)))
  body.push(para(run(m.summary.openText, '<w:b/><w:sz w:val="20"/>') + run(` ${m.summary.decidedText}`, '<w:sz w:val="20"/>')))
  body.push(para(run('Each mark carries a comment with its decision; each open check is a comment addressed to the reporter.', small)))
  const legend = KINDS.map(
    (k) => run(` ${KIND_LABEL[k]} `, `<w:shd w:val="clear" w:color="auto" w:fill="${KIND_COLOR[k]}"/><w:sz w:val="18"/>`) + run(` ${KIND_MEANING[k]} (${m.counts[k]})   `, '<w:sz w:val="18"/>'),
  ).join('')
  body.push(para(run('Legend: ', '<w:b/><w:sz w:val="18"/>') + legend))
  if (m.storySummary) {
    // Above the story and apart from it: the teaser carries no comment and no check.
    body.push(para(run(STORY_SUMMARY_LABEL, small)))
    body.push(para(run(m.storySummary.text), 'Summary', m.storySummary.dir))
  }
  for (const b of m.blocks) {
    let inner = ''
    for (const s of b.segments) {
      const innermost = s.marks.length ? (byN.get(s.marks[s.marks.length - 1] as number) as ReportAnnotation) : null
      const props = innermost ? `<w:shd w:val="clear" w:color="auto" w:fill="${KIND_COLOR[innermost.kind]}"/>` : ''
      // A finding's range may start or end inside a run of marks: cut the run there.
      const points = [s.start, ...cuts.filter((c) => c > s.start && c < s.end), s.end]
      for (let i = 0; i + 1 < points.length; i++) {
        const from = points[i] as number
        const to = points[i + 1] as number
        for (const n of starts.get(from) ?? []) inner += `<w:commentRangeStart w:id="${n}"/>`
        inner += run(s.text.slice(from - s.start, to - s.start), props)
        for (const n of ends.get(to) ?? []) {
          inner += `<w:commentRangeEnd w:id="${n}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${n}"/></w:r>`
        }
      }
    }
    body.push(para(inner, STYLE[b.kind], b.dir))
  }
  if (m.dismissed.length) {
    body.push(para(run(`Dismissed checks (${m.dismissed.length})`), 'Heading2'))
    for (const d of m.dismissed) {
      body.push(para(run(`${d.rule}${d.excerpt ? ` on “${d.excerpt}”` : ''}: dismissed by ${d.by ?? 'not recorded'}, ${d.atText}. Reason: ${d.reason}`)))
    }
  }
  if (m.rejected.length) {
    body.push(para(run(`Rejected suggestions (${m.rejected.length})`), 'Heading2'))
    for (const a of m.rejected) body.push(para(run(`${KIND_LABEL[a.kind]}: “${a.exact}” — ${a.decided.text}`)))
  }
  if (m.orphans.length) {
    body.push(para(run('Annotations not found in this version'), 'Heading2'))
    for (const a of m.orphans) body.push(para(run(`${KIND_LABEL[a.kind]}: “${a.exact}”${a.note ? ` — ${a.note}` : ''} (${a.author})`)))
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W_NS}><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`
}

function commentsXml(m: ReportModel): string {
  const items = m.annotations.map((a) => {
    const author = a.origin === 'auto' && a.decided.state === 'open' ? `${a.author} (suggestion)` : a.author
    const date = wordDate(a.updatedAt)
    return `<w:comment w:id="${a.n}" w:author="${x(author)}"${date ? ` w:date="${date}"` : ''} w:initials="${x(initials(a.author))}">${commentBody(a)}</w:comment>`
  })
  const desk = m.checkedBy ?? 'Wiremark'
  const fIds = findingIds(m)
  m.findings.forEach((f, i) => {
    items.push(`<w:comment w:id="${fIds[i]}" w:author="${x(desk)}" w:initials="${x(initials(desk))}">${findingBody(f)}</w:comment>`)
  })
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments ${W_NS}>${items.join('')}</w:comments>`
}

function stylesXml(m: ReportModel): string {
  const lang = wordLanguages(m.language)
  return complexToo(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Arial" w:eastAsia="SimSun"/><w:sz w:val="22"/><w:lang w:val="${x(lang.val)}" w:eastAsia="${x(lang.eastAsia)}" w:bidi="${x(lang.bidi)}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Summary"><w:name w:val="Summary"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="6" w:color="999999"/></w:pBdr><w:ind w:left="170"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Dateline"><w:name w:val="Dateline"/><w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Byline"><w:name w:val="Byline"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
</w:styles>`)
}

function coreXml(m: ReportModel): string {
  const when = m.checkedAt ? wordDate(m.checkedAt) : null
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${x(m.headline ?? 'Untitled story')}</dc:title><dc:creator>${x(m.checkedBy ?? 'Wiremark')}</dc:creator><dc:identifier>${x(m.storyId)}</dc:identifier>${m.language ? `<dc:language>${x(m.language)}</dc:language>` : ''}${
    when ? `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` : ''
  }</cp:coreProperties>`
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`

const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`

/**
 * Word .docx: the story as paragraphs with every placed annotation as a real Word comment
 * (commentRangeStart/End around the annotated words, a commentReference run, the comment in
 * word/comments.xml with author, date, kind, speaker, status, note and decision), and every open finding as a
 * comment on its words phrased as a request to the reporter. Dismissed checks and rejected suggestions are listed
 * after the story.
 */
export function renderDocx(m: ReportModel): Uint8Array {
  const mtime = new Date(Date.UTC(2000, 0, 1))
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'docProps/core.xml': strToU8(coreXml(m)),
    'word/document.xml': strToU8(documentXml(m)),
    'word/_rels/document.xml.rels': strToU8(DOC_RELS),
    'word/styles.xml': strToU8(stylesXml(m)),
    'word/comments.xml': strToU8(commentsXml(m)),
  }
  return zipSync(files, { level: 6, mtime })
}
