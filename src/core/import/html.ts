import { buildArticle, cleanBlockText, type BodyPart } from '../article/build'
import { BLOCK_TAGS, classAndId, elementsByTag, parseHtmlTree, removeElements, textContent, walk, type HtmlElement, type HtmlNode } from './htmltext'
import { isObject, objects, parseJsonSafe, str, type JsonObject } from './json'
import { splitCaptionCredit } from './nitf'
import { joinedNames, withoutOpener } from '../news/bylines'
import { ENGLISH_MONTH_STEMS } from '../news/dates'
import { readabilityArticle, type ReadabilityArticle } from './readability'
import type { ParseResult } from './types'

/*
 * Saved HTML article pages. The article is found in the page clutter the way Readability does it:
 * paragraphs score their ancestors by length and commas, class names push scores up or down, links
 * pull them down; the best-scoring container and its good siblings are the article. Metadata comes from
 * JSON-LD, Open Graph and meta tags. Only text is kept: scripts, handlers and URLs never reach it.
 */

/** True for text that is an HTML document or fragment with paragraph markup. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096)
  if (/^\ufeff?\s*(<!--[\s\S]*?-->\s*)*<!doctype\s+html/i.test(head)) return true
  if (/<html[\s>]/i.test(head) || /<head[\s>]/i.test(head) || /<body[\s>]/i.test(head)) return true
  return /^\ufeff?\s*<(p|div|article|section|main|h1|h2)[\s>]/i.test(head) && /<\/(p|div|article)>/i.test(text.slice(0, 65536))
}

/** Class and id words of blocks that are no story (Readability's "unlikely candidates", and more) */
const UNLIKELY_WORDS = [
  '-ad-', 'ai2html', 'banner', 'breadcrumb', 'combx', 'comment', 'community', 'cover-wrap', 'disqus', 'extra',
  'footer', 'gdpr', 'consent', 'cookie', 'header', 'legends', 'menu', 'related', 'remark', 'replies', 'rss',
  'shoutbox', 'sidebar', 'skyscraper', 'social', 'sponsor', 'supplemental', 'ad-break', 'agegate', 'pagination',
  'pager', 'popup', 'modal', 'newsletter', 'subscribe', 'signup', 'share', 'teaser-list', 'recommend', 'promo',
  'outbrain', 'taboola', 'most-?popular', 'trending', 'toolbar', 'navigation', 'nav-', 'masthead',
]
const UNLIKELY = new RegExp(UNLIKELY_WORDS.join('|'), 'i')
const MAYBE = /and|article|body|column|content|main|mathjax|shadow|story|text/i
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph/i
/** Class and id words that weigh a block down (Readability's negative words, and more) */
const NEGATIVE_WORDS = [
  '-ad-', 'hidden', '^hid$', ' hid$', ' hid ', '^hid ', 'banner', 'combx', 'comment', 'com-', 'contact', 'footer',
  'gdpr', 'masthead', 'media', 'meta', 'outbrain', 'promo', 'related', 'scroll', 'share', 'shoutbox', 'sidebar',
  'skyscraper', 'sponsor', 'shopping', 'tags', 'widget', 'caption', 'credit', 'byline', 'author', 'date', 'time',
]
const NEGATIVE = new RegExp(NEGATIVE_WORDS.join('|'), 'i')
const REMOVE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'button', 'select', 'input', 'textarea', 'svg', 'iframe', 'object', 'embed', 'canvas', 'dialog', 'menu', 'label', 'video', 'audio', 'picture', 'img', 'source', 'link', 'meta'])
const SKIP_IN_TEXT = new Set(['figure', 'figcaption', 'h1'])
/** Short lines that are page furniture in any news site: share prompts, sign-ups, ads, read-more links. */
const FURNITURE_LINES = [
  'advertisement', 'anzeige', 'werbung', 'publicité', 'share', 'teilen', 'tweet', 'e-?mail', 'print', 'drucken',
  'comments?', 'kommentare?', 'read more', 'weiterlesen', 'mehr zum thema', 'related( stories', ' articles',
  ' coverage)?', 'see also', 'sign up', 'subscribe', 'abonnieren', 'follow us', 'newsletter', 'cookie', 'accept',
  'skip to (main )?content', 'zum inhalt', 'back to top', 'advertisement - scroll to continue', '\\d+ min(ute)? read',
]
const FURNITURE = new RegExp(String.raw`^(${FURNITURE_LINES.join('|')})\b`, 'i')

