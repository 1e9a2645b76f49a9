import { describe, expect, it } from 'vitest'
import { readFixture, readFixtureText } from '../../test/fixtures'
import { parseAtom } from './atom'
import { ImportError } from './errors'
import { detectFormat, importText } from './index'

const WENN = 'superdesk-core-io-fixtures/fixtures/wenn.xml'

const FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Example wire</title>
  <id>urn:example:feed</id>
  <updated>2021-03-02T10:00:00Z</updated>
  <author><name>Feed Desk</name></author>
  <rights>© Example Wire</rights>
  <entry>
    <id>urn:example:1</id>
    <title type="html">Storm &lt;em&gt;hits&lt;/em&gt; coast</title>
    <published>2021-03-02T08:00:00+01:00</published>
    <updated>2021-03-02T09:30:00+01:00</updated>
    <author><name>Jane Reporter</name></author>
    <category term="weather" label="Weather"/>
    <summary type="text">A storm hit the coast.</summary>
    <content type="html">&lt;p&gt;A storm hit the coast on Tuesday.&lt;/p&gt;&lt;h2&gt;Damage&lt;/h2&gt;&lt;p&gt;Roofs were torn off &amp;amp; trees fell.&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>urn:example:2</id>
    <title>Plain entry</title>
    <updated>2021-03-02T07:00:00Z</updated>
    <summary>Only a summary.

A second paragraph.</summary>
  </entry>
  <entry>
    <id>urn:example:3</id>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">XHTML entry</div></title>
    <updated>2021-03-02T06:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One.</p><p>Two <b>bold</b>.</p></div></content>
  </entry>
</feed>`

describe('parseAtom', () => {
  it('reads each entry of a made-up feed: title, HTML content as blocks, summary apart, dates, authors, category', () => {
    const { articles, warnings } = parseAtom(FEED, 'feed.xml')
    expect(warnings).toEqual([])
    expect(articles).toHaveLength(3)
    const [a, b, c] = articles as [(typeof articles)[0], (typeof articles)[0], (typeof articles)[0]]
    expect(a.format).toBe('atom')
    expect(a.agencyId).toBe('urn:example:1')
    expect(a.headline).toBe('Storm hits coast')
    expect(a.paragraphs).toEqual(['A storm hit the coast on Tuesday.', 'Roofs were torn off & trees fell.'])
    expect(a.blocks.filter((x) => x.kind === 'heading').map((x) => x.text)).toEqual(['Damage'])
    expect(a.summary).toBe('A storm hit the coast.')
    expect(a.bylines).toEqual(['Jane Reporter'])
    expect(a.section).toBe('Weather')
    expect(a.copyright).toBe('© Example Wire')
    expect(a.language).toBe('en')
    expect(a.dates).toEqual({ created: '2021-03-02T07:00:00Z', versionCreated: '2021-03-02T08:30:00Z', embargoUntil: null })
    // no content: the summary is the body, and the entry takes the feed's author
    expect(b.headline).toBe('Plain entry')
    expect(b.paragraphs).toEqual(['Only a summary.', 'A second paragraph.'])
    expect(b.summary).toBeNull()
    expect(b.bylines).toEqual(['Feed Desk'])
    expect(b.dates.created).toBe('2021-03-02T07:00:00Z')
    expect(c.headline).toBe('XHTML entry')
    expect(c.paragraphs).toEqual(['One.', 'Two bold.'])
  })

  it('reads a lone entry, and content sent by reference falls back to the summary', () => {
    const entry = `<entry xmlns="http://www.w3.org/2005/Atom"><title>Linked</title><summary>The gist.</summary>
      <content src="http://example.org/1.html" type="text/html"/></entry>`
    const [a] = parseAtom(entry, 'entry.xml').articles
    expect(a?.headline).toBe('Linked')
    expect(a?.paragraphs).toEqual(['The gist.'])
  })

  it('reads the WENN fixture: one story per entry, titles as headlines, content as body, the feed author as byline', () => {
    const { articles } = parseAtom(readFixtureText(WENN), 'wenn.xml')
    expect(articles.map((a) => a.headline)).toEqual([
      'Suge Knight involved in fatal hit and run incident',
      'Jagged Edge singer Kyle Norman arrested over domestic assault',
    ])
    expect(articles.map((a) => a.paragraphs)).toEqual([['This is body content1.'], ['This is body content2.']])
    expect(articles[0]?.bylines).toEqual(['WENN Newsdesk'])
    expect(articles[0]?.section).toBe('Music')
    expect(articles[0]?.dates.versionCreated).toBe('2015-01-30T00:33:06Z')
  })

  it('refuses XML that is no feed or entry', () => {
    expect(() => parseAtom('<rss><channel/></rss>', 'x.xml')).toThrow(ImportError)
  })
})

describe('Atom detection', () => {
  it('detects a feed and an entry by the Atom namespace, not a <feed> of another vocabulary', () => {
    expect(detectFormat(readFixture(WENN), 'wenn.xml')).toBe('atom')
    expect(importText(FEED, 'feed.xml').articles).toHaveLength(3)
    expect(detectFormat(new TextEncoder().encode('<feed><item>x</item></feed>'), 'x.xml')).toBeNull()
  })
})
