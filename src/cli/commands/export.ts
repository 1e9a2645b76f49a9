import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { analyze } from '../../core/analysis/analyze'
import type { AnalyzeOptions, HouseStyle } from '../../core/analysis/houseStyle'
import { suggestionsFromAnalysis } from '../../core/annotation/review'
import { exportedAnnotations, isExportFormat } from '../../core/export/index'
import { EXPORT_FORMATS, type ExportInput } from '../../core/export/types'
import type { RenderedExport } from '../../shared/dto/exports'
import { ImportError } from '../../core/import/errors'
import { importBytes } from '../../core/import/index'
import { AppError } from '../../shared/ipc/result'
import { ExportFileError, exportToFile, writeFileAtomic } from '../../main/services/exportFile'
import { checker } from '../../main/services/exports'
import { parseFlags } from '../args'
import { UsageError, type CliCommand, type CliIo } from '../command'
import { openLibrary } from '../library'
import { HOUSE_STYLE_FLAGS, HOUSE_STYLE_USAGE, houseStyleFlags } from '../houseStyle'

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile()
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return false
    throw e
  }
}

/** A file on disk: imported and analysed in memory; the analysis' suggestions are the annotations, none decided. */
function fromFile(file: string, io: CliIo, checkedBy: string | undefined, now: string, options: AnalyzeOptions): ExportInput {
  let articles
  try {
    articles = importBytes(new Uint8Array(readFileSync(file)), file).articles
  } catch (e) {
    if (e instanceof ImportError) throw new UsageError(`wiremark export: ${e.message}`)
    throw e
  }
  const article = articles[0]
  if (!article) throw new UsageError(`wiremark export: ${file} holds no story`)
  if (articles.length > 1) io.err(`wiremark export: ${file} holds ${articles.length} stories; exporting the first ("${article.headline ?? 'untitled'}")`)
  const storyId = article.agencyId ?? basename(file)
  let n = 0
  const analysis = analyze(article, options)
  const annotations = suggestionsFromAnalysis(article, analysis, { storyId, versionId: 'file', now, newId: () => `auto-${++n}` })
  const review = { state: 'new', by: null, at: null } as const
  return {
    article,
    analysis,
    annotations,
    dismissed: [],
    meta: { storyId, version: article.version ?? '1', ...checker(annotations, checkedBy, review, now), review },
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export a story with its annotations as HTML, PDF, Word, W3C JSON-LD, ClaimReview, CSV or Markdown',
  usage: `usage: wiremark export <file|story-id> --format FORMAT --out PATH [--db FILE] [--force] [--checked-by NAME]
       [--house-style STYLE] [--disable RULE]...

  <file>            a wire file: imported and analysed in memory; the analysis' quotes, claims, speakers
                    and credits are exported as suggestions
  <story-id>        a story in the library: its latest version with the editor's annotations
  --format FORMAT   ${EXPORT_FORMATS.join(' | ')}
                      html         annotated report, one self-contained printable page
                      pdf          the same report as PDF (fonts shipped for Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese)
                      docx         Word document, every annotation a Word comment
                      w3c          W3C Web Annotation JSON-LD (one annotation per record)
                      claimreview  schema.org ClaimReview JSON-LD (one per reviewed claim)
                      csv          quotes and claims, one row each (formula-safe)
                      md           Markdown report
  --out PATH        the file to write (written to a temporary file, then renamed)
  --force           replace PATH when it exists (without it, an existing file is an error)
  --db FILE         the library (default: the desktop app's library)
  --checked-by NAME who checked the story (default: the checker's name in the library's Settings)
${HOUSE_STYLE_USAGE}
                       (a file is checked in Reuters' style unless --house-style names another; a story in
                       the library in the library's style, these flags over it)
Non-public editorial notes are never exported. Exit code 2 for a bad format, an existing file without
--force, an unknown story or an unreadable file.`,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        db: { type: 'string' },
        force: { type: 'boolean' },
        'checked-by': { type: 'string' },
        ...HOUSE_STYLE_FLAGS,
        help: { type: 'boolean', short: 'h' },
      },
      'export',
    )
    if (values.help) {
      io.out(this.usage)
      return 0
    }
    if (positionals.length !== 1) throw new UsageError('wiremark export: give one file or story id')
    const source = positionals[0] as string
    const format = values.format
    if (!format) throw new UsageError(`wiremark export: --format is required (${EXPORT_FORMATS.join(', ')})`)
    if (!isExportFormat(format)) throw new UsageError(`wiremark export: unknown format '${format}'; use one of ${EXPORT_FORMATS.join(', ')}`)
    if (!values.out) throw new UsageError('wiremark export: --out PATH is required')
    const out = values.out
    const force = values.force === true
    if (!force && isFile(out)) throw new UsageError(`wiremark export: ${out} already exists; pass --force to replace it`)
    const now = new Date().toISOString()
    const house = houseStyleFlags(values, 'export', io)

    let write: () => Promise<{ path: string; bytes: number; count: number }>
    if (isFile(source)) {
      const input = fromFile(source, io, values['checked-by'], now, house ?? {})
      write = async () => ({ ...(await exportToFile(input, format, out, { overwrite: force })), count: exportedAnnotations(input.annotations).length })
    } else {
      const lib = openLibrary(values.db, io)
      let rendered: RenderedExport
      try {
        // The same export the desk gets (decisions, dismissed findings, review state, the checker from Settings), through the contract.
        const checkedBy = values['checked-by']
        // (--house-style gives a whole style, --disable only checks: each goes over the library's own.)
        const { disabledRules, ...style } = house ?? {}
        rendered = await lib.call('exports:render', {
          storyId: source,
          format,
          ...(checkedBy !== undefined ? { checkedBy } : {}),
          ...('preset' in style ? { houseStyle: style as HouseStyle } : {}),
          ...(disabledRules ? { disabledRules } : {}),
        })
      } catch (e) {
        if (e instanceof AppError && (e.code === 'not_found' || (e.code === 'invalid_input' && / at storyId\b/.test(e.message)))) {
          throw new UsageError(`wiremark export: no file and no story with id '${source}' in ${values.db ?? 'the library'}`)
        }
        if (e instanceof AppError && e.code === 'invalid_input') throw new UsageError(`wiremark export: ${e.message}`)
        throw e
      } finally {
        lib.close()
      }
      write = async () => {
        const data = Buffer.from(rendered.base64, 'base64')
        writeFileAtomic(out, data, { overwrite: force })
        return { path: out, bytes: data.length, count: rendered.annotations }
      }
    }
    try {
      const written = await write()
      io.out(`wrote ${written.path} (${format}, ${written.bytes} bytes, ${written.count} annotations)`)
      return 0
    } catch (e) {
      if (e instanceof ExportFileError && (e.code === 'exists' || e.code === 'not_a_file')) {
        throw new UsageError(`wiremark export: ${e.message}${e.code === 'exists' ? '; pass --force to replace it' : ''}`)
      }
      throw e
    }
  },
}
