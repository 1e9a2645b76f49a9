/**
 * Counts the characters regular expressions read while `fn` runs: for each exec (which test, match, replace and
 * split go through while exec is patched), from where the search starts to the end of the match, or to the end of
 * the text when it fails; a sticky search or one anchored at the start ("^…", not multiline) that fails counts one. A machine-independent measure of how much text is
 * searched, for tests that prove an analysis does not search a long text once per word of it (no timing involved).
 * It does not see backtracking inside one search.
 */
export function regexWork<T>(fn: () => T): { work: number; result: T } {
  let work = 0
  const proto = RegExp.prototype
  const exec = Object.getOwnPropertyDescriptor(proto, 'exec')!
  const orig = proto.exec
  Object.defineProperty(proto, 'exec', {
    ...exec,
    value: function (this: RegExp, s: string) {
      const from = this.global || this.sticky ? this.lastIndex : 0
      const m = orig.call(this, s)
      if (m) work += m.index + m[0].length - from + 1
      else work += this.sticky || anchored(this) ? 1 : Math.max(1, String(s).length - from)
      return m
    },
  })
  try {
    const result = fn()
    return { work, result }
  } finally {
    Object.defineProperty(proto, 'exec', exec)
  }
}

/** Whether every alternative of the pattern starts at the text's start: "^…" without the m flag and no top-level "|". */
function anchored(re: RegExp): boolean {
  if (re.multiline || !re.source.startsWith('^')) return false
  let depth = 0
  let inClass = false
  for (let i = 0; i < re.source.length; i++) {
    const c = re.source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) return false
  }
  return true
}
