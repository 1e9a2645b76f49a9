import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'
import { chromiumPath, electronAvailable } from './e2e/env'

const executablePath = chromiumPath()
// The key fuzz's seed (e2e/review-keys.spec.ts), drawn here in the runner: the workers inherit it, so a worker
// started again after a failed test goes on with the same sequences.
process.env.WIREMARK_KEY_SEED ??= String(Math.floor(Math.random() * 2 ** 31))

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  globalSetup: './e2e/global-setup.ts',
  use: {
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    {
      name: 'browser',
      testIgnore: /electron\.spec\.ts/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          ...(executablePath && existsSync(executablePath) ? { executablePath } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    ...(electronAvailable() ? [{ name: 'electron', testMatch: /electron\.spec\.ts/ }] : []),
  ],
})
