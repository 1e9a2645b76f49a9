/**
 * Phrases that mark an unnamed source (RULES "Phrases that mark an unnamed source"), and the reasons for
 * anonymity that satisfy the guides. Written for Wiremark from newsroom usage; general, story-independent.
 */

/** Phrases that grant or describe anonymity. */
export const ANONYMITY =
  /\b(?:on (?:the )?condition of anonymity|on condition (?:that )?(?:he|she|they|it) (?:not be|was not|were not) (?:named|identified)|speaking anonymously|spoke anonymously|(?:declined|refused|did not want|didn't want) to be (?:named|identified)|asked not to be (?:named|identified)|requested anonymity|(?:who|which) (?:declined|refused) to give (?:his|her|their) names?|(?:spoke|speaking) on background|not authori[sz]ed to (?:speak|talk|comment|discuss)|(?:people|persons?|sources?|officials?) (?:familiar with|briefed on|with (?:direct )?knowledge of|close to)|a person (?:familiar with|briefed on|close to)|sources? close to|(?:an )?insiders?\b|friends of\b)/i

/** Bare attributions to nobody in particular, not acceptable on their own (RULES §7). */
export const BARE_SOURCE =
  /\b(?:(?:a|one|two|three|several|some)\s+(?:senior\s+|government\s+|western\s+|european\s+|u\.s\.\s+|security\s+|diplomatic\s+|military\s+|police\s+|industry\s+|party\s+|administration\s+)*(?:sources?|officials?|insiders?|diplomats?|aides?)\s+(?:said|says|told|say)|(?:senior\s+)?officials\s+(?:said|say|says)|sources\s+(?:said|say|told)|according to (?:a |one |two |several )?(?:senior )?(?:sources?|officials?|insiders?)|one MP\b|a senior minister\b|\breportedly\b|\b(?:has|have) learned\b|it is understood\b)/i

/** Reasons that satisfy the check: danger, no authority to speak, sensitive talks still under way. */
export const SPECIFIC_REASON =
  /\b(?:not authori[sz]ed to (?:speak|talk|comment|discuss|be (?:named|quoted))|(?:was|were|is|are) not permitted to (?:speak|talk|discuss)|for fear of|fearing (?:reprisals?|retaliation|retribution|for)|for (?:his|her|their) (?:own )?safety|because of (?:the )?(?:risk|danger|threats?)|(?:could|would) (?:face|risk) (?:reprisals?|retaliation|arrest|prosecution|dismissal)|(?:talks|negotiations|discussions|deliberations|investigation|inquiry) (?:are|were|is|was) (?:still )?(?:under way|underway|ongoing|continuing|not (?:yet )?(?:public|complete|concluded|finished)))/i

/** Reasons that are given but generic ("the talks were private"): worth an info note. */
export const GENERIC_REASON =
  /\b(?:because|as|since|to discuss|given)\b[^.]{0,60}\b(?:private|confidential|sensitive|internal|not (?:been )?(?:made )?public|not yet public|the matter|the issue|the subject)\b/i

/** A "no comment" from someone. */
export const DECLINED_COMMENT =
  /\b(?:declined|refused) (?:to comment|comment|to discuss|to respond|to elaborate)|\bdid not (?:immediately )?(?:respond|reply) to (?:a |multiple |repeated )?requests? for comment|\bcould not be reached for comment|\bhad no (?:immediate )?comment/i
