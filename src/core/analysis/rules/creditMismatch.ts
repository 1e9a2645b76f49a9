import { parsePhotoCredit } from '../credits'
import type { Finding } from '../types'
import { finding, type Rule } from './context'
import { foldCase } from '../../language/fold'

/** The old IIM Credit and By-line fields hold 32 characters. */
const IIM_LIMIT = 32

function key(s: string | null): string {
  return foldCase(s ?? '').replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * RULES §23: the credit printed under the picture agrees with its IPTC Credit Line; a Credit Line longer than
 * the old IIM field is noted.
 */
export const creditMismatch: Rule = {
  id: 'credit-mismatch',
  severity: 'warning',
  run(ctx) {
    const out: Finding[] = []
    for (const cap of ctx.article.captions) {
      if (!cap.creditLine) continue
      const span = { start: cap.start, end: cap.end }
      if (cap.credit) {
        const a = parsePhotoCredit(cap.credit)
        const b = parsePhotoCredit(cap.creditLine)
        const samePhotographer = !a.photographer || !b.photographer || key(a.photographer) === key(b.photographer)
        const sameSource = key(a.distributor) === key(b.distributor) || key(cap.credit) === key(cap.creditLine)
        if (!samePhotographer || !sameSource) {
          out.push(
            finding(this, ctx, span, {
              label: 'Caption credit and Credit Line differ',
              words: cap.credit,
              detail: `the picture's IPTC Credit Line says "${cap.creditLine}"`,
              fix: 'Make them agree: fix the caption or the Credit Line, never the Creator field.',
            }),
          )
        }
      }
      if (cap.creditLine.length > IIM_LIMIT) {
        out.push(
          finding(this, ctx, span, {
            label: 'Credit Line too long for IIM',
            words: cap.creditLine,
            detail: `${cap.creditLine.length} characters; the old IIM field holds ${IIM_LIMIT} and will cut it`,
            fix: 'Shorten it if the picture goes to IIM-only systems.',
            severity: 'info',
          }),
        )
      }
    }
    return out
  },
}
