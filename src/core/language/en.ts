/**
 * English: the word lists for quotes, speakers and attribution (reporting verbs, titles, pronouns, source nouns,
 * abbreviations, names that are no person's). Written for Wiremark; general English news usage, nothing taken from
 * any particular story. English is the analysis's base language: other languages (de.ts) add to it. See index.ts.
 */

import { ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTHS } from '../news/dates'

/** How a reporting verb colours the attribution (RULES.md §11). */
export type LoadedKind = 'doubt' | 'guilt' | 'tone' | 'inner-state' | 'non-speech'

interface VerbEntry {
  base: string
  /** Irregular forms: [3rd person, past, participle, gerund]; regular ones are derived */
  forms?: [string, string, string, string]
}

function regularForms(base: string): string[] {
  const third = /(s|sh|ch|x|z|o)$/.test(base) ? base + 'es' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : base + 's'
  let past: string
  let ing: string
  if (base.endsWith('e')) {
    past = base + 'd'
    ing = base.endsWith('ee') ? base + 'ing' : base.slice(0, -1) + 'ing'
  } else if (/[^aeiou]y$/.test(base)) {
    past = base.slice(0, -1) + 'ied'
    ing = base + 'ing'
  } else if (/^(quip|chat|admit|regret|commit|rebut|plot|blog|jot|scrap|chip|slip|stop|plan|ban|bat|pat)$/.test(base)) {
    const d = base + base.slice(-1)
    past = d + 'ed'
    ing = d + 'ing'
  } else {
    past = base + 'ed'
    ing = base + 'ing'
  }
  return [base, third, past, ing]
}

function expand(entries: readonly (string | VerbEntry)[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const e of entries) {
    const entry: VerbEntry = typeof e === 'string' ? { base: e } : e
    const forms = entry.forms ? [entry.base, ...entry.forms] : regularForms(entry.base)
    for (const f of forms) out.set(f, entry.base)
  }
  return out
}

/** Neutral verbs of saying: the default attribution. */
const NEUTRAL: (string | VerbEntry)[] = [
  { base: 'say', forms: ['says', 'said', 'said', 'saying'] },
  { base: 'tell', forms: ['tells', 'told', 'told', 'telling'] },
  { base: 'write', forms: ['writes', 'wrote', 'written', 'writing'] },
  { base: 'speak', forms: ['speaks', 'spoke', 'spoken', 'speaking'] },
  'add', 'tweet', 'post', 'state', 'report', 'announce', 'explain', 'note', 'reply', 'respond', 'answer',
  'ask', 'comment', 'remark', 'observe', 'describe', 'recall', 'recount', 'continue', 'mention', 'testify',
  'suggest', 'argue', 'warn', 'urge', 'predict', 'acknowledge', 'deny', 'reiterate', 'repeat', 'confirm',
  'estimate', 'caution', 'advise', 'propose', 'recommend', 'indicate', 'disclose', 'reveal', 'quote', 'cite',
  'inform', 'tell', 'call', 'characterize', 'characterise', 'specify', 'emphasize', 'emphasise', 'concur',
  'agree', 'disagree', 'conclude', 'summarize', 'summarise', 'assert', 'contend', 'maintain', 'allege',
  'vow', 'promise', 'pledge', 'plead', 'appeal', 'demand', 'question', 'wonder', 'complain', 'criticize',
  'criticise', 'praise', 'thank', 'welcome', 'condemn', 'dismiss', 'reject', 'counter', 'object', 'protest',
  'lament', 'joke', 'muse', 'recalled', 'order', 'direct', 'instruct', 'request', 'relate', 'narrate',
  'elaborate', 'clarify', 'detail', 'outline', 'signal', 'hint', 'imply', 'tout', 'boast', 'brag', 'announce',
  'declare', 'proclaim', 'pronounce', 'read', 'email', 'message', 'text', 'broadcast', 'publish', 'blog',
  'chat', 'interject', 'interrupt', 'shout', 'yell', 'scream', 'whisper', 'mutter', 'cry', 'plead',
  { base: 'write', forms: ['writes', 'wrote', 'written', 'writing'] },
  { base: 'read', forms: ['reads', 'read', 'read', 'reading'] },
  { base: 'broadcast', forms: ['broadcasts', 'broadcast', 'broadcast', 'broadcasting'] },
]

