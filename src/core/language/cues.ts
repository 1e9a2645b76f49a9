import { GERMAN_CUES } from './de'
import { ENGLISH_CUE_VERBS } from './en'

/**
 * Every verb form that can introduce speech, mapped to its English base ("sagte" → say), as every story reads
 * them: English's and German's together (a German cue in an English story is rare, and the reverse the same).
 * Each language's list lives in its own file; a language registered later (registerLanguage) brings its own
 * `cueVerbs`, read in its stories only.
 */
export const CUE_VERBS: ReadonlyMap<string, string> = new Map([...ENGLISH_CUE_VERBS, ...GERMAN_CUES])
