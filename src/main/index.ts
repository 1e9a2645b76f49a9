import { app, BrowserWindow, dialog } from 'electron'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { applySessionSecurity } from './app/security'
import { buildMenu } from './app/menu'
import { windowOptions } from './app/windowOptions'
import { loadBounds, trackBounds } from './app/windowState'
import { registerIpc } from './ipc/handle'
import { appRoot, appVersion, electronNativeBinding, libraryPath, userDataDir } from './paths'
import { createServices, type Services } from './services/index'

// Composition root of the desktop app, top to bottom: one instance, data folder, database, services, IPC, window.

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  const dataDir = userDataDir()
  app.setPath('userData', dataDir)
  let win: BrowserWindow | null = null
  let services: Services | null = null

  app.on('second-instance', () => {
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })

  app.whenReady().then(() => {
    try {
      services = createServices({
        dbPath: libraryPath(dataDir),
        dataDir,
        mode: 'electron',
        version: appVersion(),
        ...(electronNativeBinding() ? { nativeBinding: electronNativeBinding() as string } : {}),
      })
    } catch (e) {
      dialog.showErrorBox('Wiremark cannot open its library', (e as Error).message)
      app.quit()
      return
    }
    const s = services
    applySessionSecurity()
    registerIpc(s.handlers, (event) => event.senderFrame?.url === win?.webContents.getURL() && event.sender === win?.webContents)

    win = new BrowserWindow(
      windowOptions(join(appRoot(), 'out', 'preload', 'index.cjs'), loadBounds(dataDir), join(appRoot(), 'resources', 'icon.png')),
    )
    trackBounds(win, dataDir)
    win.once('ready-to-show', () => win?.show())
    win.on('closed', () => (win = null))

    const importFiles = async () => {
      if (!win) return
      const r = await dialog.showOpenDialog(win, { title: 'Import wire copy', properties: ['openFile', 'multiSelections'] })
      if (r.canceled) return
      for (const file of r.filePaths) {
        const summary = s.library.importFile(basename(file), new Uint8Array(readFileSync(file)))
        win.webContents.send('wiremark:event', { type: 'stories:imported', payload: summary })
      }
    }
    app.applicationMenu = buildMenu(() => win, () => void importFiles())

    if (process.env.ELECTRON_RENDERER_URL) void win.loadURL(process.env.ELECTRON_RENDERER_URL)
    else void win.loadFile(join(appRoot(), 'out', 'renderer', 'index.html'))
  }).catch((e: unknown) => {
    console.error('Wiremark failed to start', e)
    app.quit()
  })

  app.on('window-all-closed', () => {
    services?.close()
    app.quit()
  })
}
