// Hostile wire copy: scripts, event handlers, javascript: links, remote images and remote CSS, in a saved page,
// in pasted HTML, and inside NewsML-G2, NITF and ninjs bodies. Every script sets window.__pwned, so a test can
// tell that nothing ran; every remote reference points at evil.example, so a test can tell that nothing was fetched.

export interface HostileCase {
  name: string
  what: string
  text: string
  /** The headline the library shows */
  headline: string
  /** Words that must survive the import (the story's own text) */
  kept: string[]
}

const PWN = (n: number) => `window.__pwned=${n}`

const REMOTE = `<link rel="stylesheet" href="https://evil.example/remote.css"><style>@import url("https://evil.example/import.css"); body { background: url(https://evil.example/bg.png) }</style>`
const BODY_TRAPS = (n: number) =>
  `<script>${PWN(n)};fetch("https://evil.example/s${n}")</script>` +
  `<img src="https://evil.example/pixel${n}.gif" onerror="${PWN(n + 1)}" onload="${PWN(n + 2)}">` +
  `<svg onload="${PWN(n + 3)}"><image href="https://evil.example/svg${n}.png"/></svg>` +
  `<iframe src="https://evil.example/frame${n}"></iframe><object data="https://evil.example/o${n}.swf"></object>`

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'saved-page.html',
    headline: 'Quake shakes coastal towns',
    what: 'a saved article page',
    text: `<!doctype html><html><head><title>Quake shakes coastal towns</title>${REMOTE}<script src="https://evil.example/tracker.js"></script><script>${PWN(1)}</script>
<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"></head>
<body onload="${PWN(2)}"><nav><a href="/">Home</a></nav><article><h1>Quake shakes coastal towns</h1><p class="byline">By Ana Lima</p>
<p>TOKYO (AP) — A strong earthquake shook coastal towns on Monday, cutting power to thousands of homes, officials said.</p>
<p>"We felt it for a full minute," said Kenji Sato, a shop owner in Sendai. ${BODY_TRAPS(10)}</p>
<p>Rail operators halted bullet trains for an hour. <a href="javascript:${PWN(20)}">Read more</a> <a href="https://evil.example/ad" onclick="${PWN(21)}">Sponsored</a></p>
<p>The agency said there was no tsunami risk.</p></article></body></html>`,
    kept: ['Quake shakes coastal towns', 'We felt it for a full minute', 'Rail operators halted bullet trains', 'no tsunami risk'],
  },
  {
    name: 'pasted.html',
    headline: 'Harbour strike ends',
    what: 'pasted HTML (a fragment copied from a page)',
    text: `<div><h2>Harbour strike ends</h2>${REMOTE}<p>Dock workers returned on Friday after a 12-day strike, the union said.</p>
<p onmouseover="${PWN(30)}">"It was the only way to be heard," said union leader Maria Costa. ${BODY_TRAPS(31)}</p>
<p>Shipping lines expect delays to clear by Tuesday, <a href="javascript:${PWN(40)}">the port authority</a> said.</p></div>`,
    kept: ['Dock workers returned on Friday', 'It was the only way to be heard', 'Shipping lines expect delays'],
  },
  {
    name: 'hostile-g2.xml',
    headline: 'Bridge reopens after repairs',
    what: 'a NewsML-G2 item with an XHTML body',
    text: `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:20240501:hostile-g2" version="1" standard="NewsML-G2" standardversion="2.29">
<itemMeta><itemClass qcode="ninat:text"/><provider literal="Example"/><versionCreated>2024-05-01T10:00:00Z</versionCreated></itemMeta>
<contentMeta><headline>Bridge reopens after repairs</headline><by>By Tom Ek</by></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head>${REMOTE.replace(/<link([^>]*)>/, '<link$1/>')}</head><body>
<p>OSLO (Example) - The city's main bridge reopened on Wednesday after eight months of repairs, the road agency said.</p>
<p>"Traffic will flow normally from tomorrow," said engineer Ingrid Berg.<script>${PWN(50)}</script><img src="https://evil.example/g2.png" onerror="${PWN(51)}"/></p>
<p><a href="javascript:${PWN(52)}">Map</a> Buses return to their usual routes.</p></body></html></inlineXML></contentSet></newsItem>`,
    kept: ['Bridge reopens after repairs', 'main bridge reopened on Wednesday', 'Traffic will flow normally from tomorrow', 'Buses return to their usual routes'],
  },
  {
    name: 'hostile-nitf.xml',
    headline: 'Library fire destroys archive',
    what: 'a NITF document',
    text: `<?xml version="1.0"?><nitf><head><title>Library burns</title></head><body><body.head><hedline><hl1>Library fire destroys archive</hl1></hedline></body.head>
<body.content><p>LYON (Example) - Fire destroyed part of the city archive overnight, firefighters said.</p><p>"Nothing could be saved from the east wing," said curator Luc Moreau.<script>${PWN(60)}</script></p>
<p><img src="https://evil.example/nitf.png" onerror="${PWN(61)}"/>Investigators are looking at the wiring.</p></body.content></body></nitf>`,
    kept: ['Library fire destroys archive', 'Fire destroyed part of the city archive', 'Nothing could be saved from the east wing', 'Investigators are looking at the wiring'],
  },
  {
    name: 'hostile-ninjs.json',
    headline: 'Storm closes schools',
    what: 'a ninjs item with body_html',
    text: JSON.stringify({
      uri: 'urn:example:hostile-ninjs',
      version: '1',
      type: 'text',
      headline: 'Storm closes schools',
      byline: 'By Sam Hill',
      body_html: `<p>DENVER (Example) - Schools across the region closed on Thursday as a storm brought heavy snow, officials said.</p>${REMOTE}
<p>"Stay off the roads," said county sheriff Dana Ruiz.${BODY_TRAPS(70)}</p><p><a href="javascript:${PWN(80)}">Closures</a> Classes resume on Monday.</p>`,
    }).replace(/\}$/, ',"__proto__":{"polluted":true}}'),
    kept: ['Storm closes schools', 'Schools across the region closed on Thursday', 'Stay off the roads', 'Classes resume on Monday'],
  },
]

/** Traces of active content that must not survive into any field of an imported article. */
export const ACTIVE_TRACES = [/<script/i, /__pwned/, /javascript:/i, /\bon(?:error|load|click|mouseover)\s*=/i, /<iframe/i, /<object/i, /@import/i]
