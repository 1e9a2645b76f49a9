import { describe, expect, it } from 'vitest'
import { analyze } from '../core/analysis/analyze'
import { importText } from '../core/import/index'
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
