import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { looksLikeDocx, MAX_DOCX_UNCOMPRESSED, parseDocx } from './docx'
import { ImportError } from './errors'
import { importBytes } from './index'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

type Para = { text: string; style?: string } | string
function para(p: Para): string {
  const { text, style } = typeof p === 'string' ? { text: p, style: undefined } : p
  const ppr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''
  // split runs at '|' and tabs at '\t' to exercise run joining
  const runs = text
    .split('|')
    .map((r) => `<w:r><w:rPr><w:b/></w:rPr>${r.split('\t').map((t) => `<w:t xml:space="preserve">${t}</w:t>`).join('<w:tab/>')}</w:r>`)
    .join('')
  return `<w:p>${ppr}${runs}</w:p>`
}

function docx(paras: Para[], opts: { creator?: string; extraBody?: string; styles?: boolean; comments?: string } = {}): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${paras.map(para).join('')}${opts.extraBody ?? ''}<w:sectPr/></w:body></w:document>`
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(document),
  }
  if (opts.styles !== false) {
    files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>`)
  }
  if (opts.comments !== undefined) {
    files['word/comments.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}">${opts.comments}</w:comments>`)
  }
  if (opts.creator !== undefined) {
    files['docProps/core.xml'] = strToU8(`<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:creator>${opts.creator}</dc:creator><dcterms:created>2024-05-01T10:00:00Z</dcterms:created></cp:coreProperties>`)
  }
  return zipSync(files)
}

