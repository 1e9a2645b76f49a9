import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { isPresetName, PRESET_NAMES, PRESETS, type AnalyzeOptions } from '../core/analysis/houseStyle'
import { HouseStyleError, parseDisabledRules, parseHouseStyleFile } from '../core/analysis/houseStyleInput'
import { unreadableMessage } from './args'
import { UsageError, type CliIo } from './command'

/** The flags `analyze` and `export` share for the house style (parseArgs options). */
export const HOUSE_STYLE_FLAGS = {
  'house-style': { type: 'string' },
  disable: { type: 'string', multiple: true },
} as const

export const HOUSE_STYLE_USAGE = `  --house-style STYLE  the house style the checks follow: ${PRESET_NAMES.join(', ')}, or a JSON file such as
                       {"preset": "ap", "lateAttributionWords": 15, "disabledRules": ["loaded-verb"]}
  --disable RULE       switch a check off, e.g. --disable loaded-verb (repeatable)`

/**
 * The house style and checks switched off that the flags give, or undefined when neither flag is given. A bad
 * preset, an unreadable or invalid file or an unknown check is a UsageError naming it (exit 2).
 */
export function houseStyleFlags(values: { 'house-style'?: string | undefined; disable?: string[] | undefined }, command: string, io: CliIo): AnalyzeOptions | undefined {
  const style = values['house-style']
  const disable = values.disable ?? []
  if (style === undefined && disable.length === 0) return undefined
  const out: AnalyzeOptions = {}
  if (style !== undefined) {
    // A preset's name wins over a file of that name in the working folder.
    const name = style.toLowerCase()
    Object.assign(out, isPresetName(name) ? PRESETS[name] : houseStyleFile(style, command, io))
  }
  try {
    const rules = parseDisabledRules(disable)
    if (rules.length > 0) out.disabledRules = [...new Set([...(out.disabledRules ?? []), ...rules])]
  } catch (e) {
    if (e instanceof HouseStyleError) throw new UsageError(`wiremark ${command}: --disable: ${e.message}`)
    throw e
  }
  return out
}

/** A house-style file's style and checks, relative to the working folder. */
function houseStyleFile(path: string, command: string, io: CliIo): AnalyzeOptions {
  let text: string
  try {
    text = readFileSync(resolve(io.cwd, path), 'utf8')
  } catch (e) {
    const looksLikeName = !/[./\\]/.test(path)
    if (looksLikeName) throw new UsageError(`wiremark ${command}: --house-style: unknown house style '${path}'; use ${PRESET_NAMES.join(', ')} or a JSON file`)
    throw new UsageError(`wiremark ${command}: --house-style: ${unreadableMessage(path, e)}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new UsageError(`wiremark ${command}: --house-style: ${path} is not JSON (${(e as Error).message})`)
  }
  try {
    const { style, disabledRules } = parseHouseStyleFile(json)
    return { ...style, ...(disabledRules.length > 0 ? { disabledRules } : {}) }
  } catch (e) {
    if (e instanceof HouseStyleError) throw new UsageError(`wiremark ${command}: --house-style: ${path}: ${e.message}`)
    throw e
  }
}
