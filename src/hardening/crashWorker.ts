import { readFileSync } from 'node:fs'
import type { Annotation } from '../core/annotation/types'
import { createServices } from '../main/services/index'

// The child process of the crash tests (bundled by crashHarness.ts). It works on a library until it is
// killed with SIGKILL, and prints "ack <kind> <id>" only after the transaction that stored <id> committed,
// so the parent knows which writes it must find after the kill.
//
//   node crashWorker.mjs import <db> <files.json> <run>   bulk import: the listed files, then unique pasted stories
//   node crashWorker.mjs save <db> <storyId> <run>        annotation saves on one story, as fast as it can

const [mode, dbPath, arg, run] = process.argv.slice(2)
if (!mode || !dbPath || !arg || !run) {
  process.stderr.write('usage: crashWorker (import|save) <db> <files.json|storyId> <run>\n')
  process.exit(2)
}
const out = (line: string) => process.stdout.write(`${line}\n`)
// The same services the app and the CLI build, on the same file; a short busy timeout is not needed here.
const services = createServices({ dbPath, dataDir: '/tmp', mode: 'browser', version: 'crash-test' })
out('ready')

if (mode === 'import') {
  const files = JSON.parse(readFileSync(arg, 'utf8')) as string[]
  // Each run starts a little further on, so later runs add new stories rather than only duplicates.
  for (let i = Number(run) * 7; ; i++) {
    const file = files[i % files.length] as string
    // After the fixture files, every story is new: the same copy with a unique reference line.
    const bytes =
      i < files.length
        ? new Uint8Array(readFileSync(file))
        : new TextEncoder().encode(`Crash run ${run} story ${i}\n\n${readFileSync(file, 'latin1').replace(/<[^>]*>/g, ' ').slice(0, 4000)}\n\nRef ${run}-${i}`)
    const summary = services.library.importFile(i < files.length ? file : `run-${run}-${i}.txt`, bytes)
    for (const item of summary.items) if (item.storyId && item.outcome !== 'failed') out(`ack story ${item.storyId}`)
  }
} else if (mode === 'save') {
  const storyId = arg
  const listed = (await services.handlers['annotations:list']({ storyId })) as { versionId: string; annotations: Annotation[] }
  const suggestions = listed.annotations.filter((a) => a.origin === 'auto')
  for (let i = 0; ; i++) {
    const s = suggestions[i % suggestions.length] as Annotation
    const { author: _a, createdAt: _c, updatedAt: _u, ...rest } = s
    const id = `crash-${run}-${i}`
    await services.handlers['annotations:save']({
      annotation: { ...rest, id, origin: 'editor', suggestionId: s.id, decision: i % 3 === 0 ? 'rejected' : 'accepted', note: `decision ${i}` },
    })
    out(`ack annotation ${id}`)
  }
} else {
  process.stderr.write(`unknown mode ${mode}\n`)
  process.exit(2)
}