/** Verbs that add colour the reporter cannot verify, by kind. */
const LOADED: Record<LoadedKind, (string | VerbEntry)[]> = {
  doubt: ['claim', 'allege', 'purport'],
  guilt: ['admit', 'concede', 'confess', 'acknowledge'],
  tone: [
    'insist', 'stress', 'declare', 'exclaim', 'retort', 'quip', 'slam', 'blast', 'rant', 'boast', 'brag',
    'snap', 'scoff', 'sneer', 'gush', 'rail', 'lash', 'fume', 'thunder', 'bellow', 'admonish', 'charge',
    'decry', 'lambast', 'lambaste', 'berate', 'rebuke', 'mock', 'taunt', 'vow', 'plead', 'point',
  ],
  'inner-state': [
    'hope', 'fear', 'believe', 'think', 'feel', 'wish', 'worry', 'doubt',
    { base: 'think', forms: ['thinks', 'thought', 'thought', 'thinking'] },
    { base: 'feel', forms: ['feels', 'felt', 'felt', 'feeling'] },
  ],
  'non-speech': ['smile', 'laugh', 'grin', 'sigh', 'shrug', 'nod', 'chuckle', 'giggle', 'beam', 'frown', 'wink'],
}

const NEUTRAL_FORMS = expand(NEUTRAL)

/** Loaded verb form → kind. "pointed out" is matched as "pointed" followed by "out" by the caller. */
export const LOADED_VERBS: ReadonlyMap<string, LoadedKind> = (() => {
  const m = new Map<string, LoadedKind>()
  for (const [kind, list] of Object.entries(LOADED) as [LoadedKind, (string | VerbEntry)[]][]) {
    for (const f of expand(list).keys()) m.set(f, kind)
  }
  return m
})()

/** Every English verb form (neutral or loaded) that can introduce speech, mapped to its base. */
export const ENGLISH_CUE_VERBS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>(NEUTRAL_FORMS)
  for (const list of Object.values(LOADED)) for (const [f, b] of expand(list)) if (!m.has(f)) m.set(f, b)
  return m
})()

/** Kind of a loaded cue ("claimed" → doubt), or null for a neutral one. "according to" counts as doubt. */
export function loadedKind(cue: string): LoadedKind | null {
  const c = cue.toLowerCase().trim()
  if (c.startsWith('according to')) return 'doubt'
  if (/^pointed\s+out\b/.test(c) || /^points\s+out\b/.test(c)) return 'tone'
  const first = c.split(/\s+/)[0] ?? ''
  if (first === 'point' || first === 'points' || first === 'pointed') return null
  return LOADED_VERBS.get(first) ?? null
}

/**
 * Verbs that can only be read as speech when they sit right next to a quotation or "that";
 * alone they are too often something else ("called", "read", "post").
 */
export const WEAK_CUES: ReadonlySet<string> = new Set([
  'call', 'read', 'post', 'text', 'message', 'email', 'order', 'direct', 'publish', 'broadcast', 'cry',
  'question', 'signal', 'detail', 'outline', 'relate', 'counter', 'object', 'protest', 'answer', 'thank',
  'welcome', 'praise', 'dismiss', 'reject', 'condemn', 'criticize', 'criticise', 'promise', 'appeal',
  'demand', 'request', 'beam', 'nod', 'shrug', 'wink', 'point', 'charge', 'doubt', 'worry', 'wish',
  'feel', 'think', 'believe', 'hope', 'fear', 'report', 'cite', 'quote', 'continue', 'note', 'describe',
  'characterize', 'characterise', 'specify', 'indicate', 'inform', 'mention', 'text', 'snap', 'rail',
  'lash', 'blast', 'slam', 'mock', 'taunt', 'thunder', 'chat', 'read', 'state', 'reply', 'respond',
  'agree', 'disagree', 'conclude', 'estimate', 'predict', 'propose', 'recommend', 'advise', 'caution',
  'urge', 'warn', 'argue', 'suggest', 'deny', 'confirm', 'reveal', 'disclose', 'repeat', 'reiterate',
  'observe', 'recall', 'recount', 'explain', 'announce', 'comment', 'remark', 'ask', 'add', 'emphasize',
  'emphasise', 'stress', 'insist', 'declare', 'admit', 'concede', 'confess', 'acknowledge', 'claim',
  'allege', 'maintain', 'contend', 'assert', 'testify', 'vow', 'pledge', 'plead', 'boast', 'brag',
])

