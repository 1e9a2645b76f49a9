import { isTitleWord } from '../people'
import type { Finding, Person, Span } from '../types'
import { blocksOf, finding, type Rule, type RuleContext } from './context'
import { insideQuote, spanLocator } from '../spans'

/** A courtesy title at the start of a mention ("Mr Smith"), or just before it ("Mrs " + "Lee"). */
const COURTESY_AT_START = /^(?:Mr|Mrs|Ms|Miss|Mx|Messrs)\.?\s+/
const COURTESY_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Messrs)\.?\s+$/

/** Whether the words just before a mention, in its sentence, end in a title ("Dr ", "Gov. ", "President "). */
function titledBefore(before: string): boolean {
  const m = /([\p{L}'’-]+)(\.?) $/u.exec(before)
  if (!m) return false
  // "the mayor. Doe said" ends a sentence; "Gov. Doe" is an abbreviated title
  if (m[2] && (m[1] as string).length > 4) return false
  return isTitleWord(m[1] as string)
}

/** A person's body mentions outside quotes, in order, each with its printed words. */
function bodyMentions(ctx: RuleContext, p: Person, paraOf: (start: number, end: number) => number): (Span & { printed: string; index: number })[] {
  return p.mentions
    .map((m, index) => ({ start: m.start, end: m.end, index, printed: ctx.article.text.slice(m.start, m.end) }))
    .filter((m) => paraOf(m.start, m.end) >= 0 && !insideQuote(ctx.speech.quotes, m.start))
}

/**
 * Courtesy titles (Mr, Mrs, Ms) at later references. AP, Reuters and the Guardian use the surname alone: a courtesy
 * title outside quotes is noted. The BBC gives one ("Mr Ban at second reference"): the first later reference by the
 * bare surname is noted, once a person. Words inside quotes are the speaker's and are left alone.
 */
export const courtesyTitle: Rule = {
  id: 'courtesy-title',
  severity: 'info',
  run(ctx) {
    const use = ctx.house.courtesyTitles
    if (use === 'any') return []
    const text = ctx.article.text
    const out: Finding[] = []
    const paraOf = spanLocator(blocksOf(ctx.article, 'paragraph'))
    for (const p of ctx.speech.people) {
      if (p.kind !== 'person') continue
      const mentions = bodyMentions(ctx, p, paraOf)
      if (use === 'avoid') {
        for (const m of mentions) {
          const before = COURTESY_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start))
          const titled = COURTESY_AT_START.exec(m.printed)
          if (!titled && !before) continue
          const span = before ? { start: m.start - before[0].length, end: m.end } : m
          const bare = titled ? m.printed.slice(titled[0].length) : m.printed
          out.push(finding(this, ctx, span, { label: 'Courtesy title', fix: `House style uses the surname alone: "${bare}".` }))
        }
        continue
      }
      const words = p.name.trim().split(/\s+/)
      if (words.length < 2) continue
      const surname = words.at(-1) as string
      const bare = mentions.find((m) => {
        if (m.index === 0 || m.printed !== surname) return false
        return !titledBefore(text.slice(Math.max(0, m.start - 30), m.start))
      })
      if (!bare) continue
      const titled = p.pronoun === 'he' ? `Mr ${surname}` : p.pronoun === 'she' ? `Ms ${surname} (or Mrs or Miss, as she prefers)` : `Mr, Mrs or Ms ${surname}`
      out.push(
        finding(this, ctx, bare, {
          label: 'No courtesy title',
          detail: 'a later reference by the surname alone',
          fix: `House style gives a courtesy title at later references: ${titled}.`,
        }),
      )
    }
    return out.sort((a, b) => a.start - b.start)
  },
}
