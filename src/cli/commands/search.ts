import type { SearchHit } from '../../shared/dto/library'
import { parseFlags } from '../args'
import { UsageError, type CliCommand } from '../command'
import { openLibrary } from '../library'

/** The public JSON of one hit (README: "wiremark search --json"). Only ever add fields. */
export function hitJson(h: SearchHit) {
  return {
    storyId: h.storyId,
    headline: h.headline,
    source: h.source,
    snippet: h.snippet,
    field: h.field,
    speaker: h.speaker,
    dateline: h.dateline,
    importedAt: h.importedAt,
    state: h.state,
    openFindings: h.openFindings,
    rank: h.rank,
  }
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'search the library: words, "phrases", prefix*, speaker: source: kind: status: state:',
  usage: `usage: wiremark search <query> [--db FILE] [--json] [--limit N]

  Words must all match (headline, body, quotes or the editor's notes); "two words" is a phrase, word* a prefix,
  -word excludes. Filters: speaker:Ruiz  source:Reuters  kind:claim  status:disputed  state:new
  (speaker:"Ana Ruiz" for a value with spaces).

  --db FILE   the library to search (default: the desktop app's library)
  --json      print one JSON array of hits: {storyId, headline, source, snippet, field, speaker, dateline,
              importedAt, state, openFindings, rank}; matched words are marked «like this» in snippet
  --limit N   at most N hits (default 50, at most 500)`,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      { db: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      'search',
    )
    if (values.help) {
      io.out(this.usage)
      return 0
    }
    const query = positionals.join(' ').trim()
    if (!query) throw new UsageError('wiremark search: give a query, e.g. wiremark search speaker:Ruiz dialogue')
    const limit = values.limit === undefined ? 50 : Number(values.limit)
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError(`wiremark search: --limit must be a whole number from 1 to 500, not '${values.limit}'`)
    const lib = openLibrary(values.db, io)
    try {
      const r = await lib.call('library:search', { query, limit })
      if (values.json) {
        io.out(JSON.stringify(r.hits.map(hitJson)))
        return 0
      }
      if (r.hits.length === 0) io.out('no stories match')
      for (const h of r.hits) {
        io.out(`${h.headline ?? '(no headline)'}${h.source ? ` — ${h.source}` : ''}  [${h.storyId}]`)
        io.out(`    ${h.field === 'quote' && h.speaker ? `${h.speaker}: ` : ''}${h.snippet}`)
      }
      return 0
    } finally {
      lib.close()
    }
  },
}
