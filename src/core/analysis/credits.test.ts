import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { extractCredits, parseByline, parsePhotoCredit, trailingCaptionCredit } from './credits'
import { parseCreditLine } from '../news/credits'

const split = (s: string) => {
  const p = parsePhotoCredit(s)
  return { photographer: p.photographer, agencies: p.agencies, distributor: p.distributor }
}

describe('parsePhotoCredit', () => {
  it.each([
    ['Sputnik/Alexei Nikolskyi/Kremlin via REUTERS', 'Alexei Nikolskyi', ['Sputnik', 'Kremlin'], 'Reuters'],
    ['Steve Helber/AP/dpa', 'Steve Helber', ['AP'], 'dpa'],
    ['Foto: Steve Helber/AP/dpa +++ dpa-Bildfunk +++', 'Steve Helber', ['AP'], 'dpa'],
    ['(Photo by Spencer Platt/Getty Images)', 'Spencer Platt', [], 'Getty Images'],
    ['(AP Photo/Manish Swarup)', 'Manish Swarup', [], 'AP'],
    ['(AP Photo/Ajit Solanki, File)', 'Ajit Solanki', [], 'AP'],
    ['REUTERS/Marko Djurica', 'Marko Djurica', [], 'Reuters'],
    ['REUTERS/KEVIN LAMARQUE/File Photo', 'KEVIN LAMARQUE', [], 'Reuters'],
    ['Foto: Jörg Carstensen/dpa', 'Jörg Carstensen', [], 'dpa'],
    ['Foto: Gregor Fischer/dpa', 'Gregor Fischer', [], 'dpa'],
    ['Peter Kneffel/dpa', 'Peter Kneffel', [], 'dpa'],
    ['REUTERS/Syria TV via Reuters TV', null, ['Reuters', 'Syria TV'], 'Reuters TV'],
    ['AFP via Getty Images', null, ['AFP'], 'Getty Images'],
    ['Getty Images', null, [], 'Getty Images'],
    ['Handout via REUTERS', null, ['Handout'], 'Reuters'],
    ['Ukrainian Presidential Press Service/Handout via REUTERS', null, ['Ukrainian Presidential Press Service', 'Handout'], 'Reuters'],
    ['Acme/John Smith', 'John Smith', ['Acme'], null],
  ])('%s', (credit, photographer, agencies, distributor) => {
    expect(split(credit)).toEqual({ photographer, agencies, distributor })
  })

  it('keeps the credit as printed', () => {
    expect(parsePhotoCredit(' REUTERS/Marko Djurica ').credit).toBe('REUTERS/Marko Djurica')
  })
})

describe('parseCreditLine', () => {
  it('splits the seed credit line by role, in any case', () => {
    const c = parseCreditLine('(Reporting by Vladimir Soldatkin; writing by Matthias Williams; Editing by Mark Trevelyan)')
    expect(c.map((x) => [x.role, x.name])).toEqual([
      ['reporting', 'Vladimir Soldatkin'],
      ['writing', 'Matthias Williams'],
      ['editing', 'Mark Trevelyan'],
    ])
  })

  it('splits names on "and" and commas and strips "in CITY" into the location', () => {
    const c = parseCreditLine(
      '(Additional reporting by Jane Doe in London and John Roe in Paris; Reporting by Ann Lee, Bo Chen and Cy Park; Editing by Tom Hale and Uma Rao)',
    )
    expect(c).toEqual([
      { name: 'Jane Doe', role: 'additionalReporting', location: 'London' },
      { name: 'John Roe', role: 'additionalReporting', location: 'Paris' },
      { name: 'Ann Lee', role: 'reporting', location: null },
      { name: 'Bo Chen', role: 'reporting', location: null },
      { name: 'Cy Park', role: 'reporting', location: null },
      { name: 'Tom Hale', role: 'editing', location: null },
      { name: 'Uma Rao', role: 'editing', location: null },
    ])
  })

  it('reads upper case, full stops between roles and "Compiled by"', () => {
    const c = parseCreditLine('REPORTING BY ANN LEE IN MOSCOW. EDITING BY TOM HALE')
    expect(c).toEqual([
      { name: 'ANN LEE', role: 'reporting', location: 'MOSCOW' },
      { name: 'TOM HALE', role: 'editing', location: null },
    ])
    expect(parseCreditLine('Compiled by Ann Lee; Editing by Tom Hale').map((x) => x.role)).toEqual(['compiledBy', 'editing'])
    expect(parseCreditLine('Reporting by Ann Lee and Bo Chen in Kyiv').map((x) => x.location)).toEqual(['Kyiv', 'Kyiv'])
  })

  it('ignores lines that are not credits', () => {
    expect(parseCreditLine('The minister said the reporting was wrong.')).toEqual([])
  })
})