/** Strong cues: speech whatever surrounds them. */
export const STRONG_CUES: ReadonlySet<string> = new Set(['say', 'tell', 'write', 'tweet', 'add', 'speak'])

/** Verbs that attribute content without marks but are too loose to attribute a direct quote. */
export const REPORTED_ONLY: ReadonlyMap<string, string> = expand([
  { base: 'find', forms: ['finds', 'found', 'found', 'finding'] },
  { base: 'show', forms: ['shows', 'showed', 'shown', 'showing'] },
  { base: 'see', forms: ['sees', 'saw', 'seen', 'seeing'] },
  { base: 'know', forms: ['knows', 'knew', 'known', 'knowing'] },
  { base: 'understand', forms: ['understands', 'understood', 'understood', 'understanding'] },
  'echo', 'identify', 'attack', 'accuse', 'blame', 'want', 'plan', 'support', 'oppose', 'defend', 'endorse',
  'decline', 'refuse', 'discuss', 'expect', 'forecast', 'project', 'offer', 'rate', 'rule', 'decide', 'liken',
  'chant', 'document', 'conclude', 'learn', 'push', 'seek', 'favor', 'favour', 'credit', 'fault', 'highlight',
  'tout', 'float', 'floated', 'signal', 'vow', 'threaten', 'encourage', 'compare', 'label', 'brand', 'dub',
  // only with a clause after them (reported.ts): "X seemed to suggest …", "it appears that …"
  'seem', 'appear',
])

/**
 * Verbs that report speech without quotation marks (reported speech): the clause after them is content.
 * A narrower set than the cue verbs, because "X described Y" is not reported speech.
 */
export const REPORTING_BASES: ReadonlySet<string> = new Set([
  'say', 'tell', 'write', 'tweet', 'add', 'state', 'report', 'announce', 'explain', 'note', 'warn', 'argue',
  'claim', 'allege', 'insist', 'admit', 'concede', 'confirm', 'deny', 'suggest', 'predict', 'estimate',
  'acknowledge', 'reveal', 'disclose', 'indicate', 'assert', 'contend', 'maintain', 'stress', 'emphasize',
  'emphasise', 'reiterate', 'declare', 'caution', 'testify', 'believe', 'think', 'hope', 'fear', 'conclude',
  'agree', 'promise', 'vow', 'pledge', 'urge', 'ask', 'call', 'recall', 'complain', 'remark', 'observe',
  'post', 'propose', 'recommend', 'charge', 'accuse', 'signal', 'hint', 'imply', 'learn', 'find', 'show',
  'point', 'reply', 'respond', 'counter', 'boast', 'tout', 'question', 'wonder', 'worry', 'expect', 'know',
  'understand', 'feel', 'speak', 'mention', 'comment', 'inform', 'advise', 'cite', 'describe', 'demand',
  'criticize', 'criticise', 'condemn', 'praise', 'reject', 'dismiss', 'question', 'respond', 'emphasize',
  'testify', 'repeat', 'recall', 'continue', 'reiterate',
  ...REPORTED_ONLY.values(),
])

/** Media and platforms that follow "on"/"to" after a cue: "wrote on Twitter", "told CNN". */
const PLATFORM_NAMES = [
  'Twitter', 'X', 'Facebook', 'Instagram', 'Truth Social', 'Telegram', 'LinkedIn', 'YouTube', 'TikTok', 'Weibo', 'blog',
  'website', 'statement', 'press release', 'news release', 'interview', 'podcast', 'radio', 'television', 'TV',
]
export const PLATFORMS = new RegExp(String.raw`^(?:on|in|via|to|through)\s+(?:(?:his|her|their|its|the|a)\s+)?(?:${PLATFORM_NAMES.join('|')})\b`)

