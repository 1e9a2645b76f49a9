import { describe, expect, it } from 'vitest'
import { importBytes } from '../import/index'
import { readFixture } from '../../test/fixtures'
import { AGENCIES, agencyBySpelling, agencyKey, canonicalAgency, creditName, knownSpellings } from './agencies'

describe('agency names', () => {
  it('gives one canonical name for the spellings feeds use', () => {
    for (const raw of ['REUTERS', 'reuters', 'reuters.com', 'www.reuters.com', 'Thomson Reuters']) expect(canonicalAgency(raw)).toBe('Reuters')
    for (const raw of ['AP', 'ap', 'Associated Press', 'The Associated Press', 'ASSOCIATED PRESS']) expect(canonicalAgency(raw)).toBe('AP')
    for (const raw of ['AFP', 'afp.com', 'Agence France-Presse', 'Agence France Presse']) expect(canonicalAgency(raw)).toBe('AFP')
    for (const raw of ['dpa', 'DPA', 'dpa-AFX', 'Deutsche Presse-Agentur', 'Deutsche Presse-Agentur GmbH']) expect(canonicalAgency(raw)).toBe('dpa')
    expect(canonicalAgency('ansa.it')).toBe('ANSA')
    expect(canonicalAgency('Agencia EFE')).toBe('EFE')
    expect(canonicalAgency('Press Association')).toBe('PA')
    expect(canonicalAgency('Bloomberg L.P.')).toBe('Bloomberg')
  })

  it('keeps a source that is no known agency as printed, and an empty one as null', () => {
    expect(canonicalAgency('  Acme News and Media LLC ')).toBe('Acme News and Media LLC')
    expect(canonicalAgency('Japan Times')).toBe('Japan Times')
    expect(canonicalAgency('')).toBeNull()
    expect(canonicalAgency(null)).toBeNull()
    expect(canonicalAgency('Reuters, Inc.')).toBe('Reuters')
    const long = `Reuters${' ,'.repeat(50_000)}x`
    expect(canonicalAgency(long)).toBe(long)
    expect(agencyKey(`Reuters${' ,'.repeat(50_000)}`)).toBe('reuters')
  })

  it('folds case, accents, the web domain and the company form, and nothing more', () => {
    expect(agencyKey('Deutsche Presse-Agentur GmbH')).toBe('deutsche presse agentur')
    expect(agencyKey('www.reuters.com')).toBe('reuters')
    expect(agencyKey('Anadolu Ajansı')).toBe('anadolu ajansı')
  })

  it('names every spelling once: no spelling belongs to two agencies', () => {
    const owner = new Map<string, string>()
    for (const a of AGENCIES) {
      for (const s of [a.name, ...a.spellings, ...(a.brands ?? [])]) {
        const k = agencyKey(s)
        expect(owner.get(k) ?? a.name, `${s} is in ${owner.get(k)} and ${a.name}`).toBe(a.name)
        owner.set(k, a.name)
      }
    }
    expect(knownSpellings().find((s) => s.spelling === 'reuters.com')?.name).toBe('Reuters')
  })

  it('maps the raw sources of real feed files to their agency', () => {
    const files = [
      ['superdesk-core-io-fixtures/fixtures/ninjs2.json', 'Reuters'],
      ['superdesk-core-io-fixtures/fixtures/ap_media_picture.json', 'AP'],
      ['dpa-digitalwires/digitalwires-json/image.json', 'dpa'],
    ] as const
    expect(files.length).toBe(3)
    for (const [file, agency] of files) {
      const { articles } = importBytes(readFixture(file), file)
      expect(articles.length).toBeGreaterThan(0)
      expect(canonicalAgency(articles[0]!.source)).toBe(agency)
    }
  })

  it('gives import, the library and the credits one answer for an agency', () => {
    for (const printed of ['CP', 'The Canadian Press', 'canadian press']) {
      expect(agencyBySpelling(printed)).toBe('The Canadian Press')
      expect(canonicalAgency(printed)).toBe('The Canadian Press')
      expect(creditName(printed)).toBe('The Canadian Press')
    }
    expect(agencyBySpelling('ANA')).toBe(canonicalAgency('ANA-MPA'))
  })

  it("keeps a service's own name in a credit and files it under its agency", () => {
    expect(creditName('itar-tass')).toBe('ITAR-TASS')
    expect(creditName('REUTERS TV')).toBe('Reuters TV')
    expect(canonicalAgency('ITAR-TASS')).toBe('TASS')
    expect(agencyBySpelling('Reuters  TV')).toBe('Reuters')
  })

  it('matches a printed name exactly, case and spaces aside', () => {
    expect(agencyBySpelling('the associated press')).toBe('AP')
    expect(agencyBySpelling('(Reuters)')).toBeNull()
    expect(agencyBySpelling('www.reuters.com')).toBeNull()
    expect(creditName('Jane Doe')).toBeNull()
  })
})

describe('patterns built from the agency table', () => {
  it('reads a staff role line of every agency the table gives role names', async () => {
    const { isBylineRole, isBylineText } = await import('./bylines')
    const names = AGENCIES.flatMap((a) => a.roleNames ?? [])
    expect(names.length).toBe(6)
    for (const n of names) {
      expect(isBylineRole(`${n} Sports Writer`)).toBe(true)
      expect(isBylineText(`Jane Doe, ${n} Sports Writer`)).toBe(true)
    }
    expect(isBylineRole('Acme Sports Writer')).toBe(false)
  })

  it('finds the picture credits each agency prints: "AP Photo/…", "REUTERS/…", "… via Getty Images"', async () => {
    const { parsePhotoCredit, trailingCaptionCredit } = await import('../analysis/credits')
    const photo = AGENCIES.filter((a) => a.pictureCredit === 'photo')
    expect(photo.map((a) => a.name)).toEqual(['AP', 'AFP', 'dpa', 'EPA'])
    for (const a of photo) {
      expect(parsePhotoCredit(`${a.name} Photo/Jane Doe`).photographer).toBe('Jane Doe')
      expect(trailingCaptionCredit(`Fans wait outside the stadium. (${a.name} Photo/Jane Doe)`)?.credit).toBe(`(${a.name} Photo/Jane Doe)`)
    }
    expect(trailingCaptionCredit('Fans wait outside the stadium. REUTERS/Jane Doe')?.credit).toBe('REUTERS/Jane Doe')
    for (const via of AGENCIES.flatMap((a) => a.via ?? [])) {
      expect(trailingCaptionCredit(`Fans wait. Jane Doe/Pool via ${via}`)?.credit).toBe(`Jane Doe/Pool via ${via}`)
    }
    expect(trailingCaptionCredit('Fans wait outside the stadium. (Acme Photo/Jane Doe)')).toBeNull()
  })
})
