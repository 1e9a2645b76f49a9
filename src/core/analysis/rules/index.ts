import { anonDeclinedComment } from './anonDeclinedComment'
import { anonymousSource } from './anonymousSource'
import { borrowedMaterialCredit } from './borrowedMaterialCredit'
import { captionWithoutCredit } from './captionWithoutCredit'
import { carriedAttribution } from './carriedAttribution'
import type { Rule } from './context'
import { correctionNotice } from './correctionNotice'
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
import { pronounBeforeName } from './pronounBeforeName'
import { quoteWithoutSpeaker } from './quoteWithoutSpeaker'
import { relativeDateConflict } from './relativeDateConflict'
import { speakerNotIntroduced } from './speakerNotIntroduced'
import { unattributedClaim } from './unattributedClaim'
import { unbalancedQuotes } from './unbalancedQuotes'

export type { AnalyzeOptions, HouseStyle, Rule, RuleContext, SpeechAnalysis } from './context'

/** Every check, in the order RULES.md lists them. */
export const RULES: readonly Rule[] = [
  quoteWithoutSpeaker,
  doubtfulSpeaker,
  lateAttribution,
  carriedAttribution,
  doubleAttribution,
  speakerNotIntroduced,
  pronounBeforeName,
  anonymousSource,
  pluralSource,
  anonDeclinedComment,
  loadedVerb,
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
