import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Article } from '../article/types'
import { FIXTURES } from '../../test/fixtures'
import { importBytes } from './index'
import { isSeparatorLine } from './inline'

/*
 * Every file under ../shared/fixtures that holds a story gives each of its stories a headline and a body, through
 * importBytes as a file dropped on the window would. What holds no story is listed here with the reason, by folder
 * or by file; the few story files that cannot give both parts are listed apart, each with what they give instead.
 */

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) walk(p, out)
    else out.push(relative(FIXTURES, p))
  }
  return out
}

/** Files that are no story, by where they are or what they are. */
const NO_STORY: { match: RegExp; why: string }[] = [
  { match: /(?:^|\/)(?:SOURCE\.txt|LICENSE[^/]*|NOTICE[^/]*|README[^/]*\.md|[^/]*\.upstream\.md)$/, why: 'provenance, licences and read-mes of the folders' },
  { match: /\.(?:xsd|dtd|jpg|pdf)$/, why: 'schemas, DTDs, pictures and guidelines' },
  { match: /^gold\//, why: 'hand-made labels: the answers the analysis is scored against' },
  { match: /^polnear\/(?:data\/[^/]+\/attributions\/|[^/]*\.tsv$)/, why: 'brat standoff annotations of the PolNeAR texts' },
  { match: /^german-wikinews-quotation-attribution\//, why: 'a labelled corpus: JSON of text with quote, speaker and cue spans, no wire format' },
  { match: /^wikinews-en-2019-2020\//, why: 'spreadsheets of 295 articles (CSV rows), read by the eval, not story files' },
  { match: /^(?:adaq-cs-ru-quotes|textacy-direct-quote-cases)\//, why: 'single quote sentences and cases, not stories' },
  { match: /^sfu-gendergaptracker-rules\//, why: 'word lists' },
  { match: /^bbc-citron-format\//, why: 'a description of an annotation format' },
  { match: /^(?:w3c-web-annotation|hypothesis-annotation-format)\//, why: 'annotations of stories, not stories' },
  { match: /^schemaorg-claimreview\//, why: 'ClaimReview and MediaReview markup' },
  { match: /^iptc-ninjs\/(?:schema\/|examples\/2\.1\/schema-extension\/|validation_test_suite\/GeoJSON-schema\.json$)/, why: 'JSON schemas' },
  { match: /^iptc-newsml-g2\/unit_test_files\/|^iptc-ninjs\/validation_test_suite\//, why: 'schema conformance cases: each tries one property, most with no text at all' },
  { match: /^iptc-ninjs\/doc-examples\/not-valid\//, why: 'examples the ninjs guide marks as not valid' },
  { match: /^mozilla-readability-news-pages\/test-pages\/[^/]+\/expected/, why: "Readability's output and metadata for the page beside it: the answer it is compared with" },
  { match: /^trafilatura-realworld-news\/expectations/, why: 'the passages each page must and must not give: the answers' },
]

/** Files of a news format that carry no story text: media, events, concepts, packages, empty or metadata-only items. */
const NOT_TEXT: Record<string, string> = {
  'dpa-digitalwires/digitalwires-json/audio.json': 'an audio item',
  'dpa-digitalwires/newsmlg2-output/audio.xml': 'the audio item as NewsML-G2',
  'dpa-digitalwires/digitalwires-json/image.json': 'a picture item',
  'dpa-digitalwires/digitalwires-json/image2.json': 'a picture item',
  'dpa-digitalwires/newsmlg2-output/image.xml': 'the picture item as NewsML-G2',
  'dpa-digitalwires/digitalwires-json/no_content.json': 'an entry without content, as its name says',
  'dpa-digitalwires/newsmlg2-output/no_content.xml': 'the entry without content as NewsML-G2',
  'dpa-newsmlg2-testdata/images/urn_newsml_dpa.com_20090101_171117-90-000086.xml': 'a picture item',
  'dpa-newsmlg2-testdata/images/urn_newsml_dpa.com_20090101_171117-90-016806.xml': 'a picture item',
  'dpa-newsmlg2-testdata/images/urn_newsml_dpa.com_20090101_171117-99-908458.xml': 'a picture item',
  'iptc-newsml-g2/examples/LISTING_1_A_NewsML-G2_News_Item.xml': 'a text item whose text is only in a linked rendition (remoteContent)',
  'superdesk-core-io-fixtures/fixtures/LISTING_1_A_NewsML-G2_News_Item.xml': 'the same item: text only in a linked rendition',
  'iptc-newsml-g2/examples/LISTING_3_Photo_in_NewsML-G2.xml': 'a picture item',
  'iptc-newsml-g2/examples/LISTING_3A_Photo_in_NewsML-G2_(URI_sibling_attributes).xml': 'a picture item',
  'iptc-newsml-g2/examples/LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml': 'a picture item',
  'iptc-newsml-g2/examples/LISTING_4_Multiple_Renditions_of_a_Video_in_NewsML-G2.xml': 'a video item',
  'iptc-newsml-g2/examples/LISTING_5_Multi-part_Video_in_NewsML-G2.xml': 'a video item',
  'iptc-newsml-g2/examples/LISTING_16_A_Set_of_Events_carried_in_a_News_Item.xml': 'events, not a story',
  'iptc-newsml-g2/examples/LISTING_21_A_complete_sample_SportsML-G2_document.xml': 'SportsML results and statistics, no story text',
  'iptc-newsml-g2/examples/LISTING_24_News_Message_conveying_a_complete_News_Package.xml': 'a message whose items the guide elides ("<newsItem guid="N1"> ..... </newsItem>")',
  'iptc-newsml-g2/examples/LISTING_29_Hop_History.xml': 'hop history metadata, no content',
  'iptc-newsml-g2/examples/ap_metadata_example.xml': 'AP metadata, no content',
  'iptc-newsml-g2/examples/facet-example.xml': 'facet metadata, no content',
  'iptc-newsml-g2/examples/facet-example-2.xml': 'facet metadata, no content',
  'iptc-newsml-g2/examples/facet-example-3.xml': 'facet metadata, no content',
  'iptc-newsml-g2/examples/LISTING_6_Simple_NewsML-G2_Package.xml': 'a package: references to items, no item',
  'iptc-newsml-g2/examples/LISTING_7_Group_Set_example_showing_Hierarchical_Package_Structure.xml': 'a fragment of a package (a groupSet)',
  'iptc-newsml-g2/examples/LISTING_8_Group_Set_example_showing_an_ALT_Package_Mode.xml': 'a fragment of a package (a groupSet)',
  'iptc-newsml-g2/examples/LISTING_9_Group_Set_example_showing_a_SEQ_Package_Mode.xml': 'a fragment of a package (a groupSet)',
  'iptc-newsml-g2/examples/LISTING_23_SportsML-G2_Package.xml': 'a package',
  'iptc-newsml-g2/examples/LISTING_10_Abstract_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml': 'a concept item',
  'iptc-newsml-g2/examples/LISTING_11_Person_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml': 'a concept item',
  'iptc-newsml-g2/examples/LISTING_12_Knowledge_Item_for_Access_Codes.xml': 'a knowledge item',
  'iptc-newsml-g2/examples/LISTING_13_Complete_Catalog_Item.xml': 'a catalog item',
  'iptc-newsml-g2/examples/LISTING_14_Event_sent_as_a_Concept_Item.xml': 'an event',
  'iptc-newsml-g2/examples/LISTING_15_Two_Related_Events_in_a_Knowledge_Item.xml': 'events',
  'iptc-newsml-g2/examples/LISTING_17_Planning_Item_a_CCL.xml': 'a planning item',
  'iptc-newsml-g2/examples/LISTING_18_Planning_Item_at_PCL.xml': 'a planning item',
  'iptc-newsml-g2/examples/LISTING_19_Planning_Item_with_delivery_at_CCL.xml': 'a planning item',
  'iptc-newsml-g2/examples/LISTING_20_Planning_Item_with_delivery_at_PCL.xml': 'a planning item',
  'iptc-newsml-g2/examples/LISTING_28_Illustrating_Located_Subject_and_Dateline.xml': 'a contentMeta fragment, no item',
  'iptc-ninjs/doc-examples/1.6/006_photo_only.json': 'a picture item',
  'iptc-ninjs/doc-examples/2.2/006_photo_only.json': 'a picture item',
  'iptc-ninjs/doc-examples/3.1/006_photo_only.json': 'a picture item',
  'iptc-ninjs/doc-examples/3.1/008_event.json': 'an event',
  'iptc-ninjs/examples/1.4/ninjs-1-4-examples.json': 'a headline to try three new properties, no text',
  'iptc-ninjs/examples/1.4/ninjsExSimplePhoto1.json': 'a picture item',
  'iptc-ninjs/examples/2.1/ap_image.json': 'a picture item',
  'iptc-ninjs/examples/3.0/ap_image.json': 'a picture item',
  'iptc-ninjs/examples/2.1/ap_video.json': 'a video item',
  'iptc-ninjs/examples/3.0/ap_video.json': 'a video item',
  'iptc-ninjs/examples/2.1/imageEncodedRights.json': 'a picture item',
  'iptc-ninjs/examples/3.0/imageEncodedRights.json': 'a picture item',
  'iptc-ninjs/examples/2.1/imageLinkedRights.json': 'a picture item',
  'iptc-ninjs/examples/3.0/imageLinkedRights.json': 'a picture item',
  'superdesk-core-io-fixtures/fixtures/ap_media_feed.json': 'an AP Media API feed page: item metadata, the text only in linked renditions',
  'superdesk-core-io-fixtures/fixtures/ap_media_text_feed.json': 'an AP Media API feed page: the text only in linked renditions',
  'superdesk-core-io-fixtures/fixtures/ap_media_item.json': 'an AP Media API item: the text only in a linked rendition',
  'superdesk-core-io-fixtures/fixtures/ap_media_text_item.json': 'an AP Media API item: the text only in a linked NITF rendition',
  'superdesk-core-io-fixtures/fixtures/ap_media_picture.json': 'a picture item',
  'superdesk-core-io-fixtures/fixtures/ninjs3.json': 'a picture item',
  'superdesk-core-io-fixtures/fixtures/ninjs6.json': 'a picture item',
  'superdesk-core-io-fixtures/fixtures/ninjs4_mock.json': "HTTP request mocks of Superdesk's ninjs test, no item",
  'superdesk-core-io-fixtures/fixtures/picture.xml': 'a picture item',
  'superdesk-core-io-fixtures/fixtures/tag_reuters.com_0000_newsml_GM1EA7M13RP01_version_484616934': 'a picture item',
  'superdesk-core-io-fixtures/fixtures/tag_reuters.com_2014_newsml_LYNXMPEA6F0MS_version_2': 'a picture item',
  'superdesk-core-io-fixtures/fixtures/tag_reuters.com_2014_newsml_LYNXMPEA6F0MT_version_2': 'a picture item',
  'superdesk-core-io-fixtures/fixtures/tag_reuters.com_2014_newsml_LYNXMPEA6F13M_version_1': 'a picture item',
  'superdesk-core-io-fixtures/fixtures/tag_reuters.com_2014_newsml_KBN0FL0NM_version_10': 'a package: references to items, no item',
  'superdesk-core-io-fixtures/fixtures/LISTING_6_Simple_NewsML-G2_Package.xml': 'a package',
  'superdesk-core-io-fixtures/fixtures/snep.xml': 'a package of composite references, no item',
  'superdesk-core-io-fixtures/fixtures/tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538': 'a cancelled item: pubStatus canceled, its text empty (wordcount 0)',
  'superdesk-core-io-fixtures/fixtures/aap-finance-lite.xml': 'an empty NITF test item: no headline, no text',
  'superdesk-core-io-fixtures/fixtures/text.xml': "a test item cut down to its byline: the body holds only 'By Toby Davis'",
  'afp-newsml12-arabic/afp/arabic/journal/minaldounia/index.xml': "a section's index item (a name label, no content)",
}

/** Story files that cannot give both parts, each with what it gives instead and why. */
const PARTIAL: Record<string, { why: string; check: (articles: readonly Article[], bytes: Uint8Array) => void }> = {
  'superdesk-core-io-fixtures/fixtures/stt_newsml_test_no_hl.xml': {
    why: 'an STT test item made without a headline (its twin stt_newsml_test.xml has one): the body comes, no headline is made up',
    check: (a) => expect([a.length, a[0]?.headline, (a[0]?.paragraphs.length ?? 0) > 0]).toEqual([1, null, true]),
  },
  'superdesk-core-io-fixtures/fixtures/stt_newsml_location_test.xml': {
    why: 'an STT test item with an empty <headline/>',
    check: (a) => expect([a.length, a[0]?.headline, (a[0]?.paragraphs.length ?? 0) > 0]).toEqual([1, null, true]),
  },
  'superdesk-core-io-fixtures/fixtures/stt_newsml_subject_test.xml': {
    why: 'an STT test item with an empty <headline/>',
    check: (a) => expect([a.length, a[0]?.headline, (a[0]?.paragraphs.length ?? 0) > 0]).toEqual([1, null, true]),
  },
  'superdesk-core-io-fixtures/fixtures/ritzau_news.xml': {
    why: 'a Ritzau RBNews flash sent with a nil <headline>: the body comes, no headline is made up',
    check: (a) => expect([a.length, a[0]?.headline, (a[0]?.paragraphs.length ?? 0) > 0]).toEqual([1, null, true]),
  },
  'superdesk-core-io-fixtures/fixtures/ritzau_news_test_ednote.xml': {
    why: 'the same flash with a note to the editors (kept non-public): the body comes, no headline is made up',
    check: (a) => expect([a.length, a[0]?.headline, (a[0]?.paragraphs.length ?? 0) > 0, a[0]?.notes.length]).toEqual([1, null, true, 1]),
  },
  'reuters-21578/reut2-000.sgm': {
    why: 'TYPE="BRIEF" stories are headline-only flashes whose text the corpus replaced with "Blah blah blah.": each gives its headline, no body',
    check: (a, bytes) => {
      const briefs = (new TextDecoder('latin1').decode(bytes).match(/<TEXT TYPE="BRIEF">/g) ?? []).length
      expect(briefs).toBe(60)
      expect(a).toHaveLength(1000)
      expect(a.filter((x) => !x.headline)).toHaveLength(0)
      expect(a.filter((x) => x.paragraphs.length === 0)).toHaveLength(briefs)
    },
  },
  'superdesk-core-io-fixtures/fixtures/video.xml': {
    why: 'a message of one text item with its audio, video and picture items: the text item is the story',
    check: (a) => expect(a.filter((x) => x.headline && x.paragraphs.length > 0)).toHaveLength(1),
  },
  'iptc-ninjs/other-format-samples/TT_newsmlg2_sample.xml': {
    why: 'a text item and its picture item: the text item is the story, the picture a caption',
    check: (a) => {
      expect(a.filter((x) => x.headline && x.paragraphs.length > 0)).toHaveLength(1)
      expect(a.filter((x) => x.paragraphs.length === 0).every((x) => x.captions.length > 0)).toBe(true)
    },
  },
}

const files = walk(FIXTURES, []).sort()
const reasonOf = (rel: string): string | null => NOT_TEXT[rel] ?? NO_STORY.find((r) => r.match.test(rel))?.why ?? null
const storyFiles = files.filter((f) => reasonOf(f) === null && !(f in PARTIAL))

function read(rel: string): { bytes: Uint8Array; name: string } {
  const raw = new Uint8Array(readFileSync(join(FIXTURES, rel)))
  // Saved pages are stored gzipped; a user drops the page itself.
  return rel.endsWith('.gz') ? { bytes: new Uint8Array(gunzipSync(raw)), name: rel.replace(/\.gz$/, '').split('/').pop() as string } : { bytes: raw, name: rel.split('/').pop() as string }
}

describe('every story file in the fixtures', () => {
  it('is one of the files counted here, and every listed file is there', () => {
    expect(files.length).toBeGreaterThan(4000)
    // The story files: 929 PolNeAR texts, 96 AFP items, 100 dpa items, the web pages and the wire files of every format.
    expect(storyFiles.length).toBe(1352)
    for (const rel of [...Object.keys(NOT_TEXT), ...Object.keys(PARTIAL)]) expect(files, rel).toContain(rel)
    for (const rule of NO_STORY) expect(files.some((f) => rule.match.test(f)), rule.why).toBe(true)
  })

  it('gives each of its stories a headline and a body, with no separator line ("___") as a paragraph', () => {
    const failures: string[] = []
    const separators: Record<string, number> = {}
    for (const rel of storyFiles) {
      const { bytes, name } = read(rel)
      try {
        const { articles } = importBytes(bytes, name)
        if (articles.length === 0) failures.push(`${rel}: no story`)
        for (const [i, a] of articles.entries()) {
          if (!a.headline?.trim()) failures.push(`${rel} #${i}: no headline`)
          if (!a.paragraphs.some((p) => p.trim())) failures.push(`${rel} #${i}: no body`)
          if (a.paragraphs.some(isSeparatorLine)) failures.push(`${rel} #${i}: a separator line is a paragraph`)
          const dropped = a.clutter.filter(isSeparatorLine).length
          if (dropped) separators[a.format] = (separators[a.format] ?? 0) + dropped
        }
      } catch (e) {
        failures.push(`${rel}: ${(e as Error).message}`)
      }
    }
    expect(failures).toEqual([])
    // Each dropped on purpose, into clutter: AP's "___" in ANPA (8 from the body; 3 among the closing lines, which were
    // dropped before too, unlisted), G2 (AP's "_____" in 3 items, APA's "-----" around a correction note) and NITF
    // (1, closing); a page's "___" (Yahoo); a PolNeAR text's "***". (PolNeAR's AP texts print theirs as "___.": they stay.)
    expect(separators).toEqual({ anpa: 11, 'newsml-g2': 5, nitf: 1, html: 1, text: 1 })
  }, 300_000)

  it.each(Object.entries(PARTIAL))('%s gives what it can (%#)', (rel, { check }) => {
    const { bytes, name } = read(rel)
    check(importBytes(bytes, name).articles, bytes)
  })
})

describe('crossheads in every story file', () => {
  const shapeFormats = new Set(['text', 'anpa', 'iptc7901'])
  const headingsOf = (a: Article): string[] => a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)

  it('loses no body text: the body read without crossheads is the headings and paragraphs read with them, in order', () => {
    const files = [...storyFiles, ...Object.keys(PARTIAL)]
    expect(files.length).toBe(1360)
    const byShape: Record<string, number> = {}
    const all: Record<string, number> = {}
    const problems: string[] = []
    let compared = 0
    for (const rel of files) {
      const { bytes, name } = read(rel)
      const { articles } = importBytes(bytes, name)
      for (const a of articles) all[a.format] = (all[a.format] ?? 0) + headingsOf(a).length
      if (!articles.some((a) => shapeFormats.has(a.format))) continue
      const plain = importBytes(bytes, name, { crossheads: false }).articles
      if (plain.length !== articles.length) problems.push(`${rel}: ${plain.length} stories without crossheads, ${articles.length} with`)
      for (const [i, a] of articles.entries()) {
        const before = plain[i] as Article
        compared++
        if (a.text !== before.text) problems.push(`${rel} #${i}: the text changed`)
        const body = (x: Article) => x.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading').map((b) => b.text)
        if (body(a).join('\n') !== before.paragraphs.join('\n') || body(a).length !== before.paragraphs.length + headingsOf(before).length) {
          problems.push(`${rel} #${i}: the body is not the paragraphs it was`)
        }
        for (const [k, b] of a.blocks.entries()) {
          const was = before.blocks[k]
          if (!was || was.start !== b.start || was.end !== b.end) problems.push(`${rel} #${i}: block ${k} moved`)
          else if (was.kind !== b.kind && !(was.kind === 'paragraph' && b.kind === 'heading')) problems.push(`${rel} #${i}: block ${k} ${was.kind} became ${b.kind}`)
        }
        byShape[a.format] = (byShape[a.format] ?? 0) + headingsOf(a).length - headingsOf(before).length
      }
    }
    expect(problems).toEqual([])
    expect(compared).toBeGreaterThan(950)
    // Read by eye, every one a crosshead of its story: dpa's five in its 7901 rendering of dw-1; AP's section heads
    // after "___" and the ten numbered heads of "10 Things to Know"; in the PolNeAR texts, sites' capitals heads,
    // title-case heads and the names heading a list of profiles. (Reported in the README.)
    expect(byShape).toEqual({ text: 12, anpa: 12, iptc7901: 5 })
    // The formats that mark their crossheads: digitalwires, G2 (XHTML and NITF), NITF, NewsML 1.2 (NITF hl2), pages.
    expect(all).toMatchObject({ digitalwires: 26, 'newsml-1': 4, nitf: 18, text: 12, anpa: 12, iptc7901: 5 })
  }, 300_000)

  it('gives one story the same crossheads, teaser and body in each of its formats (dpa digitalwires, NewsML-G2, IPTC 7901)', () => {
    for (const [json, g2, iptc] of [
      ['digitalwires-json/dw-1.json', 'newsmlg2-output/dw-1.xml', 'iptc7901-output/dw-1.iptc'],
      ['digitalwires-json/nsb_n1.json', 'newsmlg2-output/nsb_n1.xml', 'iptc7901-output/nsb-n1.iptc'],
    ]) {
      const [a, b, c] = [json, g2, iptc].map((rel) => {
        const { bytes, name } = read(`dpa-digitalwires/${rel}`)
        const x = importBytes(bytes, name).articles[0] as Article
        return { heads: headingsOf(x), summary: x.summary, paragraphs: x.paragraphs.length, first: x.paragraphs[0]?.slice(0, 40) }
      })
      expect(a?.summary, json).toBeTruthy()
      expect(b, g2).toEqual(a)
      expect(c, iptc).toEqual(a)
    }
    const { bytes, name } = read('dpa-digitalwires/digitalwires-json/dw-1.json')
    expect(headingsOf(importBytes(bytes, name).articles[0] as Article)).toHaveLength(5)
  })
})

describe('the general rules that the story files needed', () => {
  const one = (rel: string, at = 0): Article => {
    const { bytes, name } = read(rel)
    const a = importBytes(bytes, name).articles[at]
    if (!a) throw new Error(`no story ${at} in ${rel}`)
    return a
  }

  it('NewsML 1.2: the NewsLines of a nested component, and components by role (headline, subheadline, contact, stylesheet)', () => {
    const a = one('iptc-ninjs/examples/NewsML/businesswire-newsml-20130515006361.xml')
    expect(a.headline).toBe('Dell Redefines Workstation Computing Boundaries with Smallest Tower and Most Powerful Rack Workstations')
    expect(a.dateline?.text).toBe('ROUND ROCK, Texas')
    expect(a.summary).toMatch(/^Offering powerful workstation performance at near desktop PC prices.* • Dell Precision rack workstation/)
    expect(a.creditLines.some((c) => c.includes('512-300-3066'))).toBe(true)
    expect(a.text).not.toMatch(/margin-bottom|\{/)
    expect(a.paragraphs[0]).toMatch(/^Dell today announced/)
  })

  it("NITF inside NewsML-G2: the document's head title where the body has no hl1; a byline's <person> is a word of its own", () => {
    const a = one('superdesk-core-io-fixtures/fixtures/scoop.xml')
    expect(a.headline).toBe('Dick Smith receivers install Don Grover as acting CEO as Abboud quits; retailer put up for sale')
    expect(a.bylines[0]).toBe('By Staff Reporter, BusinessDesk')
  })

  it("a saved page whose story sits in the article's schema.org description (a short agency item printed as a teaser)", () => {
    const a = one('trafilatura-realworld-news/cache/rnz.de.witzel.html.gz')
    expect(a.paragraphs.join(' ')).toContain('Für einen Roman')
    expect(a.paragraphs.join(' ')).toContain('Auszeichnung der Branche.')
  })

  it('unprocessed Reuters copy: the title in capitals on its first line, also where the dateline runs on', () => {
    const all = importBytes(read('reuters-21578/reut2-000.sgm').bytes, 'reut2-000.sgm').articles
    const byId = (id: string) => all.find((a) => a.agencyId === id) as Article
    expect(byId('99').headline).toBe('FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26')
    expect(byId('99').paragraphs[0]).toMatch(/^Two weeks ended Feb 25/)
    expect(byId('934').headline).toBe('ZIMBABWE MAIZE HARVEST LOWER AFTER BUMPER CROPS')
    expect(byId('934').paragraphs[0]).toMatch(/^HARARE, March 3 - Zimbabwe's maize crop/)
  })

  it('plain text: the first line of a PolNeAR text is its headline, full stop and all', () => {
    const polnear = storyFiles.filter((f) => f.startsWith('polnear/'))
    expect(polnear.length).toBe(929)
    expect(one('polnear/data/annotator-training/text/breitbart_2016-03-11_africa-builds-expertise-in-scien.txt').headline).toBe(
      'Africa builds expertise in science, tech, engineering, math.',
    )
    const deck = one('polnear/data/train/text/nyt_2015-12-30_roasts-and-toasts-for-dealbook.txt')
    expect(deck.headline).toBe('Roasts and toasts for 2015;')
    expect(deck.paragraphs.slice(0, 2)).toEqual(['DealBook.', 'ABSTRACT.'])
  })
})
