import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { arrayWork } from '../../test/arrayWork'
import { regexWork } from '../../test/regexWork'
import { buildEntities, findMentions } from './people'
import { paragraphsOf, type Para } from './segment'

/** findMentions over `copies` copies of one paragraph, all in one paragraph (the worst case for per-paragraph scans) or each its own. */
function mentionWork(copies: number, onePara: boolean) {
  const p = 'Finance minister Jane Doe, a senior adviser to the Party, met UCL astronomer John Smith and Chris Bosh in Paris. She said they agreed. '
  const paragraphs = onePara ? [p.repeat(copies)] : Array.from({ length: copies }, () => p)
  const a = buildArticle({ format: 'text', headline: 'A headline about nothing in particular', paragraphs })
  const paras = paragraphsOf(a)
  return arrayWork(() => findMentions(a.text, paras))
}

describe('findMentions scales linearly', () => {
  it.each([true, false])('doubling the mentions about doubles the work (one paragraph: %s)', (onePara) => {
    const small = mentionWork(400, onePara)
    const big = mentionWork(1600, onePara)
    expect(big.result.length).toBe(small.result.length * 4)
    // the mentions of one copy are the same in every copy
    expect(big.result.slice(0, 8).map((m) => [m.kind, m.name, m.description, m.inDescription])).toEqual(
      small.result.slice(0, 8).map((m) => [m.kind, m.name, m.description, m.inDescription]),
    )
    // linear: 4x the input, about 4x the work (a quadratic scan would be 16x)
    expect(big.work / small.work).toBeLessThan(5)
  })
})

/** The blocks as one text (blocks apart by a blank line) with their paragraphs, as analysis reads them. */
function blocksText(blocks: [Para['kind'], string][]): { text: string; paras: Para[] } {
  let text = ''
  const paras: Para[] = []
  blocks.forEach(([kind, t], index) => {
    if (index) text += '\n\n'
    paras.push({ kind, start: text.length, end: text.length + t.length, index })
    text += t
  })
  return { text, paras }
}

const describeMention = (m: ReturnType<typeof findMentions>[number]): string =>
  `${m.kind} ${m.name} ${m.start}-${m.end}${m.description ? ` (${m.description})` : ''}${m.inDescription ? ' in-description' : ''}${m.placeLike ? ' place-like' : ''}${m.possessive ? ' possessive' : ''}`

describe('findMentions reads tokens by character code', () => {
  // The tokens were once what a Unicode regular expression matched, one match and one object per token; the scan
  // that replaced it must read the same tokens. These mentions are the regular expression's (commit b2d2873), quirks
  // and all: stops in runs ("..." and ". . ."), initials and abbreviations, ANPA, curly and single quotation marks, a
  // hyphen that is not ASCII, marks that are not letters (𝐀 is one, outside the 16-bit range), a no-break space and a
  // tab, a name particle that ends a paragraph, and a credit the analysis skips.
  it('finds the same mentions, at the same offsets, in a text of punctuation runs, initials and quotes', () => {
    const { text, paras } = blocksText([
      ['headline', 'Mayor Says “No Deal” … Again'],
      ['paragraph', 'WASHINGTON (AP) _ Sen. Jane Doe, a senior adviser to exiled opposition leader John Q. Public, said Monday that U.S. officials... were "wrong." Mr. Smith’s lawyer -- and J.R.R. Tolkien -- disagreed!!! ``It is over,\'\' he said.'],
      ['paragraph', '{"a":{"a":{"a":{"a":{"a":"»«"}}}}} “Quoted,” said Dr. Ann Lee‐Park of the Department of Transportation; (D-Conn.) ... she added: ‘Yes.’ I agree, said I. Chief Executive Tim Cook\u00a0said'],
      ['paragraph', 'In April Jan de Vries met Maria van den'],
      ['paragraph', 'Broek and the Atlanta Hawks’ coach in St. Louis. The People\'s Vote campaign, Smith\'s rival, and 17-year-old Kirk Hinrich. ... . . “. Merrill Lynch\'s shares rose. G Kirk Hinrich, QB Tom Brady\t(a 𝐀lpha 𐐀𐐨 test) — Émile Zola, İlker Başbuğ, and ǅemal Bijedić spoke.'],
      ['caption', 'FILE PHOTO: President Vladimir Putin speaks. Photo: Jane Roe/Agency'],
    ])
    const credit = text.indexOf('Jane Roe/Agency')
    const mentions = findMentions(text, paras, [{ start: credit, end: credit + 'Jane Roe/Agency'.length }])
    expect(mentions.map(describeMention)).toEqual([
      'title Mayor 0-5',
      'org AP 42-44',
      'name Jane Doe 48-61 (Sen.)',
      'name John Q. Public 83-122 (exiled opposition leader) in-description',
      'org U.S. 141-145',
      'name Smith 173-184 (Mr.) possessive',
      'name J.R.R. Tolkien 199-213',
      'pronoun It 232-234',
      'pronoun he 246-248',
      'name Ann Lee 306-317 (Dr.)',
      'name Park 318-322',
      'org Department of Transportation 330-358',
      'pronoun she 374-377',
      'name Yes. 386-391 possessive',
      'pronoun I 392-393',
      'name Tim Cook 406-433 (I. Chief Executive)',
      'name Jan de Vries 449-461',
      'name Maria 466-471',
      'name Atlanta Hawks 495-509 possessive',
      'name St. Louis 519-528 place-like',
      "org People's Vote 534-547",
      'name Smith 558-565 possessive',
      'name Kirk Hinrich 577-601 (17-year-old)',
      'name Merrill Lynch 614-629 possessive',
      'name Kirk Hinrich 643-657 (G)',
      'name Tom Brady 659-671 (QB)',
      'name 𝐀lpha 𐐀𐐨 675-686',
      'name Émile Zola 695-705',
      'name İlker Başbuğ 707-719',
      'name Bijedić 731-738',
      'name Vladimir Putin 759-783 (President)',
    ])
  })

  it('finds the names on either side of 30,000 tokens of braces and quotation marks, at their offsets', () => {
    // the shape of a fuzzed ANPA file: nested braces and quotation marks in one paragraph, names at its ends
    const run = '{"a":'.repeat(5000) + '}'.repeat(5000)
    const { text, paras } = blocksText([['paragraph', `Chicago White Sox at L.A. ${run}Angels coach Jane Doe said.`]])
    expect(findMentions(text, paras).map(describeMention)).toEqual([
      'name Chicago White Sox 0-17',
      'org L.A. 21-25 place-like',
      `name Jane Doe ${text.indexOf('Angels')}-${text.indexOf(' said')} (Angels coach)`,
    ])
  })
})

