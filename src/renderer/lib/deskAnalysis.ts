import type { Analysis } from '../../core/analysis/types'

/**
 * What the desk uses of an analysis: the people and the findings. The rest (quotes, claims, reported speech) is
 * as big again and became suggestions when the story was first opened; the window's thread would only decode it.
 */
export type DeskAnalysis = Pick<Analysis, 'people' | 'findings'>

/** The desk's part of an analysis. */
export const deskPart = (a: DeskAnalysis): DeskAnalysis => ({ people: a.people, findings: a.findings })