/** Titles and roles that stand before a name or head a description. Lower case. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'senator', 'sen', 'sen.',
  'rep', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'gov.', 'mayor',
  'ambassador', 'envoy', 'judge', 'justice', 'attorney', 'prosecutor', 'general', 'gen', 'gen.', 'admiral',
  'colonel', 'col', 'col.', 'major', 'captain', 'capt', 'capt.', 'lieutenant', 'lt', 'lt.', 'sergeant',
  'sgt', 'sgt.', 'commander', 'chief', 'officer', 'inspector', 'superintendent', 'detective', 'constable',
  'sheriff', 'deputy', 'speaker', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'ceo', 'cfo',
  'coo', 'executive', 'founder', 'co-founder', 'head', 'leader', 'spokesman', 'spokeswoman', 'spokesperson',
  'spokespeople', 'adviser', 'advisor', 'aide', 'official', 'commissioner', 'councillor', 'councilor',
  'councilman', 'councilwoman', 'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop',
  'archbishop', 'rabbi', 'imam', 'reverend', 'rev', 'rev.', 'father', 'sister', 'sheikh', 'emir', 'sultan',
  'professor', 'prof', 'prof.', 'dr', 'dr.', 'doctor', 'coach', 'manager', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'captain', 'player', 'actor', 'actress', 'singer', 'rapper', 'author',
  'writer', 'journalist', 'reporter', 'editor', 'columnist', 'analyst', 'economist', 'researcher',
  'scientist', 'astronomer', 'physicist', 'historian', 'lawyer', 'counsel', 'candidate', 'nominee',
  'activist', 'campaigner', 'chemist', 'biologist', 'engineer', 'designer', 'diplomat', 'negotiator',
  'lawmaker', 'legislator', 'politician', 'mp', 'mep', 'dean', 'provost', 'rector', 'principal',
  'teacher', 'student', 'owner', 'partner', 'trustee', 'treasurer', 'auditor', 'comptroller',
  'magistrate', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'sir', 'dame', 'lord', 'lady', 'baroness',
  'baron', 'count', 'duke', 'duchess', 'emperor', 'empress', 'chairs', 'ministers', 'presidents',
  'superintendent', 'marshal', 'warden', 'ombudsman', 'registrar', 'attaché', 'consul', 'strategist',
  'pollster', 'organizer', 'organiser', 'director-general', 'secretary-general', 'president-elect',
  'oceanographer', 'researchers', 'specialist', 'expert', 'surgeon', 'nurse', 'physician', 'pilot',
  'officer', 'agent', 'firefighter', 'trooper', 'patrolman', 'witness', 'resident', 'voter', 'fan',
  'athlete', 'runner', 'swimmer', 'champion', 'winner', 'star', 'artist', 'musician', 'director',
  'producer', 'chef', 'farmer', 'worker', 'employee', 'staffer', 'intern', 'volunteer', 'protester',
  'protestor', 'demonstrator', 'mother', 'dad', 'mom', 'wife', 'husband', 'son', 'daughter', 'brother',
  'widow', 'friend', 'neighbour', 'neighbor', 'colleague', 'rep.', 'whip', 'majority', 'minority', 'republican', 'democrat', 'democratic',
  'conservative', 'liberal', 'independent', 'socialist', 'labour', 'tory', 'green', 'eyewitness', 'businessman',
  'businesswoman', 'entrepreneur', 'billionaire', 'philanthropist', 'comedian', 'host', 'anchor', 'commentator', 'trainer',
])

/** Words that make a capitalised run an organisation. Lower case. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'agency', 'police', 'party', 'inc', 'inc.', 'corp', 'corp.',
  'corporation', 'company', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'university', 'college',
  'institute', 'school', 'court', 'council', 'commission', 'committee', 'board', 'bank', 'association',
  'foundation', 'union', 'federation', 'forces', 'army', 'navy', 'force', 'guard', 'government', 'parliament',
  'congress', 'senate', 'house', 'assembly', 'cabinet', 'kremlin', 'pentagon', 'administration', 'authority',
  'authorities', 'service', 'services', 'bureau', 'center', 'centre', 'hospital', 'clinic', 'network',
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'press',
  'television', 'radio', 'channel', 'broadcasting', 'network', 'magazine', 'newspaper', 'airlines', 'airways',
  'motors', 'systems', 'technologies', 'holdings', 'partners', 'fund', 'trust', 'organization',
  'organisation', 'alliance', 'coalition', 'movement', 'campaign', 'church', 'club', 'team', 'league',
  'society', 'lab', 'laboratory', 'laboratories', 'observatory', 'nasa', 'un', 'nato', 'fbi', 'cia', 'who',
  'embassy', 'consulate', 'mission', 'secretariat', 'tribunal', 'prosecutors', 'ministries', 'station',
  'museum', 'library', 'zoo', 'fc', 'united', 'city', 'constitution', 'convention', 'treaty', 'act', 'bill',
  'financial', 'capital', 'markets', 'bancorp', 'bancshares', 'industries', 'hotels', 'resorts', 'works',
  'management', 'securities', 'investments', 'energy', 'petroleum', 'chemical', 'chemicals', 'pharmaceuticals',
  'electric', 'electronics', 'computer', 'computers', 'software', 'communications', 'telecom', 'foods',
  'stores', 'brands', 'entertainment', 'media', 'pictures', 'studios', 'insurance', 'trading', 'exchange',
  'community', 'ag', 'gmbh', 'nv', 'spa', 'bv', 'sa', 'pty', 'bhd', 'street', 'gulf', 'river', 'ocean',
  'island', 'islands', 'valley', 'county', 'province', 'airport', 'stadium', 'arena',
  'sheriff\'s', 'foundation', 'nations', 'international', 'patrol', 'observer', 'institution', 'academy', 'facebook', 'google', 'twitter', 'amazon', 'microsoft', 'apple', 'reuters',
])

/**
 * Words of the labels that head or close a picture caption ("FILE PHOTO:", "AP Photo/…", "Handout", "(…, File)",
 * "Pool via REUTERS"): they name no one. Lower case.
 */
