/** A rendered export: the file name to offer, its MIME type and its bytes as base64. */
export interface RenderedExport {
  fileName: string
  mime: string
  base64: string
  bytes: number
  /** How many annotations the export holds (a suggestion with the editor's decision over it counts once) */
  annotations: number
}
