import { isTitleWord } from '../people'
import { finding, type Rule } from './context'

/** RULES §5: first reference gives the full name with title or role; the title part is a house setting. */
export const speakerNotIntroduced: Rule = {
  id: 'speaker-not-introduced',
  severity: 'warning',
  run(ctx) {
    const speakers = new Set<string>()
    for (const q of ctx.speech.quotes) if (q.speakerId) speakers.add(q.speakerId)
    for (const r of ctx.speech.reportedSpeech) if (r.sourceId) speakers.add(r.sourceId)
    const out = []
    for (const p of ctx.speech.people) {
      if (p.kind !== 'person' || !speakers.has(p.id)) continue
      const first = p.mentions[0] ?? null
      if (!first) continue
      const fullName = p.name.trim().split(/\s+/).length >= 2
      // a lone capitalised word with nothing to show it is a person ("Montagu said", "Continental said")
      // may be a firm or a place: only a pronoun, an honorific or a description makes it someone
      const personEvidence = p.pronoun === 'he' || p.pronoun === 'she' || !!p.description
      if (!fullName && !personEvidence) {
        out.push(
          finding(this, ctx, first, {
            label: 'Speaker under a single name',
            detail: 'nothing in the story says whether it is a person or an organisation',
            fix: 'Give the full name at the first reference (with title or role for a person).',
            severity: 'info',
          }),
        )
        continue
      }
      // "Energy Minister Subroto", "Pope Francis", "King Salman": a title and a single name are a full first
      // reference in many naming traditions (mononyms, royals, clergy)
      const printed = ctx.article.text.slice(first.start, first.end)
      const titled = printed.length > p.name.length && printed.endsWith(p.name) && printed.slice(0, -p.name.length).trim().split(/\s+/).some((w) => isTitleWord(w) && !/^(?:mr|mrs|ms|miss|messrs)\.?$/i.test(w))
      if (!fullName && titled) continue
      if (!fullName) {
        out.push(
          finding(this, ctx, first, {
            label: 'Speaker never named in full',
            fix: 'Give the full name (and title or role) at the first reference, then the surname alone.',
          }),
        )
      } else if (ctx.house.titleAtFirstReference && !p.description) {
        out.push(
          finding(this, ctx, first, {
            label: 'Speaker without a title or role',
            fix: 'Say who this person is at the first reference ("Name, a nurse at …" or "Health Minister Name") so readers can weigh the words.',
          }),
        )
      }
    }
    return out
  },
}
