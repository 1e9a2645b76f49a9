/*
 * What the analysis asks a language. English (en.ts) is the base every story is read with; a language adds what its
 * copy needs on top, and leaves out what it does not need. Each part the analysis reads is named after what it
 * decides, not after a language: "every noun is capitalised", "the verb stands second", "reported speech is marked
 * by its mood". A language that has the property gives the part; the analysis reads the part where it is given.
 */

/** A subject pronoun, as the English one that stands for it ("er" is read as "he"). */
export type Pronoun = 'he' | 'she' | 'they' | 'it' | 'i' | 'we'

/**
 * Every noun is capitalised (German): a capital is weak evidence of a name, so the analysis asks these to tell a
 * name from a common noun and a speaker from a thing.
 */
export interface CapitalisedNouns {
  /** An article or possessive that stands before a common noun ("der", "seinem"): one capital after it is a noun */
  determiner: RegExp
  /** A word for a person by role, alone or ending a compound ("Sprecher", "Polizeisprecherin") */
  isRoleWord(word: string): boolean
  /** A word for a body, not a person, alone or ending a compound ("Innenministerium"); never a day */
  isOrgWord(word: string): boolean
  /** Endings of common nouns ("-ung", "-heit"), lower case: a capitalised word ending so is no name */
  nounEnding: RegExp
  /** Lower-case words a name of this language may hold ("von", "der" after "von") */
  nameParticle: RegExp
  /** Prepositions and conjunctions: a noun they govern is an object or an adverbial, never a subject */
  objectPreps: ReadonlySet<string>
  /** The word before `pos` that governs the noun there, past an article and an adjective ("mit dem neuen" → "mit") */
  governingWord(text: string, pos: number): string
}

/** The finite verb stands second and the subject may follow it ("Zudem sagte er:", "hatte X erklärt"). */
export interface VerbSecond {
  /** Auxiliaries and adverbs that may stand before the clause's subject, each followed by spaces, repeated */
  leadWords: RegExp
}

/**
 * Indirect speech marked by the verb's mood and by "according to" phrases anywhere in the sentence ("X sagte, die
 * Lage sei ernst"; "laut X"; "dem Ministerium zufolge").
 */
export interface MoodReportedSpeech {
  /** An "according to" phrase ("laut", "nach Angaben", "zufolge") */
  according: RegExp
  /** The "according to" word that follows its source ("dem Ministerium zufolge") */
  postposedAccording: string
  /** The source phrase before a postposed "according to", its name in group 1 */
  postposedSource: RegExp
  /** What links an "according to" phrase to its source ("nach Angaben von X"): skipped */
  sourceLink: RegExp
  /** A reporting verb in the forms wire copy uses ("sagte", "teilte … mit") */
  verb: RegExp
  /** The mood of reported speech ("er sei", "sie habe") */
  mood: RegExp
  /** A content clause right after the verb (", dass", ", ob") */
  complementiser: RegExp
  /** A sentence opening that carries the previous sentence's reported speech on, in that mood ("Er sei …") */
  continues: RegExp
  /** The content starts after the comma that follows the verb ("X sagte am Montag, die Lage sei …") */
  contentAfterComma: boolean
}

/** A word that cues speech with the words around it: "laut X" (according to X), "„…“, so X" (X said). */
export interface CuePhrase {
  /** The word, lower case */
  word: string
  /** What must follow the word, tried on the `window` characters after it */
  after: RegExp
  window: number
  /** The cue runs to the end of what `after` matched ("nach Angaben von"), not only the word */
  takesMatch?: boolean
  /** What must stand in the four characters before the word (a closing quotation mark, for "so") */
  before?: RegExp
  /** 'according to': the source follows the cue; 'say': the speaker follows, as after an inverted "said" */
  base: 'according to' | 'say'
  /** The phrase, as printed, says it is the subject's own account ("nach eigenen Angaben"): the clause's subject speaks */
  ownAccount?: RegExp
}

/** A language the analysis can read a story in. */
export interface Language {
  /** ISO 639-1 code, as languageOf() gives it */
  code: string
  /** Whether a story's text reads as this language (its first few thousand characters are enough) */
  looks(text: string): boolean
  /** Subject pronouns, lower case, read as the English ones they stand for */
  pronouns?: ReadonlyMap<string, Pronoun>
  /**
   * Reporting verbs, every form as printed (lower case) → the English base with the same role ("sagte" → "say"):
   * they cue quotes and reported speech in this language's stories
   */
  cueVerbs?: ReadonlyMap<string, string>
  /** Words that cue speech with the words around them; read in every story, as "according to" is */
  cuePhrases?: readonly CuePhrase[]
  /** Lower-case words that open or close a capitalised run without being part of a name (articles, prepositions) */
  functionWords?: ReadonlySet<string>
  /**
   * A lower-case particle inside a name, given the run's word before it ("von der Leyen"). Without it, English's
   * particles hold, two in a row too ("van den Broek").
   */
  nameParticle?(word: string, previous: string): boolean
  /**
   * How many words of a capitalised run are the person's name, where a preposition starts their body ("John Sifton
   * von Human Rights Watch" → 2); the run's length when none does
   */
  nameLength?(words: readonly string[]): number
  /**
   * A title or role ending a longer word ("Bundeskanzlerin", "Vereinschef"), lower case: read in every story, as
   * titles of one language are printed in another's copy
   */
  endsInTitle?(lower: string): boolean
  nouns?: CapitalisedNouns
  verbSecond?: VerbSecond
  reportedSpeech?: MoodReportedSpeech
}
