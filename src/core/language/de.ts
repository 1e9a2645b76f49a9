import { MONTH_NAMES } from '../news/dates'
import { isAcronym, MEDIA_NAMES, ORG_WORDS } from './en'
import type { Language } from './types'

/*
 * German: what the analysis needs beyond English to read German copy (dpa, APA, German Wikinews). Every noun is
 * capitalised, the verb comes second, reported speech is in the subjunctive, and "laut X" attributes. Whether a story
 * is German is decided by looksGerman() through index.ts.
 */

/** German subject pronouns, read as their English counterparts ("sie" is taken as "she"). */
const GERMAN_PRONOUNS: ReadonlyMap<string, 'he' | 'she' | 'it' | 'we' | 'i'> = new Map([
  ['er', 'he'],
  ['sie', 'she'],
  ['wir', 'we'],
  ['ich', 'i'],
])

/**
 * German function words that open or close a capitalised run without being part of a name: articles,
 * prepositions and pronouns ("Die Reporter", "Für Eintracht"). Lower case; 'von' stays a name particle.
 */
export const GERMAN_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'des', 'dem', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'für', 'aus', 'nach',
  'bei', 'beim', 'mit', 'vom', 'im', 'am', 'zum', 'zur', 'und', 'oder', 'aber', 'auch', 'auf', 'über',
  'unter', 'vor', 'seit', 'gegen', 'ohne', 'durch', 'wie', 'wenn', 'als', 'dass', 'doch', 'noch', 'nur',
  'er', 'sie', 'es', 'wir', 'ihr', 'ich', 'man', 'sein', 'seine', 'ihre', 'dieser', 'diese', 'dieses',
  'jetzt', 'heute', 'gestern', 'morgen', 'bevor', 'nachdem', 'während', 'laut', 'so', 'zudem', 'denn',
  'sportlich', 'damals', 'dann', 'hier', 'dort', 'mehr', 'viele', 'alle', 'kein', 'keine', 'nicht',
  // the twelve months; those English spells alike (April, August, …) are in NOT_NAME_WORDS too
  ...MONTH_NAMES.de.names,
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'woche', 'jahr', 'jahren', 'tag', 'tage', 'angaben',
])

/** German titles and roles, alone or ending a compound ("Bundeskanzlerin", "Vereinschef", "Polizeisprecher"). */
const GERMAN_TITLE_STEMS: readonly string[] = [
  'kanzler', 'minister', 'präsident', 'chef', 'sprecher', 'trainer', 'vorsitzende', 'direktor', 'anwalt',
  'anwält', 'sekretär', 'bürgermeister', 'richter', 'leiter', 'experte', 'kapitän', 'torhüter', 'stürmer',
  'abgeordnete', 'botschafter', 'kommissar', 'beauftragte', 'funktionär', 'vorstand', 'ministerpräsident',
]
const GERMAN_TITLE_RE = new RegExp(String.raw`(?:${GERMAN_TITLE_STEMS.join('|')})(?:in|innen|en|er|r|s|n)?$`)
/** German articles and possessive determiners: what stands before a common noun. */
const GERMAN_DETERMINERS = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine',
  'keinem', 'keiner', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer',
  'unser', 'unsere', 'diese', 'diesem', 'diesen', 'dieser', 'dieses', 'jede', 'jedem', 'jeden', 'jeder', 'im', 'am',
  'vom', 'zum', 'zur', 'beim',
]
const GERMAN_DETERMINER_RE = new RegExp(String.raw`^(?:${GERMAN_DETERMINERS.join('|')})$`, 'i')
/** German organisation nouns, alone or at the end of a compound ("Innenministerium", "Bundesregierung"). */
const GERMAN_ORG_STEMS: readonly string[] = [
  'ministerium', 'regierung', 'polizei', 'partei', 'verband', 'gewerkschaft', 'behörde', 'gericht', 'agentur',
  'institut', 'konzern', 'unternehmen', 'gruppe', 'bank', 'kommission', 'amt', 'bund', 'verein', 'fraktion',
  'staatsanwaltschaft', 'feuerwehr', 'armee', 'militär', 'zeitung', 'sender', 'rundfunk', 'stiftung',
  'universität', 'klinik', 'krankenhaus', 'senat', 'parlament', 'tag', 'ag', 'gmbh',
]
const GERMAN_ORG_RE = new RegExp(String.raw`(?:${GERMAN_ORG_STEMS.join('|')})$|[stde]rat$`)
/** German words for people by role, alone or ending a compound ("Sprecher", "Polizeisprecherin", "Autoren", "Jury-Mitglied"). */
const GERMAN_ROLE_STEMS: readonly string[] = [
  'sprecher', 'minister', 'präsident', 'kanzler', 'vorsitzende', 'direktor', 'bürgermeister', 'botschafter',
  'kommissar', 'abgeordnete', 'autor', 'veranstalter', 'ermittler', 'forscher', 'wissenschaftler', 'experte',
  'kritiker', 'demonstrant', 'polizist', 'arzt', 'ärzt', 'anwohner', 'zeuge', 'vertreter', 'mitarbeiter',
  'beamte', 'bewohner', 'einwohner', 'teilnehmer', 'organisator', 'gegner', 'befürworter', 'unterstützer',
  'aktivist', 'analyst', 'ökonom', 'politiker', 'journalist', 'reporter', 'angehörige', 'kläger', 'verteidiger',
  'anwalt', 'anwält', 'gutachter', 'historiker', 'beobachter', 'helfer', 'soldat', 'lehrer', 'spieler', 'trainer',
  'manager', 'funktionär', 'mitglied', 'chef', 'leiter', 'sekretär', 'gouverneur', 'helfer', 'sprecherin',
]
const GERMAN_ROLE_RE = new RegExp(String.raw`(?:${GERMAN_ROLE_STEMS.join('|')})(?:in|innen|en|er|r|s|n|e|ern)?$`)