describe('parseDocx', () => {
  it('takes the headline from a localized Heading 1 style and the byline from core.xml', () => {
    const bytes = docx(
      [{ text: 'Flood waters |rise in the valley', style: 'berschrift1' }, 'The river rose two metres overnight, officials said.', '"We have never seen this," the mayor said.\tShe left.'],
      { creator: 'Jane Stringer' },
    )
    expect(looksLikeDocx(bytes)).toBe(true)
    const r = parseDocx(bytes, 'story.docx')
    const a = r.articles[0]!
    expect(a.format).toBe('docx')
    expect(a.headline).toBe('Flood waters rise in the valley')
    expect(a.bylines).toEqual(['Jane Stringer'])
    expect(a.created).toBe('2024-05-01T10:00:00Z')
    expect(a.paragraphs).toEqual(['The river rose two metres overnight, officials said.', '"We have never seen this," the mayor said. She left.'])
    expect(r.warnings).toEqual([])
  })

  it('uses a short first line as headline and a "By" line as byline when there are no styles', () => {
    const a = parseDocx(docx(['Mayor resigns after vote', 'By Ana Ruiz', 'The mayor resigned on Tuesday.'], { creator: 'Microsoft Office User', styles: false }), 'x.docx').articles[0]!
    expect(a.headline).toBe('Mayor resigns after vote')
    expect(a.bylines).toEqual(['By Ana Ruiz'])
    expect(a.paragraphs).toEqual(['The mayor resigned on Tuesday.'])
  })

  it('does not take a full sentence as headline, nor a generic creator as byline', () => {
    const a = parseDocx(docx(['The council met on Monday.', 'It voted twice.'], { creator: 'Administrator' }), 'x.docx').articles[0]!
    expect(a.headline).toBeNull()
    expect(a.bylines).toEqual([])
    expect(a.paragraphs).toHaveLength(2)
  })

  it('leaves out tracked deletions and keeps table cell paragraphs', () => {
    const extra = `<w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText>Deleted</w:delText></w:r></w:del><w:ins><w:r><w:t> inserted</w:t></w:r></w:ins></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell one</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`
    const a = parseDocx(docx([{ text: 'Head', style: 'Title' }], { extraBody: extra }), 'x.docx').articles[0]!
    expect(a.headline).toBe('Head')
    expect(a.paragraphs).toEqual(['Kept inserted', 'Cell one'])
  })

  it('refuses a zip bomb before inflating it', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body/></w:document>`), 'word/media/pad.bin': new Uint8Array(1024) })
    // Declare 150 MB for the padding entry, as a bomb's headers do (local header +22, central directory +24).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    let patched = 0
    for (let i = 0; i + 46 < bytes.length; i++) {
      const sig = view.getUint32(i, true)
      const nameAt = sig === 0x04034b50 ? i + 30 : sig === 0x02014b50 ? i + 46 : -1
      if (nameAt < 0) continue
      const nameLen = view.getUint16(sig === 0x04034b50 ? i + 26 : i + 28, true)
      if (new TextDecoder().decode(bytes.subarray(nameAt, nameAt + nameLen)) !== 'word/media/pad.bin') continue
      view.setUint32(sig === 0x04034b50 ? i + 22 : i + 24, 150 * 1024 * 1024, true)
      patched++
    }
    expect(patched).toBe(2)
    expect(MAX_DOCX_UNCOMPRESSED).toBe(100 * 1024 * 1024)
    try {
      parseDocx(bytes, 'bomb.docx')
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError)
      expect((e as ImportError).code).toBe('too_large')
    }
  })

  it('gives typed errors for damaged archives and zips that are not Word files', () => {
    const other = zipSync({ 'readme.txt': strToU8('hello') })
    expect(looksLikeDocx(other)).toBe(false)
    expect(() => parseDocx(other, 'a.zip')).toThrow(ImportError)
    const truncated = docx(['Headline', 'Body text.']).slice(0, 60)
    expect(() => parseDocx(truncated, 't.docx')).toThrow(ImportError)
    expect(() => parseDocx(strToU8('not a zip'), 'n.docx')).toThrow(ImportError)
  })

  it("brings the stringer's Word comments in as desk notes on their words, never as story text", () => {
    // Comment 0 covers words inside one paragraph, comment 1 runs across a paragraph break, comment 2 marks a point.
    const body = `<w:p><w:r><w:t xml:space="preserve">The minister </w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:t>Karim Haddad</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r><w:r><w:t xml:space="preserve"> resigned on Monday.</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Talks </w:t></w:r><w:commentRangeStart w:id="1"/><w:r><w:t>broke down.</w:t></w:r></w:p>
<w:p w:rsidR="1"><w:pPr><w:bidi/></w:pPr><w:r><w:t>قال الوزير</w:t></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r><w:r><w:commentReference w:id="2"/></w:r></w:p>`
    const comments = `<w:comment w:id="0" w:author="Lina Stringer" w:date="2026-12-01T09:30:00Z" w:initials="LS"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>Spelling checked with his office.</w:t></w:r></w:p><w:p><w:r><w:t>Phone in the desk file.</w:t></w:r></w:p></w:comment>
<w:comment w:id="1" w:author="Lina Stringer"><w:p><w:r><w:t>Second source: the union.</w:t></w:r></w:p></w:comment>
<w:comment w:id="2" w:author=""><w:p><w:r><w:t>ملاحظة للمحرر</w:t></w:r></w:p></w:comment>
<w:comment w:id="3" w:author="Empty"><w:p/></w:comment>`
    const bytes = docx([{ text: 'Minister resigns', style: 'Title' }], { extraBody: body, comments })
    const a = parseDocx(bytes, 'stringer.docx').articles[0]!
    const on = (n: (typeof a.notes)[number]) => (n.anchor ? a.text.slice(n.anchor.start, n.anchor.end) : null)
    expect(a.notes.map((n) => ({ ...n, on: on(n) }))).toEqual([
      {
        kind: 'comment',
        text: 'Spelling checked with his office.\nPhone in the desk file.',
        author: 'Lina Stringer',
        date: '2026-12-01T09:30:00Z',
        anchor: expect.any(Object),
        on: 'Karim Haddad',
      },
      // across a paragraph break: from its first word to the end of the next paragraph's words
      { kind: 'comment', text: 'Second source: the union.', author: 'Lina Stringer', anchor: expect.any(Object), on: 'broke down.\n\nقال الوزير' },
      // a comment on a point (no range) is kept, on no words
      { kind: 'comment', text: 'ملاحظة للمحرر', author: 'unknown', on: null },
    ])
    // The comments' words stay out of the story text; the commented words stay in it.
    expect(a.paragraphs).toEqual(['The minister Karim Haddad resigned on Monday.', 'Talks broke down.', 'قال الوزير'])
    expect(a.text).not.toContain('Spelling checked')
  })

  it('places a comment on its words whatever the runs, spaces, line breaks and empty paragraphs around it', () => {
    const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`
    const start = (id: number) => `<w:commentRangeStart w:id="${id}"/>`
    const end = (id: number) => `<w:commentRangeEnd w:id="${id}"/>`
    const body = [
      // spaces inside the range at both ends, a tab and a line break inside it
      `<w:p>${r('  Officials   said ')}${start(0)}${r('  four ')}<w:r><w:tab/></w:r>${r('people')}<w:r><w:br/></w:r>${r('died ')}${end(0)}${r(' on Monday. ')}</w:p>`,
      // a range that starts in an empty paragraph and ends between paragraphs, at body level
      `<w:p>${start(1)}</w:p><w:p>${r('Rescue work went on.')}</w:p>${end(1)}`,
      // a range inside a hyperlink and a tracked insertion
      `<w:p>${r('See ')}<w:hyperlink><w:ins>${start(2)}${r('the report')}${end(2)}</w:ins></w:hyperlink>${r('.')}</w:p>`,
    ].join('')
    const comment = (id: number, t: string) => `<w:comment w:id="${id}" w:author="S"><w:p>${r(t)}</w:p></w:comment>`
    const bytes = docx([{ text: 'Storm kills four', style: 'Title' }], { extraBody: body, comments: [comment(0, 'How many?'), comment(1, 'Who says?'), comment(2, 'Link?')].join('') })
    const a = parseDocx(bytes, 'x.docx').articles[0]!
    expect(a.paragraphs).toEqual(['Officials said four people died on Monday.', 'Rescue work went on.', 'See the report.'])
    expect(a.notes.map((n) => (n.anchor ? a.text.slice(n.anchor.start, n.anchor.end) : null))).toEqual(['four people died', 'Rescue work went on.', 'the report'])
  })

  it('keeps each comment on its words when import moves blocks (a byline and a credit line found in the body)', () => {
    const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`
    const body = [
      `<w:p>${r('By Lina Stringer')}</w:p>`,
      `<w:p>${r('The port reopened on Friday, ')}<w:commentRangeStart w:id="7"/>${r('the harbour master said')}<w:commentRangeEnd w:id="7"/>${r('.')}</w:p>`,
      `<w:p>${r('(Reporting by Lina Stringer; Editing by Sam Desk)')}</w:p>`,
    ].join('')
    const bytes = docx([{ text: 'Port reopens', style: 'Title' }], { extraBody: body, comments: `<w:comment w:id="7" w:author="Lina Stringer"><w:p>${r('Name in my notes.')}</w:p></w:comment>` })
    const { articles } = importBytes(bytes, 'port.docx')
    const a = articles[0]!
    expect(a.creditLines).toEqual(['(Reporting by Lina Stringer; Editing by Sam Desk)'])
    const n = a.notes[0]!
    expect(a.text.slice(n.anchor!.start, n.anchor!.end)).toBe('the harbour master said')
  })

  it('imports a Word file without comments.xml with no notes', () => {
    expect(parseDocx(docx(['Head line here', 'Body.']), 'x.docx').articles[0]!.notes).toEqual([])
  })
})
