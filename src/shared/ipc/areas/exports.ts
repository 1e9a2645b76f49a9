import type { HouseStyle } from '../../../core/analysis/houseStyle'
import type { RuleId } from '../../../core/analysis/types'
import type { ExportFormat } from '../../../core/export/types'
import type { RenderedExport } from '../../dto/exports'

export type ExportsContract = {
  /**
   * Renders a stored story (latest version, with the editor's annotations) in one format; nothing is written.
   * `checkedBy` (the CLI's --checked-by) names who checked instead of the checker's name in Settings;
   * `houseStyle` and `disabledRules` (the CLI's --house-style and --disable) go over the library's.
   */
  'exports:render': (input: { storyId: string; format: ExportFormat; checkedBy?: string; houseStyle?: HouseStyle; disabledRules?: RuleId[] }) => RenderedExport
  /**
   * Desktop only: asks where to save (a native save dialog) and writes the file atomically. Resolves to the
   * path written, or null when the editor cancelled. In browser mode it answers 'unavailable': download instead.
   */
  'exports:save': (input: { storyId: string; format: ExportFormat }) => { path: string | null; bytes: number }
}
export const EXPORTS_CHANNELS = ['exports:render', 'exports:save'] as const satisfies readonly (keyof ExportsContract)[]
