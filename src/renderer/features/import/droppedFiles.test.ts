import { describe, expect, it } from 'vitest'
import { collectDroppedFiles, droppedItems, hasFolder, type DropDirectoryEntry, type DropEntry, type DropFileEntry, type DroppedItem } from './droppedFiles'

// Fake entries shaped as Chromium hands them over: readEntries answers in pieces of `page` until it answers [].

type Tree = { [name: string]: string | Tree | Error }

function fileEntry(path: string, content: string | Error): DropFileEntry {
  const name = path.split('/').pop() as string
  return {
    name,
    fullPath: path,
    isFile: true,
    isDirectory: false,
    file: (ok, fail) =>
      setTimeout(() => (content instanceof Error ? fail?.(new DOMException(content.message, 'NotReadableError')) : ok(new File([content], name, { type: 'text/plain' })))),
  }
}

function dirEntry(path: string, tree: Tree, page = 2, calls = { reads: 0 }): DropDirectoryEntry {
  const name = path.split('/').pop() as string
  const children: DropEntry[] = Object.entries(tree).map(([n, v]) =>
    typeof v === 'string' || v instanceof Error ? fileEntry(`${path}/${n}`, v) : dirEntry(`${path}/${n}`, v, page, calls),
  )
  return {
    name,
    fullPath: path,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0
      return {
        readEntries: (ok) => {
          calls.reads++
          setTimeout(() => {
            const batch = children.slice(at, at + page)
            at += batch.length
            ok(batch)
          })
        },
      }
    },
  }
}

const names = (files: File[]) => files.map((f) => f.name)

describe('a dropped folder', () => {
  it('gives every file in it, recursively, in name order, named by their path in the drop', async () => {
    const folder = dirEntry('/Wire', { 'b.xml': 'b', 'a.json': 'a', Monday: { 'z.txt': 'z', 'c.docx': 'c' }, 'd.txt': 'd' })
    const { files, failed } = await collectDroppedFiles([{ entry: folder }])
    expect(names(files)).toEqual(['Wire/Monday/c.docx', 'Wire/Monday/z.txt', 'Wire/a.json', 'Wire/b.xml', 'Wire/d.txt'])
    expect(failed).toEqual([])
    expect(await files[0]?.text()).toBe('c')
    expect(files[0]?.type).toBe('text/plain')
  })

  it('reads a directory until readEntries answers nothing (Chromium answers 100 at a time)', async () => {
    const tree: Tree = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`s${String(i).padStart(3, '0')}.txt`, `${i}`]))
    const calls = { reads: 0 }
    const { files } = await collectDroppedFiles([{ entry: dirEntry('/Big', tree, 100, calls) }])
    expect(files).toHaveLength(250)
    expect(files[249]?.name).toBe('Big/s249.txt')
    expect(calls.reads).toBe(4) // 100, 100, 50, then the empty answer
  })

  it('skips hidden files and folders inside it, as File > Import Folder… does', async () => {
    const folder = dirEntry('/Wire', { '.DS_Store': 'x', '.git': { 'HEAD': 'ref' }, 'story.xml': 's', sub: { '._story.xml': 'mac', 'b.txt': 'b' } })
    const { files } = await collectDroppedFiles([{ entry: folder }])
    expect(names(files)).toEqual(['Wire/story.xml', 'Wire/sub/b.txt'])
  })

  it('takes what was dropped itself even where its name starts with a dot', async () => {
    const { files } = await collectDroppedFiles([{ entry: dirEntry('/.wire', { 'a.txt': 'a' }) }, { entry: fileEntry('/.notes.txt', 'n') }])
    expect(names(files)).toEqual(['.wire/a.txt', '.notes.txt'])
  })

  it('keeps files and folders dropped together in the drop order; a plain File passes as it is', async () => {
    const plain = new File(['p'], 'plain.txt')
    const items: DroppedItem[] = [{ entry: fileEntry('/one.txt', '1') }, { entry: dirEntry('/F', { 'two.txt': '2' }) }, { file: plain }]
    const { files } = await collectDroppedFiles(items)
    expect(names(files)).toEqual(['one.txt', 'F/two.txt', 'plain.txt'])
    expect(files[2]).toBe(plain)
  })

  it('names what cannot be read and goes on with the rest', async () => {
    const locked: DropDirectoryEntry = {
      name: 'Locked',
      fullPath: '/Wire/Locked',
      isFile: false,
      isDirectory: true,
      createReader: () => ({ readEntries: (_ok, fail) => setTimeout(() => fail?.(new DOMException('Permission denied', 'NotReadableError'))) }),
    }
    const folder = dirEntry('/Wire', { 'a.txt': 'a', 'broken.xml': new Error('The file changed while it was read') })
    const reader = folder.createReader()
    const withLocked: DropDirectoryEntry = {
      ...folder,
      createReader: () => {
        let first = true
        return {
          readEntries: (ok, fail) =>
            first
              ? reader.readEntries((batch) => {
                  first = false
                  ok([...batch, locked])
                }, fail)
              : ok([]),
        }
      },
    }
    const { files, failed } = await collectDroppedFiles([{ entry: withLocked }])
    expect(names(files)).toEqual(['Wire/a.txt'])
    expect(failed).toEqual([
      { path: 'Wire/Locked', message: 'Permission denied' },
      { path: 'Wire/broken.xml', message: 'The file changed while it was read' },
    ])
  })

  it('an empty folder gives nothing', async () => {
    expect(await collectDroppedFiles([{ entry: dirEntry('/Empty', {}) }])).toEqual({ files: [], failed: [] })
  })

  it('a path too long for the import keeps the file name alone', async () => {
    const deep = `/${'d'.repeat(600)}/${'e'.repeat(600)}`
    const { files } = await collectDroppedFiles([{ entry: dirEntry(deep, { 'x.txt': 'x' }) }])
    expect(names(files)).toEqual(['x.txt'])
  })
})

describe('the drop event', () => {
  const item = (kind: string, entry: DropEntry | null, file: File | null) => ({ kind, webkitGetAsEntry: () => entry, getAsFile: () => file })
  const transfer = (items: unknown[], files: File[] = []) => ({ items, files }) as unknown as DataTransfer

  it('takes an entry for each dropped file or folder, and skips dragged text', () => {
    const dir = dirEntry('/Wire', {})
    const got = droppedItems(transfer([item('string', null, null), item('file', dir, null)]))
    expect(got).toEqual([{ entry: dir }])
    expect(hasFolder(got)).toBe(true)
  })

  it('falls back to the File where the browser gives no entry', () => {
    const f = new File(['x'], 'x.txt')
    const got = droppedItems(transfer([item('file', null, f)]))
    expect(got).toEqual([{ file: f }])
    expect(hasFolder(got)).toBe(false)
  })

  it('uses the file list where there are no items', () => {
    const f = new File(['x'], 'x.txt')
    expect(droppedItems(transfer([], [f]))).toEqual([{ file: f }])
  })
})