/** A slideshow or list counter: "1 / 5", "3 of 12". */
const COUNTER = /^\d{1,3}\s*(?:\/|of|von|sur|de)\s*\d{1,3}$/i
/** A call to subscribe or sign up, in the languages of the fixtures. */
const PROMO = /\b(?:abonnieren sie|subscribe|sign up for|newsletter|abonnez-vous|suscríbete|inscrivez-vous)\b/i

function hidden(el: HtmlElement): boolean {
  if ('hidden' in el.attrs) return true
  if ((el.attrs['aria-hidden'] ?? '') === 'true') return true
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attrs.style ?? '')
}

function classWeight(el: HtmlElement): number {
  const ci = classAndId(el)
  let w = 0
  if (NEGATIVE.test(ci)) w -= 25
  if (POSITIVE.test(ci)) w += 25
  return w
}

interface TextStats {
  len: number
  linkLen: number
  commas: number
}

function stats(el: HtmlNode, inLink = false): TextStats {
  const s: TextStats = { len: 0, linkLen: 0, commas: 0 }
  const stack: { n: HtmlNode; link: boolean }[] = [{ n: el, link: inLink }]
  while (stack.length) {
    const { n, link } = stack.pop() as { n: HtmlNode; link: boolean }
    if (typeof n === 'string') {
      const t = n.replace(/\s+/g, ' ')
      s.len += t.length
      if (link) s.linkLen += t.length
      s.commas += (t.match(/[,，、]/g) ?? []).length
      continue
    }
    const l = link || n.tag === 'a'
    for (const c of n.children) stack.push({ n: c, link: l })
  }
  return s
}

function hasBlockChild(el: HtmlElement): boolean {
  return el.children.some((c) => typeof c !== 'string' && (BLOCK_TAGS.has(c.tag) || c.tag === 'table'))
}

/** Removes page chrome that is never article text, and returns what it removed as clutter lines. */
function stripChrome(root: HtmlElement): string[] {
  const removedText: string[] = []
  removeElements(root, (el) => {
    let drop = REMOVE_TAGS.has(el.tag) || hidden(el)
    if (!drop && el.tag !== 'body' && el.tag !== 'html' && el.tag !== 'article' && el.tag !== 'main') {
      const ci = classAndId(el)
      const role = el.attrs.role ?? ''
      if (/^(navigation|banner|complementary|contentinfo|dialog|alertdialog|menu|menubar)$/.test(role)) drop = true
      else if (ci.trim() && UNLIKELY.test(ci) && !MAYBE.test(ci)) drop = true
    }
    if (drop) {
      const t = textContent(el)
      if (t && t.length < 300) removedText.push(t)
    }
    return drop
  })
  return removedText
}

function scoreCandidates(root: HtmlElement): Map<HtmlElement, number> {
  const scores = new Map<HtmlElement, number>()
  const init = (el: HtmlElement): number => {
    let s = scores.get(el)
    if (s !== undefined) return s
    s = classWeight(el)
    if (el.tag === 'div' || el.tag === 'article' || el.tag === 'section' || el.tag === 'main') s += 5
    else if (el.tag === 'pre' || el.tag === 'td' || el.tag === 'blockquote') s += 3
    else if (/^(address|ol|ul|dl|dd|dt|li|form)$/.test(el.tag)) s -= 3
    else if (/^(h[1-6]|th)$/.test(el.tag)) s -= 5
    if (el.tag === 'article' || (el.attrs.itemprop ?? '').includes('articleBody')) s += 15
    scores.set(el, s)
    return s
  }
  walk(root, (el) => {
    const isPara = el.tag === 'p' || el.tag === 'pre' || el.tag === 'td' || ((el.tag === 'div' || el.tag === 'section') && !hasBlockChild(el))
    if (!isPara) return
    const st = stats(el)
    if (st.len < 25) return
    const score = 1 + st.commas + Math.min(Math.floor(st.len / 100), 3)
    let anc = el.parent
    for (let level = 0; anc && anc.tag !== '#root' && level < 5; level++, anc = anc.parent) {
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3
      scores.set(anc, init(anc) + score / div)
    }
  })
  for (const [el, s] of scores) {
    const st = stats(el)
    scores.set(el, s * (1 - (st.len ? st.linkLen / st.len : 0)))
  }
  return scores
}