export const CAPTION_LABEL_WORDS: ReadonlySet<string> = new Set([
  'file', 'photo', 'photos', 'picture', 'pictures', 'pic', 'handout', 'pool', 'illustration', 'screenshot', 'screengrab',
  'courtesy', 'archive', 'foto', 'fotos', 'archivbild', 'archivfoto', 'symbolbild', 'handout-foto',
])

/** Media outlets and wire agencies often named as a source or an audience. Lower case. */
export const MEDIA_NAMES: ReadonlySet<string> = new Set([
  'reuters', 'ap', 'afp', 'dpa', 'bbc', 'cnn', 'nbc', 'abc', 'cbs', 'npr', 'pbs', 'fox', 'msnbc', 'cnbc',
  'bloomberg', 'politico', 'axios', 'wikinews', 'tass', 'interfax', 'xinhua', 'ria', 'efe', 'ansa', 'kyodo',
  'yonhap', 'al', 'sky',
])

/** Pronouns that can be a speaker, with what they can refer to. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'he' | 'she' | 'they' | 'it' | 'i' | 'we'> = new Map([
  ['he', 'he'],
  ['she', 'she'],
  ['they', 'they'],
  ['it', 'it'],
  ['i', 'i'],
  ['we', 'we'],
])

/** Name particles that may sit lower-case inside a name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'bin', 'bint',
  'ibn', 'al', 'el', 'ben', 'ter', 'ten', 'y', 'st.', 'mac', 'abu', 'ul',
])

/** Capitalised words that are never a person's name on their own. Lower case. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_MONTHS, ...ENGLISH_MONTH_ABBREVIATIONS,
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'a', 'an', 'this',
  'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our',
  'my', 'your', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'to', 'of', 'and', 'but', 'or', 'if',
  'when', 'while', 'after', 'before', 'as', 'since', 'because', 'although', 'though', 'however', 'meanwhile',
  'also', 'still', 'yet', 'so', 'then', 'there', 'here', 'what', 'who', 'which', 'where', 'why', 'how',
  'some', 'many', 'most', 'all', 'both', 'each', 'every', 'other', 'another', 'such', 'no', 'not', 'one',
  'two', 'three', 'first', 'last', 'next', 'new', 'according', 'asked', 'speaking', 'during', 'under',
  'over', 'about', 'against', 'between', 'despite', 'without', 'within', 'until', 'through', 'following',
  'earlier', 'later', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'reportedly', 'overall', 'still',
  'even', 'just', 'only', 'instead', 'indeed', 'already', 'once', 'again', 'nearly', 'almost', 'more',
  'less', 'mr', 'mrs', 'ms', 'dr', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do',
  'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'let', 'please', 'yes',
  'oh', 'well', 'thank', 'thanks', 'dear', 'hello', 'like', 'unlike', 'among', 'amid', 'around', 'near',
  'across', 'toward', 'towards', 'into', 'onto', 'upon', 'via', 'per', 'whether', 'unless', 'whose',
  'whom', 'those', 'everyone', 'nobody', 'somebody', 'someone', 'anyone', 'everybody', 'nothing',
  'something', 'anything', 'everything', 'none', 'few', 'several', 'any', 'much', 'very', 'too',
])

/** Words after "the"/"a" that describe a person or organisation well enough to be a speaker. */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'source', 'sources', 'official', 'officials',
  'minister', 'ministry', 'president', 'leader', 'chairman', 'chairwoman', 'chair', 'governor', 'mayor',
  'senator', 'lawmaker', 'lawmakers', 'police', 'statement', 'company', 'government', 'agency', 'department',
  'office', 'group', 'party', 'campaign', 'army', 'military', 'court', 'judge', 'prosecutor', 'prosecutors',
  'ministry', 'report', 'study', 'survey', 'poll', 'researchers', 'scientists', 'experts', 'analysts',
  'witnesses', 'witness', 'residents', 'resident', 'doctor', 'doctors', 'adviser', 'advisor', 'aide',
  'aides', 'diplomat', 'diplomats', 'envoy', 'ambassador', 'coach', 'manager', 'player', 'newspaper',
  'paper', 'broadcaster', 'outlet', 'website', 'magazine', 'union', 'organisation', 'organization',
  'foundation', 'commission', 'committee', 'council', 'board', 'authorities', 'authority', 'kremlin',
  'white', 'pentagon', 'administration', 'firm', 'bank', 'team', 'club', 'league', 'family', 'families',
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'mp', 'mps', 'protesters', 'protester', 'organisers',
  'organizers', 'insider', 'insiders', 'person', 'people', 'officer', 'officers', 'investigators',
  'regulator', 'regulators', 'executive', 'executives', 'director', 'secretary', 'chief', 'head',
  'representative', 'representatives', 'member', 'members', 'student', 'students', 'teacher', 'parents',
  'mother', 'father', 'wife', 'husband', 'friend', 'friends', 'colleague', 'colleagues', 'neighbour',
  'neighbor', 'neighbours', 'neighbors', 'victim', 'victims', 'survivor', 'survivors', 'candidate',
  'nominee', 'premier', 'chancellor', 'king', 'queen', 'prince', 'pope', 'economist', 'economists',
  'analyst', 'expert', 'scientist', 'researcher', 'author', 'authors', 'writer', 'reporter', 'journalist',
  'editor', 'professor', 'astronomer', 'startup', 'operator', 'airline', 'carrier', 'manufacturer',
  'maker', 'producer', 'retailer', 'insurer', 'lender', 'owner', 'owners', 'employer', 'employees',
  'workers', 'union', 'fans', 'voters', 'observers', 'activists', 'campaigners', 'critics', 'supporters',
  'opponents', 'rebels', 'militants', 'troops', 'soldiers', 'commander', 'commanders', 'forces',
  'emergency', 'services', 'service', 'firefighters', 'paramedics', 'coroner', 'hospital', 'school',
  'university', 'institute', 'lab', 'agency', 'bureau', 'embassy', 'consulate', 'state', 'country',
  'opposition', 'senate', 'house', 'congress', 'parliament', 'cabinet', 'palace', 'church', 'airport',
])

