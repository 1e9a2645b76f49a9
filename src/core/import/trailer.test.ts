import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../test/fixtures'
import type { Article } from '../article/types'
import { importBytes, importText } from './index'

const S = 'superdesk-core-io-fixtures/fixtures/'
const first = (rel: string): Article => {
  const { articles } = importBytes(readFixture(rel), rel.split('/').pop()!)
  expect(articles.length).toBeGreaterThan(0)
  return articles[0]!
}
const pasted = (...paragraphs: string[]): Article => importText(paragraphs.join('\n\n'), 'paste.txt').articles[0]!
/** A minimal NITF story with these body paragraphs (made up; NITF keeps every paragraph as the agency sent it). */
const nitf = (...paragraphs: string[]): Article =>
  importText(
    `<?xml version="1.0"?><nitf><body><body.head><hedline><hl1>Senate extends program</hl1></hedline></body.head><body.content>${paragraphs
      .map((p) => `<p>${p}</p>`)
      .join('')}</body.content></body></nitf>`,
    'story.xml',
  ).articles[0]!
/** Every block still slices the text exactly. */
const offsetsExact = (a: Article): void => {
  for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).toBe(b.text)
}

describe('sign-offs and taglines leave the body', () => {
  it('cuts a Reuters credit off the end of the last paragraph (G2)', () => {
    const a = first('apa-wordpress-newsml-g2-fixtures/reuters1.xml')
    expect(a.creditLines).toContain('(Reporting by Ben Blanchard)')
    expect(a.paragraphs.at(-1)).toMatch(/could spark a clash\.$/)
    expect(a.text).toContain('could spark a clash.\n\n')
    offsetsExact(a)
  })

  it('cuts a Reuters credit with reporting and editing off the last paragraph', () => {
    const a = first(S + 'tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838')
    expect(a.creditLines.at(-1)).toBe('(Reporting by David Bailey in Minneapolis, Erwin Seba in Houston and Tim Ghianni in Nashville; Editing by Dan Grebler)')
    expect(a.paragraphs.at(-1)).toMatch(/threatened to inundate it\.$/)
  })

  it('drops AFP staff initials as transmission clutter, not credits (G2 and NewsML 1.2)', () => {
    const g2 = first(S + 'afp.xml')
    expect(g2.paragraphs.at(-1)).not.toBe('hh/ph/ts/hd')
    expect(g2.clutter).toContain('hh/ph/ts/hd')
    expect(g2.creditLines).not.toContain('hh/ph/ts/hd')
    const n1 = first('iptc-ninjs/other-format-samples/afp.com_newsml1.2_sample.xml')
    expect(n1.clutter).toContain('bur-dar-gl/fz')
    expect(n1.paragraphs.join('\n')).not.toContain('bur-dar-gl/fz')
  })

  it('drops an agency signature with initials ("AFP sn")', () => {
    const a = first(S + 'aap-finance.xml')
    expect(a.clutter).toContain('AFP sn')
    expect(a.paragraphs).not.toContain('AFP sn')
  })

  it('moves an AP contact tagline after the separator to the credit lines (NITF)', () => {
    const a = first(S + 'ap-nitf.xml')
    expect(a.creditLines).toEqual([
      'Bernard Condon can be reached at http://twitter.com/BernardFCondon . His work can be found at http://www.bigstory.ap.org/content/bernard-condon .',
    ])
    expect(a.paragraphs.at(-1)).not.toBe('___')
    offsetsExact(a)
  })

  it('moves AP "contributed" lines to the credit lines (ANPA)', () => {
    const a = first(S + 'anpa-2.tst')
    expect(a.creditLines).toEqual([
      'Gillum reported from Washington. Associated Press writers Dina Cappiello and Matt Apuzzo contributed to this report from Washington.',
    ])
    expect(a.paragraphs.at(-1)).toMatch(/farm the best and leave the rest/)
  })

  it('reads a trailer of any shape: contributor, contact, bio, links block, initials', () => {
    const a = nitf(
      'WASHINGTON (AP) — The Senate voted on Tuesday to extend the program.',
      'The vote was 61-39.',
      '___',
      'Associated Press writer Mary Major in New York contributed.',
      'Follow Jane Roe on Twitter at https://twitter.com/janeroe',
      'Jane Roe is a staff writer for the Washington bureau covering Congress.',
      'Internet links',
      'Senate votes: https://www.senate.gov/votes',
      'dpa jr/mm',
    )
    expect(a.paragraphs).toEqual(['WASHINGTON (AP) — The Senate voted on Tuesday to extend the program.', 'The vote was 61-39.'])
    expect(a.creditLines).toEqual([
      'Associated Press writer Mary Major in New York contributed.',
      'Follow Jane Roe on Twitter at https://twitter.com/janeroe',
      'Jane Roe is a staff writer for the Washington bureau covering Congress.',
    ])
    expect(a.clutter).toEqual(expect.arrayContaining(['Internet links', 'Senate votes: https://www.senate.gov/votes', 'dpa jr/mm']))
    offsetsExact(a)
  })

  it('keeps story text that only looks like a trailer', () => {
    const a = nitf(
      'BERLIN (dpa) - The ministry published the figures on its website.',
      'Details are at https://www.example.org/figures for anyone who wants them, the ministry said in a statement.',
      'and so on',
      'It closes (for now).',
    )
    expect(a.paragraphs).toHaveLength(4)
    expect(a.creditLines).toEqual([])
    expect(a.clutter).toEqual([])
  })

  it('keeps the only paragraph of a story even when it ends in a credit', () => {
    const a = pasted('(Reporting by Jane Roe; Editing by John Doe)')
    expect(a.paragraphs).toEqual(['(Reporting by Jane Roe; Editing by John Doe)'])
  })
})

