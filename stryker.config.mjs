// @ts-check
// Mutation testing (issue 20): Stryker breaks one line at a time in the code that holds an editor's work or
// guards the door, and counts the broken versions that no test notices. Run it with `npm run mutate`
// (scripts/mutate.mjs adds `--since <ref>`). Slow: one worker, and only the test files in vitest.mutate.config.ts.
import { mkdirSync, symlinkSync, existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin'

const root = dirname(fileURLToPath(import.meta.url))
const TEMP = '.stryker-tmp'

// The tests read fixtures from ../shared/fixtures beside the checkout (src/test/fixtures.ts). A sandbox lives
// at .stryker-tmp/sandbox-*/, so its "beside the checkout" is .stryker-tmp/shared: point that at the real one.
const sharedLink = resolve(root, TEMP, 'shared')
if (!existsSync(sharedLink) && existsSync(resolve(root, '../shared'))) {
  mkdirSync(resolve(root, TEMP), { recursive: true })
  symlinkSync(resolve(root, '../shared'), sharedLink, 'dir')
}

/**
 * Mutants that no test can kill because the program behaves the same with them. Each is named by its file and
 * the exact source text of the node it sits in (so line shifts do not unmark it), with the reason.
 * @type {{ file: string, code: string, reason: string }[]}
 */
export const EQUIVALENT = [
  {
    file: 'src/main/host/server.ts',
    code: "if (!file.startsWith(opts.rendererDir + sep) && file !== opts.rendererDir) return send(res, 404, 'Not found')",
    reason:
      'unreachable while the line above stays: normalize() of a path that starts with / cannot climb above /, so ' +
      'join() always lands inside rendererDir. The check is the second guard; server.test.ts shows that removing ' +
      'normalize() and this check together serves a file outside the folder, and either one alone does not.',
  },
  {
    file: 'src/main/host/server.ts',
    code: "a && typeof a === 'object' ? a.port : 0",
    reason: 'a request arrives only while the server listens on TCP, when address() is always an AddressInfo object',
  },
  {
    file: 'src/core/import/index.ts',
    code: "case 'docx':\n      throw new ImportError('malformed', `${name}: a Word file must be read from its bytes`, name)",
    reason: 'unreachable from importBytes: detectFormatText never answers docx; a Word file is taken by isZip(bytes) first',
  },
  {
    file: 'src/core/import/index.ts',
    code: 'default:\n      return assertNever(format)',
    reason: 'the exhaustiveness guard of the switch over FormatId: TypeScript proves it unreachable',
  },
  {
    file: 'src/core/import/index.ts',
    code: 'function assertNever(x: never): never {\n  throw new Error(`unhandled format: ${String(x)}`)\n}',
    reason: 'only called from the unreachable default case above',
  },
  {
    file: 'src/renderer/store/deskSlice.ts',
    code: 'storedAnchors?.byId.delete(id)',
    reason: 'storedAnchors is set when a story opens, and a save runs only with a story open: the ?. never meets null',
  },
  {
    file: 'src/renderer/store/deskSlice.ts',
    code: 'let documentSent = false',
    reason:
      'read only when the save counted no findings and sent no records: then the text either went (documentSent set) ' +
      'or failed, and after a failure the library is not asked again either way',
  },
  {
    file: 'src/main/services/annotations.ts',
    code: 'restored = false',
    reason: 'its first value is never read: the transaction always assigns the answer of repo.restore() before the return',
  },
]

/**
 * Equivalent mutants that cannot be marked above: the ignorer works per syntax node, and each of these shares its
 * node with mutants that tests do kill (marking the node would hide those too). They count as survived; the README
 * gives the score with and without them.
 * @type {{ file: string, code: string, mutant: string, reason: string }[]}
 */
export const EQUIVALENT_UNMARKED = [
  {
    file: 'src/renderer/store/deskSlice.ts',
    code: "if (!r || r.origin !== 'auto' || !deletedRecords.has(r.id)) continue",
    mutant: "r.origin !== 'auto' → false, and || → && in the first pair",
    reason: 'retired holds lists that start with the suggestion that was retired (origin auto), never an empty list',
  },
  {
    file: 'src/renderer/store/deskSlice.ts',
    code: 'get().detail !== null (pending), get().detail === null (held), if (!detail) return true (send)',
    mutant: 'true / false',
    reason: 'no story is open only before the first one is, when no change can be waiting (every change needs an open story)',
  },
  {
    file: 'src/core/anchor/reanchor.ts',
    code: 'items.length === 0',
    mutant: 'false',
    reason: 'a shortcut: with no items, items.map() returns [] after the diff is computed for nothing',
  },
  {
    file: 'src/core/anchor/reanchor.ts',
    code: 'oldText === newText',
    mutant: 'false',
    reason: 'a shortcut: the word diff of two equal texts is one equal segment, whose offset map is the identity',
  },
  {
    file: 'src/core/anchor/reanchor.ts',
    code: 'q >= 0.5',
    mutant: 'true',
    reason: 'approxSearch is asked for at most floor(len/2) edits, so every match it returns has q >= 0.5',
  },
  {
    file: 'src/core/export/claimreview.ts',
    code: 'a.status !== null',
    mutant: 'true',
    reason: "a null status then meets `a.status in CLAIM_RATING`, which is false too: the rating table has no key 'null'",
  },
  {
    file: 'src/core/export/docx.ts',
    code: "a.decided.state === 'open'",
    mutant: 'true',
    reason: "a mark whose record is the analysis's (origin auto) is always open: only an editor's record decides",
  },
]

/** @type {import('@stryker-mutator/api/ignore').Ignorer} */
export const equivalentIgnorer = {
  shouldIgnore(path) {
    const { node } = path
    // The instrumenter wraps each file's AST in a babel File: its hub knows the file name and the source text.
    const hub = /** @type {{ file?: { opts?: { filename?: string } }, getCode?: () => string } | undefined} */ (path.hub)
    const file = hub?.file?.opts?.filename?.replaceAll('\\', '/')
    if (!file || node.start == null || node.end == null) return undefined
    for (const e of EQUIVALENT) {
      if (file.endsWith(e.file) && hub?.getCode?.().slice(node.start, node.end) === e.code) return `Equivalent: ${e.reason}`
    }
    return undefined
  },
}

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'wiremark-equivalent', equivalentIgnorer)]

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner', './stryker.config.mjs'],
  ignorers: ['wiremark-equivalent'],
  mutate: [
    // the annotations repository and service
    'src/main/db/annotations.ts',
    'src/main/services/annotations.ts',
    // the desk's save path: what a save sends, and when (the autosaver)
    'src/renderer/store/deskSlice.ts',
    'src/renderer/store/autosaver.ts',
    // re-anchoring
    'src/core/anchor/*.ts',
    '!src/core/anchor/*.test.ts',
    '!src/core/anchor/testing.ts',
    // the export model and exporters
    'src/core/export/*.ts',
    '!src/core/export/*.test.ts',
    '!src/core/export/sample.ts',
    '!src/core/export/testStory.ts',
    // the host's auth and static serving
    'src/main/host/server.ts',
    // importBytes' error paths
    'src/core/import/index.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  // A mutant that loops forever is a kill; waiting 3 s past a test's own time (not the default 5) keeps runs shorter.
  timeoutMS: 3000,
  tempDirName: TEMP,
  ignorePatterns: ['out', 'dist', 'native', 'test-results', 'playwright-report', 'reports', '.wiremark-data'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/stryker-incremental.json',
  thresholds: { high: 80, low: 60, break: null },
}
