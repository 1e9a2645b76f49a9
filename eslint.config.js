// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const pure = {
  group: ['electron', 'node:*', 'better-sqlite3', 'react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', 'lexical', '@lexical/*', '**/main/**', '**/renderer/**', '**/cli/**'],
  message: 'core and shared stay pure: data in, data out',
}

export default tseslint.config(
  { ignores: ['.stryker-tmp/**', 'reports/**', 'out/**', 'dist/**', 'node_modules/**', 'native/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [pure] }],
    },
  },
  {
    // Only main/app, main/ipc and main/index.ts may import electron: the rest of main runs in plain Node.
    files: ['src/main/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/main/app/**', 'src/main/ipc/handle.ts', 'src/main/index.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only main/app, main/ipc and main/index.ts import electron.', allowTypeImports: true }] },
      ],
    },
  },
  {
    // The database layer stores data: it knows the core and the DTOs (shared/dto), never the services, the contract
    // or its transport, not even for a type.
    files: ['src/main/db/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', '../services/*', '../ipc/*', '../host/*', '../app/*', '**/main/services/**', '**/main/ipc/**', '**/main/host/**', '**/main/app/**', '**/shared/ipc/**', '**/renderer/**', '**/cli/**'],
              message: 'db knows the core and shared/dto only',
            },
          ],
        },
      ],
    },
  },
  {
    // The services implement the contract (shared/ipc); how a call reaches them (main/ipc, the host, the desktop
    // shell) is none of their business, not even for a type.
    files: ['src/main/services/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', '../ipc/*', '../host/*', '../app/*', '**/main/ipc/**', '**/main/host/**', '**/main/app/**', '**/renderer/**', '**/cli/**'],
              message: 'services do not import transport (main/ipc, main/host, main/app, electron)',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer leaves the page only through lib/api.ts.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'node:*', 'better-sqlite3', '**/main/**', '**/cli/**'], message: 'the renderer talks to the Node side through lib/api.ts only', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs'],
    // Node scripts; the browser names appear inside page.evaluate() bodies, which run in the page.
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'Buffer', 'URL', 'fetch', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'window', 'document', 'requestAnimationFrame'].map((g) => [g, 'readonly']),
      ),
    },
  },
)
