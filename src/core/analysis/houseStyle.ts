import type { RuleId } from './types'

/**
 * House style: the settings in which newsroom guides differ, and a preset for each guide (RULES.md, "House styles
 * that differ"). Every setting changes what a check finds; the check that reads it is named beside it.
 */

export const PRESET_NAMES = ['reuters', 'ap', 'bbc', 'guardian'] as const
export type PresetName = (typeof PRESET_NAMES)[number]

/** The bracket the house puts insertions into a quote in (insertion-in-quote). */
export const INSERTION_MARKS = ['(', '['] as const
/** How a full-sentence quote is introduced: `said: "…"` or `said, "…"` (quote-introduction). */
export const QUOTE_INTRODUCTIONS = [':', ','] as const
/** Where the present-tense "says" is a neutral attribution: nowhere, in features, everywhere (present-tense-attribution). */
export const SAYS_USES = ['never', 'features', 'always'] as const
/**
 * Courtesy titles (Mr, Mrs, Ms, Miss, Mx) outside quotes: `avoid` flags them, `later-references` flags a later
 * reference by the bare surname, `any` checks neither (courtesy-title).
 */
export const COURTESY_TITLE_USES = ['avoid', 'later-references', 'any'] as const
/** The largest late-attribution length a style may set, in words */
export const LATE_ATTRIBUTION_MAX = 200

export interface HouseStyle {
  /** The guide the settings come from, or `custom` when the desk set them one by one */
  preset: PresetName | 'custom'
  /** The bracket the house uses when it must insert words into a quote (insertion-in-quote) */
  insertionMark: (typeof INSERTION_MARKS)[number]
  /** A trailing attribution after more than this many quoted words, in a quote of several sentences, is late (late-attribution) */
  lateAttributionWords: number
  /** Whether a person's first reference must carry a title or role (speaker-not-introduced) */
  titleAtFirstReference: boolean
  /** The mark before a full-sentence quote that follows its attribution (quote-introduction) */
  quoteIntroduction: (typeof QUOTE_INTRODUCTIONS)[number]
  /** Where "says" may attribute instead of "said" (present-tense-attribution) */
  says: (typeof SAYS_USES)[number]
  /** Courtesy titles at later references (courtesy-title) */
  courtesyTitles: (typeof COURTESY_TITLE_USES)[number]
}

/** The settings of a house style, without its name: what a custom style sets one by one. */
export type HouseStyleSettings = Omit<HouseStyle, 'preset'>

export interface AnalyzeOptions extends Partial<HouseStyle> {
  /** Checks to leave out */
  disabledRules?: RuleId[]
}

/**
 * What each guide says, where they differ:
 * - insertions: Reuters puts them in round brackets and the AP wire avoids square ones (RULES §12); the BBC and the
 *   Guardian use square brackets, the British convention for an editor's words.
 * - late attribution: RULES §2 (Reuters, Guardian) wants a long quote attributed by the end of its first sentence,
 *   and tolerates a trailing attribution on a short one; the guides give no number, so 25 words is Wiremark's
 *   reading of "short". The BBC News Styleguide puts attribution first, so any trailing attribution of a quote of
 *   several sentences is late (0 words).
 * - title at first reference: AP, Reuters and the BBC want the title or role; the Guardian names well-known people
 *   without one (RULES §5).
 * - quote introduction: Reuters, the BBC and the Guardian introduce a quote with a colon; AP with a comma (a colon
 *   only before a quote of several sentences).
 * - "says": Reuters uses "said"; AP and the Guardian allow "says" in features; BBC News writes in the present tense.
 * - courtesy titles: AP, Reuters and the Guardian use the surname alone at later references; the BBC gives Mr, Mrs or
 *   Ms ("Mr Ban at second reference").
 */
export const PRESETS: Record<PresetName, HouseStyle> = {
  reuters: { preset: 'reuters', insertionMark: '(', lateAttributionWords: 25, titleAtFirstReference: true, quoteIntroduction: ':', says: 'never', courtesyTitles: 'avoid' },
  ap: { preset: 'ap', insertionMark: '(', lateAttributionWords: 25, titleAtFirstReference: true, quoteIntroduction: ',', says: 'features', courtesyTitles: 'avoid' },
  bbc: { preset: 'bbc', insertionMark: '[', lateAttributionWords: 0, titleAtFirstReference: true, quoteIntroduction: ':', says: 'always', courtesyTitles: 'later-references' },
  guardian: { preset: 'guardian', insertionMark: '[', lateAttributionWords: 25, titleAtFirstReference: false, quoteIntroduction: ':', says: 'features', courtesyTitles: 'avoid' },
}

/** The style a library uses until the desk chooses one. */
export const DEFAULT_PRESET: PresetName = 'reuters'

/** How the desk and the CLI name a style: "Reuters", "AP", "BBC", "Guardian", "Custom". */
export const STYLE_LABELS: Record<HouseStyle['preset'], string> = { reuters: 'Reuters', ap: 'AP', bbc: 'BBC', guardian: 'Guardian', custom: 'Custom' }

export const SETTING_KEYS = ['insertionMark', 'lateAttributionWords', 'titleAtFirstReference', 'quoteIntroduction', 'says', 'courtesyTitles'] as const satisfies readonly (keyof HouseStyleSettings)[]
// A setting missing from SETTING_KEYS is a compile error here.
type MissingKey = Exclude<keyof HouseStyleSettings, (typeof SETTING_KEYS)[number]>
const _everyKeyListed: MissingKey extends never ? true : MissingKey = true
void _everyKeyListed

export const isPresetName = (v: unknown): v is PresetName => typeof v === 'string' && (PRESET_NAMES as readonly string[]).includes(v)

/**
 * The preset named by options (Reuters by default) with the options' own settings on top. The result names its
 * preset only when every setting is that preset's; a setting changed from it makes the style `custom`.
 */
export function resolveHouseStyle(options: AnalyzeOptions = {}): HouseStyle {
  const base = PRESETS[options.preset && options.preset !== 'custom' ? options.preset : DEFAULT_PRESET]
  const out: HouseStyle = { ...base }
  let changed = options.preset === 'custom'
  for (const k of SETTING_KEYS) {
    const v = options[k]
    if (v === undefined) continue
    if (v !== base[k]) changed = true
    Object.assign(out, { [k]: v })
  }
  return changed ? { ...out, preset: 'custom' } : out
}

/**
 * `over`'s house style on top of `base`'s (the CLI's --house-style over the library's), and the checks either
 * switches off. A style setting `over` leaves unset is `base`'s.
 */
export function overlayOptions(base: AnalyzeOptions, over: AnalyzeOptions): AnalyzeOptions {
  const { disabledRules: a = [], ...baseStyle } = base
  const { disabledRules: b = [], ...overStyle } = over
  const disabledRules = [...new Set([...a, ...b])]
  return { ...baseStyle, ...overStyle, ...(disabledRules.length > 0 ? { disabledRules } : {}) }
}