function pickContent(root: HtmlElement): HtmlElement {
  const scores = scoreCandidates(root)
  const ranked = [...scores.entries()].filter(([el]) => el.tag !== 'body' && el.tag !== 'html').sort((a, b) => b[1] - a[1])
  const top = ranked[0]
  if (!top) return root
  let [best, bestScore] = top
  // When several of the best candidates sit under one ancestor, the article is that ancestor.
  const topFive = ranked.slice(1, 6).filter(([, s]) => s >= bestScore * 0.75).map(([el]) => el)
  for (let anc = best.parent; anc && anc.tag !== 'body' && anc.tag !== '#root'; anc = anc.parent) {
    const under = topFive.filter((el) => isInside(el, anc)).length
    if (under >= 3) {
      best = anc
      bestScore = scores.get(anc) ?? bestScore
      break
    }
  }
  // Siblings that score well or hold real paragraphs belong to the article too (split layouts).
  const parent = best.parent
  if (!parent) return best
  const threshold = Math.max(10, bestScore * 0.2)
  const keep = new Set<HtmlElement>([best])
  for (const sib of parent.children) {
    if (typeof sib === 'string' || sib === best) continue
    const s = scores.get(sib) ?? 0
    if (s >= threshold) keep.add(sib)
    else if (sib.tag === 'p') {
      const st = stats(sib)
      const ld = st.len ? st.linkLen / st.len : 0
      const t = textContent(sib)
      if ((st.len > 80 && ld < 0.25) || (st.len > 0 && st.len <= 80 && ld === 0 && /[.!?]["'”’»]?$/.test(t))) keep.add(sib)
    }
  }
  if (keep.size === 1) return best
  const wrapper: HtmlElement = { tag: 'div', attrs: Object.create(null) as Record<string, string>, children: [], parent: null }
  wrapper.children = parent.children.filter((c) => typeof c !== 'string' && keep.has(c))
  return wrapper
}

function isInside(el: HtmlElement, anc: HtmlElement): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === anc) return true
  return false
}

interface Block {
  kind: 'paragraph' | 'heading'
  text: string
  linkLen: number
}

/** The text blocks of the article container with their linked-text share. */
function blocksOf(content: HtmlElement): Block[] {
  const out: Block[] = []
  let cur = ''
  let link = 0
  const flush = (): void => {
    const t = cleanBlockText(cur)
    if (t) out.push({ kind: 'paragraph', text: t, linkLen: Math.min(link, t.length) })
    cur = ''
    link = 0
  }
  type Item = { n: HtmlNode; inLink: boolean } | { end: true }
  const stack: Item[] = [{ n: content, inLink: false }]
  while (stack.length) {
    const item = stack.pop() as Item
    if ('end' in item) {
      flush()
      continue
    }
    const { n, inLink } = item
    if (typeof n === 'string') {
      const t = n.replace(/\s+/g, ' ')
      cur += t
      if (inLink) link += t.trim().length
      continue
    }
    if (SKIP_IN_TEXT.has(n.tag) || n.tag === 'title' || n.tag === 'script') continue
    if (n.tag === 'br') {
      // Two breaks in a row separate paragraphs; one is a line inside a paragraph.
      cur += '\n'
      if (/\n\s*\n$/.test(cur)) flush()
      continue
    }
    const block = BLOCK_TAGS.has(n.tag) || n.tag === 'td' || n.tag === 'th'
    if (block) {
      flush()
      stack.push({ end: true })
    }
    const l = inLink || n.tag === 'a'
    for (let i = n.children.length - 1; i >= 0; i--) stack.push({ n: n.children[i] as HtmlNode, inLink: l })
  }
  flush()
  return out
}

interface Meta {
  title: string | null
  headline: string | null
  authors: string[]
  siteName: string | null
  published: string | null
  modified: string | null
  language: string | null
  section: string | null
}

function readJsonLd(root: HtmlElement, into: Meta): void {
  for (const s of elementsByTag(root, 'script')) {
    let doc: unknown
    try {
      doc = parseJsonSafe(s.children.join(''), 'ld+json')
    } catch (e) {
      // Broken JSON-LD on a page is common and not the article: skip it, the meta tags still count.
      if (e instanceof Error) continue
      throw e
    }
    const nodes: JsonObject[] = []
    const add = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(add)
      else if (isObject(v)) {
        nodes.push(v)
        if (Array.isArray(v['@graph'])) v['@graph'].forEach(add)
      }
    }
    add(doc)
    for (const n of nodes) {
      const type = JSON.stringify(n['@type'] ?? '')
      if (!/Article|NewsArticle|Report|BlogPosting|WebPage/i.test(type)) continue
      const isArticle = /Article|Report|BlogPosting/i.test(type)
      if (isArticle || !into.headline) into.headline = into.headline ?? str(n, 'headline', 'name')
      if (!isArticle) continue
      into.published = into.published ?? str(n, 'datePublished', 'dateCreated')
      into.modified = into.modified ?? str(n, 'dateModified')
      into.section = into.section ?? str(n, 'articleSection')
      const author = n.author
      const names = (Array.isArray(author) ? author : [author]).map((a) => (typeof a === 'string' ? a : isObject(a) ? str(a, 'name') : null))
      if (!into.authors.length) into.authors = names.filter((x): x is string => !!x)
      const pub = n.publisher
      if (!into.siteName && isObject(pub)) into.siteName = str(pub, 'name')
      for (const p of objects(n.publisher)) into.siteName = into.siteName ?? str(p, 'name')
    }
  }
}

