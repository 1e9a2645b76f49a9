import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { looksLikeDocx, MAX_DOCX_UNCOMPRESSED, parseDocx } from './docx'
import { ImportError } from './errors'

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

function docx(paras: Para[], opts: { creator?: string; extraBody?: string; styles?: boolean } = {}): Uint8Array {
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
})
