/**
 * Word-level text diff (Myers' O(ND) algorithm over word, space and punctuation tokens) and the offset map
 * from an old text to a new one that it gives. Pure. Offsets are UTF-16 code units, half-open.
 */

export type DiffOp = 'equal' | 'insert' | 'delete'

export interface DiffSegment {
  op: DiffOp
  /** The segment's text: from the old text for equal and delete, from the new one for insert */
  text: string
  oldStart: number
  oldEnd: number
  newStart: number
  newEnd: number
}

const TOKEN = /\s+|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu

/** The start offsets of the text's tokens: runs of letters/digits, runs of white space, single other marks. */
export function tokenStarts(text: string): number[] {
  const starts: number[] = []
  for (const m of text.matchAll(TOKEN)) starts.push(m.index)
  return starts
}

/** Beyond this many token edits the middle of the two texts is reported as one replacement. */
export const MAX_EDITS = 2500

/**
 * The word diff of two texts: segments in order that rebuild `oldText` from the equal and delete segments and
 * `newText` from the equal and insert segments. A delete next to an insert is a replacement. When the texts
 * differ in more than MAX_EDITS tokens, the differing middle is one delete and one insert.
 */
export function diffWords(oldText: string, newText: string): DiffSegment[] {
  const oa = tokenStarts(oldText)
  const na = tokenStarts(newText)
  const ids = new Map<string, number>()
  const idsOf = (text: string, starts: number[]) => {
    const out = new Int32Array(starts.length)
    for (let i = 0; i < starts.length; i++) {
      const t = text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length)
      let id = ids.get(t)
      if (id === undefined) {
        id = ids.size
        ids.set(t, id)
      }
      out[i] = id
    }
    return out
  }
  const A = idsOf(oldText, oa)
  const B = idsOf(newText, na)
  const oOff = (i: number) => (i < oa.length ? (oa[i] as number) : oldText.length)
  const nOff = (i: number) => (i < na.length ? (na[i] as number) : newText.length)

  // Token-level edit script as [op, tokens] runs, built from the common ends and the Myers middle.
  let pre = 0
  while (pre < A.length && pre < B.length && A[pre] === B[pre]) pre++
  let suf = 0
  while (suf < A.length - pre && suf < B.length - pre && A[A.length - 1 - suf] === B[B.length - 1 - suf]) suf++
  const middle = myers(A.subarray(pre, A.length - suf), B.subarray(pre, B.length - suf))

  const segments: DiffSegment[] = []
  let x = 0
  let y = 0
  const push = (op: DiffOp, ox: number, oy: number, nx: number, ny: number) => {
    if (ox === nx && oy === ny) return
    const oldStart = oOff(ox)
    const oldEnd = oOff(nx)
    const newStart = nOff(oy)
    const newEnd = nOff(ny)
    const text = op === 'insert' ? newText.slice(newStart, newEnd) : oldText.slice(oldStart, oldEnd)
    const last = segments[segments.length - 1]
    if (last && last.op === op) {
      last.oldEnd = oldEnd
      last.newEnd = newEnd
      last.text += text
      return
    }
    segments.push({ op, text, oldStart, oldEnd, newStart, newEnd })
  }
  push('equal', 0, 0, pre, pre)
  x = pre
  y = pre
  for (const [op, count] of middle) {
    if (op === 'equal') {
      push('equal', x, y, x + count, y + count)
      x += count
      y += count
    } else if (op === 'delete') {
      push('delete', x, y, x + count, y)
      x += count
    } else {
      push('insert', x, y, x, y + count)
      y += count
    }
  }
  push('equal', x, y, A.length, B.length)
  return segments
}

/** Myers' greedy shortest edit script between two id sequences, as runs of [op, token count]. */
function myers(A: Int32Array, B: Int32Array): [DiffOp, number][] {
  const n = A.length
  const m = B.length
  if (n === 0 && m === 0) return []
  if (n === 0) return [['insert', m]]
  if (m === 0) return [['delete', n]]
  const max = Math.min(n + m, MAX_EDITS)
  const off = max + 1
  const V = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  let found = false
  outer: for (let d = 0; d <= max; d++) {
    trace.push(V.slice(off - d - 1, off + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (V[off + k - 1] as number) < (V[off + k + 1] as number)) ? (V[off + k + 1] as number) : (V[off + k - 1] as number) + 1
      let y = x - k
      while (x < n && y < m && A[x] === B[y]) {
        x++
        y++
      }
      V[off + k] = x
      if (x >= n && y >= m) {
        found = true
        break outer
      }
    }
  }
  if (!found) return [['delete', n], ['insert', m]]

  const runs: [DiffOp, number][] = []
  const add = (op: DiffOp, count: number) => {
    if (count <= 0) return
    const last = runs[runs.length - 1]
    if (last && last[0] === op) last[1] += count
    else runs.push([op, count])
  }
  let x = n
  let y = m
  for (let d = trace.length - 1; d >= 0; d--) {
    if (d === 0) {
      add('equal', x)
      break
    }
    const v = trace[d] as Int32Array
    const at = (k: number) => v[k + d + 1] as number
    const k = x - y
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1))
    const prevK = down ? k + 1 : k - 1
    const prevX = at(prevK)
    const prevY = prevX - prevK
    // Walking backwards: the diagonal run after the edit, then the one-token edit itself.
    add('equal', x - (down ? prevX : prevX + 1))
    add(down ? 'insert' : 'delete', 1)
    x = prevX
    y = prevY
  }
  return runs.reverse()
}

/** Maps offsets of the old text to the new one: exact inside unchanged text, else the start of the replacement. */
export function offsetMap(segments: readonly DiffSegment[]): (oldOffset: number) => number {
  const equal = segments.filter((s) => s.op === 'equal')
  return (o: number) => {
    let lo = 0
    let hi = equal.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if ((equal[mid] as DiffSegment).oldStart <= o) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (found < 0) return 0
    const s = equal[found] as DiffSegment
    return o <= s.oldEnd ? s.newStart + (o - s.oldStart) : s.newEnd
  }
}
