import { useRef } from 'react'
import { useStore, type StoreState } from './index'

/**
 * useStore with the caller's equality: the value last returned is kept while `equal` holds, so the component
 * re-renders only when what it shows changed (useShallow does the same with a shallow comparison). Every React
 * commit while the story has the focus walks the editor's whole DOM (React saves the selection), so a panel that
 * re-renders because records moved under the cursor costs a keystroke's time.
 */
export function useStoreWith<T>(selector: (s: StoreState) => T, equal: (a: T, b: T) => boolean): T {
  const last = useRef<{ value: T } | null>(null)
  return useStore((s) => {
    const next = selector(s)
    const prev = last.current
    if (prev && (Object.is(prev.value, next) || equal(prev.value, next))) return prev.value
    last.current = { value: next }
    return next
  })
}

/** Whether two lists hold equal items, in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (!equal(a[i] as T, b[i] as T)) return false
  return true
}
