import { STORY_SUMMARY_LABEL } from '../../../core/export/model'

/**
 * The agency's teaser or summary (Article.summary), above the story and outside its text: it is not body copy, so
 * nothing marks or checks it, and no key of the desk can change it. The reports show it the same way.
 */
export function StorySummary({ summary, language }: { summary: string | null; language: string | null }) {
  if (!summary) return null
  return (
    <section className="story-summary" aria-label="Summary" data-testid="story-summary">
      <p className="story-summary-label">{STORY_SUMMARY_LABEL}</p>
      <p className="story-summary-text" dir="auto" lang={language ?? undefined}>
        {summary}
      </p>
    </section>
  )
}
