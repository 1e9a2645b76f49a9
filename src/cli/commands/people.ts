import type { CrossFinding, PersonQuote, PersonSummary } from '../../shared/dto/library'
import { parseFlags } from '../args'
import { UsageError, type CliCommand } from '../command'
import { openLibrary } from '../library'

/** The public JSON of one person (README: "wiremark people --json"). Only ever add fields. */
export function personJson(p: PersonSummary, items: PersonQuote[]) {
  return {
    key: p.key,
    name: p.name,
    description: p.description,
    quotes: p.quotes,
    stories: p.stories,
    aliases: p.aliases,
    merged: p.merged,
    items: items.map((q) => ({ storyId: q.storyId, headline: q.headline, source: q.source, text: q.text, start: q.start, end: q.end, attribution: q.attribution })),
  }
}

const findingLines = (f: CrossFinding) => [
  `${f.rule}: ${f.message}`,
  ...f.quotes.map((q) => `    ${q.speaker ?? '(no speaker)'}: "${q.text}" — ${q.headline ?? '(no headline)'} [${q.storyId}]`),
]

/** The key of a person given by key or by name as listed; a name that two people share must be given by key. */
function personKey(people: readonly PersonSummary[], given: string): string {
  if (people.some((p) => p.key === given)) return given
  const named = people.filter((p) => p.name.toLowerCase() === given.toLowerCase())
  if (named.length > 1) throw new UsageError(`wiremark people: ${named.length} people are named "${given}"; give a key (wiremark people --json)`)
  return named[0]?.key ?? given
}

export const peopleCommand: CliCommand = {
  name: 'people',
  summary: 'list every quoted person in the library with their quotes, or the cross-story findings',
  usage: `usage: wiremark people [--db FILE] [--json] [--findings]
       wiremark people --merge PERSON --into PERSON [--db FILE]
       wiremark people --unmerge PERSON [--db FILE]

  --db FILE    the library (default: the desktop app's library)
  --json       print one JSON array: {key, name, description, quotes, stories, aliases, merged: [{key, name}],
               items: [{storyId, headline, source, text, start, end, attribution}]}, most quoted first
  --merge P    merge person P into the person given with --into, whose name is kept (P and --into: a key or a
               name as listed); remembered across stories until undone
  --unmerge P  undo a merge by hand: P stands on their own again
  --findings   print the cross-story findings instead (same quote given to different speakers; a quote worded
               differently in two stories or two versions); with --json one array of {rule, message, quotes}`,
  async run(args, io) {
    const { values } = parseFlags(
      args,
      {
        db: { type: 'string' },
        json: { type: 'boolean' },
        findings: { type: 'boolean' },
        merge: { type: 'string' },
        into: { type: 'string' },
        unmerge: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      'people',
    )
    if (values.help) {
      io.out(this.usage)
      return 0
    }
    if ((values.merge === undefined) !== (values.into === undefined)) throw new UsageError('wiremark people: --merge and --into go together')
    const lib = openLibrary(values.db, io)
    try {
      // Stories imported before the quote index existed are indexed first, in batches.
      let r = await lib.call('library:people', { limit: 500 })
      while (r.pending > 0) {
        if (io.isTty) io.err(`\r\x1b[Kindexing quotes: ${r.pending} stories to go`)
        r = await lib.call('library:people', { limit: 500 })
      }
      if (io.isTty) io.err('\r\x1b[K')
      if (values.merge !== undefined && values.into !== undefined) {
        const from = personKey(r.people, values.merge)
        const into = personKey(r.people, values.into)
        r = await lib.call('library:mergePeople', { from, into })
        io.out(`merged ${values.merge} into ${r.people.find((p) => p.key === into)?.name ?? values.into}`)
        return 0
      }
      if (values.unmerge !== undefined) {
        const merged = r.people.flatMap((p) => p.merged)
        const key = merged.find((m) => m.key === values.unmerge || m.name.toLowerCase() === values.unmerge!.toLowerCase())?.key ?? values.unmerge
        await lib.call('library:unmergePerson', { key })
        io.out(`${values.unmerge} stands on their own again`)
        return 0
      }
      if (values.findings) {
        const findings = await lib.call('library:crossFindings', { limit: 10_000 })
        if (values.json) io.out(JSON.stringify(findings))
        else if (findings.length === 0) io.out('no cross-story findings')
        else for (const f of findings) io.out(findingLines(f).join('\n'))
        return 0
      }
      if (values.json) {
        const all = []
        for (const p of r.people) all.push(personJson(p, (await lib.call('library:person', { key: p.key })).quotes))
        io.out(JSON.stringify(all))
        return 0
      }
      if (r.people.length === 0) io.out('no quoted people in this library')
      for (const p of r.people) {
        const also = [...p.aliases, ...p.merged.map((m) => `${m.name} (merged)`)]
        io.out(
          `${p.name}${p.description ? ` (${p.description})` : ''}: ${p.quotes} quote${p.quotes === 1 ? '' : 's'} in ${p.stories} stor${p.stories === 1 ? 'y' : 'ies'}` +
            (also.length ? `; also ${also.join(', ')}` : ''),
        )
      }
      return 0
    } finally {
      lib.close()
    }
  },
}
