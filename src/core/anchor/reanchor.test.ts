import { describe, expect, it } from 'vitest'
import { readFixture } from '../../test/fixtures'
import { textQuote } from '../annotation/review'
import { importBytes } from '../import/index'
import { similarity } from './approx'
import { MIN_SCORE, reanchor, reanchorAll, type AnchorInput } from './reanchor'
import { editWords, seeded, spreadAnnotations } from './testing'

const at = (text: string, exact: string, id = exact, nth = 0): AnchorInput => {
  let start = -1
  for (let i = 0; i <= nth; i++) start = text.indexOf(exact, start + 1)
  if (start < 0) throw new Error(`not in text: ${exact}`)
  return { id, start, end: start + exact.length, selector: textQuote(text, start, start + exact.length) }
}

const load = (rel: string) => {
  const { articles } = importBytes(readFixture(rel), rel)
  return articles[0]!
}

describe('reanchorAll', () => {
  const old = 'MINSK (Reuters) - "We will not give up," Lukashenko said on Monday. Putin said talks would go on. The talks ended.'

  it('keeps an unchanged position exact and finds a shifted quote as moved', () => {
    const next = 'MINSK (Reuters) - Belarus said: "We will not give up," Lukashenko said on Monday. Putin said talks would go on. The talks ended.'
    const [a, b] = reanchorAll(old, old, [at(old, 'We will not give up')])
    expect(a).toMatchObject({ state: 'exact', start: old.indexOf('We will') })
    expect(b).toBeUndefined()
    expect(reanchorAll(old, 'Belarus: ' + old, [])).toEqual([])
    const [m] = reanchorAll(old, next, [at(old, 'We will not give up')])
    expect(m).toMatchObject({ state: 'moved', start: next.indexOf('We will') })
    expect(next.slice(m!.start, m!.end)).toBe('We will not give up')
  })

  it('marks a reworded quote changed and places it on the new words', () => {
    const next = old.replace('We will not give up', 'We shall never give up')
    const [c] = reanchorAll(old, next, [at(old, 'We will not give up')])
    expect(c!.state).toBe('changed')
    expect(next.slice(c!.start, c!.end)).toBe('We shall never give up')
    expect(c!.selector.exact).toBe('We shall never give up')
  })

  it('keeps an annotation whose text was removed as an orphan with its old quote', () => {
    const next = old.replace(' Putin said talks would go on.', '')
    const [o, kept] = reanchorAll(old, next, [at(old, 'Putin said talks would go on'), at(old, 'The talks ended')])
    expect(o).toMatchObject({ state: 'orphaned', selector: { exact: 'Putin said talks would go on' } })
    expect(o!.start).toBe(o!.end)
    expect(o!.start).toBeLessThanOrEqual(next.length)
    expect(kept).toMatchObject({ state: 'moved', start: next.indexOf('The talks ended') })
  })

  it('picks the copy of a repeated quote whose context matches', () => {
    const text = 'He said "yes" to Paris. Later he said "yes" to Berlin.'
    const next = 'First, ' + text
    const [r] = reanchorAll(text, next, [at(text, 'yes', 'y', 1)])
    expect(next.slice(r!.start - 10, r!.end + 12)).toContain('Berlin')
    expect(r!.state).toBe('moved')
  })

  it('does not jump to an exact copy of a reworded quote far away in another context', () => {
    const filler = 'Markets were calm and trade went on as usual across the region during the week. '.repeat(3)
    const table = '\n\nResults: 10-7, 21-14, 3-0, 17-10, 8-8, 12-11, 45-44; we stay put; 99-98, 61-60, 2-1, 30-29, 14-13.'
    const before = 'In Minsk on Monday, the foreign minister said "we stay put" at noon, and left. ' + filler + table
    const after = before.replace('"we stay put"', '"we shall all leave soon"')
    const copy = after.lastIndexOf('we stay put')
    expect(copy - after.indexOf('we shall')).toBeGreaterThan(300)
    const [r] = reanchorAll(before, after, [at(before, 'we stay put')])
    expect(r).toMatchObject({ state: 'orphaned', selector: { exact: 'we stay put' }, score: 0 })
    // Kept where the old quote stood, not at the copy in the results table.
    expect(r!.start).toBe(before.indexOf('we stay put'))
    expect(r!.end).toBe(r!.start)
  })

  it('follows the diff to the right copy of a repeated sentence when text is inserted before it', () => {
    const S = 'Officials said "we go on" at the border. '
    const before = 'Talks opened in Minsk on Monday. ' + S + S + 'The talks ended late.'
    const second = before.lastIndexOf('we go on')
    // An insertion exactly as long as the gap between the copies puts the first copy where the second was.
    const gap = second - before.indexOf('we go on')
    const inserted = 'Belarus and Russia met again this week in a hall, once more. '.slice(0, gap - 1) + ' '
    const after = inserted + before
    expect(after.startsWith('we go on', second)).toBe(true)
    const [r] = reanchorAll(before, after, [at(before, 'we go on', 'second', 1)])
    expect(r).toMatchObject({ state: 'moved', start: second + gap, end: second + gap + 'we go on'.length, score: 1 })
  })

  it('places an empty range where the diff says its spot went: exact when unmoved, moved when not', () => {
    const empty = { id: 'e', start: 5, end: 5, selector: { exact: '', prefix: 'MINSK', suffix: ' (Reu' } }
    expect(reanchorAll(old, old, [empty])[0]).toMatchObject({ state: 'exact', start: 5, end: 5, score: 1 })
    expect(reanchorAll(old, 'Belarus: ' + old, [empty])[0]).toMatchObject({ state: 'moved', start: 14, end: 14, score: 1 })
  })

  it('follows a long quote that is the only copy to a new paragraph far away', () => {
    const filler = 'Markets were calm and trade went on as usual across the region during the week. '.repeat(3)
    const quote = 'the budget would be cut by four percent'
    const before = 'In London the minister said ' + quote + ' next year. ' + filler
    const after = 'In London the minister spoke. ' + filler + 'Later, reading from notes: ' + quote + '; nothing else.'
    const [r] = reanchorAll(before, after, [at(before, quote)])
    expect(r).toMatchObject({ state: 'moved', start: after.indexOf(quote), end: after.indexOf(quote) + quote.length })
    expect(r!.score).toBeGreaterThan(0.6)
    expect(r!.score).toBeLessThan(1)
  })

  it('takes a short quote with an edit only where its context agrees', () => {
    const before = 'The striker said "we won" after the final whistle.'
    const typo = 'The striker said "we wan" after the final whistle.'
    const [c] = reanchorAll(before, typo, [at(before, 'we won')])
    expect(c).toMatchObject({ state: 'changed', start: 18, end: 24, selector: { exact: 'we wan' } })
    const elsewhere = 'Totally other words here, and we wan appears but nothing else matches at all.'
    const [o] = reanchorAll(before, elsewhere, [at(before, 'we won')])
    expect(o).toMatchObject({ state: 'orphaned', score: 0, selector: { exact: 'we won', prefix: 'The striker said "' } })
    expect(o!.end).toBe(o!.start)
  })

  it('orphans a one-character quote that is gone (no edit is allowed on it), and keeps an orphan inside the text', () => {
    expect(reanchorAll('a X b', 'a b', [at('a X b', 'X')])[0]).toMatchObject({ state: 'orphaned', start: 2, end: 2, selector: { exact: 'X' } })
    const far = reanchor('short', { id: 'h', start: 50, end: 55, selector: { exact: 'zzzzz', prefix: '', suffix: '' } }, 50)
    expect(far).toMatchObject({ state: 'orphaned', start: 5, end: 5 })
  })

  it('carries 2,000 annotations over a 20,000-word text with 3% of words changed, dropping none', () => {
    const random = seeded(42)
    const { articles } = importBytes(readFixture('reuters-21578/reut2-000.sgm'), 'reut2-000.sgm')
    const paragraphs = articles.flatMap((a) => a.paragraphs)
    let text = ''
    for (let i = 0, words = 0; words < 20_000; i++) {
      const p = paragraphs[i % paragraphs.length]!
      text += p + '\n\n'
      words += p.split(/\s+/).length
    }
    const items = spreadAnnotations(text, 2000, random)
    const next = editWords(text, 0.03, random)
    const out = reanchorAll(text, next, items)
    expect(out).toHaveLength(2000)
    expect(out.map((r) => r.id)).toEqual(items.map((i) => i.id))
    const counts = { exact: 0, moved: 0, changed: 0, orphaned: 0 }
    out.forEach((r, i) => {
      counts[r.state]++
      const was = items[i]!.selector.exact
      if (r.state === 'exact' || r.state === 'moved') expect(next.slice(r.start, r.end)).toBe(was)
      if (r.state === 'changed') expect(similarity(was, next.slice(r.start, r.end))).toBeGreaterThanOrEqual(0.5)
      if (r.state === 'orphaned') expect(r.selector.exact).toBe(was)
    })
    // Most quotes do not touch an edited word; nearly all the rest are found as changed.
    expect(counts.moved + counts.exact).toBeGreaterThan(1200)
    expect(counts.changed).toBeGreaterThan(100)
    expect(counts.orphaned).toBeLessThan(40)
  })

  it('carries annotations across the real STT NewsML-G2 versions (headline dropped in the later one)', () => {
    const a = load('superdesk-core-io-fixtures/fixtures/stt_newsml_test.xml')
    const b = load('superdesk-core-io-fixtures/fixtures/stt_newsml_test_no_hl.xml')
    expect(a.agencyId).toBe(b.agencyId)
    const sentences = a.paragraphs.slice(0, 6).map((p, i) => at(a.text, p.slice(0, Math.min(p.length, 60)), `p${i}`))
    const head = at(a.text, a.headline!, 'headline')
    const out = reanchorAll(a.text, b.text, [...sentences, head])
    for (const r of out.slice(0, -1)) {
      expect(r.state).toBe('moved')
      expect(b.text.slice(r.start, r.end)).toBe(sentences.find((s) => s.id === r.id)!.selector.exact)
    }
    // The headline is gone from the later version: it is kept as an orphan with its old words, not placed.
    expect(b.text).not.toContain(a.headline!)
    expect(out.at(-1)).toMatchObject({ id: 'headline', state: 'orphaned', score: 0, selector: { exact: a.headline } })
    expect(out.at(-1)!.start).toBe(out.at(-1)!.end)
  })

  it('carries annotations onto an AP ANPA write-through from its earlier take', () => {
    const later = load('superdesk-core-io-fixtures/fixtures/anpa-2.tst')
    // The 1st Ld-Writethru "restores reference in 3rd paragraph"; the earlier take lacks that sentence part.
    const third = later.paragraphs[2]!
    const cut = third.slice(0, Math.floor(third.length / 2))
    const earlier = later.text.replace(third, cut)
    const items = later.paragraphs.slice(3, 9).map((p, i) => at(earlier, p.slice(0, 80), `p${i}`))
    items.push(at(earlier, cut.slice(0, 40), 'third'))
    const out = reanchorAll(earlier, later.text, items)
    for (const r of out) {
      const was = items.find((i) => i.id === r.id)!.selector.exact
      expect(['exact', 'moved']).toContain(r.state)
      expect(later.text.slice(r.start, r.end)).toBe(was)
    }
    expect(out.filter((r) => r.id !== 'third').every((r) => r.state === 'moved')).toBe(true)
  })
})

