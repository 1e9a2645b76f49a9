import { describe, expect, it } from 'vitest'
import { analyze } from '../core/analysis/analyze'
import { ImportError, importText } from '../core/import/index'
import { ACTIVE_TRACES, HOSTILE_CASES } from './hostileCases'

// The importers' half of "hostile content": scripts, handlers, javascript: links, remote images and CSS are
// dropped, the story's own words are kept, and a __proto__ key pollutes nothing. (The e2e half, e2e/hostile.spec.ts,
// opens the same stories in the app and checks that nothing runs and nothing is fetched.)

describe('hostile content in every route into the library', () => {
  for (const c of HOSTILE_CASES) {
    it(`${c.what} (${c.name}): active content gone, text kept`, () => {
      const { articles } = importText(c.text, c.name)
      expect(articles).toHaveLength(1)
      const a = articles[0]
      if (!a) return
      for (const words of c.kept) expect(a.text).toContain(words)
      const everything = JSON.stringify(a)
      for (const trace of ACTIVE_TRACES) expect(everything, String(trace)).not.toMatch(trace)
      // The analysis works on the plain text like any other story.
      expect(() => analyze(a)).not.toThrow()
    })
  }

  it('a __proto__ key in a ninjs item changes no prototype', () => {
    const c = HOSTILE_CASES.find((x) => x.name.endsWith('.json'))
    expect(c?.text).toContain('"__proto__":{"polluted":true}')
    importText(c?.text ?? '', 'proto.json')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})

describe('inputs the fuzzer found', () => {
  it('100,000 unclosed JSON brackets give an ImportError, not a stack overflow', () => {
    for (const open of ['[', '{"a":']) {
      let error: unknown
      try {
        importText(`{"uri":"x","body_html":${open.repeat(100_000)}`, 'deep.json')
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(ImportError)
      // A masked crash keeps the stack of the RangeError it wraps; a real refusal is an ImportError from the start.
      expect((error as Error).stack?.split('\n')[0]).toMatch(/^ImportError/)
      expect((error as Error).message).not.toMatch(/call stack/i)
    }
  })
})
