import type { Finding } from '../types'
import { ANONYMITY, BARE_SOURCE, GENERIC_REASON, SPECIFIC_REASON } from './anonymity'
import { bodySentences, finding, type Rule } from './context'
import { insideQuote } from '../spans'

/** Words before "officials"/"sources" that name only a kind of source, not an institution. */
const SECTOR_WORDS = [
  'the', 'a', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'senior', 'top', 'western', 'eastern',
  'european', 'arab', 'industry', 'trade', 'market', 'banking', 'diplomatic', 'government', 'military', 'security',
  'intelligence', 'administration', 'official', 'political', 'local', 'financial', 'oil', 'shipping', 'grain',
  'monetary', 'economic', 'informed', 'reliable', 'well-placed', 'u\\.s\\.', '[a-z]+(?:an', 'ese', 'ish', 'ch', 'i',
  'ic)',
]
const SECTOR_WORD = new RegExp(String.raw`^(?:${SECTOR_WORDS.join('|')})$`, 'i')

/** How specific the source is: a named institution ("Treasury officials"), a kind ("banking sources"), or none. */
function specificity(before: string): { level: 'institution' | 'kind' | 'bare'; who: string } {
  // The last four words, read from the sentence's last 200 characters: the search for a run that ends the text
  // tries every start, so on the whole of a very long sentence it grows with the square of its length.
  const words = /((?:[\p{L}.&'’-]+\s+){0,4})$/u.exec(before.slice(-200))?.[1]?.trim().split(/\s+/).filter(Boolean) ?? []
  // the run of capitalised words (with "of") just before: "Bank of Japan", "NASA", "U.S. Bank"
  const run: string[] = []
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!
    if (/^\p{Lu}/u.test(w) || (w === 'of' && run.length)) run.unshift(w)
    else break
  }
  while (run.length && (run[0] === 'of' || /^(?:the|but|and|a|an)$/i.test(run[0]!))) run.shift()
  const named = run.filter((w) => w !== 'of' && !SECTOR_WORD.test(w))
  if (named.length) return { level: 'institution', who: run.join(' ') }
  // "company officials", "ministry officials": the institution the story is about
  const prev = words[words.length - 1] ?? ''
  if (/^(?:company|ministry|bank|agency|department|embassy|police|army|government|administration|exchange|union|airline|court|council|commission|party|firm|fed)$/i.test(prev)) return { level: 'institution', who: prev }
  const kind: string[] = []
  for (let k = words.length - 1; k >= 0 && kind.length < 2 && !/^(?:the|but|and|or|said|that|,)$/i.test(words[k]!); k--) kind.unshift(words[k]!)
  return kind.length ? { level: 'kind', who: kind.join(' ') } : { level: 'bare', who: '' }
}

/**
 * RULES §7-8: an unnamed source is described as specifically as possible and the story says why anonymity was
 * granted. A specific reason satisfies the check; a generic one gets an info note; none gets a warning. A bare
 * "officials said" from a named institution is less anonymous (info); a later "the sources said" that refers
 * back to sources already flagged is not flagged again.
 */
export const anonymousSource: Rule = {
  id: 'anonymous-source',
  severity: 'warning',
  run(ctx) {
    const out: Finding[] = []
    const sentences = bodySentences(ctx)
    const seen = new Set<string>()
    sentences.forEach((s, i) => {
      const anon = ANONYMITY.exec(s.text) ?? BARE_SOURCE.exec(s.text)
      if (!anon || insideQuote(ctx.speech.quotes, s.start + anon.index)) return
      const span = { start: s.start + anon.index, end: s.start + anon.index + anon[0].length }
      const around = [sentences[i - 1]?.text ?? '', s.text, sentences[i + 1]?.text ?? ''].join(' ')
      if (SPECIFIC_REASON.test(s.text) || SPECIFIC_REASON.test(around)) return
      const bare = !ANONYMITY.test(s.text)
      if (GENERIC_REASON.test(s.text)) {
        out.push(
          finding(this, ctx, span, {
            label: 'Anonymous source with a generic reason',
            fix: 'Say specifically why the source could not be named (not authorised to speak, talks still under way, risk to the source).',
            severity: 'info',
          }),
        )
        return
      }
      if (!bare) {
        out.push(
          finding(this, ctx, span, {
            label: 'Anonymous source, no reason given',
            detail: 'the story does not say why anonymity was granted',
            fix: 'Add the reason, e.g. "because they were not authorised to speak publicly".',
          }),
        )
        return
      }
      const noun = /\b(sources?|officials?|insiders?|diplomats?|aides?)\b/i.exec(anon[0])?.[1]?.toLowerCase().replace(/s$/, '') ?? anon[0].toLowerCase()
      const before = s.text.slice(0, anon.index)
      // "the sources said", "the officials said": sources already introduced (and flagged) earlier in the story
      if (/\bthe\s*$/i.test(before) && seen.has(noun)) return
      seen.add(noun)
      const sp = /^(?:reportedly|has learned|have learned|it is understood|one MP|a senior minister)/i.test(anon[0]) ? { level: 'bare' as const, who: '' } : specificity(before)
      const whole = sp.who ? { start: span.start - (before.length - before.trimEnd().length) - sp.who.length, end: span.end } : span
      if (sp.level === 'institution') {
        out.push(
          finding(this, ctx, whole, {
            label: 'Institution named, not the person',
            fix: "Give the official's position or department if possible, and say why they are not named.",
            severity: 'info',
          }),
        )
        return
      }
      out.push(
        finding(
          this,
          ctx,
          whole,
          sp.level === 'kind'
            ? {
                label: 'Source described only by kind',
                fix: 'Say who they are as specifically as possible (institution, position, how they know) and why they cannot be named.',
              }
            : {
                label: 'Attributed to nobody in particular',
                fix: 'Describe the source as specifically as possible (position, how they know) and say why they cannot be named.',
              },
        ),
      )
    })
    return out
  },
}