describe('buildEntities reads each name once', () => {
  // a fuzzed feed's run of capitalised words: one name of n words becomes the entity's name, then n short mentions
  // of it each split that name again (n x n words)
  function entityWork(n: number) {
    const paragraphs = ['Jane Doe met the board on Monday.', `Then Jane ${'Operation '.repeat(n)}Doe spoke.`, ...Array.from({ length: n }, () => 'Jane Doe said so.')]
    const a = buildArticle({ format: 'text', headline: 'A headline about nothing in particular', paragraphs })
    const mentions = findMentions(a.text, paragraphsOf(a))
    let regex = 0
    const r = arrayWork(() => {
      const ents = regexWork(() => buildEntities(mentions))
      regex = ents.work
      return ents.result
    })
    return { regex, arrays: r.work, entities: r.result.map((e) => [e.name.split(' ').length, e.mentions.length]) }
  }

  it('4x the words of the long name and 4x its short mentions: under 5x the text searched and the array work (16x before)', () => {
    const small = entityWork(500)
    const big = entityWork(2000)
    // one person, named by the long form, with every mention
    expect([small.entities, big.entities]).toEqual([[[502, 502]], [[2002, 2002]]])
    expect(big.regex / small.regex).toBeLessThan(5)
    expect(big.arrays / small.arrays).toBeLessThan(5)
  })
})

describe('a particle joined to a surname', () => {
  const people = (...paragraphs: string[]) => {
    const a = buildArticle({ format: 'text', headline: 'Talks', paragraphs })
    return buildEntities(findMentions(a.text, paragraphsOf(a))).map((e) => [e.name, e.kind, e.mentions.length])
  }

  it('keeps "al-Nasser" and "el-Masri" in the name, and links the bare surname to it', () => {
    expect(people('CAIRO (Reuters) - Karim al-Nasser was sworn in on Wednesday.', '"We will keep working," Nasser said.')).toEqual([
      ['CAIRO', 'organisation', 1], ['Reuters', 'organisation', 1], ['Karim al-Nasser', 'person', 2],
    ])
    expect(people('President Omar Farid el-Masri spoke.', 'Masri later left.').filter((p) => p[1] === 'person')).toEqual([['Omar Farid el-Masri', 'person', 2]])
  })

  it('reads a hyphen after a word that is no particle as before', () => {
    expect(people('The all-Party meeting ended.', 'Ana Ruiz left.').map((p) => p[0])).toEqual(['Ana Ruiz'])
  })
})
