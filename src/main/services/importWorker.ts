import { parentPort, workerData } from 'node:worker_threads'
import { createServices } from './index'
import { runImport, type ImportWorkerData } from './importRun'

// A bulk import off the main thread, with its own connection (WAL lets the window keep reading).
const data = workerData as ImportWorkerData
const flag = new Int32Array(data.cancelFlag)
const services = createServices({
  dbPath: data.dbPath,
  dataDir: data.dataDir,
  mode: 'browser',
  version: data.version,
  ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
})
try {
  let last = 0
  const summary = runImport(services.library, data.sources, {
    isCancelled: () => Atomics.load(flag, 0) === 1,
    onProgress: (p) => {
      const now = Date.now()
      // At most ~20 progress messages a second: enough for a smooth bar, cheap for the window.
      if (now - last >= 50 || p.done === p.total) {
        last = now
        parentPort?.postMessage({ type: 'progress', progress: p })
      }
    },
  })
  parentPort?.postMessage({ type: 'done', summary })
} catch (e) {
  parentPort?.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) })
} finally {
  services.close()
}
