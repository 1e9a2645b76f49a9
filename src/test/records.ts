import type { Annotation } from '../core/annotation/types'

/** An editor's record on story s1, version v1, with every optional field empty; tests set what they check. */
export function editorRecord(over: Partial<Annotation> = {}): Annotation {
  return {
    id: 'a1',
    storyId: 's1',
    versionId: 'v1',
    kind: 'quote',
    origin: 'editor',
    start: 0,
    end: 5,
    selector: { exact: 'First', prefix: '', suffix: ' paragraph' },
    status: null,
    decision: null,
    speaker: null,
    attribution: null,
    cue: null,
    note: null,
    evidence: [],
    suggestionId: null,
    anchor: 'exact',
    author: 'desk',
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    ...over,
  }
}
