import { app, BrowserWindow, dialog, Menu, nativeTheme, screen, session, shell } from 'electron'
import { join } from 'node:path'
import { APP_INDEX_URL } from './app/appUrl'
import { contextMenuTemplate, dictionaryUrlFrom, spellLanguagesFor } from './app/contextMenu'
import { registerAppScheme, serveRenderer } from './app/protocol'
import { installQuitSequence } from './app/quit'
import { rendererLogLine } from './app/rendererConsole'
import { applySessionSecurity } from './app/security'
import { exportDialogFilters } from './app/exportDialog'
import { startLogFile, updaterLogger } from './app/logFile'
import { buildMenu } from './app/menu'
import { createRecentFiles } from './app/recentFiles'
import { createCrashPolicy, reloadKeepingWork } from './app/recovery'
import { createPreferences, updatePlan, updatesSetting } from './app/updates'
import { libraryMenuActions } from './app/libraryMenu'
import { filesFromArgv, importableFiles } from './app/openFiles'
import { windowBackground, windowOptions } from './app/windowOptions'
import { placeWindow } from './app/windowPlacement'
import { loadWindowState, trackWindowState } from './app/windowState'
import { AppError } from '../shared/ipc/result'
import { DatabaseError } from './db/connection'
import { registerIpc, senderFacts, sendEvent } from './ipc/handle'
import { isTrustedSender, trustedOrigins } from './ipc/sender'
import type { Handlers } from '../shared/ipc/contract'
import { appRoot, appVersion, electronNativeBinding, libraryPath, userDataDir } from './paths'
import { log } from './log'
import { writeFileAtomic } from './services/exportFile'
import { warmPdfEngine } from './services/exportPdf'
import { createServices, type Services } from './services/index'

// Composition root of the desktop app, top to bottom: one instance, data folder, database, services, IPC, window.

