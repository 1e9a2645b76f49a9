/** See claimsScore.mjs: the labelled claim sentences (eval/claims/labels.tsv) and their scoring. */
export interface LabelledSentence {
  split: 'dev' | 'check'
  article: string
  sentence: number
  label: 'CFS' | 'UFS' | 'NFS'
  kind: string
  attribution: '' | 'attributed' | 'quoted' | 'reporter'
  text: string
}
interface Spanned {
  start: number
  end: number
}
export interface ScoredSentence extends LabelledSentence {
  claims: Spanned[]
  findings: Spanned[]
}
export interface Score {
  predicted: number
  gold: number
  tp: number
  precision: number
  recall: number
  f1: number
}
export function loadLabels(root: string): LabelledSentence[]
export function storyText(fixtures: string, article: string): string
export function sentencesWithPredictions(
  rows: readonly LabelledSentence[],
  text: string,
  analysis: { claims: readonly Spanned[]; findings: readonly (Spanned & { rule: string })[] },
): ScoredSentence[]
export function isClaim(r: LabelledSentence): boolean
export function isUnsourced(r: LabelledSentence): boolean
export function score(rows: readonly ScoredSentence[], predicted: (r: ScoredSentence) => readonly unknown[], positive: (r: ScoredSentence) => boolean): Score
export function scoreSplit(rows: readonly ScoredSentence[]): { claims: Score; findings: Score }
