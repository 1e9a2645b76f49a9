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
      if (!fullName) {
        out.push(
          finding(
            this,
            first,
            `"${p.name}" is quoted but never named in full. Give the full name (and title or role) at the first reference, ` +
              'then the surname alone.',
          ),
        )
      } else if (ctx.house.titleAtFirstReference && !p.description) {
        out.push(
          finding(
            this,
            first,
            `${p.name} is quoted without a title or role at the first reference. Say who this person is ` +
              '("Name, a nurse at …" or "Health Minister Name") so readers can weigh the words.',
          ),
        )
      }
    }
    return out
  },
}
