/**
 * Phrases that mark an unnamed source (RULES "Phrases that mark an unnamed source"), and the reasons for
 * anonymity that satisfy the guides. Written for Wiremark from newsroom usage; general, story-independent.
 */

/** Phrases that grant or describe anonymity. */
/** "named or identified", the two words the anonymity phrases end in. */
const NAMED = '(?:named|identified)'
/** Who the unnamed source is: people, persons, sources or officials, one or many. */
const SOURCE_PEOPLE = '(?:people|persons?|sources?|officials?)'

/** Phrases that grant or describe anonymity. */
export const ANONYMITY = new RegExp(
  String.raw`\b(?:${[
    // the grant
    'on (?:the )?condition of anonymity',
    `on condition (?:that )?(?:he|she|they|it) (?:not be|was not|were not) ${NAMED}`,
    'speaking anonymously',
    'spoke anonymously',
    `(?:declined|refused|did not want|didn't want) to be ${NAMED}`,
    `asked not to be ${NAMED}`,
    'requested anonymity',
    '(?:who|which) (?:declined|refused) to give (?:his|her|their) names?',
    '(?:spoke|speaking) on background',
    'not authori[sz]ed to (?:speak|talk|comment|discuss)',
    // the description
    `${SOURCE_PEOPLE} (?:familiar with|briefed on|with (?:direct )?knowledge of|close to)`,
    'a person (?:familiar with|briefed on|close to)',
    'sources? close to',
    String.raw`(?:an )?insiders?\b`,
    String.raw`friends of\b`,
  ].join('|')})`,
  'i',
)

/** Bare attributions to nobody in particular, not acceptable on their own (RULES §7). */
/** What may stand before "sources" or "officials" without saying who they are: "senior", "western", "U.S.". */
const VAGUE_QUALIFIER = String.raw`(?:senior\s+|government\s+|western\s+|european\s+|u\.s\.\s+|security\s+|diplomatic\s+|military\s+|police\s+|industry\s+|party\s+|administration\s+)`
/** Nobody in particular, counted: "sources", "officials", "insiders", "diplomats", "aides". */
const NOBODY = String.raw`(?:sources?|officials?|insiders?|diplomats?|aides?)`

/** Bare attributions to nobody in particular, not acceptable on their own (RULES §7). */
export const BARE_SOURCE = new RegExp(
  String.raw`\b(?:${[
    String.raw`(?:a|one|two|three|several|some)\s+${VAGUE_QUALIFIER}*${NOBODY}\s+(?:said|says|told|say)`,
    String.raw`(?:senior\s+)?officials\s+(?:said|say|says)`,
    String.raw`sources\s+(?:said|say|told)`,
    'according to (?:a |one |two |several )?(?:senior )?(?:sources?|officials?|insiders?)',
    String.raw`one MP\b`,
    String.raw`a senior minister\b`,
    String.raw`\breportedly\b`,
    String.raw`\b(?:has|have) learned\b`,
    String.raw`it is understood\b`,
  ].join('|')})`,
  'i',
)

/** Reasons that satisfy the check: danger, no authority to speak, sensitive talks still under way. */
/** Talks or an inquiry that are still going on, or not yet public. */
const PENDING = String.raw`(?:talks|negotiations|discussions|deliberations|investigation|inquiry) (?:are|were|is|was) (?:still )?(?:under way|underway|ongoing|continuing|not (?:yet )?(?:public|complete|concluded|finished))`

/** Reasons that satisfy the check: danger, no authority to speak, sensitive talks still under way. */
export const SPECIFIC_REASON = new RegExp(
  String.raw`\b(?:${[
    // no authority to speak
    'not authori[sz]ed to (?:speak|talk|comment|discuss|be (?:named|quoted))',
    '(?:was|were|is|are) not permitted to (?:speak|talk|discuss)',
    // danger
    'for fear of',
    'fearing (?:reprisals?|retaliation|retribution|for)',
    'for (?:his|her|their) (?:own )?safety',
    'because of (?:the )?(?:risk|danger|threats?)',
    '(?:could|would) (?:face|risk) (?:reprisals?|retaliation|arrest|prosecution|dismissal)',
    // sensitive matters under way
    PENDING,
  ].join('|')})`,
  'i',
)

/** Reasons that are given but generic ("the talks were private"): worth an info note. */
export const GENERIC_REASON =
  /\b(?:because|as|since|to discuss|given)\b[^.]{0,60}\b(?:private|confidential|sensitive|internal|not (?:been )?(?:made )?public|not yet public|the matter|the issue|the subject)\b/i

/** A "no comment" from someone. */
export const DECLINED_COMMENT = new RegExp(
  [
    String.raw`\b(?:declined|refused) (?:to comment|comment|to discuss|to respond|to elaborate)`,
    String.raw`\bdid not (?:immediately )?(?:respond|reply) to (?:a |multiple |repeated )?requests? for comment`,
    String.raw`\bcould not be reached for comment`,
    String.raw`\bhad no (?:immediate )?comment`,
  ].join('|'),
  'i',
)
