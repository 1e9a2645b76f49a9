import type { LexicalEditor } from 'lexical'
import { $readDocument, type DocumentSnapshot } from './document'

/**
 * The open story's editor, for store actions that need to read the document (autosave, analysis) or dispatch
 * a command to it (undo from a panel). Set by EditorBridgePlugin while the editor is mounted.
 */
let current: LexicalEditor | null = null

export const setCurrentEditor = (editor: LexicalEditor | null) => {
  current = editor
}
export const currentEditor = () => current

/** Reads the text typed since the last read into the store and starts a save (set by the editor's plugin). */
let flushDocument: (() => void) | null = null
export const setFlushDocument = (fn: (() => void) | null) => {
  flushDocument = fn
}
export const flushTypedText = () => flushDocument?.()

export function readSnapshot(): DocumentSnapshot | null {
  return current ? current.getEditorState().read($readDocument) : null
}