/**
 * The scoring, thresholds and labels of each step, on synthetic texts: the quote's words among filler that
 * matches nothing ('~'), and selectors written by hand so that the prefix and suffix agree as much as a case needs.
 */
describe('reanchor: how a placement is scored and labelled', () => {
  const fill = (n: number) => '~'.repeat(n)
  const item = (start: number, exact: string, prefix = '', suffix = ''): AnchorInput => ({ id: 'i', start, end: start + exact.length, selector: { exact, prefix, suffix } })
  /** The documented score: quote 50, prefix 20, suffix 20, position 2 (Hypothesis' weights), over their sum. */
  const expected = (quote: number, prefix: number, suffix: number, distance: number, textLength: number) =>
    (50 * quote + 20 * prefix + 20 * suffix + 2 * (1 - distance / textLength)) / 92

  it('scores an exact copy elsewhere by its context and its distance from where the diff says the text went', () => {
    const quote = 'quiet harbour'
    const text = fill(100) + 'PFX:' + quote + ':SFX' + fill(196)
    const r = reanchor(text, item(0, quote, 'PFX:', ':SFX'), 0)
    expect(r).toMatchObject({ state: 'moved', start: 104, end: 117, selector: { exact: quote } })
    expect(r.score).toBeCloseTo(expected(1, 1, 1, 104, text.length), 12)
    // The same copy seen from a hint beyond it: the distance counts either way.
    expect(reanchor(text, item(0, quote, 'PFX:', ':SFX'), 250).score).toBeCloseTo(expected(1, 1, 1, 146, text.length), 12)
  })

  it('takes a copy without context only within 64 characters of the hint (before or after), else orphans it', () => {
    const quote = 'abcdefghij'
    const hint = 200
    for (const d of [64, -64]) {
      const text = fill(hint + d) + quote + fill(400)
      const r = reanchor(text, item(hint, quote, 'zzzz', 'yyyy'), hint)
      expect(r).toMatchObject({ state: 'moved', start: hint + d, end: hint + d + 10 })
      expect(r.score).toBeCloseTo(expected(1, 0, 0, 64, text.length), 12)
    }
    for (const d of [65, -65]) {
      const text = fill(hint + d) + quote + fill(400)
      expect(reanchor(text, item(hint, quote, 'zzzz', 'yyyy'), hint)).toMatchObject({ state: 'orphaned', start: hint, end: hint, score: 0 })
    }
  })

  it('takes a long quote without context within its own length of the hint, when that is more than 64', () => {
    const quote = 'the budget would be cut by four percent next year, the minister said in a statement read out on air.'
    expect(quote.length).toBe(100)
    const hint = 200
    // Two copies, so that "the only copy of a long quote" does not apply; the second is far beyond either.
    const text = (d: number) => fill(hint + d) + quote + fill(500) + quote + fill(100)
    const near = reanchor(text(100), item(hint, quote, 'zzzz', 'yyyy'), hint)
    expect(near).toMatchObject({ state: 'moved', start: hint + 100 })
    expect(near.score).toBeCloseTo(expected(1, 0, 0, 100, text(100).length), 12)
    expect(reanchor(text(101), item(hint, quote, 'zzzz', 'yyyy'), hint)).toMatchObject({ state: 'orphaned', start: hint })
  })

  it('takes a far exact copy whose context half agrees (prefix or suffix), over a near reworded one', () => {
    const quote = 'abcdefghij'
    const hint = 100
    // Near the hint, the quote with its last letter changed and its whole context; 300 on, the exact quote.
    const layout = (before: string, after: string) => fill(96) + 'PFX:' + 'abcdefghiX' + 'SFX!' + fill(282) + before + quote + after + fill(100)
    for (const [before, after] of [['PFX:', '~~~~'], ['~~~~', 'SFX!']] as const) {
      const text = layout(before, after)
      const r = reanchor(text, item(hint, quote, 'PFX:', 'SFX!'), hint)
      expect(r).toMatchObject({ state: 'moved', start: 400, end: 410 })
      expect(r.score).toBeCloseTo(expected(1, before === 'PFX:' ? 1 : 0, after === 'SFX!' ? 1 : 0, 300, text.length), 12)
    }
    // Three of the prefix's four characters right and no suffix (3/8 of the context): the reworded one near the hint.
    const text = layout('PFX.', '~~~~')
    const r = reanchor(text, item(hint, quote, 'PFX:', 'SFX!'), hint)
    expect(r).toMatchObject({ state: 'changed', start: 100, end: 110, selector: { exact: 'abcdefghiX' } })
    expect(r.score).toBeCloseTo(expected(0.9, 1, 1, 0, text.length), 12)
  })

  it('follows the only copy of a quote of 16 characters or more anywhere, without context; not a 15-character one, nor one of two copies', () => {
    const sixteen = 'abcdefghijklmnop'
    const text = fill(100) + fill(300) + sixteen + fill(100)
    const r = reanchor(text, item(100, sixteen, 'zzzz', 'yyyy'), 100)
    expect(r).toMatchObject({ state: 'moved', start: 400, end: 416 })
    expect(r.score).toBeCloseTo(expected(1, 0, 0, 300, text.length), 12)
    const fifteen = sixteen.slice(0, 15)
    expect(reanchor(fill(400) + fifteen + fill(100), item(100, fifteen, 'zzzz', 'yyyy'), 100)).toMatchObject({ state: 'orphaned', start: 100 })
    const two = fill(400) + sixteen + fill(300) + sixteen + fill(100)
    expect(reanchor(two, item(100, sixteen, 'zzzz', 'yyyy'), 100)).toMatchObject({ state: 'orphaned', start: 100 })
  })

  it('calls a copy at the old position exact when its context, not the diff, picks it', () => {
    const quote = 'abcdefghij'
    const text = 'AAAA' + quote + 'BBBB' + fill(50) + 'CCCC' + quote + 'DDDD'
    const hint = text.lastIndexOf(quote)
    // The diff says the old spot went to the second copy; the first copy's context is the quote's.
    const r = reanchor(text, item(4, quote, 'AAAA', 'BBBB'), hint)
    expect(r).toMatchObject({ state: 'exact', start: 4, end: 14 })
    expect(r.score).toBeCloseTo(expected(1, 1, 1, hint - 4, text.length), 12)
    expect(r.score).toBeLessThan(1)
  })

  it('keeps the old position exact (score 1) when the hint points elsewhere but no copy is there', () => {
    const quote = 'abcdefghij'
    const text = fill(20) + quote + fill(60)
    expect(reanchor(text, item(20, quote, 'zzzz', 'yyyy'), 45)).toEqual({ id: 'i', start: 20, end: 30, state: 'exact', selector: { exact: quote, prefix: fill(20), suffix: fill(32) }, score: 1 })
    // The hint on the old position: exact, with score 1 although the words around it changed.
    expect(reanchor(text, item(20, quote, 'zzzz', 'yyyy'), 20)).toMatchObject({ start: 20, end: 30, state: 'exact', score: 1 })
  })

  it('finds an exact copy the first step refused through the fuzzy step when its score is enough: moved, not changed', () => {
    const quote = 'abcdefghij'
    // 300 from the hint, three of the prefix's four characters right, no suffix: context 3/8, under one half.
    const text = fill(396) + 'PFX.' + quote + fill(100)
    const r = reanchor(text, item(100, quote, 'PFX:', 'SFX!'), 100)
    expect(r).toMatchObject({ state: 'moved', start: 400, end: 410, selector: { exact: quote } })
    expect(r.score).toBeCloseTo(expected(1, 0.75, 0, 300, text.length), 12)
  })

  it('takes a reworded quote under 8 characters only when its prefix and suffix together are worth one whole side', () => {
    const quote = 'abcdefg'
    const at = (before: string, after: string) => fill(96) + before + 'abcXefg' + after + fill(100)
    const whole = reanchor(at('PFX:', 'SFX!'), item(100, quote, 'PFX:', 'SFX!'), 100)
    expect(whole).toMatchObject({ state: 'changed', start: 100, end: 107, selector: { exact: 'abcXefg' } })
    expect(whole.score).toBeCloseTo(expected(6 / 7, 1, 1, 0, at('PFX:', 'SFX!').length), 12)
    expect(reanchor(at('PFX:', '~~~~'), item(100, quote, 'PFX:', 'SFX!'), 100)).toMatchObject({ state: 'changed', start: 100 })
    expect(reanchor(at('~~~~', 'SFX!'), item(100, quote, 'PFX:', 'SFX!'), 100)).toMatchObject({ state: 'changed', start: 100 })
    expect(reanchor(at('PFX.', '~~~~'), item(100, quote, 'PFX:', 'SFX!'), 100)).toMatchObject({ state: 'orphaned', start: 100, score: 0 })
    // From 8 characters on, the score alone decides.
    const eight = 'abcdefgh'
    const text = fill(96) + 'PFX.' + 'abcXefgh' + fill(100)
    const r = reanchor(text, item(100, eight, 'PFX:', 'SFX!'), 100)
    expect(r).toMatchObject({ state: 'changed', start: 100, end: 108 })
    expect(r.score).toBeCloseTo(expected(7 / 8, 0.75, 0, 0, text.length), 12)
  })

  it('accepts a reworded quote with half its characters right, not fewer', () => {
    const quote = 'abcdefgh'
    const text = (middle: string) => fill(96) + 'PFX:' + middle + 'SFX!' + fill(100)
    const half = reanchor(text('abWXYZgh'), item(100, quote, 'PFX:', 'SFX!'), 100)
    expect(half).toMatchObject({ state: 'changed', start: 100, end: 108, selector: { exact: 'abWXYZgh' } })
    expect(half.score).toBeCloseTo(expected(0.5, 1, 1, 0, text('abWXYZgh').length), 12)
    expect(reanchor(text('aVWXYZgh'), item(100, quote, 'PFX:', 'SFX!'), 100)).toMatchObject({ state: 'orphaned' })
  })

  it('prefers a reworded quote within its length + 256 characters of the hint, on either side, over a better one further away', () => {
    const quote = 'abcdefghijklmnopqrst'
    const twoEdits = 'abcdefXhijklmnYpqrst'
    const oneEdit = 'abcdefghijXlmnopqrst'
    const slack = quote.length + 256
    const ctx = (w: string) => 'PFX:' + w + 'SFX!'
    const hint = 1000
    // [better one][gap][hint ... local one at offset]
    for (const offset of [-slack, 200, slack, -200]) {
      const local = hint + offset
      const text = fill(100) + ctx(oneEdit) + fill(local - 4 - 128) + ctx(twoEdits) + fill(1500)
      const r = reanchor(text, item(hint, quote, 'PFX:', 'SFX!'), hint)
      expect(r).toMatchObject({ state: 'changed', start: local, end: local + 20, selector: { exact: twoEdits } })
      expect(r.score).toBeCloseTo(expected(0.9, 1, 1, Math.abs(offset), text.length), 12)
    }
    // The better one after the window instead of before it.
    const after = fill(900) + 'PFX:' + twoEdits + 'SFX!' + fill(1000) + 'PFX:' + oneEdit + 'SFX!' + fill(100)
    expect(reanchor(after, item(hint, quote, 'PFX:', 'SFX!'), hint)).toMatchObject({ state: 'changed', start: 904, selector: { exact: twoEdits } })
    // Just beyond the window on either side, the better one further away wins.
    for (const offset of [-slack - 30, slack + 30]) {
      const local = hint + offset
      const text = fill(100) + ctx(oneEdit) + fill(local - 4 - 128) + ctx(twoEdits) + fill(1500)
      expect(reanchor(text, item(hint, quote, 'PFX:', 'SFX!'), hint)).toMatchObject({ state: 'changed', start: 104, selector: { exact: oneEdit } })
    }
  })

  it('between two equally good copies, takes the first', () => {
    const quote = 'abcdefghij'
    const text = fill(110) + quote + fill(170) + quote + fill(110)
    const r = reanchor(text, item(200, quote, '~~~~', '~~~~'), 200)
    expect(r).toMatchObject({ state: 'moved', start: 110 })
    // (each 90 from the hint: the one after it scores the same)
    expect(r.score).toBeCloseTo(expected(1, 1, 1, 90, text.length), 12)
  })

  it('weighs at most 200 copies of a quote', () => {
    // 200 copies without context from the start of the text, then a 201st with the quote's context.
    const text = 'ab~~'.repeat(200) + 'PFab' + 'SF' + fill(10)
    expect(reanchor(text, item(1, 'ab', 'PF', 'SF'), 0)).toMatchObject({ state: 'moved', start: 0, end: 2 })
    // With 199 before it, the copy in context is among those weighed.
    const fewer = 'ab~~'.repeat(199) + 'PFab' + 'SF' + fill(10)
    expect(reanchor(fewer, item(1, 'ab', 'PF', 'SF'), 0)).toMatchObject({ state: 'moved', start: 798, end: 800 })
  })

  it('keeps an orphan inside the text whatever the hint', () => {
    const lost = item(3, 'zzzzzzzz', 'yy', 'xx')
    expect(reanchor('short text', lost, -7)).toMatchObject({ state: 'orphaned', start: 0, end: 0, selector: lost.selector })
    expect(reanchor('short text', lost, 4)).toMatchObject({ state: 'orphaned', start: 4, end: 4 })
    expect(reanchor('short text', lost, 40)).toMatchObject({ state: 'orphaned', start: 10, end: 10 })
  })

  it('scores an empty prefix (a quote at the start of the old text) as agreeing', () => {
    const quote = 'quiet harbour'
    const text = fill(100) + 'PFX:' + quote + ':SFX' + fill(196)
    const r = reanchor(text, item(0, quote, '', ':SFX'), 0)
    expect(r).toMatchObject({ state: 'moved', start: 104 })
    expect(r.score).toBeCloseTo(expected(1, 1, 1, 104, text.length), 12)
  })

  it('puts an empty range at the hint with score 1, wherever its context is', () => {
    const empty = { id: 'e', start: 5, end: 5, selector: { exact: '', prefix: 'nowhere', suffix: 'in here' } }
    expect(reanchor(fill(100), empty, 30)).toMatchObject({ state: 'moved', start: 30, end: 30, score: 1 })
    expect(reanchor(fill(100), empty, 5)).toMatchObject({ state: 'exact', start: 5, end: 5, score: 1 })
  })

  it('of several reworded matches, takes the best scored, not the one with the fewest edits', () => {
    const quote = 'abcdefghijklmnopqrst'
    // In the order the search gives them (fewest edits first): one edit and only its suffix, two edits in full
    // context, three edits and only its suffix.
    const text = fill(40) + '~~~~abcdefghijXlmnopqrstSFX!' + fill(40) + 'PFX:abcdefXhijklmnYpqrstSFX!' + fill(40) + '~~~~abcXefXhijklmnYpqrstSFX!' + fill(40)
    const r = reanchor(text, item(100, quote, 'PFX:', 'SFX!'), 100)
    expect(r).toMatchObject({ state: 'changed', start: 112, end: 132, selector: { exact: 'abcdefXhijklmnYpqrst' } })
    expect(r.score).toBeCloseTo(expected(0.9, 1, 1, 12, text.length), 12)
  })

  it('between two equally good reworded matches, takes the first', () => {
    const quote = 'abcdefghijklmnopqrst'
    const text = fill(56) + 'PFX:abcdefXhijklmnopqrstSFX!' + fill(92) + 'PFX:abcdefXhijklmnopqrstSFX!' + fill(56)
    expect(text.lastIndexOf('abcdefX')).toBe(180)
    const r = reanchor(text, item(120, quote, 'PFX:', 'SFX!'), 120)
    // (60 before the hint and 60 after it)
    expect(r).toMatchObject({ state: 'changed', start: 60, end: 80 })
  })

  it('keeps a match that scores exactly the minimum, not one a character further away', () => {
    const quote = 'abcdefgh'
    // An exact copy the first step refuses (120 from the hint, context 1/10), so its score alone decides:
    // 50 for the words, none for the prefix, a fifth of the suffix, 2 × (1 − 120/300) for the place: 0.6.
    const text = (d: number) => fill(50 + d - 1) + 'X' + quote + 'S' + fill(300 - 50 - d - 9)
    expect(text(120)).toHaveLength(300)
    const r = reanchor(text(120), item(50, quote, 'P', 'SUFFX'), 50)
    expect(r).toMatchObject({ state: 'moved', start: 170, end: 178 })
    expect(r.score).toBe(MIN_SCORE)
    expect(reanchor(text(121), item(50, quote, 'P', 'SUFFX'), 50)).toMatchObject({ state: 'orphaned', start: 50 })
  })

  it('gives up on a quote that would need more than 256 edits, however long', () => {
    const quote = 'abcdefghij'.repeat(60)
    // 600 characters, every other one of the first 560 changed: 280 edits, under half the quote.
    const changed = [...quote].map((c, i) => (i < 560 && i % 2 === 1 ? 'Z' : c)).join('')
    const text = fill(96) + 'PFX:' + changed + 'SFX!' + fill(100)
    expect(reanchor(text, item(100, quote, 'PFX:', 'SFX!'), 100)).toMatchObject({ state: 'orphaned', start: 100 })
    // 250 edits are still within reach.
    const fewer = [...quote].map((c, i) => (i < 500 && i % 2 === 1 ? 'Z' : c)).join('')
    const ok = fill(96) + 'PFX:' + fewer + 'SFX!' + fill(100)
    expect(reanchor(ok, item(100, quote, 'PFX:', 'SFX!'), 100)).toMatchObject({ state: 'changed', start: 100, end: 700 })
  })
})
