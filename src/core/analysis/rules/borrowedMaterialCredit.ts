import type { Finding } from '../types'
import { bodySentences, finding, type Rule } from './context'
import { insideQuote } from '../spans'

/** Media named by where they are, not by name: "local media reported", "according to state media" */
const MEDIA_ORIGINS = ['local', 'state', 'foreign', 'international', 'western', 'russian', 'chinese', String.raw`u\.s\.`, 'british', 'german', 'french']
const OTHER_MEDIA = new RegExp(
  [
    String.raw`\b(?:${MEDIA_ORIGINS.join('|')})?\s*media(?: outlets)? (?:reported|reports|said|quoted)\b`, // "local media reported"
    String.raw`\b(?:according to|citing) (?:local |state |media |press |news )+(?:reports?|media|outlets)\b`, // "citing local reports"
    String.raw`\bmedia reports said\b`,
    String.raw`\b(?:news|press) reports said\b`,
  ].join('|'),
  'iu',
)

const PATTERNS: { re: RegExp; label: string; fix: string; severity: 'warning' | 'info' }[] = [
  {
    re: /\b(?:was|were|is|are|has been|had been) quoted as saying\b(?![^.]{0,40}\b(?:by|in|on)\s+(?:the\s+)?\p{Lu})/iu,
    label: 'Quoted without saying by whom',
    fix: 'Material from another outlet carries its credit: name the outlet.',
    severity: 'warning',
  },
  {
    re: OTHER_MEDIA,
    label: 'Other media not named',
    fix: 'Credit the outlet ("the BBC reported") so readers know whose material it is.',
    severity: 'info',
  },
  {
    re: /\bsaid in an? (?:television |radio |TV |newspaper |broadcast )?interview\b(?![^.]{0,30}\b(?:with|to|on)\s+(?:the\s+)?\p{Lu})/iu,
    label: 'Interview not credited',
    fix: 'If another outlet did the interview, credit it ("told the BBC").',
    severity: 'info',
  },
]

/** RULES §17: material taken from another outlet (agency, newspaper, broadcast interview) carries a credit. */
export const borrowedMaterialCredit: Rule = {
  id: 'borrowed-material-credit',
  severity: 'warning',
  run(ctx) {
    const out: Finding[] = []
    for (const s of bodySentences(ctx)) {
      for (const p of PATTERNS) {
        const m = p.re.exec(s.text)
        if (!m) continue
        const start = s.start + m.index + (m[0].length - m[0].trimStart().length)
        if (insideQuote(ctx.speech.quotes, start)) continue
        out.push(finding(this, ctx, { start, end: s.start + m.index + m[0].length }, { label: p.label, fix: p.fix, severity: p.severity }))
      }
    }
    return out
  },
}
