/**
 * What a drop on the window holds, as files to import: dropped files as they are, dropped folders walked
 * recursively through the File and Directory Entries API (`DataTransferItem.webkitGetAsEntry()`), the same in
 * the desktop app and in browser mode.
 *
 * Why entries and not paths: the window never learns a path (webUtils.getPathForFile in a preload would give one),
 * so no renderer-chosen path ever reaches the Node side, as File > Import Folder… and the library's backup keep
 * paths on the Node side only; and browser mode, which has no preload, walks folders by the same code. The bytes
 * go through the import the window already uses (bulkImport: batches, a progress bar, Cancel).
 *
 * Like File > Import Folder… (src/main/services/files.ts expandInputs): inside a folder, names starting with "."
 * (hidden files and folders) are skipped and the rest is taken in name order; what was dropped is taken as it is.
 */

/** The part of a FileSystemEntry the walk uses (structural, so that tests can hand in fakes). */
export interface DropEntry {
  readonly name: string
  /** From the drop's root: "/Wire/2024/story.xml" */
  readonly fullPath: string
  readonly isFile: boolean
  readonly isDirectory: boolean
}
export interface DropFileEntry extends DropEntry {
  file(success: (file: File) => void, failure?: (error: DOMException) => void): void
}
export interface DropDirectoryEntry extends DropEntry {
  createReader(): { readEntries(success: (entries: DropEntry[]) => void, failure?: (error: DOMException) => void): void }
}

/** One thing dropped: an entry where the browser gives one, else the plain File (no entry support). */
export type DroppedItem = { entry: DropEntry } | { file: File }

export interface DroppedFiles {
  files: File[]
  /** What could not be read, each with its path in the drop and the reason */
  failed: { path: string; message: string }[]
}

/** The import's name limit (imports:start and stories:import take names of at most 1,000 characters). */
const MAX_NAME = 1000

/**
 * Takes what the drop holds before the event ends (DataTransfer items are emptied once the drop handler returns;
 * the entries stay readable). Items that are not files (dragged text, links) are left out.
 */
export function droppedItems(data: DataTransfer): DroppedItem[] {
  const items: DroppedItem[] = []
  const list = data.items
  if (!list || list.length === 0) return [...data.files].map((file) => ({ file }))
  for (const item of [...list]) {
    if (item.kind !== 'file') continue
    const entry = typeof item.webkitGetAsEntry === 'function' ? (item.webkitGetAsEntry() as DropEntry | null) : null
    if (entry) items.push({ entry })
    else {
      const file = item.getAsFile()
      if (file) items.push({ file })
    }
  }
  return items
}

/** True when the drop holds a folder: the desk then says it is reading it (a big folder takes a moment). */
export const hasFolder = (items: readonly DroppedItem[]): boolean => items.some((i) => 'entry' in i && i.entry.isDirectory)

/**
 * Every file in what was dropped: files in drop order, each folder's files recursively in name order, hidden ones
 * skipped inside folders. A file inside a folder is named by its path in the drop ("Wire/2024/story.xml"), so that
 * two story.xml in different folders can be told apart in the import's summary.
 */
export async function collectDroppedFiles(items: readonly DroppedItem[]): Promise<DroppedFiles> {
  const out: DroppedFiles = { files: [], failed: [] }
  const walk = async (entry: DropEntry, top: boolean): Promise<void> => {
    if (!top && entry.name.startsWith('.')) return
    const path = entry.fullPath.replace(/^\/+/, '') || entry.name
    try {
      if (entry.isDirectory) {
        const children = await readAll(entry as DropDirectoryEntry)
        children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        for (const child of children) await walk(child, false)
      } else if (entry.isFile) {
        const file = await fileOf(entry as DropFileEntry)
        out.files.push(top || path.length > MAX_NAME ? file : renamed(file, path))
      }
    } catch (e) {
      out.failed.push({ path, message: e instanceof Error && e.message ? e.message : 'could not be read' })
    }
  }
  for (const item of items) {
    if ('file' in item) out.files.push(item.file)
    else await walk(item.entry, true)
  }
  return out
}

/** A directory's entries: readEntries answers in pieces (100 at a time in Chromium) until it answers none. */
async function readAll(dir: DropDirectoryEntry): Promise<DropEntry[]> {
  const reader = dir.createReader()
  const all: DropEntry[] = []
  for (;;) {
    const batch = await new Promise<DropEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
    if (batch.length === 0) return all
    all.push(...batch)
  }
}

const fileOf = (entry: DropFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject))

/** The same bytes under another name (a File is a view of the dropped file, nothing is read here). */
const renamed = (file: File, name: string) => new File([file], name, { type: file.type, lastModified: file.lastModified })
