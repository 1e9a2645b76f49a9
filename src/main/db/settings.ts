import type { Db } from './connection'

/**
 * The library's settings, one JSON value a key (the checker's name, the house style, checks switched off).
 * They live in the library file, so that a library moved to another machine keeps its desk's settings.
 */
export function createSettingsRepo(db: Db) {
  const select = db.prepare<[string], { value: string }>(`SELECT value FROM setting WHERE key = ?`)
  const upsert = db.prepare(
    `INSERT INTO setting (key, value, updated_at) VALUES (@key, @value, @at)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  )
  const all = db.prepare<[], { key: string; value: string }>(`SELECT key, value FROM setting ORDER BY key`)
  return {
    /** The stored value, or undefined when the key was never set (or holds what is no longer JSON). */
    get(key: string): unknown {
      const row = select.get(key)
      if (!row) return undefined
      try {
        return JSON.parse(row.value) as unknown
      } catch {
        return undefined
      }
    },
    set(key: string, value: unknown): void {
      upsert.run({ key, value: JSON.stringify(value), at: new Date().toISOString() })
    },
    all(): Record<string, unknown> {
      const out: Record<string, unknown> = {}
      for (const { key, value } of all.all()) {
        try {
          out[key] = JSON.parse(value) as unknown
        } catch {
          // A value no longer readable is left out rather than failing every read of the settings.
        }
      }
      return out
    },
  }
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>
