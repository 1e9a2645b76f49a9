import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture, readFixtureText } from '../../test/fixtures'
import { looksLikeDigitalwires, parseDatelineText, parseDigitalwires } from './digitalwires'
import { ImportError } from './errors'

const DIR = 'dpa-digitalwires/digitalwires-json'
const one = (name: string) => {
  const r = parseDigitalwires(readFixtureText(`${DIR}/${name}`), name)
  expect(r.articles).toHaveLength(1)
  return r.articles[0]!
}

describe('parseDigitalwires', () => {
  it('reads headline, byline, dateline, teaser, body, rights and the correction signal', () => {
    const a = one('dw-1.json')
    expect(a.format).toBe('digitalwires')
    expect(a.headline).toBe('«Mythos Jungfernhäutchen» - Zwischen Aufklärung und Kommerz')
    expect(a.bylines).toEqual(['Von Marco Krefting und Sunrita Sen, dpa'])
    expect(a.dateline).toEqual({ text: 'Waghäusel (dpa) -', place: 'Waghäusel', date: null })
    expect(a.agencyId).toBe('urn:newsml:dpa.com:20090101:240923-930-240378')
    expect(a.version).toBe('2')
    // the teaser is the summary, not the first paragraph
    expect(a.summary).toMatch(/^Ein Unternehmen aus Baden vertreibt Blutkapseln/)
    // the dateline is printed at the head of the first body paragraph, as in the 7901 rendering
    expect(a.paragraphs[0]).toMatch(/^Waghäusel \(dpa\) - Die meisten Kundinnen/)
    // a crosshead is a heading block, not a paragraph
    expect(a.paragraphs).not.toContain('Betroffene werden geächtet und verstoßen')
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toContain('Betroffene werden geächtet und verstoßen')
    expect(a.copyright).toBe('Copyright 2024, dpa (www.dpa.de). Alle Rechte vorbehalten')
    expect(a.usageTerms).toMatch(/^Nutzung nur nach schriftlicher Vereinbarung mit dpa/)
    expect(a.corrections).toEqual(['correction'])
    expect(a.language).toBe('de')
    expect(a.source).toBe('dpa')
    expect(a.slugline).toBe('Frauenrechte')
    expect(a.created).toBe('2024-09-24T12:05:52+02:00')
  })

  it('keeps the non-public notepad and contacts in notes only, never in text or bylines', () => {
    const names = readdirSync(fixture(DIR)).filter((f) => f.endsWith('.json'))
    let withNotes = 0
    for (const name of names) {
      const raw = JSON.parse(readFixtureText(`${DIR}/${name}`)) as { notepad?: { nonpublic_html?: string } | null; ednotes?: { ednote: string; is_publishable: boolean }[] }
      const secret = [...(raw.notepad?.nonpublic_html ?? '').matchAll(/[\w.+-]+@[\w-]+\.[\w.]+|\+\d[\d ]{6,}\d/g)].map((m) => m[0])
      for (const n of raw.ednotes ?? []) if (!n.is_publishable) secret.push(n.ednote)
      for (const a of parseDigitalwires(readFixtureText(`${DIR}/${name}`), name).articles) {
        for (const s of secret) {
          expect(a.text.includes(s), `${name}: ${s}`).toBe(false)
          expect(a.bylines.join(' ').includes(s)).toBe(false)
        }
        if (secret.length) {
          expect(a.notes.length, name).toBeGreaterThan(0)
          withNotes++
        }
      }
    }
    expect(withNotes).toBeGreaterThan(5)
    const a = one('dw-1.json')
    expect(a.notes[0]!.kind).toBe('notepad.nonpublic')
    expect(a.notes[0]!.text).toContain('Ansprechpartner')
    expect(a.notes[0]!.text).toContain('+49 30 32779356')
  })

  it('does not print a dateline twice when the HTML already marks it', () => {
    const a = one('with_dateline.json')
    expect(a.paragraphs[0]).toMatch(/^New York \(dpa\) - Ein Chatbot aus China/)
    expect(a.text.match(/New York \(dpa\)/g)).toHaveLength(1)
  })

  it('reads a dateline with a date and a foreign agency', () => {
    const a = one('empty_paragraph.json')
    expect(a.dateline).toEqual({ text: 'MADRID, 21 Nov. 2024 (Europa Press) -', place: 'MADRID', date: '2024-11-21' })
    expect(a.paragraphs.every((p) => p.trim() !== '')).toBe(true)
    expect(a.language).toBe('es')
  })

  it('turns a picture entry into a credited caption', () => {
    const a = one('image.json')
    expect(a.headline).toBe('Caroline Kennedy')
    expect(a.captions).toHaveLength(1)
    expect(a.captions[0]!.text).toMatch(/^Caroline Kennedy, Tochter des ehemaligen US-Präsidenten/)
    expect(a.captions[0]!.credit).toBe('Steve Helber/AP/dpa')
    expect(a.notes).toEqual([{ kind: 'ednote', text: 'FILE PHOTO -Ortsname korrigiert' }])
  })

  it('reads table rows of results as one line each', () => {
    const a = one('spe_tab.json')
    expect(a.paragraphs.some((p) => /^FC Augsburg - Bor\. Mönchengladbach 2:1 \(1:0\)$/.test(p))).toBe(true)
  })

  it('reads every fixture entry', () => {
    const names = readdirSync(fixture(DIR)).filter((f) => f.endsWith('.json'))
    expect(names).toHaveLength(19)
    let read = 0
    for (const name of names) {
      const text = readFixtureText(`${DIR}/${name}`)
      expect(looksLikeDigitalwires(text), name).toBe(true)
      const r = parseDigitalwires(text, name)
      expect(r.articles, name).toHaveLength(1)
      expect(r.articles[0]!.headline, name).toMatch(/\p{L}/u)
      read++
    }
    expect(read).toBe(19)
  })

  it('rejects invalid JSON with an ImportError', () => {
    expect(() => parseDigitalwires('{"format": "digitalwires@1", ', 'x.json')).toThrow(ImportError)
    expect(looksLikeDigitalwires('{"uri": "x", "headlines": []}')).toBe(false)
  })

  it('parses printed datelines', () => {
    expect(parseDatelineText('Tel Aviv/Beirut (dpa) - ')).toEqual({ text: 'Tel Aviv/Beirut (dpa) -', place: 'Tel Aviv/Beirut', date: null })
    expect(parseDatelineText('WASHINGTON, March 3, 2024 (AP) _')?.date).toBe('2024-03-03')
    expect(parseDatelineText('')).toBeNull()
  })
})
