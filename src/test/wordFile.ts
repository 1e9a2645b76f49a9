import { strToU8, zipSync } from 'fflate'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export interface WordComment {
  /** The words it is on: the first occurrence of them in the paragraphs */
  on: string
  author: string
  /** As Word writes it, e.g. 2026-12-01T09:30:00Z */
  date?: string
  text: string
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const run = (t: string) => (t ? `<w:r><w:t xml:space="preserve">${xml(t)}</w:t></w:r>` : '')

/**
 * A minimal Word file as a stringer sends it: a Title paragraph, body paragraphs, and comments on words (each
 * range marked in document.xml with commentRangeStart / commentRangeEnd and a reference run, as Word writes them).
 */
export function wordFile(title: string, paragraphs: readonly string[], comments: readonly WordComment[] = []): Uint8Array {
  // Each comment goes on the first paragraph that has its words.
  const home = comments.map((c) => paragraphs.findIndex((p) => p.includes(c.on)))
  const body = paragraphs.map((p, i) => {
    const here = comments.flatMap((c, id) => (home[id] === i ? [{ c, id, at: p.indexOf(c.on) }] : []))
    const cuts = new Map<number, string[]>()
    const add = (at: number, s: string) => cuts.set(at, [...(cuts.get(at) ?? []), s])
    for (const { c, id, at } of here) {
      add(at, `<w:commentRangeStart w:id="${id}"/>`)
      add(at + c.on.length, `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`)
    }
    const points = [...new Set([0, p.length, ...cuts.keys()])].sort((a, b) => a - b)
    let out = ''
    for (let i = 0; i < points.length; i++) {
      const at = points[i] as number
      out += (cuts.get(at) ?? []).join('')
      const next = points[i + 1]
      if (next !== undefined) out += run(p.slice(at, next))
    }
    return `<w:p>${out}</w:p>`
  })
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>${run(title)}</w:p>${body.join('')}<w:sectPr/></w:body></w:document>`
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(`<?xml version="1.0"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>`),
  }
  if (comments.length) {
    const items = comments.map(
      (c, id) => `<w:comment w:id="${id}" w:author="${xml(c.author)}"${c.date ? ` w:date="${c.date}"` : ''}><w:p>${run(c.text)}</w:p></w:comment>`,
    )
    files['word/comments.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}">${items.join('')}</w:comments>`)
  }
  return zipSync(files)
}
