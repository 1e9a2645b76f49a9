import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../test/fixtures'
import { createServices } from './index'

const services = () => createServices({ dbPath: ':memory:', dataDir: '/tmp/none', mode: 'browser', version: '1' })
const bytes = (rel: string) => new Uint8Array(readFileSync(fixture(rel)))
const enc = (s: string) => new TextEncoder().encode(s)

describe('library import: stories and versions', () => {
  it('imports a wire item once; re-importing the same item adds nothing', () => {
    const s = services()
    const first = s.library.importFile('anpa-2.tst', bytes('superdesk-core-io-fixtures/fixtures/anpa-2.tst'))
    expect(first).toMatchObject({ imported: 1, updated: 0, duplicates: 0, failed: 0 })
    const again = s.library.importFile('copy-of-anpa-2.txt', bytes('superdesk-core-io-fixtures/fixtures/anpa-2.tst'))
    expect(again).toMatchObject({ imported: 0, duplicates: 1 })
    expect(again.items[0]?.storyId).toBe(first.items[0]?.storyId)
    expect(s.library.list()).toHaveLength(1)
    s.close()
  })

  it('keys a write-through to the same story as a new version', () => {
    const s = services()
    const original = readFileSync(fixture('superdesk-core-io-fixtures/fixtures/anpa-2.tst'), 'latin1')
    const first = s.library.importFile('anpa-2.tst', new Uint8Array(Buffer.from(original, 'latin1')))
    const changed = original.replace('ROSCOE, South Dakota', 'ROSCOE, S.D.').replace('1stLd-Writethru', '2ndLd-Writethru')
    expect(changed).not.toBe(original)
    const second = s.library.importFile('anpa-2-2nd.tst', new Uint8Array(Buffer.from(changed, 'latin1')))
    expect(second).toMatchObject({ imported: 0, updated: 1 })
    const id = first.items[0]?.storyId as string
    expect(second.items[0]?.storyId).toBe(id)
    const detail = s.library.get(id)
    expect(detail.story.versions).toBe(2)
    expect(detail.version.number).toBe(2)
    expect(detail.version.article.version).toBe('2ndLd-Writethru')
    s.close()
  })

  it('keys pasted text by its normalised text: spacing and quote style do not make a new story', () => {
    const s = services()
    s.library.importFile('a.txt', enc('Port reopens\n\nThe port reopened on Monday, "fully", officials said.'))
    const r = s.library.importFile('b.txt', enc('Port reopens\n\nThe port  reopened on Monday, “fully”, officials said.'))
    expect(r.duplicates).toBe(1)
    s.close()
  })

  it('a file that cannot be read leaves the library unchanged and names the file', () => {
    const s = services()
    const before = s.db.prepare(`SELECT (SELECT count(*) FROM story) + (SELECT count(*) FROM story_version) + (SELECT count(*) FROM event) AS n`).get()
    for (const [name, data] of [
      ['empty.xml', new Uint8Array(0)],
      ['garbage.bin', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
      ['truncated.xml', enc('<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x"><contentSet><inlineXML><p>cut off')],
      ['bomb.xml', enc('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><newsItem>&b;</newsItem>')],
      ['bad.json', enc('{"uri": "x", "headline": ')],
    ] as const) {
      const r = s.library.importFile(name, data)
      expect(r.failed, name).toBe(1)
      expect(r.items[0]?.error?.message, name).toContain(name)
    }
    const after = s.db.prepare(`SELECT (SELECT count(*) FROM story) + (SELECT count(*) FROM story_version) + (SELECT count(*) FROM event) AS n`).get()
    expect(after).toEqual(before)
    s.close()
  })

  it('refuses a 200 MB file with a typed error before reading it as text', () => {
    const s = services()
    const r = s.library.importFile('huge.txt', new Uint8Array(200 * 1024 * 1024).fill(0x61))
    expect(r.items[0]?.error?.code).toBe('too_large')
    expect(r.items[0]?.error?.message).toContain('huge.txt')
    s.close()
  })

  it('a multi-story file gives one story per item', () => {
    const s = services()
    const r = s.library.importFile('reut2-000.sgm', bytes('reuters-21578/reut2-000.sgm'))
    expect(r.imported).toBeGreaterThan(900)
    expect(s.db.prepare(`SELECT count(*) AS n FROM story_fts`).get()).toEqual({ n: r.imported })
    s.close()
  })
})
