import { describe, expect, it } from 'vitest'
import { BLOCK_KINDS } from '../../../core/article/types'
import { annotationsSchemas } from './annotations'

describe('annotations:saveDocument input', () => {
  const save = (kind: string) =>
    annotationsSchemas['annotations:saveDocument'].safeParse({ storyId: 's', versionId: 'v', blocks: [{ kind, text: 'Words' }], anchors: [] })

  it('takes every kind of block the story text is made of, crossheads included', () => {
    expect(BLOCK_KINDS).toContain('heading')
    for (const kind of BLOCK_KINDS) expect(save(kind).success, kind).toBe(true)
  })

  it('refuses a kind of block no story has', () => {
    expect(save('summary').success).toBe(false)
  })
})