describe('parseByline', () => {
  it('strips "By" and the agency and splits names', () => {
    expect(parseByline('By Jane Doe and John Roe, Reuters')).toEqual(['Jane Doe', 'John Roe'])
    expect(parseByline('By JANE DOE')).toEqual(['JANE DOE'])
  })
})

describe('trailingCaptionCredit', () => {
  it('reads a caption with a long run of hyphens at once (a hyphen that could also split words made it exponential: a fuzzed story hung)', () => {
    // With the old pattern this caption does not finish (2^n ways to split the run); it has no credit.
    expect(trailingCaptionCredit(`A caption by Word${'-'.repeat(60)} the end.`)).toBeNull()
    expect(trailingCaptionCredit(`Crowds gather. Jane Doe-Smith/Agence Photo via REUTERS`)?.credit).toBe('Jane Doe-Smith/Agence Photo via REUTERS')
  })

  it('finds chained, AP, Reuters and dpa credits at the end of a caption', () => {
    expect(
      trailingCaptionCredit('FILE PHOTO: Two men talk in Saint Petersburg, Russia July 13, 2021. Sputnik/Alexei Nikolskyi/Kremlin via REUTERS')?.credit,
    ).toBe('Sputnik/Alexei Nikolskyi/Kremlin via REUTERS')
    expect(trailingCaptionCredit('A woman waits in line in Mumbai. (AP Photo/Manish Swarup)')?.credit).toBe('(AP Photo/Manish Swarup)')
    expect(trailingCaptionCredit('Smoke rises over the city. REUTERS/Marko Djurica')?.credit).toBe('REUTERS/Marko Djurica')
    expect(trailingCaptionCredit('Ein Mann steht vor dem Gericht. Foto: Peter Kneffel')?.credit).toBe('Foto: Peter Kneffel')
    expect(trailingCaptionCredit('A woman waits in line in Mumbai.')).toBeNull()
  })
})

describe('extractCredits', () => {
  it('collects bylines, the credit line, photo credits with offsets and copyright', () => {
    const a = buildArticle({
      format: 'text',
      bylines: ['By Jane Doe'],
      paragraphs: ['LONDON (Reuters) - Something happened on Monday.', '(Reporting by Ann Lee; Editing by Tom Hale)'],
      captions: [{ text: 'Smoke rises over the city.', credit: 'REUTERS/Marko Djurica' }, { text: 'A crowd gathers. (AP Photo/Evan Vucci)', credit: null }],
      copyright: '© 2024 Reuters',
    })
    const c = extractCredits(a)
    expect(c.bylines).toEqual(['Jane Doe'])
    expect(c.reporting).toEqual(['Ann Lee'])
    expect(c.editing).toEqual(['Tom Hale'])
    expect(c.copyright).toEqual(['© 2024 Reuters'])
    expect(c.photo.map((p) => [p.photographer, p.distributor])).toEqual([
      ['Marko Djurica', 'Reuters'],
      ['Evan Vucci', 'AP'],
    ])
    for (const p of c.photo) expect(a.text.slice(p.start ?? 0, p.end ?? 0)).toBe(p.credit)
  })

  it('gives empty lists when there is nothing credited', () => {
    const c = extractCredits(buildArticle({ format: 'text', paragraphs: ['Nothing here.'] }))
    expect([c.bylines, c.reporting, c.photo, c.copyright]).toEqual([[], [], [], []])
  })
})
