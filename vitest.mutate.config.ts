import { defineConfig } from 'vitest/config'

/**
 * The tests `npm run mutate` runs against each mutant: those of the mutated modules (stryker.config.mjs), not
 * the whole suite, so a run stays within reach of a 2-core machine. Stryker then runs, per mutant, only the
 * tests that cover it.
 */
export default defineConfig({
  test: {
    include: [
      'src/main/db/annotations.test.ts',
      'src/main/services/annotations.test.ts',
      'src/main/services/annotationRecords.test.ts',
      'src/renderer/store/deskSlice.test.ts',
      'src/renderer/store/deskSave.test.ts',
      'src/renderer/features/desk/actions.test.ts',
      'src/core/anchor/*.test.ts',
      'src/core/export/*.test.ts',
      'src/main/services/exports.test.ts',
      'src/main/host/*.test.ts',
      'src/core/import/index.test.ts',
      'src/core/import/importBytes.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
