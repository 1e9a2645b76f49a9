import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

// One build for every runtime: the Electron main process, the Node entries that share its code
// (the loopback host for browser mode and the `wiremark` CLI), the sandboxed preload, and the renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          host: resolve('src/main/host/main.ts'),
          importWorker: resolve('src/main/services/importWorker.ts'),
          cli: resolve('src/cli/main.ts'),
          bench: resolve('src/bench/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed renderer can only load a CommonJS preload.
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      // bench.html: the plain Lexical baseline that `npm run bench` compares the desk's typing against.
      rollupOptions: { input: { index: resolve('src/renderer/index.html'), bench: resolve('src/renderer/bench.html') } },
    },
  },
})
