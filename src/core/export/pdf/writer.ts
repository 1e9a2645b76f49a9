import { zlibSync } from 'fflate'

/**
 * A small PDF 1.4 writer: numbered objects, Flate-compressed content streams, the three standard fonts
 * used by the report (Helvetica, Helvetica-Bold, Helvetica-Oblique, WinAnsiEncoding), and a correct
 * cross-reference table. No external resources, no scripts, no forms.
 */

export const PAGE_WIDTH = 595.28
export const PAGE_HEIGHT = 841.89

const latin1 = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff
  return out
}

/** A PDF text string in UTF-16BE with a byte order mark, as hex: safe for any Unicode in the Info dictionary. */
export function pdfTextString(s: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase()
  return `<${hex}>`
}

/** PDF date "D:YYYYMMDDHHmmSSZ" from an ISO timestamp, or null when it is not one. */
export function pdfDate(iso: string | null): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso) : null
  return m ? `D:${m[1]}${m[2]}${m[3]}${m[4]}${m[5]}${m[6]}Z` : null
}

export interface PdfInfo {
  title: string
  author: string | null
  subject: string | null
  created: string | null
  language: string | null
}

/** Assembles the pages' content streams (PDF operators, WinAnsi text) into one PDF file. */
export function writePdf(pages: readonly string[], info: PdfInfo): Uint8Array {
  const objects: Uint8Array[] = []
  const add = (body: string | Uint8Array): number => {
    objects.push(typeof body === 'string' ? latin1(body) : body)
    return objects.length
  }
  const reserve = (): number => add('')
  const set = (id: number, body: string | Uint8Array) => {
    objects[id - 1] = typeof body === 'string' ? latin1(body) : body
  }
  const catalog = reserve()
  const pagesId = reserve()
  const fonts = {
    F1: add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    F2: add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'),
    F3: add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>'),
  }
  const resources = `<< /Font << /F1 ${fonts.F1} 0 R /F2 ${fonts.F2} 0 R /F3 ${fonts.F3} 0 R >> >>`
  const kids: number[] = []
  for (const content of pages) {
    const data = zlibSync(latin1(content), { level: 6 })
    const head = latin1(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`)
    const tail = latin1('\nendstream')
    const stream = new Uint8Array(head.length + data.length + tail.length)
    stream.set(head, 0)
    stream.set(data, head.length)
    stream.set(tail, head.length + data.length)
    const contentId = add(stream)
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources ${resources} /Contents ${contentId} 0 R >>`,
      ),
    )
  }
  set(pagesId, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`)
  const lang = info.language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*$/.test(info.language) ? ` /Lang (${info.language})` : ''
  set(catalog, `<< /Type /Catalog /Pages ${pagesId} 0 R${lang} >>`)
  const date = pdfDate(info.created)
  const infoId = add(
    `<< /Title ${pdfTextString(info.title)} /Producer ${pdfTextString('Wiremark')} /Creator ${pdfTextString('Wiremark')}${
      info.author ? ` /Author ${pdfTextString(info.author)}` : ''
    }${info.subject ? ` /Subject ${pdfTextString(info.subject)}` : ''}${date ? ` /CreationDate (${date})` : ''} >>`,
  )

  const chunks: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')]
  let offset = chunks[0]?.length ?? 0
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(offset)
    const head = latin1(`${i + 1} 0 obj\n`)
    const tail = latin1('\nendobj\n')
    chunks.push(head, body, tail)
    offset += head.length + body.length + tail.length
  })
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)]
  chunks.push(
    latin1(`${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${infoId} 0 R >>\nstartxref\n${offset}\n%%EOF\n`),
  )
  const total = chunks.reduce((n, c) => n + c.length, 0)
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}
