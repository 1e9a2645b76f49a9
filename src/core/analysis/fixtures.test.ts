import { describe, expect, it } from 'vitest'
import { readFixtureText } from '../../test/fixtures'
import { parseNewsMLG2 } from '../import/newsmlg2'
import { analyze } from './analyze'

const DPA = 'dpa-newsmlg2-testdata/images/'
const load = (name: string) => parseNewsMLG2(readFixtureText(DPA + name).replace(/^\uFEFF/, ''), name).articles[0]!

describe('credits and checks on real dpa picture items', () => {
  it('splits "Name/dpa" credits and stays quiet when caption and creditline agree', () => {
    const a = analyze(load('urn_newsml_dpa.com_20090101_171117-90-000086.xml'))
    expect(a.credits.photo.map((p) => [p.photographer, p.distributor])).toEqual([['Jörg Carstensen', 'dpa']])
    expect(a.findings.map((f) => f.rule)).toEqual([])
  })

  it('flags the item whose caption credit differs from its creditline', () => {
    const a = analyze(load('urn_newsml_dpa.com_20090101_171117-99-908458.xml'))
    expect(a.findings.filter((f) => f.rule === 'credit-mismatch').map((f) => f.severity)).toEqual(['warning'])
  })
})
