import type { ImportSummary } from '../../../shared/dto'
import { call } from '../../lib/api'
import { useStore } from '../../store'

/** Bytes as base64 without building one huge string of char codes at once. */
function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

/** Reports what an import did, refreshes the library and opens the first story it touched. */
async function afterImport(results: ImportSummary[]) {
  const store = useStore.getState()
  const items = results.flatMap((r) => r.items)
  for (const f of items.filter((i) => i.outcome === 'failed')) store.notify('error', `${f.file}: ${f.error?.message ?? 'could not be imported'}`)
  await store.loadLibrary()
  const first = items.find((i) => i.storyId)
  if (first?.storyId) await store.openStory(first.storyId)
  const dup = items.filter((i) => i.outcome === 'duplicate').length
  if (dup > 0) store.notify('info', dup === 1 ? 'That story is already in the library; opened it.' : `${dup} stories were already in the library.`)
}

export async function importText(text: string, name = 'Pasted text.txt') {
  if (text.trim() === '') return
  useStore.setState({ importing: true })
  try {
    const r = await call('stories:import', { name, text })
    if (!r.ok) useStore.getState().notify('error', `Import failed: ${r.error.message}`)
    else await afterImport([r.value])
  } finally {
    useStore.setState({ importing: false })
  }
}

export async function importFiles(files: readonly File[]) {
  if (files.length === 0) return
  useStore.setState({ importing: true })
  try {
    const results: ImportSummary[] = []
    for (const f of files) {
      const r = await call('stories:import', { name: f.name, base64: toBase64(new Uint8Array(await f.arrayBuffer())) })
      if (r.ok) results.push(r.value)
      else useStore.getState().notify('error', `${f.name}: ${r.error.message}`)
    }
    await afterImport(results)
  } finally {
    useStore.setState({ importing: false })
  }
}

/**
 * Paste outside the story text imports it as a new story; files dropped anywhere are imported.
 * Returns the cleanup.
 */
export function installImportListeners(): () => void {
  const onPaste = (e: ClipboardEvent) => {
    const target = e.target instanceof Element ? e.target : null
    if (target?.closest('[contenteditable="true"], input, textarea, select')) return
    const files = [...(e.clipboardData?.files ?? [])]
    const text = e.clipboardData?.getData('text/plain') ?? ''
    if (files.length === 0 && text.trim() === '') return
    e.preventDefault()
    void (files.length > 0 ? importFiles(files) : importText(text))
  }
  const onDragOver = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes('Files')) {
      e.preventDefault()
      e.dataTransfer.dropEffect = 'copy'
    }
  }
  const onDrop = (e: DragEvent) => {
    const files = [...(e.dataTransfer?.files ?? [])]
    if (files.length === 0) return
    e.preventDefault()
    void importFiles(files)
  }
  document.addEventListener('paste', onPaste)
  document.addEventListener('dragover', onDragOver)
  document.addEventListener('drop', onDrop)
  return () => {
    document.removeEventListener('paste', onPaste)
    document.removeEventListener('dragover', onDragOver)
    document.removeEventListener('drop', onDrop)
  }
}