/**
 * Head nouns of a described person or group ("a Ruiz campaign official", "one Okafor confidant", "aides"): the
 * person words of TITLE_WORDS and SOURCE_NOUNS and a few roles that head no title, with their plurals. A name
 * before one of them only modifies it: the speaker is the described person, not the one named. Lower case.
 */
export const DESCRIBED_HEADS: ReadonlySet<string> = (() => {
  /** Titles that modify a head rather than head a description ("vice", "prime", "majority") or are honorifics */
  const notHeads = new Set([
    'vice', 'prime', 'general', 'gen', 'gen.', 'major', 'majority', 'minority', 'democratic', 'independent', 'green', 'labour',
    'count', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'sir', 'dame', 'lord', 'lady', 'dr', 'dr.', 'sen', 'sen.', 'rep',
    'rep.', 'gov', 'gov.', 'col', 'col.', 'capt', 'capt.', 'lt', 'lt.', 'sgt', 'sgt.', 'rev', 'rev.', 'prof', 'prof.', 'chairs',
    'ministers', 'presidents', 'researchers',
  ])
  const persons = [...TITLE_WORDS].filter((w) => !notHeads.has(w))
  const sources = [
    'source', 'official', 'aide', 'adviser', 'advisor', 'lawyer', 'attorney', 'insider', 'person', 'member', 'representative',
    'officer', 'investigator', 'regulator', 'executive', 'victim', 'survivor', 'critic', 'supporter', 'opponent', 'rebel', 'militant',
    'soldier', 'paramedic', 'observer', 'parent', 'employee', 'people',
  ]
  const roles = [
    'confidant', 'confidante', 'ally', 'operative', 'veteran', 'donor', 'associate', 'loyalist', 'attendee', 'participant',
    'delegate', 'backer', 'surrogate', 'adherent', 'fundraiser', 'consultant', 'man', 'woman', 'boy', 'girl', 'guy', 'teenager',
  ]
  const out = new Set<string>()
  for (const w of [...persons, ...sources, ...roles]) {
    if (w.includes('.')) continue
    out.add(w)
    out.add(/man$/.test(w) ? w.replace(/man$/, 'men') : /[^aeiou]y$/.test(w) ? w.replace(/y$/, 'ies') : /(?:s|sh|ch)$/.test(w) ? `${w}es` : `${w}s`)
  }
  return out
})()

