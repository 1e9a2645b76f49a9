import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { ANNOTATION_FILE_MAX } from '../../shared/ipc/areas/annotations'
import { type AnnotationImportResult } from '../../shared/dto/annotations'
import { AppError } from '../../shared/ipc/result'
import { parseFlags, unreadableMessage } from '../args'
import { UsageError, type CliCommand } from '../command'
import { openLibrary } from '../library'

/** The public JSON of an import (README: "wiremark import-annotations --json"). Only ever add fields. */
export function annotationImportJson(r: AnnotationImportResult) {
  const { file, storyId, versionId, source, total, exact, moved, changed, orphaned, added, skipped, warnings } = r
  return { file, storyId, versionId, source, total, exact, moved, changed, orphaned, added, skipped, warnings }
}

export function annotationImportLine(r: AnnotationImportResult): string {
  return (
    `${r.total} annotation${r.total === 1 ? '' : 's'} from ${r.file}: ${r.exact} exact, ${r.moved} moved, ${r.changed} changed, ` +
    `${r.orphaned} orphaned; added ${r.added}, skipped ${r.skipped} (already in the story)`
  )
}

export const importAnnotationsCommand: CliCommand = {
  name: 'import-annotations',
  summary: 'attach W3C Web Annotation or Hypothesis JSON to a story in the library',
  usage: `usage: wiremark import-annotations <file> --story ID [--db FILE] [--json]

  Reads W3C Web Annotation JSON-LD (as wiremark export --format w3c writes it) or Hypothesis API JSON (one
  annotation or a search response) and attaches its annotations to the story's latest version. Each is placed
  as annotations are carried onto a new version: exact, moved, changed, or orphaned (its words are not in the
  story: kept, and listed under Versions in the desk). Records the story has already are skipped, so the same
  file imported twice adds nothing; where the story has its own decision on a suggestion, it is kept.

  --story ID  the story (its id, as wiremark import --json or wiremark search --json give it)
  --db FILE   the library (default: the desktop app's library)
  --json      print {file, storyId, versionId, source, total, exact, moved, changed, orphaned, added, skipped,
              warnings}; source is w3c or hypothesis
Exit code 2 for an unreadable file, a file that is not JSON, not W3C or Hypothesis annotations, or whose
annotations are none of them in the story (nothing is stored then), and for an unknown story.`,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      { story: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      'import-annotations',
    )
    if (values.help) {
      io.out(this.usage)
      return 0
    }
    if (positionals.length !== 1) throw new UsageError('wiremark import-annotations: give one annotation file, e.g. story.annotations.jsonld')
    if (!values.story) throw new UsageError('wiremark import-annotations: --story ID is required (wiremark search --json gives ids)')
    const file = positionals[0] as string
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (e) {
      throw new UsageError(`wiremark import-annotations: ${unreadableMessage(file, e)}`)
    }
    if (text.length > ANNOTATION_FILE_MAX) {
      throw new UsageError(`wiremark import-annotations: ${file}: ${text.length} characters is more than an annotation file may hold (${ANNOTATION_FILE_MAX})`)
    }
    const lib = openLibrary(values.db, io)
    let r: AnnotationImportResult
    try {
      r = await lib.call('annotations:import', { storyId: values.story, name: file.length <= 1000 ? file : basename(file), text })
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found') throw new UsageError(`wiremark import-annotations: ${e.message}`)
      throw e
    } finally {
      lib.close()
    }
    if (values.json) io.out(JSON.stringify(annotationImportJson(r)))
    else {
      for (const w of r.warnings) io.err(`warning: ${w}`)
      io.out(annotationImportLine(r))
    }
    return 0
  },
}
