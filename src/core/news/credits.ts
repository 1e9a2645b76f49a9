import type { Contributor, CreditRole } from '../analysis/types'

/*
 * Credit lines: "(Reporting by Jane Doe in Paris; Editing by John Roe)", "Compiled by …", "X contributed to this
 * report." Import tells a credit line from the story's last paragraphs with isCreditLine(); the credit analysis reads
 * who did what from one with parseCreditLine(). The import's test knows more roles (research, graphics, translation)
 * than the analysis reads: a line of those roles leaves the body but names no contributor.
 */

/** The work a credit line credits: "Reporting by", "Editing by", "Graphics by" */
const CREDITED_WORK = [
  'reporting', 'writing', 'written', 'editing', 'edited', 'compiled', 'compilation', 'research', 'researched',
  'graphics?', 'production', 'produced', 'translation', 'translated', 'reported', 'fact-checking',
]
const CREDIT_START = new RegExp(String.raw`^\(?\s*(?:(?:additional|further|extra)\s+)?(?:${CREDITED_WORK.join('|')})\s+by\b`, 'i')
const CREDIT_END =
  /\b(?:contributed(?:\s+reporting)?(?:\s+to\s+(?:this|the)\s+(?:report|story))?|helped\s+with\s+this\s+(?:report|story))(?:\s+from\s+[\p{L}\p{M} ,.'’-]{2,60}?)?\.?\)?$/iu

/** True for a trailing credit line: "(Reporting by ...; Editing by ...)", "Compiled by ...", "X contributed to this report." */
export function isCreditLine(s: string): boolean {
  const t = s.trim()
  if (t.length > 400) return false
  if (CREDIT_START.test(t)) return true
  return t.length <= 300 && CREDIT_END.test(t)
}

const ROLE_WORDS: [RegExp, CreditRole][] = [
  [/^additional\s+reporting\b/i, 'additionalReporting'],
  [/^(?:reporting|reported)\b/i, 'reporting'],
  [/^(?:writing|written)\b/i, 'writing'],
  [/^(?:editing|edited)\b/i, 'editing'],
  [/^(?:compiled|compiling)\b/i, 'compiledBy'],
]

const ROLE_START = /(?:additional\s+reporting|reporting|reported|writing|written|editing|edited|compiled|compiling)\s+by\b/i

/** Splits "Jane Doe and John Roe in Paris" into names, with the place each was in. */
function splitNames(list: string): { name: string; location: string | null }[] {
  const chunks = list
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((c) => c.trim())
    .filter(Boolean)
  const out: { name: string; location: string | null }[] = []
  let pending: { name: string; location: string | null }[] = []
  for (const c of chunks) {
    const m = /^(.*?)\s+[iI][nN]\s+(\p{Lu}.*)$/u.exec(c)
    if (m?.[1] && m[2]) {
      const entry = { name: m[1].trim(), location: m[2].trim() }
      for (const p of pending) p.location = entry.location
      pending = []
      out.push(entry)
    } else if (/^\p{Lu}/u.test(c) && !/^(?:the|a|an)\s/i.test(c) && out.length > 0 && out[out.length - 1]?.location !== null && !/\s/.test(c)) {
      // "Jane Doe in New York and Washington": a bare place after a located name.
      out.push({ name: c, location: null })
      pending.push(out[out.length - 1] as { name: string; location: string | null })
    } else {
      const entry = { name: c, location: null }
      out.push(entry)
      pending.push(entry)
    }
  }
  return out.filter((e) => /\p{L}/u.test(e.name))
}

/** Parses one "(Reporting by ...; Editing by ...)" line into contributors; [] when it is no such line. */
export function parseCreditLine(line: string): Contributor[] {
  let s = line.trim().replace(/\s+/g, ' ')
  if (!ROLE_START.test(s)) return []
  s = s.replace(/^[([{]\s*/, '').replace(/\s*[)\]}]\s*\.?$/, '')
  const segments = s.split(new RegExp(String.raw`\s*(?:;|\.|,|\band\b)?\s*(?<!additional\s*)\b(?=${ROLE_START.source})`, 'i'))
  const out: Contributor[] = []
  for (const seg of segments) {
    const t = seg.trim().replace(/^[;,.]\s*/, '')
    if (!t) continue
    const role = ROLE_WORDS.find(([re]) => re.test(t))?.[1]
    if (!role) continue
    const names = t.replace(new RegExp('^' + ROLE_START.source + String.raw`\s*`, 'i'), '').replace(/(?<![;,.\s])[;,.\s]+$/, '')
    for (const n of splitNames(names)) out.push({ name: n.name, role, location: n.location })
  }
  return out
}
