/*
 * Building long regular expressions from named parts (STYLE.md §10): a word list stays a list, and the pattern
 * reads as the shape it matches. src/core/longPatterns.test.ts holds every regex literal in src/core to a length.
 */

/** Alternatives as one non-capturing group, in the order given: oneOf(['said', 'says?']) → "(?:said|says?)". */
export function oneOf(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`
}

/** Text as a pattern that matches it literally (only the syntax characters escaped, so the 'u' flag accepts it). */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
