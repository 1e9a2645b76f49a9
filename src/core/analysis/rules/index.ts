import { anonDeclinedComment } from './anonDeclinedComment'
import { anonymousSource } from './anonymousSource'
import { borrowedMaterialCredit } from './borrowedMaterialCredit'
import { captionWithoutCredit } from './captionWithoutCredit'
import { carriedAttribution } from './carriedAttribution'
import type { Rule } from './context'
import type { RuleId } from '../types'
import { correctionNotice } from './correctionNotice'
import { courtesyTitle } from './courtesyTitle'
import { creditMismatch } from './creditMismatch'
import { doubleAttribution } from './doubleAttribution'
import { doubtfulSpeaker } from './doubtfulSpeaker'
import { fragmentQuote } from './fragmentQuote'
import { insertionInQuote } from './insertionInQuote'
import { lateAttribution } from './lateAttribution'
import { loadedVerb } from './loadedVerb'
import { missingCredit } from './missingCredit'
import { noDateline } from './noDateline'
import { pluralSource } from './pluralSource'
import { presentTenseAttribution } from './presentTenseAttribution'
import { pronounBeforeName } from './pronounBeforeName'
import { quoteIntroduction } from './quoteIntroduction'
import { quoteWithoutSpeaker } from './quoteWithoutSpeaker'
import { relativeDateConflict } from './relativeDateConflict'
import { speakerNotIntroduced } from './speakerNotIntroduced'
import { unattributedClaim } from './unattributedClaim'
import { unbalancedQuotes } from './unbalancedQuotes'

export type { Rule, RuleContext, SpeechAnalysis } from './context'

/** Every check, in the order RULES.md lists them (the house-style checks beside the rule they refine). */
export const RULES: readonly Rule[] = [
  quoteWithoutSpeaker,
  doubtfulSpeaker,
  lateAttribution,
  carriedAttribution,
  doubleAttribution,
  quoteIntroduction,
  speakerNotIntroduced,
  courtesyTitle,
  pronounBeforeName,
  anonymousSource,
  pluralSource,
  anonDeclinedComment,
  loadedVerb,
  presentTenseAttribution,
  insertionInQuote,
  unbalancedQuotes,
  fragmentQuote,
  unattributedClaim,
  borrowedMaterialCredit,
  missingCredit,
  noDateline,
  relativeDateConflict,
  captionWithoutCredit,
  creditMismatch,
  correctionNotice,
]

/** Every check's id, in RULES' order: what the desk lists and the CLI's --disable accepts. */
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id)

export const isRuleId = (v: unknown): v is RuleId => typeof v === 'string' && (RULE_IDS as readonly string[]).includes(v)
