import type { AnnotationKind } from '../annotation/types'
import { describe, findingCountPhrase, SEVERITY_LABEL, KIND_COLOR, KIND_LABEL, KIND_MEANING, KINDS, STATUS_LABEL, STORY_SUMMARY_LABEL, type ReportAnnotation, type ReportModel } from './model'

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
}

const e = escapeHtml

function link(url: string): string {
  // Only web links become anchors; anything else (javascript:, data:, file:) stays inert text.
  return /^https?:\/\/[^\s"<>]+$/i.test(url) ? `<a href="${e(url)}">${e(url)}</a>` : e(url)
}

function css(): string {
  const kinds = KINDS.map(
    (k) =>
      `mark.k-${k}{background:#${KIND_COLOR[k]}}.sw.k-${k},.ref.k-${k},.tag.k-${k}{background:#${KIND_COLOR[k]}}`,
  ).join('\n')
  return `
*{box-sizing:border-box}
body{font:11pt/1.5 Georgia,"Times New Roman",serif;color:#111;margin:0 auto;max-width:60rem;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font:600 1.05rem/1.3 system-ui,sans-serif;margin:1.6rem 0 .5rem;border-bottom:1px solid #ccc}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;font:9.5pt system-ui,sans-serif;margin:0}
.meta dt{color:#555}.meta dd{margin:0}
.legend{font:9.5pt system-ui,sans-serif;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.8rem 0}.legend small{color:#555}
.summary{font:10pt/1.45 system-ui,sans-serif;border:1px solid #ccc;border-left:4px solid #555;padding:.4rem .7rem;margin:.8rem 0}.summary p{margin:.1rem 0}
.d-rejected{color:#666}
.sw{display:inline-block;width:1.6em;height:1em;vertical-align:middle;border:1px solid #999;margin-right:.3em}
.row{display:grid;grid-template-columns:1fr 15rem;gap:1.2rem;break-inside:avoid}
.b-headline{font-size:1.25rem;font-weight:bold}.b-dateline,.b-byline{font-style:italic}
.b-caption,.b-creditLine{font-size:.92em;color:#333}.b-heading{font-size:1.05rem;font-weight:bold;margin:1.1em 0 .4em}
.story-summary{border-left:4px solid #999;padding:.1rem .7rem;margin:.4rem 0 1rem;font-size:1.02em}.story-summary .label{font:bold 8.5pt system-ui,sans-serif;color:#555;margin:.2rem 0}
mark{color:inherit;padding:0 .05em}
.ref{font:bold 7pt system-ui,sans-serif;border:1px solid #777;border-radius:3px;padding:0 .2em;margin-left:.1em;vertical-align:super}
aside.margin{font:8.5pt/1.35 system-ui,sans-serif;color:#222}
aside.margin p{margin:.2rem 0 .5rem;padding-left:.4rem;border-left:3px solid #bbb}
table{border-collapse:collapse;width:100%;font:9pt/1.35 system-ui,sans-serif}
th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:start;vertical-align:top}th{background:#f3f3f3}
td,aside.margin p,.summary p{unicode-bidi:plaintext}
.tag{font:8pt system-ui,sans-serif;padding:0 .3em;border-radius:3px}
.sev-error{color:#b00020;font-weight:bold}.sev-warning{color:#8a5a00}.sev-info{color:#555}
footer{margin-top:2rem;font:8.5pt system-ui,sans-serif;color:#555;border-top:1px solid #ccc;padding-top:.5rem}
${kinds}
@media print{body{max-width:none;padding:0}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}h2{break-after:avoid}tr{break-inside:avoid}}
`
}

function metaRows(m: ReportModel): string {
  const rows: [string, string | null][] = [
    ['Source', m.source],
    ['Story', m.storyId],
    ['Agency id', m.agencyId],
    ['Version', m.agencyVersion && m.agencyVersion !== m.version ? `${m.version} (agency: ${m.agencyVersion})` : m.version],
    ['Format', m.format],
    ['Section', m.section],
    ['Dateline', m.dateline],
    ['Byline', m.bylines.join('; ') || null],
    ['Created', m.created],
    ['Review state', m.review.text],
    ['Checked by', m.checkedByText],
    ['Checked at', m.checkedAtText],
  ]
  return rows
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v as string)}</dd>`)
    .join('')
}

function storyHtml(m: ReportModel): string {
  const byN = new Map(m.annotations.map((a) => [a.n, a]))
  const out: string[] = []
  if (m.storySummary) {
    // Above the story, apart from its blocks: the teaser is not part of the checked text (no marks, no checks).
    out.push(
      `<div class="row"><div class="story-summary"><p class="label" lang="en" dir="ltr">${e(STORY_SUMMARY_LABEL)}</p><p dir="${m.storySummary.dir === 'rtl' ? 'rtl' : 'auto'}">${e(m.storySummary.text)}</p></div><aside class="margin"></aside></div>`,
    )
  }
  for (const b of m.blocks) {
    let inner = ''
    for (const s of b.segments) {
      let run = e(s.text)
      for (const n of [...s.marks].reverse()) {
        const a = byN.get(n) as ReportAnnotation
        run = `<mark class="k-${a.kind}" title="${e(`[${n}] ${describe(a)}`)}">${run}</mark>`
      }
      inner += run
      for (const n of s.ends) {
        const a = byN.get(n) as ReportAnnotation
        inner += `<sup class="ref k-${a.kind}" id="ref-${n}">${n}</sup>`
      }
    }
    // A crosshead is a heading under the story's own (h3 below the headline's h2), never a paragraph.
    const tag = b.kind === 'headline' ? 'h2' : b.kind === 'heading' ? 'h3' : 'p'
    const notes = b.marginNotes
      .map((n) => byN.get(n) as ReportAnnotation)
      .map((a) => `<p><span class="tag k-${a.kind}">${a.n}</span> ${e(a.note ?? a.exact)}<br><small>${e(a.author)}</small></p>`)
      .join('')
    // A right-to-left block says so; any other lets the browser decide by its first strong letter, as the PDF does.
    out.push(
      `<div class="row"><div><${tag} class="b-${b.kind}" dir="${b.dir === 'rtl' ? 'rtl' : 'auto'}">${inner}</${tag}></div><aside class="margin">${notes}</aside></div>`,
    )
  }
  return out.join('\n')
}

function status(a: ReportAnnotation): string {
  return a.status ? e(STATUS_LABEL[a.status]) : '—'
}

function table(head: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p>None.</p>'
  return `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`
}

function byKind(m: ReportModel, k: AnnotationKind): ReportAnnotation[] {
  return m.annotations.filter((a) => a.kind === k)
}

function decision(a: ReportAnnotation): string {
  return `<span class="d-${a.decided.state}">${e(a.decided.text)}</span>`
}

/** Renders the report as one self-contained, printable HTML page: inline CSS, no scripts, nothing remote; all text escaped. */
export function renderHtml(m: ReportModel): string {
  const title = m.headline ?? 'Untitled story'
  const legend = KINDS.map(
    (k) => `<span><span class="sw k-${k}"></span>${e(KIND_LABEL[k])} (${m.counts[k]}) <small>${e(KIND_MEANING[k])}</small></span>`,
  ).join('')
  const dismissed = table(
    ['Check', 'Where', 'Reason', 'By', 'When'],
    m.dismissed.map((d) => [e(d.rule), e(d.excerpt), e(d.reason), e(d.by ?? 'not recorded'), e(d.atText)]),
  )
  const rejected = table(
    ['Kind', 'Words', 'Decision'],
    m.rejected.map((a) => [e(KIND_LABEL[a.kind]), e(a.exact), decision(a)]),
  )
  const findings = table(
    ['Severity', 'Check', 'Message', 'Where'],
    m.findings.map((f) => [`<span class="sev-${f.severity}">${e(SEVERITY_LABEL[f.severity])}</span>`, e(f.rule), e(f.message), e(f.excerpt)]),
  )
  const quotes = table(
    ['#', 'Quote', 'Speaker', 'Attribution', 'Status', 'Decision', 'Note'],
    byKind(m, 'quote').map((a) => [
      String(a.n),
      `“${e(a.exact)}”`,
      a.speaker ? e(a.speaker) : '<span class="sev-error">no speaker</span>',
      e([a.attribution, a.cue ? `“${a.cue}”` : ''].filter(Boolean).join(', ') || '—'),
      status(a),
      decision(a),
      e(a.note ?? ''),
    ]),
  )
  const claims = table(
    ['#', 'Claim', 'Source', 'Status', 'Decision', 'Evidence', 'Note'],
    byKind(m, 'claim').map((a) => [
      String(a.n),
      e(a.exact),
      e(a.speaker ?? 'reporter’s voice'),
      status(a),
      decision(a),
      a.evidence.map(link).join('<br>') || '—',
      e(a.note ?? ''),
    ]),
  )
  const notes = table(
    ['#', 'On', 'Kind', 'Note', 'Author', 'Date'],
    m.annotations
      .filter((a) => a.note || a.kind === 'note')
      .map((a) => [String(a.n), e(a.exact), e(KIND_LABEL[a.kind]), e(a.note ?? ''), e(a.author), e(a.updatedAtText)]),
  )
  const speakers = table(
    ['#', 'Mention', 'Person', 'Decision', 'Note'],
    byKind(m, 'speaker').map((a) => [String(a.n), e(a.exact), e(a.speaker ?? ''), decision(a), e(a.note ?? '')]),
  )
  const credits = table(
    ['Role', 'Name', 'Detail'],
    m.credits.map((c) => [e(c.role), e(c.name), e(c.detail)]),
  )
  const orphans =
    m.orphans.length === 0
      ? ''
      : `<h2>Annotations not found in this version (${m.orphans.length})</h2>${table(
          ['Kind', 'Words', 'Note', 'Author'],
          m.orphans.map((a) => [e(KIND_LABEL[a.kind]), e(a.exact), e(a.note ?? ''), e(a.author)]),
        )}`
  const fc = m.findingCounts
  // The report's own words are English; the story and its headline are in the story's language. Table cells and
  // notes take their direction from their own first letter (unicode-bidi: plaintext), as dir="auto" would.
  const storyLang = m.language ? ` lang="${e(m.language)}"` : ''
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wiremark">
<title>${e(title)} — Wiremark report</title>
<style>${css()}</style>
</head>
<body>
<header>
<h1${storyLang} dir="auto">${e(title)}</h1>
<dl class="meta">${metaRows(m)}</dl>
<section class="summary" aria-label="Summary"><p><strong>${e(m.summary.openText)}</strong></p><p>${e(m.summary.decidedText)}</p></section>
<div class="legend"><strong>Legend</strong>${legend}</div>
</header>
<h2>Open findings (${findingCountPhrase(fc)})</h2>
${findings}
<h2>Dismissed findings (${m.dismissed.length})</h2>
${dismissed}
<h2>Story</h2>
<article${storyLang} dir="${m.dir}">
${storyHtml(m)}
</article>
<h2>Quotes (${m.counts.quote})</h2>
${quotes}
<h2>Claims (${m.counts.claim})</h2>
${claims}
<h2>Rejected suggestions (${m.rejected.length})</h2>
${rejected}
<h2>Notes</h2>
${notes}
<h2>Speakers (${m.counts.speaker})</h2>
${speakers}
<h2>Credits</h2>
${credits}
${orphans}
<footer>
${m.copyright ? `<div>${e(m.copyright)}</div>` : ''}${m.usageTerms ? `<div>Usage: ${e(m.usageTerms)}</div>` : ''}
<div>Checked by ${e(m.checkedByText)} at ${e(m.checkedAtText)} · ${e(m.review.label)} · story ${e(m.storyId)}, version ${e(m.version)} · exported by Wiremark</div>
</footer>
</body>
</html>
`
}
