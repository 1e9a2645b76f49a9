import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { appRoot, appVersion, libraryPath, userDataDir } from '../paths'
import { warmPdfEngine } from '../services/exportPdf'
import { createServices } from '../services/index'
import { createHost } from './server'

/** Browser mode: `npm start` where no Electron binary is installed. Prints the URL (with its token) and serves until stopped. */
function main() {
  let values: { port?: string; 'data-dir'?: string }
  try {
    ;({ values } = parseArgs({ options: { port: { type: 'string' }, 'data-dir': { type: 'string' } }, strict: true }))
  } catch (e) {
    console.error(`wiremark host: ${(e as Error).message}`)
    process.exit(2)
  }
  const dataDir = values['data-dir'] ?? userDataDir()
  const services = createServices({
    dbPath: libraryPath(dataDir),
    dataDir,
    mode: 'browser',
    version: appVersion(),
    importWorkerPath: join(appRoot(), 'out', 'main', 'importWorker.js'),
  })
  const token = randomBytes(24).toString('base64url')
  const server = createHost({ handlers: services.handlers, token, rendererDir: join(appRoot(), 'out', 'renderer') }, services.events)
  const wanted = Number(values.port ?? process.env.WIREMARK_PORT ?? 0)
  server.on('error', (e: NodeJS.ErrnoException) => {
    console.error(`wiremark host: cannot listen on 127.0.0.1:${wanted}: ${e.message}`)
    process.exit(1)
  })
  server.listen(wanted, '127.0.0.1', () => {
    const a = server.address()
    const port = a && typeof a === 'object' ? a.port : wanted
    console.log(`Wiremark is running at http://127.0.0.1:${port}/?token=${token}`)
    console.log(`Library: ${services.info.dbPath}`)
    // The PDF engine gets ready while the page loads, not on the first export.
    warmPdfEngine().catch((e: unknown) => console.error(`wiremark host: the PDF engine could not get ready (${e instanceof Error ? e.message : String(e)}); a PDF export will try again`))
  })
  const stop = () => {
    server.close()
    services.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main()
