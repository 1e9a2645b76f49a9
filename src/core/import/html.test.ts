import { readdirSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { fixture, readFixture, readFixtureText } from '../../test/fixtures'
import { decodeBytes } from './decode'
import { cleanByline, looksLikeHtml, parseHtml } from './html'
import { htmlToParagraphs } from './htmltext'
import { importBytes, importText } from './index'
import { readabilityArticle } from './readability'

const page = (rel: string): string => decodeBytes(new Uint8Array(gunzipSync(readFixture(rel))), rel).text
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

describe('parseHtml on small pages', () => {
  it('keeps the article, drops chrome, scripts and handlers', () => {
    const html = `<!doctype html><html lang="en"><head><title>Storm hits coast - Daily Bugle</title>
<meta property="og:site_name" content="Daily Bugle"><meta property="article:published_time" content="2024-02-03T08:00:00Z">
<meta name="author" content="By Jane Roe and John Doe"><script>alert("x")</script><style>p{}</style></head>
<body onload="evil()"><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie-banner">We use cookies. Accept all</div>
<article><h1>Storm hits coast</h1><p>A powerful storm hit the coast on Saturday, cutting power to thousands of homes, officials said.</p>
<p onclick="steal()">"It was the worst night of my life," said one resident, who lost her roof, her car and her garden.</p>
<div class="share-tools"><a href="javascript:void(0)">Share</a> <a href="#">Tweet</a></div>
<p>Repair crews were expected to work through the weekend, the utility company said in a statement on Sunday.</p>
<figure><img src="a.jpg"><figcaption>Waves crash over the pier. <span class="credit">Photo: Ann Lee/Bugle</span></figcaption></figure></article>
<aside><h3>Related stories</h3><ul><li><a href="/a">Another storm story with a long headline</a></li></ul></aside>
<footer>© Daily Bugle. All rights reserved.</footer></body></html>`
    expect(looksLikeHtml(html)).toBe(true)
    const a = parseHtml(html, 'p.html').articles[0]!
    expect(a.format).toBe('html')
    expect(a.headline).toBe('Storm hits coast')
    expect(a.source).toBe('Daily Bugle')
    expect(a.created).toBe('2024-02-03T08:00:00Z')
    expect(a.bylines).toEqual(['Jane Roe', 'John Doe'])
    expect(a.language).toBe('en')
    expect(a.paragraphs).toHaveLength(3)
    expect(a.paragraphs[1]).toMatch(/^"It was the worst night of my life,"/)
    expect(a.captions).toEqual([expect.objectContaining({ text: 'Waves crash over the pier.', credit: 'Photo: Ann Lee/Bugle' })])
    for (const bad of ['alert', 'evil', 'steal', 'javascript', 'cookies', 'Related stories', 'All rights reserved', 'Home', 'Tweet']) {
      expect(a.text, bad).not.toContain(bad)
    }
  })

  it('takes the heading that opens a fragment without title or h1 as its headline, and nothing else', () => {
    const fragment = '<h2>Mayor opens the new bridge</h2><p>LONDON (Reuters) - The mayor opened the bridge on Monday.</p><p>"A great day," she said.</p>'
    const [a] = parseHtml(fragment, 'Pasted text.txt').articles
    expect(a!.headline).toBe('Mayor opens the new bridge')
    expect(a!.paragraphs[0]).toMatch(/^LONDON \(Reuters\)/)
    // A heading further down is a section heading, not the headline; a title or an h1 still comes first.
    expect(parseHtml('<p>LONDON (Reuters) - The mayor opened the bridge.</p><h2>Background of the project</h2><p>More.</p>', 'x.html').articles[0]!.headline).toBeNull()
    expect(parseHtml(`<title>Bridge opens</title>${fragment}`, 'x.html').articles[0]!.headline).toBe('Bridge opens')
  })

  it('cleans dirty bylines', () => {
    expect(cleanByline('by Lucas Nolan22 Dec 2016651')).toEqual(['Lucas Nolan'])
    expect(cleanByline('By GILLIAN MOHNEY\n  March 11, 2015')).toEqual(['GILLIAN MOHNEY'])
    expect(cleanByline('April 28, 2019 at 6:01 am Updated April 29')).toEqual([])
    expect(cleanByline('Von Anna Schmidt und Jan Meier')).toEqual(['Anna Schmidt', 'Jan Meier'])
    expect(cleanByline('https://example.com/authors/x')).toEqual([])
  })

  it('turns feed body HTML into paragraphs with entities decoded and scripts dropped', () => {
    expect(htmlToParagraphs('<p>Caf&eacute; &amp; bar&nbsp;&#8220;x&#x201D;</p><script>var a="<p>no</p>"</script><p>two<br>lines</p>')).toEqual([
      'Café & bar “x”',
      'two',
      'lines',
    ])
    expect(htmlToParagraphs('<div><p>unclosed<p>next</div><li>item')).toEqual(['unclosed', 'next', 'item'])
  })
})

describe('parseHtml on the Readability news pages', () => {
  const dir = 'mozilla-readability-news-pages/test-pages'
  const sites = readdirSync(fixture(dir))
  it('recovers most of the expected article text with little clutter', () => {
    let good = 0
    let titles = 0
    const rows: string[] = []
    for (const site of sites) {
      const a = parseHtml(page(`${dir}/${site}/source.html.gz`), site).articles[0]!
      const expected = new Set(words(htmlToParagraphs(page(`${dir}/${site}/expected.html.gz`)).join(' ')))
      const got = words(a.paragraphs.join(' '))
      const gotSet = new Set(got)
      const recall = [...expected].filter((w) => gotSet.has(w)).length / Math.max(1, expected.size)
      const precision = [...gotSet].filter((w) => expected.has(w)).length / Math.max(1, gotSet.size)
      if (recall >= 0.8 && precision >= 0.7) good++
      rows.push(`${site}: recall ${recall.toFixed(2)} precision ${precision.toFixed(2)}`)
      const meta = JSON.parse(readFixtureText(`${dir}/${site}/expected-metadata.json`)) as { title: string }
      const mt = words(meta.title).join(' ')
      const ht = words(a.headline ?? '').join(' ')
      if (ht && (mt.includes(ht) || ht.includes(mt))) titles++
      expect(a.text).not.toMatch(/<script|javascript:|onclick=/i)
    }
    console.log(`readability pages: ${good}/${sites.length} with recall>=0.8 and precision>=0.7; titles ${titles}/${sites.length}\n${rows.join('\n')}`)
    expect(good).toBeGreaterThanOrEqual(FLOOR_GOOD)
    expect(titles).toBeGreaterThanOrEqual(FLOOR_TITLES)
  })
})

describe('parseHtml on the trafilatura real-world pages', () => {
  it('keeps must-contain strings and drops must-not-contain strings', () => {
    const exp = JSON.parse(readFixtureText('trafilatura-realworld-news/expectations.json')) as Record<string, { must_contain: string[]; must_not_contain: string[]; cached_file: string }>
    let contain = 0
    let containTotal = 0
    let notContain = 0
    let notTotal = 0
    const misses: string[] = []
    for (const e of Object.values(exp)) {
      const a = parseHtml(page(`trafilatura-realworld-news/cache/${e.cached_file}.gz`), e.cached_file).articles[0]!
      const norm = (s: string) => s.replace(/\s+/g, ' ')
      const text = norm(a.text)
      for (const s of e.must_contain) {
        containTotal++
        if (text.includes(norm(s))) contain++
        else misses.push(`${e.cached_file} missing: ${s}`)
      }
      for (const s of e.must_not_contain) {
        notTotal++
        if (!text.includes(norm(s))) notContain++
        else misses.push(`${e.cached_file} kept: ${s}`)
      }
    }
    console.log(`trafilatura: must_contain ${contain}/${containTotal}, must_not_contain ${notContain}/${notTotal}\n${misses.join('\n')}`)
    expect(contain).toBeGreaterThanOrEqual(FLOOR_CONTAIN)
    expect(notContain).toBeGreaterThanOrEqual(FLOOR_NOT)
  })
})

// Floors at what the extractor measured (reported in the console lines above): with Readability over linkedom,
// readability 37/38 pages (33 before), titles 34/38: yahoo-2 now gets its story's headline ("Russia: Space ship
// malfunctions, breaks up over Siberia", the page's h1 and <title>) where Readability's expected metadata has the
// site's og:title, which counts as a miss here; trafilatura must_contain 28/36 (22 before), must_not_contain 40/41 (as before).
const FLOOR_GOOD = 37
const FLOOR_TITLES = 34
const FLOOR_CONTAIN = 28
const FLOOR_NOT = 40

describe('page extraction with Readability over linkedom', () => {
  const rel = 'mozilla-readability-news-pages/test-pages/yahoo-2/source.html.gz'

  it('finds the AP story on a Yahoo page, where the page metadata names only the site', () => {
    const a = importBytes(new Uint8Array(gunzipSync(readFixture(rel))), 'source.html').articles[0]!
    expect(a.headline).toBe('Russia: Space ship malfunctions, breaks up over Siberia')
    expect(a.paragraphs[0]).toMatch(/^MOSCOW \(AP\) — An unmanned Russian cargo spaceship/)
    expect(a.dateline?.text).toBe('MOSCOW (AP) —')
    // the gallery's counter is furniture; its caption, printed twice, is one caption and no paragraph
    expect(a.paragraphs).not.toContain('1 / 5')
    expect(a.paragraphs.some((p) => p.startsWith('In this photo dated'))).toBe(false)
    expect(a.captions[0]?.text).toMatch(/^In this photo dated Tuesday, Nov, 29, 2016 the Soyuz-FG rocket/)
    // the correction note and the contributor line close the story: credit lines, not paragraphs
    expect(a.creditLines).toEqual([
      'This version corrects the spelling of the region to Tuva, not Tyva.',
      'Aerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow contributed to this report.',
    ])
  })

  it('reads pasted HTML with the same extraction as a saved page', () => {
    const html = new TextDecoder().decode(gunzipSync(readFixture(rel)))
    const saved = importBytes(new TextEncoder().encode(html), 'source.html').articles[0]!
    const pasted = importText(html, 'Pasted text.txt').articles[0]!
    expect(pasted.format).toBe('html')
    expect(pasted.paragraphs).toEqual(saved.paragraphs)
  })

  it('never takes markup from the page into the text', () => {
    const html = `<html><head><title>Dam opens</title></head><body><article><h1>Dam opens</h1>
<p>The new dam opened on Monday after ten years of work, officials said in a statement to reporters.</p>
<p>Engineers said the <a href="javascript:alert(1)">reservoir</a> would fill by spring, and <img src=x onerror="steal()">the turbines would run by summer.</p>
<p>It cost more than planned, the ministry said, though it would not say how much more than the first estimate.</p>
<script>document.write('<p>injected</p>')</script></article></body></html>`
    const a = importText(html, 'page.html').articles[0]!
    expect(a.paragraphs).toHaveLength(3)
    expect(a.text).not.toMatch(/<|javascript|onerror|steal|injected/)
  })
})

describe('page extraction on hostile markup', () => {
  it('reads a page nested 5,000 divs deep in well under a second (our own extraction; Readability took minutes)', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>The council voted on Monday to close the bridge for repairs, officials said.</p>${'</div>'.repeat(5000)}</body></html>`
    const t = performance.now()
    const a = importText(html, 'deep.html').articles[0]!
    expect(performance.now() - t).toBeLessThan(1500)
    expect(a.paragraphs).toEqual(['The council voted on Monday to close the bridge for repairs, officials said.'])
  })
})

describe('markup from which no document can be built', () => {
  it('is read by our own extraction (Readability refused it with an error that was a masked crash)', () => {
    // "<!doctype html><_…": linkedom builds no root element from it (the import fuzz's masked crash)
    const page = `<!doctype html><_notes>Officials said the bridge would reopen on Monday after repairs. Traffic will be limited.`
    expect(readabilityArticle(page)).toBeNull()
    let error: Error | null = null
    try {
      importText(page, 'page.html')
    } catch (e) {
      error = e as Error
    }
    // refused or read, the answer is the import's own, not an exception from inside Readability
    expect(error?.stack ?? '').not.toMatch(/Readability/)
  })

  it('a page nested hundreds deep, or with more tags than Readability may read, is read by our own extraction alone', () => {
    // Readability reads every candidate's whole text for each element above it: a fuzz page nested 108,000 deep
    // took it 3 minutes. The fixture pages nest at most 33 deep.
    const story = '<h1>Bridge reopens</h1><p>Officials said the bridge would reopen on Monday after repairs.</p><p>Traffic will be limited.</p>'
    const deep = `<!doctype html><html><body>${'<div>'.repeat(600)}${story}${'</div>'.repeat(600)}</body></html>`
    const shallow = `<!doctype html><html><body>${'<div>'.repeat(20)}${story}${'</div>'.repeat(20)}</body></html>`
    expect(readabilityArticle(shallow)?.blocks.map((b) => b.text)).toContain('Traffic will be limited.')
    expect(readabilityArticle(deep)).toBeNull()
    // Markup with no <html> makes its first element the document element and leaves the rest beside it, not under
    // it: measured from the document (a fuzzed feed nested 3,400 deep so took Readability 6 s).
    expect(readabilityArticle(`<Source><Party x="1"/></Source>${'<Format x="1">'.repeat(600)}${story}`)).toBeNull()
    const many = `<!doctype html><html><body>${story}${'<span>x</span>'.repeat(31_000)}</body></html>`
    expect(readabilityArticle(many)).toBeNull()
    for (const page of [deep, many]) expect(importText(page, 'page.html').articles[0]?.text).toContain('Officials said the bridge would reopen on Monday')
  })
})