/** Gendered words in a description or title: a hint for pronouns. Never guessed from first names. */
export const GENDERED: ReadonlyMap<string, 'he' | 'she'> = new Map([
  ['mr', 'he'], ['mr.', 'he'], ['sir', 'he'], ['lord', 'he'], ['king', 'he'], ['prince', 'he'],
  ['spokesman', 'he'], ['chairman', 'he'], ['congressman', 'he'], ['councilman', 'he'], ['businessman', 'he'],
  ['father', 'he'], ['husband', 'he'], ['son', 'he'], ['brother', 'he'], ['man', 'he'],
  ['boy', 'he'], ['duke', 'he'], ['emperor', 'he'], ['baron', 'he'], ['uncle', 'he'], ['grandfather', 'he'],
  ['mrs', 'she'], ['mrs.', 'she'], ['ms', 'she'], ['ms.', 'she'], ['miss', 'she'], ['dame', 'she'],
  ['lady', 'she'], ['queen', 'she'], ['princess', 'she'], ['spokeswoman', 'she'], ['chairwoman', 'she'],
  ['congresswoman', 'she'], ['councilwoman', 'she'], ['businesswoman', 'she'], ['mother', 'she'],
  ['wife', 'she'], ['daughter', 'she'], ['sister', 'she'], ['woman', 'she'],
  ['girl', 'she'], ['duchess', 'she'], ['empress', 'she'], ['baroness', 'she'], ['aunt', 'she'],
  ['grandmother', 'she'], ['widow', 'she'],
])