describe('closing marks, copyright lines, sign-offs and production notes leave the body', () => {
  it('drops a closing copyright line to clutter and keeps it as the copyright when the item has none (NewsML 1.2)', () => {
    const a = first(S + 'ana1.xml')
    expect(a.paragraphs).toHaveLength(3)
    expect(a.paragraphs.at(-1)).toBe('In the same period last year, the balance was positive by 33,638 job positions.')
    expect(a.clutter.at(-1)).toMatch(/^© /)
    expect(pasted('The council met on Monday.', 'It voted to close the road.', '© 2024 Example News. All rights reserved.').copyright).toBe(
      '© 2024 Example News. All rights reserved.',
    )
    offsetsExact(a)
  })

  it('drops an end mark ("ends", "-30-") from the last paragraph (NITF)', () => {
    for (const f of ['pa1.xml', 'pa4.xml', 'pa5.xml']) {
      const a = first(S + f)
      expect(a.paragraphs.at(-1)).not.toBe('ends')
      expect(a.clutter).toContain('ends')
    }
    expect(nitf('The council met on Monday.', 'It voted to close the road.', '-30-').paragraphs).toEqual(['The council met on Monday.', 'It voted to close the road.'])
  })

  it('drops an agency signature with a desk code and initials ("AAP RTV ar", "AAP RTV")', () => {
    const a = first(S + 'aap.xml')
    expect(a.paragraphs.at(-1)).toMatch(/vulnerable to abuse\.$/)
    expect(a.clutter).toContain('AAP RTV ar')
    const s = first(S + 'aap-sports.xml')
    expect(s.paragraphs).toHaveLength(4)
    expect(s.clutter).toContain('AAP RTV')
    // an agency followed by words is no signature
    expect(nitf('The council met on Monday.', 'AAP understands the vote was close.').paragraphs).toHaveLength(2)
  })

  it('moves an agency sign-off alone in parentheses and a "This story was generated by" note to the credit lines (G2)', () => {
    const s = first(S + 'scoop.xml')
    expect(s.paragraphs.at(-1)).toMatch(/about A\$2\.22 a share\.$/)
    expect(s.creditLines).toEqual(['(BusinessDesk)'])
    const ap = importBytes(readFixture(S + 'ap.xml'), 'ap.xml').articles
    expect(ap).toHaveLength(3)
    for (const a of ap) {
      expect(a.creditLines).toHaveLength(1)
      expect(a.creditLines[0]).toMatch(/^This story was generated by /)
      expect(a.paragraphs.at(-1)).toMatch(/last 12 months\.$/)
    }
    // a parenthesis of prose stays
    expect(nitf('The council met on Monday.', '(The vote was not recorded.)').paragraphs).toHaveLength(2)
  })

  it("reads an agency's sign-off between slashes, alone or closing the last paragraph, and its dateline (RBNews, NITF)", () => {
    const feed = importBytes(readFixture(S + 'ritzau_feed.xml'), 'ritzau_feed.xml').articles
    const sport = feed[1]!
    expect(sport.paragraphs).toHaveLength(1)
    expect(sport.paragraphs[0]).toMatch(/slå sin spanske landsmand\.$/)
    expect(sport.creditLines).toEqual(['/ritzau/'])
    offsetsExact(sport)
    const m = first(S + 'mapping_test.xml')
    expect(m.paragraphs.at(-1)).toBe('Det oplyser Københavns Vestegns Politi.')
    expect(m.creditLines).toEqual(['/ritzau/'])
    expect(m.dateline).toMatchObject({ text: 'København /ritzau/:', place: 'København' })
    // a fraction or a path in the last words is no sign-off
    expect(nitf('The council met on Monday.', 'The rate rose to 3/4.').paragraphs.at(-1)).toBe('The rate rose to 3/4.')
    expect(nitf('The council met on Monday.', 'The vote, she said, was close. /unclear/').paragraphs).toHaveLength(2)
  })

  it('drops a starred note to the desk that opens or closes the body (RBNews, G2), not one in the middle', () => {
    const pr = importBytes(readFixture(S + 'ritzau_feed.xml'), 'ritzau_feed.xml').articles[0]!
    expect(pr.paragraphs.at(-1)).not.toMatch(/^\*\*/)
    expect(pr.clutter.at(-1)).toMatch(/^\*\* .* \*\*$/)
    const stt = first(S + 'stt_newsml_test.xml')
    expect(stt.paragraphs[0]).toMatch(/^The Parliament has approved the Alcohol Act/)
    expect(stt.clutter).toContain('*** DISCLAIMER: THIS IS AN AUTOMATED TRANSLATION FROM FINNISH ***')
    expect(nitf('The council met on Monday.', '** Note to editors **', 'It voted to close the road.').paragraphs).toHaveLength(3)
  })

  it('reads the closing lines of saved pages by the same shapes: a stray mark, a handle with no "@", a reprint note, a bio in capitals', () => {
    const page = (name: string): Article => {
      const rel = `mozilla-readability-news-pages/test-pages/${name}/source.html.gz`
      return importBytes(gunzipSync(readFixture(rel)), `${name}.html`).articles[0]!
    }
    const y2 = page('yahoo-2')
    expect(y2.paragraphs.at(-1)).toMatch(/^NASA supplier SpaceX, meanwhile/)
    expect(y2.creditLines).toContain('This version corrects the spelling of the region to Tuva, not Tyva.')
    expect(y2.clutter).toContain('__')
    const y1 = page('yahoo-1')
    expect(y1.creditLines).toContain('Ben Silverman is on Twitter at ben_silverman.')
    expect(y1.paragraphs).not.toContain('Ben Silverman is on Twitter at ben_silverman.')
    expect(page('quanta-1').creditLines).toContain('This article was reprinted on Wired.com.')
    const hs = page('herald-sun-1')
    expect(hs.creditLines).toContain('LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR')
    // words in capitals that are no bio, and a closing sentence about a network, stay
    expect(nitf('The council met on Monday.', 'THE ROAD IS THE MAIN ROUTE NORTH').paragraphs).toHaveLength(2)
    expect(nitf('The council met on Monday.', 'The mayor is on Twitter at all hours, aides said.').paragraphs).toHaveLength(2)
  })

  it("moves a press contact's details and the line that introduces them to the credit lines (ninjs)", () => {
    const a = first('iptc-ninjs/examples/3.0/20231008-anti-doping-measures-at-the-tour-down-under-will-be-the-toughest-ever-addb-ninjs-nitf.json')
    expect(a.creditLines).toEqual([
      "Media organisations can contact ASADA's Media Manager for more information on:",
      'Work: +61 (0)2 6206 0208 Mobile: +61 (0)418 450 113 Email: media@asada.gov.au',
    ])
    expect(a.paragraphs.at(-1)).toMatch(/^ASADA is Australia’s peak anti-doping authority/)
    // a lead-in with no contact after it stays, and so does a sentence that quotes a number
    expect(nitf('The council met on Monday.', 'Residents can contact the council on:').paragraphs).toHaveLength(2)
    expect(nitf('The council met on Monday.', 'Phone: the line, 0800 123 4567, was busy all day, she said.').paragraphs).toHaveLength(2)
    expect(nitf('The council met on Monday.', 'Contact: Jane Roe, +1 555 010 1234').creditLines).toEqual(['Contact: Jane Roe, +1 555 010 1234'])
  })

  it('drops a letter-spaced service line with a link in parentheses (G2)', () => {
    const a = first('apa-wordpress-newsml-g2-fixtures/apa1.xml')
    expect(a.paragraphs.at(-1)).toMatch(/teilten die Organisatoren nicht mit\.$/)
    expect(a.clutter[0]).toMatch(/^\(S E R V I C E - www\./)
  })
})

describe('flashes and bulletins', () => {
  it('an AFP Arabic flash: its one line is the headline, its Arabic staff initials clutter', () => {
    const a = first('afp-newsml12-arabic/afp/ARA_Media_SansSport/afp.com-20231124T192141Z-TX-PAR-EWE94.xml')
    expect(a.headline).toBe('ماكرون يعرب عن "تصميمه" على تأمين إطلاق سراح رهائن فرنسيين محتجزين في غزة')
    expect(a.paragraphs).toEqual([a.headline])
    expect(a.clutter).toContain('ففف/ح س/كام')
  })

  it('an AP bulletin without a headline line takes its one paragraph, without the dateline (ANPA)', () => {
    const a = first(S + 'ap_anpa-5.tst')
    expect(a.headline).toBe("Hawaii files court challenge to Trump administration's definition of close U.S. relationship needed to avoid travel ban.")
    expect(a.paragraphs).toHaveLength(1)
  })

  it('a story with a headline of its own keeps it', () => {
    expect(first(S + 'anpa-2.tst').headline).toBe('Prairies vanish in the US push for green energy')
  })
})

describe('the trailer on hostile input', () => {
  it('reads a last paragraph of 200,000 digits in well under a second (the import fuzz found it taking minutes)', () => {
    const text = `Minister quits\n\nBERLIN, March 3 (Reuters) - The minister said on ${'9'.repeat(200_000)}\n\n(Reporting by Jane Roe)`
    const t = performance.now()
    const a = importText(text, 'pasted.txt').articles[0]!
    expect(performance.now() - t).toBeLessThan(1000)
    expect(a.creditLines).toEqual(['(Reporting by Jane Roe)'])
  })
})
