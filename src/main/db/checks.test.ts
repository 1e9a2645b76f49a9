import { describe, expect, it } from 'vitest'
import { ANCHOR_STATES, ANNOTATION_KINDS, ANNOTATION_ORIGINS, DECISIONS } from '../../core/annotation/types'
import { REVIEW_STATES } from '../../shared/dto'
import { openDatabase } from './connection'

// The database's CHECK lists were written into its migrations; the values the code knows are listed once, in
// core/annotation/types.ts and shared/dto. This reads the lists from the schema as migrated and compares.
const EXPECTED: Record<string, readonly string[]> = {
  'story.state': REVIEW_STATES,
  'annotation.kind': ANNOTATION_KINDS,
  'annotation.origin': ANNOTATION_ORIGINS,
  'annotation.decision': DECISIONS,
  'annotation.anchor': ANCHOR_STATES,
}

/** Every `CHECK (column IN ('a', 'b'))` of the live schema's tables, by table.column, its values in order. */
function checkLists(): Map<string, string[]> {
  const db = openDatabase(':memory:')
  try {
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL").all() as { name: string; sql: string }[]
    const out = new Map<string, string[]>()
    for (const t of tables) {
      for (const m of t.sql.matchAll(/CHECK\s*\(\s*"?(\w+)"?\s+IN\s*\(([^)]*)\)\s*\)/gi)) {
        const values = [...m[2]!.matchAll(/'([^']*)'/g)].map((v) => v[1]!)
        // Lists of numbers (a 0/1 flag) hold no enum of the code.
        if (values.length > 0) out.set(`${t.name}.${m[1]}`, values)
      }
    }
    return out
  } finally {
    db.close()
  }
}

describe("the database's CHECK lists", () => {
  const lists = checkLists()

  it('hold the same values as the code, for every column the code lists values of', () => {
    for (const [column, values] of Object.entries(EXPECTED)) {
      expect(lists.get(column), column).toBeDefined()
      expect([...lists.get(column)!].sort(), column).toEqual([...values].sort())
    }
  })

  it('have no list of values the code does not know of', () => {
    expect([...lists.keys()].sort()).toEqual(Object.keys(EXPECTED).sort())
  })
})