/** A German title or role that ends a word of at least three more letters: "Bundeskanzlerin", "Polizeisprecher". */
function endsInGermanTitle(lower: string): boolean {
  const de = GERMAN_TITLE_RE.exec(lower) ?? GERMAN_ROLE_RE.exec(lower)
  return !!de && de.index >= 3
}

/** A German word for a person by role: "Sprecher", "Polizeisprecherin", "Autoren". */
function isGermanRoleWord(w: string): boolean {
  return GERMAN_ROLE_RE.test(w.toLowerCase())
}
/** A word for a body, not a person: an English organisation word or a German one ("Innenministerium"), never a day ("Montag"). */
function isGermanOrgWord(w: string): boolean {
  const l = w.toLowerCase()
  return ORG_WORDS.has(l) || (GERMAN_ORG_RE.test(l) && !/^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|tag|feiertag|geburtstag|jahrestag|rat|vertrag|betrag|antrag|auftrag|beitrag|vortrag|nachmittag|vormittag|mittag|alltag)$/.test(l))
}
/** A lower-case particle inside a German name: "von der Leyen", "van der Bellen", "zu Guttenberg"; never a bare article. */
function germanParticle(w: string, prev: string): boolean {
  if (/^(?:von|vom|zu|van|de|di|da|del|della|du|la|le|bin|al|ten|ter|dos)$/.test(w)) return true
  return /^(?:der|den|dem)$/.test(w) && /^(?:von|van)$/.test(prev)
}

/** Whether a text reads as German: its common function words outnumber English ones. */
export function looksGerman(text: string): boolean {
  const sample = text.slice(0, 4000)
  const de = (sample.match(/(?<![\p{L}])(?:der|die|und|nicht|mit|sich|ist|das|ein|eine|einem|einer|auf|für|dem|den|des|wurde|wird|sagte|hatte|sei|im|vom|zum|zur|bei|nach|über|auch|sie|er|wir|ich)(?![\p{L}])/giu) ?? []).length
  const en = (sample.match(/\b(?:the|and|of|to|is|was|said|that|with|for)\b/g) ?? []).length
  // German quotation marks („…“) are German evidence too
  const marks = (sample.match(/„/g) ?? []).length
  return de + 2 * marks >= 3 && de + 2 * marks > en * 2
}

const GERMAN_OBJECT_PREPS: ReadonlySet<string> = new Set(['mit', 'von', 'vom', 'zu', 'zum', 'zur', 'bei', 'beim', 'nach', 'aus', 'für', 'gegen', 'über', 'unter', 'in', 'im', 'an', 'am', 'auf', 'durch', 'ohne', 'um', 'seit', 'gegenüber', 'vor', 'hinter', 'neben', 'zwischen', 'und', 'oder', 'wie', 'als', 'trotz', 'wegen', 'während'])
const GERMAN_ARTICLE_RE = /(\S+)\s+(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|seinem|seiner|ihrem|ihrer)\s+)?(?:[\p{Ll}-]+(?:e|en|er|em|es)\s+)?$/u
/** The word before `pos` that governs the noun there, skipping an article and an adjective: "mit dem neuen" → "mit". */
function germanWordBefore(text: string, pos: number): string {
  return GERMAN_ARTICLE_RE.exec(text.slice(Math.max(0, pos - 60), pos))?.[1]?.toLowerCase() ?? ''
}

/** Common German noun endings: "Verpflichtung", "Eröffnung", "Bestrebungen", "Freiheit". */
const GERMAN_NOUN_END = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|nis|nisse|ismus|tum|ment|ments|chen|lein|gebiet|ziel|bericht|interview|ansprache|worten|wort)$/

