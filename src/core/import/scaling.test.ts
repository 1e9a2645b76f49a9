import { describe, expect, it } from 'vitest'
import { agencyName } from '../news/agencies'
import { importBytes } from './index'
import { decodeEntities } from './xml'

// No timing here: each input is sized so that the quadratic scan these tests guard against would run for an hour
// or more (far past the 60 s test timeout); the linear one takes well under a second.
describe('importers scale linearly', () => {
  it('decodeEntities over 3,000,000 bare ampersands (each once searched the rest of the text for a ";")', () => {
    const s = `${'&'.repeat(3_000_000)} &amp; x;`
    expect(decodeEntities(s)).toBe(`${'&'.repeat(3_000_000)} & x;`)
  })

  it('a text line with a run of 3,000,000 spaces and tabs inside (its trailing-space trim rescanned the run from each)', () => {
    const line = `Port strike ends${' \t'.repeat(1_500_000)}today`
    const r = importBytes(new TextEncoder().encode(`${line}\n\nDock workers returned on Friday, the union said.\n`), 'story.txt')
    expect(r.articles.length).toBe(1)
  })

  it('a line of 3,000,000 dots before other text is no agency name (its trailing-dot trim rescanned the run from each dot)', () => {
    expect(agencyName(`${'.'.repeat(3_000_000)} Reuters`)).toBeNull()
    expect(agencyName('REUTERS.')).toBe('Reuters')
  })

  it('trailing-run trims start only where a run starts: a 3,000,000-dot run inside a caption credit line', () => {
    const caption = `PHOTO: Dockers at work ${'.'.repeat(3_000_000)} x REUTERS/Jane Doe`
    const r = importBytes(new TextEncoder().encode(`Port strike ends\n\n${caption}\n\nDock workers returned on Friday, the union said.\n`), 'story.txt')
    expect(r.articles.length).toBe(1)
  })
})
