import type { Finding } from '../types'
import { finding, storySpan, type Rule } from './context'

const MARKER = /\b(?:CORRECTED|CORRECTION|REFILE|REFILED|CORRECTS?)\b/
/** What a wire's correction note says it did: "(Corrects …)", "(Refiles to add …)" */
const NOTE_VERBS = ['corrects?', 'refiles?', 'fixes', 'changes', 'recasts', 'removes', 'adds', 'updates', 'clarifies']
const NOTICE = new RegExp(
  [
    String.raw`\((?:${NOTE_VERBS.join('|')})\b[^)]*\)`, // "(Corrects spelling of name in paragraph 3)"
    String.raw`\b(?:this|the) (?:story|article|item|report|version) (?:has been|was) (?:corrected|updated|amended|refiled)\b[^.]*`,
    String.raw`\ban earlier version of this\b[^.]*`,
    String.raw`\b(?:corrects?|correction:)\s[^.]*`,
  ].join('|'),
  'i',
)
const WHERE = /\b(?:paragraph|para|graf|headline|caption|lead|dateline|byline|sentence|quote|photo|\d+(?:st|nd|rd|th)\b|first|second|third|fourth|fifth|last)\b/i

/** RULES §24: an item marked CORRECTED or REFILE says what changed and where. */
export const correctionNotice: Rule = {
  id: 'correction-notice',
  severity: 'warning',
  run(ctx) {
    const a = ctx.article
    const marked = a.corrections.some((c) => MARKER.test(c.toUpperCase())) || MARKER.test(a.headline ?? '')
    if (!marked) return []
    const places = [a.text, ...a.notes.map((n) => n.text), ...a.corrections]
    const notice = places.map((t) => NOTICE.exec(t)).find((m) => m !== null) ?? null
    const out: Finding[] = []
    if (!notice) {
      out.push(
        finding(this, ctx, storySpan(a), {
          label: 'Correction does not say what changed',
          words: null,
          detail: 'the item is marked as corrected or refiled',
          fix: 'Add a note such as "(Corrects spelling of name in paragraph 3)".',
        }),
      )
    } else if (!WHERE.test(notice[0])) {
      const at = a.text.indexOf(notice[0])
      out.push(
        finding(this, ctx, at >= 0 ? { start: at, end: at + notice[0].length } : storySpan(a), {
          label: 'Correction note does not say where',
          words: notice[0].trim(),
          fix: 'Name the paragraph, headline or caption that changed.',
          severity: 'info',
        }),
      )
    }
    return out
  },
}
