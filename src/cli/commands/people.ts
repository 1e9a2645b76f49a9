import type { CrossFinding, PersonQuote } from '../../shared/ipc/areas/library'
import { parseFlags } from '../args'
import type { CliCommand } from '../command'
import { openLibrary } from './import'

/** The public JSON of one person (README: "wiremark people --json"). Only ever add fields. */
export function personJson(p: { key: string; name: string; description: string | null; quotes: number; stories: number }, items: PersonQuote[]) {
  return {
    key: p.key,
    name: p.name,
    description: p.description,
    quotes: p.quotes,
    stories: p.stories,
    items: items.map((q) => ({ storyId: q.storyId, headline: q.headline, source: q.source, text: q.text, start: q.start, end: q.end, attribution: q.attribution })),
  }
}

const findingLines = (f: CrossFinding) => [
  `${f.rule}: ${f.message}`,
  ...f.quotes.map((q) => `    ${q.speaker ?? '(no speaker)'}: "${q.text}" — ${q.headline ?? '(no headline)'} [${q.storyId}]`),
]

export const peopleCommand: CliCommand = {
  name: 'people',
  summary: 'list every quoted person in the library with their quotes, or the cross-story findings',
  usage: `usage: wiremark people [--db FILE] [--json] [--findings]

  --db FILE    the library (default: the desktop app's library)
  --json       print one JSON array: {key, name, description, quotes, stories, items: [{storyId, headline, source,
               text, start, end, attribution}]}, most quoted first
  --findings   print the cross-story findings instead (same quote given to different speakers; a quote worded
               differently in two stories or two versions); with --json one array of {rule, message, quotes}`,
  async run(args, io) {
    const { values } = parseFlags(
      args,
      { db: { type: 'string' }, json: { type: 'boolean' }, findings: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      'people',
    )
    if (values.help) {
      io.out(this.usage)
      return 0
    }
    const services = openLibrary(values.db, io)
    try {
      // Stories imported before the quote index existed are indexed first, in batches.
      let r = await services.handlers['library:people']({ limit: 500 })
      while (r.pending > 0) {
        if (io.isTty) io.err(`\r\x1b[Kindexing quotes: ${r.pending} stories to go`)
        r = await services.handlers['library:people']({ limit: 500 })
      }
      if (io.isTty) io.err('\r\x1b[K')
      if (values.findings) {
        const findings = await services.handlers['library:crossFindings']({ limit: 10_000 })
        if (values.json) io.out(JSON.stringify(findings))
        else if (findings.length === 0) io.out('no cross-story findings')
        else for (const f of findings) io.out(findingLines(f).join('\n'))
        return 0
      }
      if (values.json) {
        const all = []
        for (const p of r.people) all.push(personJson(p, (await services.handlers['library:person']({ key: p.key })).quotes))
        io.out(JSON.stringify(all))
        return 0
      }
      if (r.people.length === 0) io.out('no quoted people in this library')
      for (const p of r.people) {
        io.out(`${p.name}${p.description ? ` (${p.description})` : ''}: ${p.quotes} quote${p.quotes === 1 ? '' : 's'} in ${p.stories} stor${p.stories === 1 ? 'y' : 'ies'}`)
      }
      return 0
    } finally {
      services.close()
    }
  },
}
