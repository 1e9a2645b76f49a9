import type { Person } from '../../../core/analysis/types'
import type { ReviewFinding } from '../../../core/annotation/review'
import type { Annotation } from '../../../core/annotation/types'
import { sameItems } from '../../store/select'

// What the desk's panels show of the store, and when two of those are the same on screen: typing moves records
// and findings (their offsets), and a panel that showed no offset need not re-render for that.

/** Equal as the card shows them: a move (start, end, anchor, the selector's context) changes nothing on the card. */
export function sameOnCard(a: Annotation | null, b: Annotation | null): boolean {
  if (!a || !b) return a === b
  const keys = Object.keys(a) as (keyof Annotation)[]
  if (keys.length !== Object.keys(b).length) return false
  for (const k of keys) {
    if (k === 'start' || k === 'end' || k === 'anchor' || k === 'selector') continue
    if (a[k] !== b[k]) return false
  }
  return a.selector.exact === b.selector.exact
}

/** Equal as the checks panel lists them: rule, severity, message and dismissal key, in the same order. */
export const sameFindingsShown = (a: readonly ReviewFinding[], b: readonly ReviewFinding[]): boolean =>
  sameItems(a, b, (x, y) => x.key === y.key && x.rule === y.rule && x.severity === y.severity && x.message === y.message)

/** The names of the people an analysis found, unnamed sources left out (the speaker picker's choices). */
export const namedPeople = (people: readonly Person[] | undefined): string[] =>
  (people ?? []).filter((p) => p.kind !== 'unnamed').map((p) => p.name)

/** Equal lists of strings. */
export const sameStrings = (a: readonly string[], b: readonly string[]): boolean => sameItems(a, b, (x, y) => x === y)

/** A function of one argument that recomputes only when the argument is a different object than last time. */
export function lastOf<A, R>(fn: (arg: A) => R): (arg: A) => R {
  let last: { arg: A; value: R } | null = null
  return (arg) => {
    if (last === null || last.arg !== arg) last = { arg, value: fn(arg) }
    return last.value
  }
}

/** Equal lists of annotations as a list shows them: id, kind, speaker, words and note, in the same order. */
export const sameAnnotationsShown = (a: readonly Annotation[], b: readonly Annotation[]): boolean =>
  sameItems(a, b, (x, y) => x.id === y.id && x.kind === y.kind && x.speaker === y.speaker && x.selector.exact === y.selector.exact && x.note === y.note)