/** Abbreviations after which a full stop does not end a sentence. Lower case, without the stop. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gov', 'sen', 'rep', 'reps', 'sens', 'gen', 'lt', 'col', 'capt', 'cmdr',
  'sgt', 'maj', 'adm', 'cpl', 'pvt', 'rev', 'hon', 'st', 'ste', 'mt', 'ft', 'jr', 'sr', 'no', 'nos', 'vs',
  ...ENGLISH_MONTH_ABBREVIATIONS,
  'v', 'etc', 'approx', 'dept', 'est', 'fig', 'inc', 'corp', 'co', 'ltd', 'bros', 'ave', 'blvd', 'rd', 'supt', 'insp', 'det',
  'atty', 'gov', 'pres', 'sec', 'al', 'ca', 'cf', 'e.g', 'i.e', 'op', 'vol', 'pp', 'p', 'ed', 'eds',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt',
  'wash', 'wis', 'wyo',
])

/** Words that commonly start a sentence: after "U.S." or an initial, these mean a new sentence began. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'a', 'an', 'this', 'that', 'there',
  'his', 'her', 'their', 'its', 'on', 'at', 'as', 'after', 'before', 'while', 'when', 'if', 'some',
  'many', 'officials', 'however', 'meanwhile', 'yet', 'so', 'for', 'those', 'these', 'one',
])

/**
 * Countries, a few regions and U.S. states: as a capitalised run on their own they name a place or its
 * government, never a person. Lower case.
 */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria',
  'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin',
  'bhutan', 'bolivia', 'bosnia', 'botswana', 'brazil', 'brunei', 'bulgaria', 'burkina', 'burma', 'burundi',
  'cambodia', 'cameroon', 'canada', 'chile', 'china', 'colombia', 'comoros', 'congo', 'croatia',
  'cuba', 'cyprus', 'czechia', 'denmark', 'djibouti', 'dominica', 'ecuador', 'egypt', 'eritrea', 'estonia',
  'eswatini', 'ethiopia', 'fiji', 'finland', 'france', 'gabon', 'gambia', 'germany', 'ghana',
  'greece', 'grenada', 'guatemala', 'guinea', 'guyana', 'haiti', 'honduras', 'hungary', 'iceland', 'india',
  'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan', 'kazakhstan',
  'kenya', 'kiribati', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'lesotho', 'liberia',
  'libya', 'liechtenstein', 'lithuania', 'luxembourg', 'madagascar', 'malawi', 'malaysia', 'maldives', 'mali',
  'malta', 'mauritania', 'mauritius', 'mexico', 'micronesia', 'moldova', 'monaco', 'mongolia', 'montenegro',
  'morocco', 'mozambique', 'myanmar', 'namibia', 'nauru', 'nepal', 'netherlands', 'nicaragua', 'niger',
  'nigeria', 'norway', 'oman', 'pakistan', 'palau', 'palestine', 'panama', 'paraguay', 'peru', 'philippines',
  'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'samoa', 'senegal', 'serbia', 'seychelles',
  'singapore', 'slovakia', 'slovenia', 'somalia', 'spain', 'sudan', 'suriname', 'sweden', 'switzerland',
  'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'togo', 'tonga', 'tunisia', 'turkey', 'türkiye',
  'turkmenistan', 'tuvalu', 'uganda', 'ukraine', 'uruguay', 'uzbekistan', 'vanuatu', 'vatican', 'venezuela',
  'vietnam', 'yemen', 'zambia', 'zimbabwe', 'u.s', 'u.s.', 'us', 'usa', 'uk', 'u.k', 'u.k.', 'britain',
  'england', 'scotland', 'wales', 'europe', 'africa', 'asia', 'america', 'moscow', 'beijing',
  'tokyo', 'london', 'paris', 'berlin', 'brussels', 'kyiv', 'kiev', 'tehran', 'ankara', 'seoul', 'taipei',
  'manila', 'jakarta', 'delhi', 'cairo', 'riyadh', 'baghdad', 'damascus', 'jerusalem', 'ottawa', 'canberra',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
  'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'virginia',
  'wisconsin', 'wyoming', 'ontario', 'quebec', 'bavaria', 'hong kong', 'new york', 'new zealand',
  'new jersey', 'new mexico', 'new hampshire', 'new delhi', 'south africa', 'south korea', 'north korea',
  'saudi arabia', 'united states', 'united kingdom', 'sri lanka', 'costa rica', 'el salvador',
  'puerto rico', 'west virginia', 'north carolina', 'south carolina', 'north dakota', 'south dakota',
  'rhode island', 'ivory coast', 'czech republic', 'dominican republic', 'east timor', 'abu dhabi',
])

/**
 * Numbers spelled out, with their values ("three days ago", "seven people"): news style spells out one to nine,
 * and round tens read as words too.
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
])

/** Words for an amount that print no figure ("hundreds", "dozens", "half", "twice"), as pattern alternatives. */
export const AMOUNT_WORDS: readonly string[] = [
  'hundreds?', 'thousands?', 'millions?', 'billions?', 'trillions?', 'dozens?', 'scores', 'half', 'quarter', 'third', 'double', 'triple', 'twice',
]

/** A word in capitals or of initials: "NATO", "CDUs", "U.S." (an organisation or a place, never a common noun). */
export function isAcronym(w: string): boolean {
  return /^\p{Lu}{2,6}s?$/u.test(w) || /^(?:\p{Lu}\.){2,}$/u.test(w)
}
