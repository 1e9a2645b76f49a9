import { createCommand, type LexicalCommand } from 'lexical'
import type { AnnotationKind } from '../../../core/annotation/types'

/** Mark the selected words as an annotation of the editor's own. */
export const ANNOTATE: LexicalCommand<{ kind: AnnotationKind }> = createCommand('WM_ANNOTATE')
/** Select [start, end) of the text, scroll it into view and focus the editor. */
export const JUMP_TO: LexicalCommand<{ start: number; end: number }> = createCommand('WM_JUMP_TO')
/** Take an annotation id off every mark that carries it. */
export const REMOVE_MARK: LexicalCommand<{ id: string }> = createCommand('WM_REMOVE_MARK')
/** Move the marks of one annotation id onto [start, end) of the text (new boundaries set from the card). */
export const SET_MARK_RANGE: LexicalCommand<{ id: string; start: number; end: number }> = createCommand('WM_SET_MARK_RANGE')
/**
 * Put marks on new suggestions' words (from the analysis of edited text) without moving the selection; `placed`
 * receives the ids whose words were still where the analysis saw them.
 */
export const ADD_SUGGESTION_MARKS: LexicalCommand<{ text: string; marks: { id: string; start: number; end: number; exact: string }[]; placed: string[] }> =
  createCommand('WM_ADD_SUGGESTION_MARKS')
