import { readFileSync } from 'node:fs'
import { analyze } from '../../core/analysis/analyze'
import { claimKind } from '../../core/analysis/claims'
import type { Analysis } from '../../core/analysis/types'
import type { Article } from '../../core/article/types'
import { ImportError } from '../../core/import/errors'
import { importBytes } from '../../core/import/index'
import { fileErrorLine, parseFlags, unreadableMessage } from '../args'
import { UsageError, type CliCommand } from '../command'
import { expandInputs } from '../../main/services/files'
import { HOUSE_STYLE_FLAGS, HOUSE_STYLE_USAGE, houseStyleFlags } from '../houseStyle'

/**
 * The public JSON line for one story (README: "wiremark analyze --json"). Only ever add fields. `warnings` are the
 * import's warnings about the file the story came from (a charset guessed, a .xml file that held no XML).
 */
export function analysisJson(file: string, article: Article, a: Analysis, warnings: readonly string[] = []) {
  return {
    file,
    format: article.format,
    article: {
      headline: article.headline,
      source: article.source,
      section: article.section,
      slugline: article.slugline,
      agencyId: article.agencyId,
      version: article.version,
      language: article.language,
      dateline: article.dateline,
      // an article stored before these fields existed has neither
      dates: article.dates ?? { created: null, versionCreated: null, embargoUntil: null },
      summary: article.summary ?? null,
      bylines: article.bylines,
      creditLines: article.creditLines,
      copyright: article.copyright,
      text: article.text,
      paragraphs: article.paragraphs,
      captions: article.captions.map((c) => ({ text: c.text, credit: c.credit, creditLine: c.creditLine })),
      clutter: article.clutter,
      nonPublicNotes: article.notes.length,
    },
    credits: {
      bylines: a.credits.bylines,
      reporting: a.credits.reporting,
      writing: a.credits.writing,
      editing: a.credits.editing,
      additionalReporting: a.credits.additionalReporting,
      compiledBy: a.credits.compiledBy,
      photo: a.credits.photo.map((p) => ({
        credit: p.credit,
        photographer: p.photographer,
        agencies: p.agencies,
        distributor: p.distributor,
      })),
      copyright: a.credits.copyright,
    },
    people: a.people.map((p) => ({ name: p.name, description: p.description, kind: p.kind, aliases: p.aliases })),
    quotes: a.quotes.map((q) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      attribution: q.attribution,
      cue: q.cue,
      speakerConfidence: q.speakerConfidence,
    })),
    reportedSpeech: a.reportedSpeech.map((r) => ({ text: r.text, start: r.start, end: r.end, source: r.source, cue: r.cue })),
    claims: a.claims.map((c) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      attributedTo: c.attributedTo,
      checkworthiness: c.checkworthiness,
      kind: claimKind(c),
    })),
    findings: a.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      start: f.start,
      end: f.end,
      excerpt: f.excerpt,
      fix: f.fix ?? null,
    })),
    warnings: [...warnings],
  }
}

function report(file: string, article: Article, a: Analysis): string {
  const lines = [`${file}: ${article.headline ?? '(no headline)'}`]
  lines.push(`  ${article.format}, ${article.source ?? 'source unknown'}, dateline ${article.dateline?.text ?? 'none'}`)
  lines.push(`  ${a.quotes.length} quotes, ${a.people.length} people, ${a.claims.length} claims, ${a.findings.length} findings`)
  for (const q of a.quotes) {
    const short = q.text.length > 70 ? `${q.text.slice(0, 67)}...` : q.text
    lines.push(`  quote  "${short}" — ${q.speaker ?? 'NO SPEAKER'} (${q.attribution}${q.cue ? `, ${q.cue}` : ''})`)
  }
  // The message quotes the finding's words; the rule id and the fix follow on lines of their own.
  for (const f of a.findings) {
    lines.push(`  ${f.severity.padEnd(7)} ${f.message}`)
    lines.push(`          ${f.rule}${f.fix ? `: ${f.fix}` : ''}`)
  }
  return lines.join('\n')
}

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'find quotes, speakers, claims and credits in files and check attribution',
  usage: `usage: wiremark analyze <files or folders...> [--json] [--house-style STYLE] [--disable RULE]...

Reads every supported format (text, HTML, NewsML-G2, NewsML 1.2, NITF, ninjs, dpa digitalwires,
AP Media API JSON, ANPA-1312, IPTC 7901, Reuters-21578 SGML, Word .docx).
  --json   one JSON object per story per line, in input order (see the README for the shape)
${HOUSE_STYLE_USAGE}
The checks follow Reuters' house style unless --house-style names another.
Exit code 2 when any file could not be read; the other files still run.`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { json: { type: 'boolean' }, ...HOUSE_STYLE_FLAGS, help: { type: 'boolean', short: 'h' } }, 'analyze')
    if (values.help) {
      io.out(this.usage)
      return 0
    }
    if (positionals.length === 0) throw new UsageError('wiremark analyze: give at least one file or folder')
    const options = houseStyleFlags(values, 'analyze', io) ?? {}
    let failed = 0
    for (const file of expandInputs(positionals)) {
      try {
        const bytes = new Uint8Array(readFileSync(file))
        const { articles, warnings } = importBytes(bytes, file)
        // A readable report names the file's import warnings once, on stderr; JSON gives them on each of its lines.
        if (!values.json) for (const w of warnings) io.err(`warning: ${fileErrorLine(file, w)}`)
        for (const article of articles) {
          const a = analyze(article, options)
          io.out(values.json ? JSON.stringify(analysisJson(file, article, a, warnings)) : report(file, article, a))
        }
      } catch (e) {
        failed++
        const error =
          e instanceof ImportError
            ? { code: e.code, message: e.message }
            : { code: 'unreadable', message: unreadableMessage(file, e) }
        if (values.json) io.out(JSON.stringify({ file, error }))
        else io.err(fileErrorLine(file, error.message))
      }
    }
    return failed > 0 ? 2 : 0
  },
}
