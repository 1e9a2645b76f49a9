import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { build, type Plugin } from 'vite'

/**
 * The import worker again as one self-contained CommonJS file, out/main/importWorker.cjs, for the desktop app: a
 * worker thread started from inside app.asar then needs no ES module loading and no shared chunks, only
 * better-sqlite3 (required from the asar's node_modules, its .node file unpacked). The ES module entry
 * (importWorker.js) stays for browser mode's host.
 */
function importWorkerCjs(): Plugin {
  return {
    name: 'wiremark:import-worker-cjs',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        // harfbuzzjs (the PDF engine's shaper) stays a dynamic import(): its module awaits at the top level, which a
        // CommonJS bundle cannot hold, and the worker never draws a PDF.
        ssr: { noExternal: true, external: ['better-sqlite3', 'harfbuzzjs'] },
        build: {
          ssr: resolve('src/main/services/importWorker.ts'),
          outDir: resolve('out/main'),
          emptyOutDir: false,
          minify: false,
          target: 'node20',
          rollupOptions: {
            external: ['better-sqlite3', 'electron', 'harfbuzzjs'],
            output: { format: 'cjs', entryFileNames: 'importWorker.cjs', codeSplitting: false },
          },
        },
      })
    },
  }
}

// One build for every runtime: the Electron main process, the Node entries that share its code
// (the loopback host for browser mode and the `wiremark` CLI), the sandboxed preload, and the renderer.
export default defineConfig({
  main: {
    plugins: [importWorkerCjs()],
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
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html'), bench: resolve('src/renderer/bench.html') },
        // The fonts of styles/fonts.css under their own names in assets/fonts: the PDF engine reads the same files
        // (main/services/exportPdf.ts), so that the packaged app carries one copy of them, not two.
        output: {
          assetFileNames: (asset: { names?: string[]; name?: string }) =>
            /\.ttf$/.test(asset.names?.[0] ?? asset.name ?? '') ? 'assets/fonts/[name][extname]' : 'assets/[name]-[hash][extname]',
        },
      },
    },
  },
})
