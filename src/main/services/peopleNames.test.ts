import { describe, expect, it } from 'vitest'
import { nameFoldKey, sameName, withoutTitles } from './peopleNames'

describe('names in other languages folded together', () => {
  it.each([
    ['Präsident Wladimir Putin', 'Vladimir Putin'],
    ['Kremlchef Wladimir Putin', 'Vladimir Putin'],
    ['Außenminister Sergej Lawrow', 'Sergei Lavrov'],
    ['Sergey Lavrov', 'Sergei Lavrov'],
    ['Dmitrij Peskow', 'Dmitry Peskov'],
    ['Dmitri Peskov', 'Dmitry Peskov'],
    ['Michail Chodorkowski', 'Mikhail Khodorkovsky'],
    ['Sergej Schoigu', 'Sergei Shoigu'],
    ['Jewgeni Primakow', 'Yevgeny Primakov'],
    ['Alexej Nawalny', 'Aleksei Navalny'],
    ['Bundeskanzler Olaf Scholz', 'Olaf Scholz'],
    ['Herr Emmanuel Macron', 'Emmanuel Macron'],
    ['José Manuel Barroso', 'Jose Manuel Barroso'],
  ])('"%s" and "%s" are one person', (a, b) => {
    expect(nameFoldKey(a)).toBe(nameFoldKey(b))
    expect(sameName(a, b)).toBe(true)
  })

  it.each([
    ['Vladimir Putin', 'Lyudmila Putina'],
    ['Alexander Lukashenko', 'Viktor Lukashenko'],
    ['Donald Trump', 'Ivanka Trump'],
    ['Jan Novak', 'Ivan Novak'],
    ['Maria Schmidt', 'Marie Schmidt'],
    ['Sergei Lavrov', 'Sergei Ryabkov'],
    ['Vladimir Putin', 'Putin'],
  ])('"%s" and "%s" are not merged', (a, b) => {
    expect(nameFoldKey(a)).not.toBe(nameFoldKey(b))
    expect(sameName(a, b)).toBe(false)
  })

  it('strips titles only in front of the name and never the last word', () => {
    expect(withoutTitles('Präsident Wladimir Putin')).toEqual(['Wladimir', 'Putin'])
    expect(withoutTitles('Minister')).toEqual(['Minister'])
    expect(withoutTitles('Vladimir Putin')).toEqual(['Vladimir', 'Putin'])
    expect(nameFoldKey('Präsident Wladimir Putin')).toBe('vladimir putin')
  })
})
