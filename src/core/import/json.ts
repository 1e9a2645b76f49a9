import { ImportError } from './errors'

/** A JSON object read from untrusted input. */
export type JsonObject = { [key: string]: unknown }

// Keys that can reach Object.prototype when a parsed object is later merged or assigned.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function lineCol(text: string, pos: number): string {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return `line ${line}, column ${pos - lineStart + 1}`
}

/**
 * Offset of the first syntax error in `s` (only called once JSON.parse has failed; some engines do not
 * say where). A small recursive-descent checker with an explicit stack, so depth cannot overflow it.
 */
function syntaxErrorOffset(s: string): number {
  let i = 0
  const ws = (): void => {
    while (i < s.length && ' \t\n\r'.includes(s[i] as string)) i++
  }
  const stack: string[] = []
  // Iterative: an opening bracket loops on to the first member instead of recursing (the fuzzer found
  // a stack overflow on 100,000 unclosed brackets).
  const value = (): boolean => {
    for (;;) {
      ws()
      const c = s[i]
      if (c === '{' || c === '[') {
        stack.push(c === '{' ? '}' : ']')
        i++
        ws()
        if (s[i] === stack[stack.length - 1]) {
          stack.pop()
          i++
          return true
        }
        if (c === '{' && !keyColon()) return false
        continue
      }
      if (c === '"') return string()
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|^true|^false|^null/.exec(s.slice(i, i + 400))
      if (!m) return false
      i += m[0].length
      return true
    }
  }
  const string = (): boolean => {
    i++
    while (i < s.length) {
      const c = s.charCodeAt(i)
      if (c === 34) {
        i++
        return true
      }
      if (c < 32) return false
      if (c === 92) {
        const e = s[i + 1] ?? ''
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return false
          i += 6
        } else if ('"\\/bfnrt'.includes(e) && e) i += 2
        else return false
      } else i++
    }
    return false
  }
  const keyColon = (): boolean => {
    ws()
    if (s[i] !== '"' || !string()) return false
    ws()
    if (s[i] !== ':') return false
    i++
    return true
  }
  const key = (): boolean => keyColon() && value()
  if (!value()) return i
  for (;;) {
    ws()
    const close = stack[stack.length - 1]
    if (!close) return i < s.length ? i : s.length
    if (s[i] === close) {
      stack.pop()
      i++
      continue
    }
    if (s[i] !== ',') return i
    i++
    if (!(close === '}' ? key() : value())) return i
  }
}

/**
 * Parses untrusted JSON. Guarantees: invalid JSON gives ImportError('malformed') naming the position;
 * no object in the result has a `__proto__`, `constructor` or `prototype` key, so later merges cannot
 * pollute prototypes.
 */
export function parseJsonSafe(text: string, file?: string): unknown {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (src.trim() === '') throw new ImportError('empty', 'the JSON input is empty', file)
  try {
    // Returning undefined from a reviver deletes the key from its holder.
    return JSON.parse(src, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value))
  } catch (e) {
    if (e instanceof SyntaxError) {
      const m = /position (\d+)/.exec(e.message)
      const pos = m?.[1] ? Number(m[1]) : syntaxErrorOffset(src)
      const detail = e.message.replace(/,? ".*" is not valid JSON$/s, '')
      throw new ImportError('malformed', `invalid JSON at ${lineCol(src, pos)}: ${detail}`, file)
    }
    // Pathologically deep nesting overflows the stack of the reviver.
    if (e instanceof RangeError) throw new ImportError('malformed', `JSON nested too deeply: ${e.message}`, file)
    throw e
  }
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** The array at `v`, or an empty array when `v` is anything else. */
export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : []
}

/** The objects in the array at `v` (other entries skipped). */
export function objects(v: unknown): JsonObject[] {
  return asArray(v).filter(isObject)
}

/** The first of `keys` whose value is a non-blank string (numbers are turned into strings), or null. */
export function str(o: JsonObject | null | undefined, ...keys: string[]): string | null {
  if (!o) return null
  for (const k of keys) {
    if (!Object.prototype.hasOwnProperty.call(o, k)) continue
    const v = o[k]
    if (typeof v === 'string' && v.trim() !== '') return v
    if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  }
  return null
}

/** The first of `keys` whose value is an object, or null. */
export function obj(o: JsonObject | null | undefined, ...keys: string[]): JsonObject | null {
  if (!o) return null
  for (const k of keys) {
    if (!Object.prototype.hasOwnProperty.call(o, k)) continue
    const v = o[k]
    if (isObject(v)) return v
  }
  return null
}

/** The first of `keys` whose value is an array, or an empty array. */
export function arr(o: JsonObject | null | undefined, ...keys: string[]): unknown[] {
  if (!o) return []
  for (const k of keys) {
    if (Object.prototype.hasOwnProperty.call(o, k) && Array.isArray(o[k])) return o[k] as unknown[]
  }
  return []
}

/** True when the text starts like a JSON object (after a BOM and whitespace). */
export function startsLikeJsonObject(text: string): boolean {
  return /^\ufeff?\s*\{/.test(text.slice(0, 256))
}

/** Top-level keys seen in the first `limit` characters, found without parsing (cheap format sniffing). */
export function jsonKeysNear(text: string, limit = 8192): Set<string> {
  const keys = new Set<string>()
  const head = text.slice(0, limit)
  const re = /"([A-Za-z_$][\w$.:-]{0,40})"\s*:/g
  for (let m = re.exec(head); m; m = re.exec(head)) keys.add(m[1] as string)
  return keys
}
