import { describe, expect, it } from 'vitest'
import type { ImportItemResult } from './dto'
import { importTotals, importWarnings, mergeSummaries, summarise } from './importSummary'

const item = (file: string, outcome: ImportItemResult['outcome'], warnings: string[] = []): ImportItemResult => ({
  file,
  outcome,
  storyId: outcome === 'failed' ? null : `${file}-${Math.random()}`,
  headline: null,
  error: outcome === 'failed' ? { code: 'unknown_format', message: `${file}: the file is binary data, not text` } : null,
  warnings,
})

describe('import summaries', () => {
  it('counts files and stories apart: a file of three stories is one file', () => {
    const s = mergeSummaries([
      summarise([item('wire.sgm', 'imported'), item('wire.sgm', 'imported'), item('wire.sgm', 'updated')], [], 1),
      summarise([item('a.xml', 'imported')], [], 1),
      summarise([item('junk.bin', 'failed')], [], 1),
    ])
    expect(s).toMatchObject({ files: 3, stories: 4, imported: 3, updated: 1, duplicates: 0, failed: 1 })
    expect(importTotals(s)).toBe('2 files, 4 stories imported; 1 file refused')
  })

  it('says only the stories where there are as many as files read, and names duplicates and storyless files', () => {
    expect(importTotals(summarise([item('a.txt', 'imported'), item('b.txt', 'imported'), item('c.txt', 'duplicate')]))).toBe(
      '2 stories imported, 1 already in the library',
    )
    expect(importTotals(summarise([item('a.txt', 'imported')]))).toBe('1 story imported')
    const withPackage = summarise([item('a.xml', 'imported')], [{ file: 'package.xml', warnings: ['package.xml: no story found in the file'] }])
    expect(withPackage.files).toBe(2)
    expect(importTotals(withPackage)).toBe('2 files, 1 story imported; 1 file without a story')
    expect(importTotals(summarise([item('x.bin', 'failed'), item('y.bin', 'failed')]))).toBe('0 stories imported; 2 files refused')
  })

  it('lists every warning once, naming its file, the storyless files last', () => {
    const s = summarise(
      [item('feed.xml', 'imported', ['no charset declared']), item('feed.xml', 'imported', ['no charset declared']), item('story.xml', 'imported', ['story.xml: .xml file holds no XML; read as plain text'])],
      [{ file: 'package.xml', warnings: ['package.xml: no story found in the file'] }],
    )
    expect(importWarnings(s)).toEqual([
      'feed.xml: no charset declared',
      'story.xml: .xml file holds no XML; read as plain text',
      'package.xml: no story found in the file',
    ])
  })
})