function readMeta(root: HtmlElement): Meta {
  const m: Meta = { title: null, headline: null, authors: [], siteName: null, published: null, modified: null, language: null, section: null }
  readJsonLd(root, m)
  const metas = new Map<string, string>()
  for (const el of elementsByTag(root, 'meta')) {
    const key = (el.attrs.property ?? el.attrs.name ?? el.attrs.itemprop ?? '').toLowerCase()
    const content = el.attrs.content
    if (key && content && !metas.has(key)) metas.set(key, content.trim())
  }
  const get = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = metas.get(k)
      if (v) return v
    }
    return null
  }
  const titleEl = elementsByTag(root, 'title')[0]
  m.title = titleEl ? textContent(titleEl) || null : null
  m.headline = m.headline ?? get('og:title', 'twitter:title', 'dc.title', 'headline')
  m.siteName = m.siteName ?? get('og:site_name', 'application-name', 'publisher')
  m.published = m.published ?? get('article:published_time', 'og:article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'pubdate', 'publishdate', 'parsely-pub-date', 'sailthru.date')
  m.modified = m.modified ?? get('article:modified_time', 'og:updated_time', 'dc.date.modified', 'lastmod')
  m.section = m.section ?? get('article:section', 'section')
  if (!m.authors.length) {
    const a = get('author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author', 'byline')
    if (a && !/^https?:\/\//.test(a)) m.authors = [a]
  }
  const html = elementsByTag(root, 'html')[0]
  m.language = html?.attrs.lang || get('og:locale', 'language', 'content-language') || null
  return m
}

/** Byline elements in the page (rel=author, itemprop=author, byline/author classes), before the chrome is stripped. */
function bylineFromPage(root: HtmlElement): string | null {
  let found: string | null = null
  walk(root, (el) => {
    if (found) return false
    const isByline = (el.attrs.rel ?? '') === 'author' || /\bauthor\b/.test(el.attrs.itemprop ?? '') || /byline|\bauthor\b|writer/i.test(classAndId(el))
    if (!isByline) return
    const t = textContent(el)
    if (t && t.length < 120) found = t
  })
  return found
}

/** A month by name, as a page prints it beside a byline: "Dec", "December", "Sept." */
const MONTH = String.raw`(?:${ENGLISH_MONTH_STEMS.join('|')})[a-z]*`
/** A date, a time or "Updated" and all that follows it in a page byline. */
const DATEISH = new RegExp(
  String.raw`\b(\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|${MONTH}\.? \d{1,2}(,? \d{4})?|\d{1,2} ${MONTH} \d{4,}|\d{1,2}:\d{2}( ?[ap]\.?m\.?)?|updated|published|aktualisiert)\b.*$`,
  'i',
)

/**
 * Cleans a page byline into names: drops "By"/"Von", dates, times and trailing counters, and splits
 * "A and B", "A, B" and "A & B" into separate names.
 */
export function cleanByline(raw: string): string[] {
  // "Nolan22 Dec" on pages that glue a name to its date
  let s = raw.replace(/\s+/g, ' ').replace(/(\p{Ll})(\d)/gu, '$1 $2').trim()
  s = s.replace(DATEISH, '').trim()
  s = withoutOpener(s)
  s = s.replace(/(?<!\d)\d+$/, '').replace(/(?<![|•·,;:–—-])[|•·,;:–—-]+$/, '').trim()
  if (!s || s.length > 100 || /https?:|www\./i.test(s)) return []
  return joinedNames(s).filter((x) => x.length > 1 && x.split(' ').length <= 6)
}

/** Strips a " - Site" / " | Site" suffix (or prefix) from a page title. */
function cleanTitle(title: string, siteName: string | null): string {
  const t = cleanBlockText(title)
  const parts = t.split(/\s+[|\-–—»:]\s+/)
  if (parts.length < 2) return t
  if (siteName) {
    const site = siteName.toLowerCase()
    const kept = parts.filter((p) => p.toLowerCase() !== site && !site.includes(p.toLowerCase()))
    if (kept.length && kept.length < parts.length) return kept.join(' - ')
  }
  // Otherwise the longest part is the headline when the others are short labels.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a))
  return longest.split(' ').length >= 4 ? longest : t
}

function captionsOf(content: HtmlElement): { text: string; credit: string | null }[] {
  const out: { text: string; credit: string | null }[] = []
  for (const fc of elementsByTag(content, 'figcaption')) {
    let credit: string | null = null
    walk(fc, (el) => {
      if (el !== fc && /credit|copyright|source|photographer/i.test(classAndId(el))) {
        credit = credit ?? (textContent(el) || null)
        return false
      }
    })
    let text = textContent(fc)
    if (credit && text.endsWith(credit)) text = text.slice(0, -(credit as string).length).trim()
    if (text) out.push({ text, credit })
  }
  return out
}

const ARTICLE_TYPE = /(?:^|\/|\s)(?:\w*Article|BlogPosting|Report)(?:$|\s)/

/**
 * The story's text as the page marks it up for machines (schema.org microdata): the articleBody of the page, else the
 * description of an Article item, as blocks. Read before the chrome is stripped, for a page whose article sits in
 * what looks like chrome (a short agency item printed as the teaser in an article's header) and that neither
 * Readability nor our own scoring finds.
 */
function markedUpArticle(root: HtmlElement): Block[] {
  const first = (within: HtmlElement, pred: (el: HtmlElement) => boolean): HtmlElement | null => {
    let found: HtmlElement | null = null
    walk(within, (el) => {
      if (found) return false
      if (pred(el)) found = el
    })
    return found
  }
  const body = first(root, (el) => /\barticleBody\b/.test(el.attrs.itemprop ?? ''))
  if (body) return blocksOf(body)
  const article = first(root, (el) => el.attrs.itemscope !== undefined && ARTICLE_TYPE.test(el.attrs.itemtype ?? ''))
  const description = article ? first(article, (el) => el.tag !== 'meta' && /\bdescription\b/.test(el.attrs.itemprop ?? '')) : null
  return description ? blocksOf(description) : []
}

/** Deeper than any real news page (the fixture pages reach about 40). */
const MAX_READABLE_DEPTH = 120
/**
 * More paragraphs than any article page (the 59 fixture pages have at most 382): Readability's work grows faster than
 * the paragraphs (a fuzz input of 10,000 bare <p><b> pairs, 20,000 elements, took 24 to 40 s in it), and such a
 * document is read by our own extraction.
 */
const MAX_READABLE_PARAGRAPHS = 3000

/** How deep the element tree goes. */
function depthOf(root: HtmlElement): number {
  let max = 0
  const stack: [HtmlElement, number][] = [[root, 0]]
  while (stack.length) {
    const [el, d] = stack.pop() as [HtmlElement, number]
    if (d > max) max = d
    for (const c of el.children) if (typeof c !== 'string') stack.push([c, d + 1])
  }
  return max
}

/**
 * The article's blocks: Readability's whenever it finds an article, else Wiremark's own scoring. Measured with
 * scripts/eval-pages.mjs: Readability alone gives body F1 0.987 on the Readability pages and keeps 28 of 36
 * trafilatura passages; falling back to our own blocks where Readability's are under 30-60% of their length gives
 * 0.977 and 28, where they are shorter at all 0.972 and 27.
 */
function chooseBlocks(own: Block[], rb: ReadabilityArticle | null): Block[] {
  if (!rb || rb.blocks.length === 0) return own
  // Readability has judged link density already: its blocks count as link-free (applying the link filter below
  // to them again lost passages: body F1 0.987 -> 0.979, trafilatura passages kept 28 -> 27).
  return rb.blocks.map((b) => ({ kind: b.kind, text: b.text, linkLen: 0 }))
}

/** Extracts the article of a saved HTML page: text only, clutter lines listed, metadata from the page head. */
export function parseHtml(text: string, file: string): ParseResult {
  const warnings: string[] = []
  const root = parseHtmlTree(text)
  const meta = readMeta(root)
  const pageByline = bylineFromPage(root)
  const h1s = elementsByTag(root, 'h1').map((h) => textContent(h)).filter(Boolean)
  const markedUp = markedUpArticle(root)
  const clutter = stripChrome(root)
  const body = elementsByTag(root, 'body')[0] ?? root
  const content = pickContent(body)

  let headline = meta.headline ? cleanTitle(meta.headline, meta.siteName) : null
  const h1 = h1s.find((h) => h.length > 10) ?? null
  const agree = (a: string, b: string): boolean => a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase())
  if (h1 && (!headline || agree(h1, headline))) headline = h1
  // An og:title that is the site's own ("Yahoo News - Latest News & Headlines") loses to an h1 the <title> confirms.
  else if (h1 && meta.title && agree(h1, cleanBlockText(meta.title))) headline = h1
  if (!headline && meta.title) headline = cleanTitle(meta.title, meta.siteName)
  const own = blocksOf(content)
  const chrome = new Set(clutter.map(cleanBlockText))
  const galleryCaptions = new Set<string>()
  // Readability walks every paragraph's ancestors: a page nested deeper than real ones (a fuzz input of 100,000
  // nested divs took minutes), or with more paragraphs than any article, is read by our own extraction only.
  const readable = depthOf(root) <= MAX_READABLE_DEPTH && elementsByTag(root, 'p').length <= MAX_READABLE_PARAGRAPHS
  const chosen = chooseBlocks(own, readable ? readabilityArticle(text) : null)
  const blocks = chosen.some((b) => b.kind === 'paragraph') ? chosen : markedUp
  // A fragment (text pasted from a page, a CMS export) often has no title or h1: a lower heading that opens the
  // content is its headline.
  if (!headline) {
    const lead = ['h2', 'h3'].map((t) => elementsByTag(content, t)[0]).find((h) => h !== undefined)
    const leadText = lead ? cleanBlockText(textContent(lead)) : ''
    if (leadText.length > 10 && leadText.length <= 300 && blocks[0]?.text === leadText) headline = leadText
  }

  const bylineSource = meta.authors.length ? meta.authors : pageByline ? [pageByline] : []
  const bylines = [...new Set(bylineSource.flatMap(cleanByline))]

  const bodyParts: BodyPart[] = []
  const paragraphs: string[] = []
  // A closing call to subscribe ("Abonnieren Sie kostenlos die … Newsletter") is the site's, not the story's.
  while (blocks.length > 1 && PROMO.test(blocks.at(-1)?.text ?? '') && (blocks.at(-1)?.text.length ?? 0) <= 300) {
    clutter.push((blocks.pop() as Block).text)
  }
  for (const [i, b] of blocks.entries()) {
    const ld = b.text.length ? b.linkLen / b.text.length : 0
    const short = b.text.length < 60
    // A caption a gallery prints twice (as heading, then as text) is a caption, not body.
    const next = blocks[i + 1]?.text
    if (b.kind === 'heading' && b.text.length >= 40 && next !== undefined && next.startsWith(b.text.replace(/\s*(?:…|\.\.\.)$/, ''))) {
      galleryCaptions.add(next)
      continue
    }
    if (galleryCaptions.has(b.text)) continue
    // Page chrome our own pass removed (cookie banners, share bars, nav) that Readability kept is still chrome.
    if (chrome.has(b.text)) continue
    // a slideshow's counter ("1 / 5")
    if ((ld > 0.5 && b.text.length < 300) || (short && FURNITURE.test(b.text)) || (headline && b.text === headline) || COUNTER.test(b.text)) {
      clutter.push(b.text)
      continue
    }
    if (bylines.length && short && bylines.some((n) => b.text.includes(n)) && cleanByline(b.text).length) {
      continue
    }
    bodyParts.push({ kind: b.kind, text: b.text })
    if (b.kind === 'paragraph') paragraphs.push(b.text)
  }
  if (paragraphs.length === 0) warnings.push(`${file}: no article text found in the page`)
  return {
    articles: [
      buildArticle({
        format: 'html',
        headline,
        source: meta.siteName,
        section: meta.section,
        bylines,
        language: meta.language,
        created: meta.published,
        dates: { created: meta.published, versionCreated: meta.modified },
        paragraphs,
        body: bodyParts,
        captions: [...[...galleryCaptions].map((c) => splitCaptionCredit(c)), ...captionsOf(content)],
        clutter: clutter.map(cleanBlockText).filter(Boolean),
      }),
    ],
    warnings,
  }
}
