import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { importBytes } from '../import/index'
import { readFixture } from '../../test/fixtures'
import { analyze } from './analyze'
import { CAPTION_LABEL_WORDS } from '../language/en'

const peopleOf = (rel: string) => {
  const { articles } = importBytes(readFixture(rel), rel.split('/').pop()!)
  expect(articles).toHaveLength(1)
  const a = articles[0]!
  expect(a.captions.length + a.paragraphs.length).toBeGreaterThan(0)
  return analyze(a).people.map((p) => p.name)
}
const isLabel = (name: string) => name.split(/\s+/).some((w) => CAPTION_LABEL_WORDS.has(w.toLowerCase()))

describe('caption labels are never people', () => {
  it('reads no person in the "FILE PHOTO:" label of a real Reuters caption, and still finds the people it names', () => {
    const names = peopleOf('wire/reuters-putin-lukashenko-aggregator.txt')
    expect(names.filter(isLabel)).toEqual([])
    expect(names.length).toBeGreaterThanOrEqual(4)
  })

  it('reads no person in the "(… via AP, File)" credit of a real AP picture caption', () => {
    const names = peopleOf('iptc-ninjs/examples/2.1/ap_image.json')
    expect(names.filter(isLabel)).toEqual([])
    expect(names.length).toBeGreaterThan(0)
  })

  it('drops the label in front of a name and keeps the name', () => {
    const a = buildArticle({
      format: 'text',
      headline: 'Talks resume',
      paragraphs: ['Minister Jane Doe arrived in Geneva on Monday, officials said.'],
      captions: [
        { text: 'FILE PHOTO Jane Doe speaks to reporters in Geneva, May 3, 2020.', credit: 'REUTERS/John Smith/File Photo' },
        { text: 'HANDOUT: A view of the conference hall.', credit: 'AP Photo/Pool' },
      ],
    })
    const names = analyze(a).people.map((p) => p.name)
    expect(names).toContain('Jane Doe')
    expect(names.filter(isLabel)).toEqual([])
  })
})
