import type { Finding } from '../types'
import { finding, type Rule } from './context'

/** RULES §22: every caption ends with a credit; "Handout" alone is not one. */
export const captionWithoutCredit: Rule = {
  id: 'caption-without-credit',
  severity: 'warning',
  run(ctx) {
    const out: Finding[] = []
    for (const cap of ctx.article.captions) {
      const span = { start: cap.start, end: cap.end }
      const credit = ctx.credits.photo.find(
        (p) => (p.start !== null && p.start >= cap.start && p.start < cap.end) || p.credit === cap.credit || p.credit === cap.creditLine,
      )
      if (!credit) {
        out.push(
          finding(this, ctx, span, {
            label: 'Photo caption without a credit',
            fix: 'Add the photo credit at the end of the caption in house format, e.g. "REUTERS/Name", "(AP Photo/Name)" or "Name/Agency via REUTERS".',
          }),
        )
        continue
      }
      const named = [credit.photographer, ...credit.agencies].filter((x): x is string => x !== null && !/^(?:handout|pool)$/i.test(x))
      if (named.length === 0 && (/handout/i.test(credit.credit) || credit.distributor === null)) {
        out.push(
          finding(this, ctx, credit.start !== null && credit.end !== null ? { start: credit.start, end: credit.end } : span, {
            label: 'Photo credit names nobody',
            words: credit.credit,
            detail: 'it does not say who made or released the picture; "Handout" alone is not a credit',
            fix: 'Name the body that released it, e.g. "Ministry of Defence/Handout via REUTERS".',
          }),
        )
      }
    }
    return out
  },
}
