import type { Finding } from '../types'
import { ANONYMITY, DECLINED_COMMENT } from './anonymity'
import { bodySentences, finding, type Rule } from './context'

const STOP = new Set([
  'the', 'a', 'an', 'and', 'of', 'for', 'to', 'in', 'on', 'at', 'said', 'says', 'who', 'which', 'that', 'his', 'her',
  'their', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'official', 'officials', 'source', 'sources',
  'person', 'people', 'also', 'but', 'however', 'when', 'asked', 'contacted', 'immediately', 'did', 'not',
])

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w.length >= 3 && !STOP.has(w))
}

/**
 * RULES §10: nobody "declined to comment" who is also quoted anonymously in the same story. The check compares
 * the body that declined with the description of each anonymous source.
 */
export const anonDeclinedComment: Rule = {
  id: 'anon-declined-comment',
  severity: 'warning',
  run(ctx) {
    const sentences = bodySentences(ctx)
    const anonymous = sentences.filter((s) => ANONYMITY.test(s.text))
    if (anonymous.length === 0) return []
    const out: Finding[] = []
    for (const s of sentences) {
      const d = DECLINED_COMMENT.exec(s.text)
      if (!d) continue
      const who = words(s.text.slice(0, d.index))
      if (who.length === 0) continue
      const match = anonymous.find((a) => a !== s && who.some((w) => words(a.text).includes(w)))
      if (!match) continue
      const shared = who.filter((w) => words(match.text).includes(w)).join(' ')
      out.push(
        finding(this, ctx, { start: s.start + d.index, end: s.start + d.index + d[0].length }, {
          label: 'Declined to comment, yet quoted anonymously',
          detail: `the ${shared} declined to comment, but an anonymous source from the same place is quoted`,
          fix: 'Readers will take the anonymous words as the official answer: reconcile the two or explain the difference.',
        }),
      )
    }
    return out
  },
}
