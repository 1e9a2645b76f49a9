import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Bundles a TypeScript entry of src/hardening into one .mjs that plain Node runs (a child process or worker). */
export async function bundle(entry: string): Promise<string> {
  const { build } = await import('rolldown')
  const outDir = join(ROOT, 'node_modules', '.cache', 'wiremark-hardening')
  mkdirSync(outDir, { recursive: true })
  const file = join(outDir, entry.replace(/\.ts$/, '.mjs'))
  await build({
    input: join(ROOT, 'src', 'hardening', entry),
    platform: 'node',
    // harfbuzzjs (the PDF engine's shaper) stays a dynamic import from node_modules: bundled, it would split the output.
    external: [/^node:/, 'better-sqlite3', 'harfbuzzjs'],
    output: { file, format: 'esm' },
    logLevel: 'warn',
  })
  return file
}

export interface KillResult {
  acked: { kind: string; id: string }[]
  /** true when the child was still working when it was killed (it had not exited by itself) */
  killedWhileRunning: boolean
  stderr: string
}

/**
 * Starts the worker, waits for it to open the library (or, with `from: 'ack'`, for its first acknowledged write),
 * lets it write for `afterMs`, then SIGKILLs it. Resolves with every id it acknowledged before it died. Counting
 * from the first write makes a kill land after some work on a loaded machine too, where the first write can take
 * longer than any delay counted from the opening.
 */
export function runAndKill(script: string, args: string[], afterMs: number, from: 'ready' | 'ack' = 'ready'): Promise<KillResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    const acked: KillResult['acked'] = []
    let buf = ''
    let stderr = ''
    let killed = false
    let armed = false
    const arm = () => {
      if (armed) return
      armed = true
      setTimeout(() => {
        killed = child.kill('SIGKILL')
      }, afterMs)
    }
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString()
      let nl: number
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl)
        buf = buf.slice(nl + 1)
        const m = /^ack (\w+) (\S+)$/.exec(line)
        if (m) {
          acked.push({ kind: m[1] as string, id: m[2] as string })
          if (from === 'ack') arm()
        } else if (line === 'ready' && from === 'ready') arm()
      }
    })
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      // A line the child wrote before it died may still sit in the pipe's buffer: the 'data' events above ran first.
      resolveRun({ acked, killedWhileRunning: killed && signal === 'SIGKILL', stderr })
    })
  })
}

export interface LibraryCheck {
  integrity: string
  foreignKeyProblems: number
  stories: number
  versions: number
  annotations: number
  /** stories without a version, with a latest_version_id that is not their newest version, or without exactly one FTS row */
  halfImported: string[]
  missingAcked: string[]
}

/** Opens the library after a crash (as the app would: WAL recovery) and checks what a crash must never break. */
export function checkLibrary(dbPath: string, acked: readonly { kind: string; id: string }[]): LibraryCheck {
  const db = new Database(dbPath)
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ')
    const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length
    const half = db
      .prepare<[], { id: string; why: string }>(
        `SELECT s.id, 'no version' AS why FROM story s WHERE NOT EXISTS (SELECT 1 FROM story_version v WHERE v.story_id = s.id)
         UNION ALL
         SELECT s.id, 'latest_version_id is not the newest version' FROM story s
           WHERE s.latest_version_id IS NULL
              OR s.latest_version_id <> (SELECT v.id FROM story_version v WHERE v.story_id = s.id ORDER BY v.number DESC LIMIT 1)
         UNION ALL
         SELECT s.id, 'FTS rows: ' || (SELECT count(*) FROM story_fts f WHERE f.story_id = s.id) FROM story s
           WHERE (SELECT count(*) FROM story_fts f WHERE f.story_id = s.id) <> 1
         UNION ALL
         SELECT f.story_id, 'FTS row of no story' FROM story_fts f WHERE NOT EXISTS (SELECT 1 FROM story s WHERE s.id = f.story_id)`,
      )
      .all()
      .map((r) => `${r.id}: ${r.why}`)
    const hasStory = db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM story WHERE id = ?`)
    const hasAnnotation = db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM annotation WHERE id = ?`)
    const missingAcked = acked
      .filter((a) => ((a.kind === 'story' ? hasStory : hasAnnotation).get(a.id)?.n ?? 0) !== 1)
      .map((a) => `${a.kind} ${a.id}`)
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n
    return {
      integrity,
      foreignKeyProblems,
      stories: count('story'),
      versions: count('story_version'),
      annotations: count('annotation'),
      halfImported: half,
      missingAcked,
    }
  } finally {
    db.close()
  }
}
