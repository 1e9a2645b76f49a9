/**
 * Counts the elements that array scans visit while `fn` runs: every callback call of some/every/find/findIndex/
 * filter/map/forEach/reduce, and every element indexOf/includes/lastIndexOf compares. A machine-independent measure
 * of work, for tests that prove a function's work grows linearly with its input (no timing involved).
 */
export function arrayWork<T>(fn: () => T): { work: number; result: T } {
  let work = 0
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
  const callbacks = ['some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'filter', 'map', 'forEach', 'reduce', 'flatMap']
  const scans = ['indexOf', 'includes', 'lastIndexOf']
  const saved = new Map<string, (...args: unknown[]) => unknown>()
  for (const name of callbacks) {
    const orig = proto[name]!
    saved.set(name, orig)
    proto[name] = function (this: unknown[], cb: unknown, ...rest: unknown[]) {
      if (typeof cb !== 'function') return orig.call(this, cb, ...rest)
      const counted = function (this: unknown, ...a: unknown[]) {
        work++
        return (cb as (...x: unknown[]) => unknown).apply(this, a)
      }
      return orig.call(this, counted, ...rest)
    }
  }
  for (const name of scans) {
    const orig = proto[name]!
    saved.set(name, orig)
    proto[name] = function (this: unknown[], ...a: unknown[]) {
      const r = orig.apply(this, a)
      work += name === 'indexOf' && typeof r === 'number' && r >= 0 ? r + 1 : this.length
      return r
    }
  }
  try {
    const result = fn()
    return { work, result }
  } finally {
    for (const [name, orig] of saved) proto[name] = orig
  }
}
