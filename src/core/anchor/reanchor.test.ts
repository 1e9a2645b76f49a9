import { describe, expect, it } from 'vitest'
import { readFixture } from '../../test/fixtures'
import { textQuote } from '../annotation/review'
import { importBytes } from '../import/index'
import { similarity } from './approx'
import { reanchor, reanchorAll, type AnchorInput } from './reanchor'
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
