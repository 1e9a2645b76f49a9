import { configDefaults, defineConfig } from 'vitest/config'

/**
 * The tests `npm run mutate` runs against each mutant: those of the mutated modules (stryker.config.mjs), not
 * the whole suite, so a run stays within reach of a 2-core machine. Stryker then runs, per mutant, only the
 * tests that cover it.
 */
/**
 * WIREMARK_MUTATE_TESTS (comma-separated test files) narrows the set for one module's run: the export model is
 * covered by every export test, and the PDF and Word round trips would make each of its mutants take seconds. A
 * narrowed run's score is a lower bound: a mutant only the left-out tests would kill counts as survived.
 */
const only = process.env.WIREMARK_MUTATE_TESTS?.split(',').map((f) => f.trim()).filter(Boolean)

export default defineConfig({
  test: {
    include: only ?? [
      'src/main/db/annotations.test.ts',
      'src/main/services/annotations.test.ts',
      'src/main/services/annotationRecords.test.ts',
      'src/renderer/store/deskSlice.test.ts',
      'src/renderer/store/deskSave.test.ts',
      'src/renderer/store/autosaver.test.ts',
      'src/renderer/features/desk/actions.test.ts',
      'src/core/anchor/*.test.ts',
      'src/core/export/*.test.ts',
      'src/main/services/exports.test.ts',
      'src/main/host/*.test.ts',
      'src/core/import/index.test.ts',
      'src/core/import/importBytes.test.ts',
    ],
    // Two export tests are left out: privacy.test.ts renders every dpa item in all seven formats (160 s on two busy
    // cores, over the 60 s a test may take) and scripts.test.ts renders a story per script to PDF and Word (36 s),
    // and Stryker would run them for nearly every mutant of the export model. The decisions, the model and each
    // format's words are checked by model.test.ts, decisions.test.ts, data.test.ts, report.test.ts, w3c.test.ts and
    // exports.test.ts; a mutant that only those two would catch counts as survived.
    // everyFixturePdf.test.ts renders every fixture story to PDF (2,400 of them): it checks the fonts, not decisions.
    exclude: [...configDefaults.exclude, 'src/core/export/privacy.test.ts', 'src/core/export/scripts.test.ts', 'src/core/export/everyFixturePdf.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