/** German third-person present subjunctive (Konjunktiv I): the mood of reported speech ("er sei", "sie habe"). */
const KONJUNKTIV_FORMS = [
  'sei', 'seien', 'habe', 'werde', 'wolle', 'könne', 'müsse', 'solle', 'dürfe', 'gebe', 'wisse', 'stehe', 'liege',
  'gehe', 'komme', 'bleibe', 'brauche', 'lasse', 'sehe', 'halte', 'fehle', 'gelte', 'plane', 'arbeite', 'handle',
  'befinde', 'verfüge', 'trage',
]
const KONJUNKTIV_RE = new RegExp(String.raw`\b(?:${KONJUNKTIV_FORMS.join('|')})\b`)
/** "nach Angaben von X", "laut X", "X zufolge", "nach Einschätzung/Informationen/Berichten des X" */
const ACCOUNT_NOUNS = ['Angaben', 'Einschätzung', 'Informationen', 'Berichten', 'Schätzungen', 'Aussagen', 'Darstellung', 'Ansicht', 'Auffassung', 'Meinung', 'Worten']
const GERMAN_ACCORDING_RE = new RegExp(
  String.raw`\b(?:[Nn]ach\s+(?:eigenen\s+|offiziellen\s+|ersten\s+|übereinstimmenden\s+)?(?:${ACCOUNT_NOUNS.join('|')})|[Ll]aut|zufolge)\b`,
)
/** German reporting verbs, in the forms wire copy uses: "sagte", "erklärten", "teilte … mit". */
const GERMAN_SPEECH_VERBS: readonly string[] = [
  'sagte', 'sagten', 'sagt', 'erklärte', 'erklärten', 'erklärt', 'teilte', 'teilten', 'betonte', 'betonten',
  'meinte', 'meinten', 'berichtete', 'berichteten', 'berichtet', 'meldete', 'meldet', 'kündigte', 'warnte',
  'warnten', 'forderte', 'forderten', 'kritisierte', 'kritisierten', 'bestätigte', 'bestätigten', 'räumte',
  'behauptete', 'behaupteten', 'verwies', 'hieß', 'heißt', 'gab', 'gaben', 'fügte', 'ergänzte', 'versicherte',
  'bekräftigte', 'unterstrich', 'argumentierte', 'begründete', 'schrieb', 'schreibt', 'wies', 'warf', 'warfen',
  'sprach', 'äußerte', 'vermutete', 'vermuten', 'glaubt', 'glaubte', 'befürchtet', 'befürchtete', 'erwartet',
  'erwartete', 'zeigte sich', 'geht davon aus', 'ging davon aus',
]
const GERMAN_SPEECH_VERB_RE = new RegExp(String.raw`\b(?:${GERMAN_SPEECH_VERBS.join('|')})\b`)

/**
 * "John Sifton von Human Rights Watch", "Bernard Aubin von der CFTC": "von" before a body, or before more than one
 * word, ends the name ("Ursula von der Leyen" keeps it).
 */
function germanNameLength(words: readonly string[]): number {
  const k = words.findIndex((w, x) => x > 0 && /^(?:von|vom|van|zu)$/.test(w))
  if (k <= 0) return words.length
  const tail = words.slice(k + 1).filter((w) => !/^(?:der|den|dem)$/.test(w))
  const t0 = tail[0] ?? ''
  return tail.length !== 1 || isAcronym(t0) || isGermanOrgWord(t0) || MEDIA_NAMES.has(t0.toLowerCase()) ? k : words.length
}

/** Auxiliaries and adverbs that may stand before a clause's subject: "hatte VW-Chef X … erklärt" */
const CLAUSE_LEAD_WORDS = [
  'hatte', 'hat', 'habe', 'hätte', 'haben', 'hatten', 'hätten', 'wird', 'wurde', 'würde', 'werden', 'wurden', 'soll', 'sollte',
  'ließ', 'lässt', 'ließen', 'kann', 'konnte', 'muss', 'musste', 'will', 'wollte', 'ist', 'war', 'sei', 'so', 'auch', 'noch',
  'bereits', 'schon', 'dann', 'zudem', 'außerdem', 'später', 'gestern', 'heute',
]

