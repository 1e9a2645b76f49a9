import type { AnnotationKind } from './types'

/**
 * One colour per kind, for the desk and every report, so that a legend means the same everywhere.
 * `base` marks on screen (underlines, borders; `dark` is its dark-mode twin); `tint` is a highlight light enough
 * to read black text on, and distinct in print. The desk's CSS variables `--k-<kind>` hold the same values
 * (a test compares them). No kind is red: editors read red as a spelling error.
 */
export const KIND_PALETTE: Record<AnnotationKind, { base: string; dark: string; tint: string }> = {
  quote: { base: '#e0a800', dark: '#d4a72c', tint: '#fde68a' },
  speaker: { base: '#7c3aed', dark: '#a78bfa', tint: '#e9d5ff' },
  claim: { base: '#2563eb', dark: '#60a5fa', tint: '#bfdbfe' },
  credit: { base: '#16a34a', dark: '#4ade80', tint: '#bbf7d0' },
  note: { base: '#64748b', dark: '#94a3b8', tint: '#e2e8f0' },
}