// The data folder is set before the single-instance lock, whose lock file lives in it: two instances with different
// data folders (WIREMARK_DATA_DIR) are two libraries and may both run.
const dataDir = userDataDir()
app.setPath('userData', dataDir)
// Everything the Node side logs goes to a file users can attach to a report (Help > Show Log File).
const logFile = startLogFile()
// app:// must be privileged before ready; the renderer is served from it, never from file://.
registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let win: BrowserWindow | null = null
  let services: Services | null = null
  // Set once the library is open: opens the window (again, on macOS after its last window closed).
  let createWindow: (() => void) | null = null
  // Files the system asked us to open before the library was open (the command line, macOS open-file at launch).
  const pendingFiles: string[] = []
  const recents = createRecentFiles(dataDir, process.platform)
  const preferences = createPreferences(dataDir)
  let refreshMenu = () => {}

  /** Imports files the system or Open Recent handed over; waits for the library if need be. Each becomes recent. */
  const openFiles = (files: string[]) => {
    if (files.length === 0) return
    if (!services) {
      pendingFiles.push(...files)
      return
    }
    for (const f of files) {
      app.addRecentDocument(f)
      recents.add(f)
    }
    refreshMenu()
    services.importPaths(files)
  }

  /** Brings the window to the front: shown, restored from the taskbar or dock, focused; opened if there is none. */
  const showWindow = () => {
    if (!win) {
      createWindow?.()
      return
    }
    if (win.isMinimized()) win.restore()
    if (!win.isVisible()) win.show()
    win.focus()
  }

  // A second launch (a double-clicked file, "Open with", the Start menu) shows this window and opens its files.
  app.on('second-instance', (_e, argv, workingDirectory) => {
    showWindow()
    openFiles(importableFiles(filesFromArgv(argv, workingDirectory)))
  })
  openFiles(importableFiles(filesFromArgv(process.argv, process.cwd())))
  // macOS: a file dropped on the Dock icon, double-clicked in the Finder or chosen in Open Recent (may come before ready).
  app.on('open-file', (e, file) => {
    e.preventDefault()
    openFiles([file])
    if (services) showWindow()
  })
  // macOS: clicking the Dock icon with no window open opens one.
  app.on('activate', () => {
    if (!win) createWindow?.()
  })

  app.whenReady().then(() => {
    try {
      services = createServices({
        dbPath: libraryPath(dataDir),
        dataDir,
        mode: 'electron',
        version: appVersion(),
        // Self-contained CommonJS, so that a worker thread can start it from inside app.asar (electron.vite.config.ts).
        importWorkerPath: join(appRoot(), 'out', 'main', 'importWorker.cjs'),
        ...(electronNativeBinding() ? { nativeBinding: electronNativeBinding() as string } : {}),
      })
    } catch (e) {
      // A SQLite module that cannot load is an installation problem, not the library's: its own title says so.
      const native = e instanceof DatabaseError && e.code === 'native_module'
      log.error(native ? 'The SQLite module could not load' : 'Wiremark cannot open its library', e)
      dialog.showErrorBox(native ? 'The SQLite module could not load' : 'Wiremark cannot open its library', (e as Error).message)
      app.quit()
      return
    }
    const s = services
    applySessionSecurity()
    const dictionaries = dictionaryUrlFrom(process.env)
    if (dictionaries) session.defaultSession.setSpellCheckerDictionaryDownloadURL(dictionaries)
    serveRenderer(join(appRoot(), 'out', 'renderer'))
    // Export to a file the editor picks in a native save dialog (the dialog asks before replacing a file).
    const saveExport: Handlers['exports:save'] = async ({ storyId, format }) => {
      const file = await s.exports.file(storyId, format)
      const r = win
        ? await dialog.showSaveDialog(win, { title: 'Export story', defaultPath: join(app.getPath('documents'), file.fileName), filters: exportDialogFilters(format) })
        : { canceled: true, filePath: '' }
      if (r.canceled || !r.filePath) return { path: null, bytes: 0 }
      writeFileAtomic(r.filePath, file.data, { overwrite: true })
      return { path: r.filePath, bytes: file.data.length }
    }
    // Opening a story sets the spell checker to its language where the wire file names one (Windows, Linux).
    const getStory: Handlers['stories:get'] = (input) => {
      const story = s.library.get(input.id)
      const langs = process.platform === 'darwin' ? null : spellLanguagesFor(story.version.article.language, session.defaultSession.availableSpellCheckerLanguages)
      if (langs) session.defaultSession.setSpellCheckerLanguages(langs)
      return story
    }
    // Updates from the release's feed, only where the user turned them on (off by default); installed on quit.
    const updateFacts = () => ({ enabled: preferences.get().updates, isPackaged: app.isPackaged, env: process.env })
    const checkForUpdates = async () => {
      const plan = updatePlan(updateFacts())
      log.info(`Wiremark: automatic updates ${plan.check ? 'on' : plan.reason}`)
      if (!plan.check) return
      try {
        const { autoUpdater } = (await import('electron-updater')).default
        autoUpdater.logger = updaterLogger
        autoUpdater.autoDownload = true
        autoUpdater.autoInstallOnAppQuit = true
        await autoUpdater.checkForUpdatesAndNotify()
      } catch (e) {
        log.error('Wiremark: the update check failed', e)
      }
    }
    /** The one switch, from Settings or the Help menu: saved for this computer, the menu's tick follows, checked at once. */
    const setUpdates = (on: boolean) => {
      preferences.set({ updates: on })
      refreshMenu()
      if (on) void checkForUpdates()
    }
    const switchUpdates: Handlers['app:setUpdates'] = ({ on }) => {
      const now = updatesSetting(updateFacts())
      if (!now.switchable) throw new AppError('unavailable', now.note)
      setUpdates(on)
      return updatesSetting(updateFacts())
    }
    // The sender check: our window's main frame on the app's own origin (app://wiremark, or the dev server).
    const origins = trustedOrigins(process.env.ELECTRON_RENDERER_URL)
    registerIpc(
      { ...s.handlers, 'exports:save': saveExport, 'stories:get': getStory, 'app:updates': () => updatesSetting(updateFacts()), 'app:setUpdates': switchUpdates },
      (event) => isTrustedSender(senderFacts(event, win?.webContents), origins),
    )
    s.events.subscribe((e) => sendEvent(win?.webContents, e))

    // Closing the window or quitting: the window saves what the editor did (and says so) before the library closes.
    const quitSequence = installQuitSequence({
      app,
      getWindow: () => win,
      flushWindow: () => s.flushAcks.request((id) => sendEvent(win?.webContents, { type: 'app:flush', payload: { id } }), 5000),
      closeServices: () => {
        s.close()
        services = null
      },
    })

    /** Reloads the window after asking it to save what the editor did (a hung window is ended first). */
    const reloadWindow = (w: BrowserWindow) =>
      reloadKeepingWork({
        flush: () => s.flushAcks.request((id) => sendEvent(w.webContents, { type: 'app:flush', payload: { id } }), 3000),
        endHungRenderer: () => {
          endedOnPurpose.add(w)
          w.webContents.forcefullyCrashRenderer()
        },
        reload: () => {
          if (!w.isDestroyed()) w.webContents.reload()
        },
      }).then((saved) => log.warn(`Wiremark: window reloaded (its save before: ${saved})`))
    const crashes = createCrashPolicy()
    // Renderers ended by reloadWindow (hung): their end is no crash, and reloadWindow reloads them itself.
    const endedOnPurpose = new WeakSet<BrowserWindow>()

    createWindow = () => {
      // The saved bounds, kept on a display that is there now and inside its work area; else centred.
      const state = loadWindowState(dataDir)
      const bounds = placeWindow(state.bounds, screen.getAllDisplays().map((d) => d.workArea), screen.getPrimaryDisplay().workArea)
      const w = new BrowserWindow(
        windowOptions(join(appRoot(), 'out', 'preload', 'index.cjs'), bounds, join(appRoot(), 'resources', 'icon.png'), nativeTheme.shouldUseDarkColors),
      )
      win = w
      if (state.maximized) w.maximize()
      trackWindowState(w, dataDir)
      // The window's warnings and errors (the analysis worker falling back to the main thread among them) go to the log.
      w.webContents.on('console-message', (e) => {
        const line = rendererLogLine(e)
        if (line) log[line.level](line.text)
      })
      // A native menu wherever the page does not show its own (the desk's menu on selected words and marks).
      w.webContents.on('context-menu', (_e, params) => {
        const template = contextMenuTemplate(params, process.platform, {
          replaceMisspelling: (word) => w.webContents.replaceMisspelling(word),
          addToDictionary: (word) => void w.webContents.session.addWordToSpellCheckerDictionary(word),
          lookUp: () => w.webContents.showDefinitionForSelection(),
        })
        Menu.buildFromTemplate(template).popup({ window: w })
      })
      // The renderer died: reload it (its edits are saved as they are made), unless it keeps dying; then ask.
      w.webContents.on('render-process-gone', (_e, details) => {
        if (endedOnPurpose.delete(w)) return
        const action = crashes.onGone(details.reason, Date.now())
        if (action === 'ignore' || w.isDestroyed()) return
        log.error(`Wiremark: the window's renderer is gone (${details.reason}, exit code ${details.exitCode}); ${action === 'reload' ? 'reloading' : 'asking'}`)
        if (action === 'reload') {
          w.webContents.reload()
          return
        }
        const answer = dialog.showMessageBoxSync(w, {
          type: 'error',
          message: 'The Wiremark window keeps closing unexpectedly.',
          detail: `Reason: ${details.reason}. Your saved work is in the library. The log file can help us: ${logFile}`,
          buttons: ['Reload', 'Quit'],
          defaultId: 0,
          cancelId: 1,
        })
        if (answer === 0) w.webContents.reload()
        else app.quit()
      })
      // A hung window: the user chooses to wait or to reload; the question goes away if the window recovers.
      w.on('unresponsive', () => {
        log.warn('Wiremark: the window is not responding')
        const asking = new AbortController()
        const recovered = () => asking.abort()
        w.once('responsive', recovered)
        void dialog
          .showMessageBox(w, {
            type: 'warning',
            message: 'The Wiremark window is not responding.',
            detail: 'Wait for it, or reload the window: it saves what the editor did first if it still can.',
            buttons: ['Wait', 'Reload'],
            defaultId: 0,
            cancelId: 0,
            signal: asking.signal,
          })
          .then(async (r) => {
            w.off('responsive', recovered)
            if (r.response === 1 && !asking.signal.aborted && !w.isDestroyed()) await reloadWindow(w)
          })
      })
      w.once('ready-to-show', () => w.show())
      w.on('closed', () => {
        if (win === w) win = null
      })
      quitSequence.watchWindow(w)
      if (process.env.ELECTRON_RENDERER_URL) void w.loadURL(process.env.ELECTRON_RENDERER_URL)
      else void w.loadURL(APP_INDEX_URL)
    }

    // Windows and Linux dialogs pick files or folders, not both: hence two menu items.
    const importFrom = async (what: 'files' | 'folders') => {
      if (!win) return
      const r = await dialog.showOpenDialog(win, {
        title: what === 'files' ? 'Import wire copy' : 'Import folders of wire copy',
        properties: [what === 'files' ? 'openFile' : 'openDirectory', 'multiSelections'],
      })
      if (r.canceled || r.filePaths.length === 0) return
      if (what === 'files') openFiles(r.filePaths)
      else s.importPaths(r.filePaths)
    }
    const library = libraryMenuActions(() => win, s.handlers, dataDir)
    refreshMenu = () => {
      app.applicationMenu = buildMenu(
        { platform: process.platform, isPackaged: app.isPackaged, recent: recents.list(), updates: updatesSetting(updateFacts()) },
        {
          importFiles: () => void importFrom('files'),
          importFolders: () => void importFrom('folders'),
          exportStory: () => sendEvent(win?.webContents, { type: 'menu:export', payload: null }),
          backup: () => void library.backup(),
          restore: () => void library.restore(),
          openRecent: (file) => openFiles([file]),
          clearRecent: () => {
            recents.clear()
            app.clearRecentDocuments()
            refreshMenu()
          },
          showLog: () => shell.showItemInFolder(logFile),
          setUpdates,
        },
      )
    }
    refreshMenu()
    void checkForUpdates()
    // The colour behind the page follows the system's theme, as the renderer's own colours do.
    nativeTheme.on('updated', () => win?.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors)))

    createWindow()
    openFiles(pendingFiles.splice(0))
    // The PDF engine loads its shaper and opens its fonts now, while the editor reads, not on the first export.
    warmPdfEngine().catch((e: unknown) => log.warn('Wiremark: the PDF engine could not get ready; a PDF export will try again', e))
  }).catch((e: unknown) => {
    log.error('Wiremark failed to start', e)
    app.quit()
  })

  // The quit that follows runs the quit sequence (the library closes there). On macOS the app stays open without a
  // window, as Mac apps do; the Dock icon (activate) opens one again.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