/** German, as the analysis reads it (see types.ts for what each part decides). */
export const GERMAN: Language = {
  code: 'de',
  looks: looksGerman,
  pronouns: GERMAN_PRONOUNS,
  // German's reporting verbs are in language/en.ts's CUE_VERBS, read in every story (wire copy quotes German
  // speakers in English stories too); a language added later gives its own here.
  cuePhrases: [
    // "laut X", "laut der Polizei": according to X
    { word: 'laut', after: /^\s+\p{Lu}|^\s+(?:de[rmns]|die|das|eine[rmns]?)\s/u, window: 8, base: 'according to' },
    // "nach Angaben von X", "nach eigenen Angaben"
    {
      word: 'nach',
      after: /^\s+(?:eigenen\s+)?Angaben(?:\s+(?:von|des|der))?/,
      window: 36,
      takesMatch: true,
      base: 'according to',
      ownAccount: /eigenen/,
    },
    // "„…“, so X": X said
    { word: 'so', before: /[“”"«»]\s*,?\s*$/, after: /^\s+(?:\p{Lu}|de[rmns]\s|die\s|das\s)/u, window: 6, base: 'say' },
  ],
  functionWords: GERMAN_FUNCTION_WORDS,
  nameParticle: germanParticle,
  nameLength: germanNameLength,
  endsInTitle: endsInGermanTitle,
  nouns: {
    determiner: GERMAN_DETERMINER_RE,
    isRoleWord: isGermanRoleWord,
    isOrgWord: isGermanOrgWord,
    nounEnding: GERMAN_NOUN_END,
    nameParticle: /^(?:von|vom|zu|van|de|di|da|del|della|du|la|le|bin|al|ten|ter|dos|der|den|dem)$/,
    objectPreps: GERMAN_OBJECT_PREPS,
    governingWord: germanWordBefore,
  },
  verbSecond: {
    // "Sie wird mit den Worten zitiert", "hatte VW-Chef X in einem Interview erklärt"
    leadWords: new RegExp(String.raw`^(?:(?:${CLAUSE_LEAD_WORDS.join('|')})\s+)*`, 'i'),
  },
  reportedSpeech: {
    according: GERMAN_ACCORDING_RE,
    postposedAccording: 'zufolge',
    postposedSource: /(?:(?:de[mnrs]|die|das|einem|einer)\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{Lu}][\p{L}-]*)\s+$/iu,
    sourceLink: /^\s+(?:von|des|der|dem)\b/,
    verb: GERMAN_SPEECH_VERB_RE,
    mood: KONJUNKTIV_RE,
    complementiser: /^\s*,\s*(?:dass|ob)\b/,
    continues: /^\s*(?:\p{Lu}\p{Ll}*\s+)?(?:er|sie|es|man|dies|das|die|der|diese|zudem|außerdem|auch|so|dabei|deshalb|daher|allerdings|jedoch)\b/iu,
    contentAfterComma: true,
  },
}

/**
 * German reporting verbs (finite forms as printed in news: present and past, singular and plural), mapped to
 * the English base with the same role. Separable prefixes ("teilte … mit") need no second part to cue.
 */
export const GERMAN_CUES: ReadonlyMap<string, string> = new Map([
  ...['sagte', 'sagten', 'sagt', 'sagen', 'gesagt', 'meinte', 'meinten', 'meint', 'äußerte', 'äußerten', 'sprach'].map((f) => [f, 'say'] as const),
  ...['erklärte', 'erklärten', 'erklärt', 'begründete', 'erläuterte'].map((f) => [f, 'explain'] as const),
  ...['teilte', 'teilten', 'mitteilte', 'mitteilten', 'gab', 'gaben', 'hieß'].map((f) => [f, 'state'] as const),
  ...['betonte', 'betonten', 'betont', 'unterstrich', 'bekräftigte'].map((f) => [f, 'stress'] as const),
  ...['fügte', 'ergänzte', 'ergänzten', 'fuhr'].map((f) => [f, 'add'] as const),
  ...['schrieb', 'schreibt', 'schrieben', 'twitterte'].map((f) => [f, 'write'] as const),
  ...['berichtete', 'berichteten', 'berichtet'].map((f) => [f, 'report'] as const),
  ...['warnte', 'warnten', 'warnt'].map((f) => [f, 'warn'] as const),
  ...['kritisierte', 'kritisierten', 'kritisiert'].map((f) => [f, 'criticize'] as const),
  ...['forderte', 'forderten', 'fordert'].map((f) => [f, 'demand'] as const),
  ...['bestätigte', 'bestätigten', 'bestätigt'].map((f) => [f, 'confirm'] as const),
  ...['entgegnete', 'antwortete', 'antworteten', 'widersprach'].map((f) => [f, 'reply'] as const),
  ...['kündigte', 'verkündete', 'versicherte', 'stellte', 'zitiert', 'zitierte', 'beschreibt', 'beschrieb'].map((f) => [f, 'announce'] as const),
  ...['räumte', 'gestand'].map((f) => [f, 'admit'] as const),
  ...['behauptete', 'behaupteten', 'behauptet'].map((f) => [f, 'claim'] as const),
])
