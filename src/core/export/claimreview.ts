import type { Annotation, ClaimStatus } from '../annotation/types'
import { exportedAnnotations, type ReportModel } from './model'
import type { ExportInput } from './types'
import { storySourceIri } from './w3c'

/** The rating for each reviewed status on a 1 (false) to 5 (true) scale; unverified claims are not reviewed. */
export const CLAIM_RATING: Record<Exclude<ClaimStatus, 'unverified'>, { value: number; name: string }> = {
  false: { value: 1, name: 'False' },
  disputed: { value: 2, name: 'Disputed' },
  opinion: { value: 3, name: 'Opinion (not a checkable fact)' },
  verified: { value: 5, name: 'True' },
}

/** FNV-1a, 64-bit, hex: a short stable digest for ids (not for security). */
export function stableHash(s: string): string {
  let h = 0xcbf29ce484222325n
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i))
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return h.toString(16).padStart(16, '0')
}

/**
 * The @id of a claim: the story and the claim's words (case and spacing aside), so re-exporting, or a
 * new version that keeps the sentence, gives the same id.
 */
export function claimIri(storyId: string, claimText: string): string {
  const norm = claimText.toLowerCase().replace(/\s+/g, ' ').trim()
  return `urn:wiremark:claim:${encodeURIComponent(storyId)}:${stableHash(norm)}`
}

function isReviewed(a: Annotation): a is Annotation & { status: Exclude<ClaimStatus, 'unverified'> } {
  return a.kind === 'claim' && a.status !== null && a.status in CLAIM_RATING
}

/**
 * schema.org ClaimReview JSON-LD: one ClaimReview per claim whose status is verified, disputed, false or opinion
 * (rejected claims are none). The reviewer is the checker; `creativeWorkStatus` is the story's review state, so a
 * review from a story not yet checked reads as such.
 */
export function renderClaimReview(input: ExportInput, m: ReportModel): string {
  const { article, meta } = input
  const source = storySourceIri(meta.storyId, meta.version)
  const appearance: Record<string, unknown> = {
    '@type': 'NewsArticle',
    '@id': source,
    headline: article.headline ?? undefined,
    datePublished: article.created ?? undefined,
    publisher: article.source ? { '@type': 'Organization', name: article.source } : undefined,
    author: article.bylines.length ? article.bylines.map((b) => ({ '@type': 'Person', name: b })) : undefined,
  }
  const graph = exportedAnnotations(input.annotations)
    .filter(isReviewed)
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))
    .map((a) => {
      const rating = CLAIM_RATING[a.status]
      const claimAuthor = a.speaker
        ? { '@type': 'Person', name: a.speaker }
        : article.source
          ? { '@type': 'Organization', name: article.source }
          : undefined
      const reviewer = meta.checkedBy ?? (a.origin === 'editor' ? a.author : null)
      return {
        '@type': 'ClaimReview',
        '@id': `${claimIri(meta.storyId, a.selector.exact)}:review`,
        datePublished: (meta.checkedAt ?? a.updatedAt).slice(0, 10),
        creativeWorkStatus: m.review.label,
        author: reviewer ? { '@type': 'Person', name: reviewer } : { '@type': 'Organization', name: 'Wiremark user' },
        claimReviewed: a.selector.exact,
        reviewBody: a.note ?? undefined,
        citation: a.evidence.length ? a.evidence : undefined,
        itemReviewed: {
          '@type': 'Claim',
          '@id': claimIri(meta.storyId, a.selector.exact),
          author: claimAuthor,
          datePublished: article.created ?? undefined,
          appearance,
          firstAppearance: appearance,
        },
        reviewRating: {
          '@type': 'Rating',
          ratingValue: rating.value,
          bestRating: 5,
          worstRating: 1,
          alternateName: rating.name,
        },
      }
    })
  // JSON.stringify drops the undefined fields, so absent facts are absent rather than null.
  return `${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2)}\n`
}
