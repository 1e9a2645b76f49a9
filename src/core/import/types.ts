import type { Article } from '../article/types'

/** What every parser returns: one or more articles, and warnings about things it could not read fully. */
export interface ParseResult {
  articles: Article[]
  warnings: string[]
}
