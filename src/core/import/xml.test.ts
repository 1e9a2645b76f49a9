import { describe, expect, it } from 'vitest'
import { ImportError } from './errors'
import { attr, child, childElements, codeLocal, decodeEntities, find, findAll, firstElementName, parseXml, path, textContent, textOf } from './xml'

function errorOf(fn: () => unknown): ImportError {
  try {
    fn()
  } catch (e) {
    if (e instanceof ImportError) return e
    throw e
  }
  throw new Error('expected an ImportError')
}

describe('parseXml', () => {
  it('builds a tree with names, prefixes, namespaces, attributes and text', () => {
    const { root, doctype } = parseXml(
      `<?xml version="1.0"?>\n<!-- a comment -->\n<a xmlns="urn:x" xmlns:h="urn:h" xml:lang="de"><h:p class='c'>one <b>two</b> three</h:p><e/></a>`,
    )
    expect(doctype).toBeNull()
    expect(root.name).toBe('a')
    expect(root.ns).toBe('urn:x')
    expect(attr(root, 'lang')).toBe('de')
    const p = child(root, 'p')!
    expect(p.name).toBe('h:p')
    expect(p.prefix).toBe('h')
    expect(p.ns).toBe('urn:h')
    expect(p.attrs.class).toBe('c')
    expect(textContent(p)).toBe('one two three')
    expect(childElements(root).map((e) => e.local)).toEqual(['p', 'e'])
    expect(find(root, 'b')!.ns).toBe('urn:x')
    expect(p.line).toBe(3)
  })

  it('decodes predefined entities, numeric references and CDATA, and keeps unknown entities literal', () => {
    const { root } = parseXml('<t a="x &amp; y &#x41;">&lt;&gt;&quot;&apos;&amp; &#65;&#x42; &nbsp;&unknown;<![CDATA[<raw & text>]]></t>')
    expect(root.attrs.a).toBe('x & y A')
    expect(textContent(root)).toBe('<>"\'& AB \u00a0&unknown;<raw & text>')
  })

  it('treats attribute names like __proto__ as plain keys', () => {
    const { root } = parseXml('<t __proto__="p" constructor="c"/>')
    expect(root.attrs['__proto__']).toBe('p')
    expect(attr(root, 'constructor')).toBe('c')
    expect(attr(root, 'toString')).toBeNull()
  })

  it('skips a DOCTYPE that only names an external DTD, without fetching it', () => {
    const { root, doctype } = parseXml('<!DOCTYPE nitf SYSTEM "http://example.invalid/nitf.dtd">\n<nitf><body/></nitf>')
    expect(doctype).toBe('nitf')
    expect(root.local).toBe('nitf')
  })

  it('refuses a billion-laughs entity bomb as unsafe, quickly and without expanding', () => {
    const decls = ['<!ENTITY lol "lol">']
    for (let i = 1; i <= 9; i++) decls.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`)
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n ${decls.join('\n ')}\n]>\n<lolz>&lol9;</lolz>`
    const e = errorOf(() => parseXml(bomb, { file: 'bomb.xml' }))
    expect(e.code).toBe('unsafe')
    expect(e.file).toBe('bomb.xml')
    expect(e.message).toMatch(/line 2: .*entit/)
  })

  it('refuses an external SYSTEM entity (XXE) as unsafe', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]><foo>&xxe;</foo>'
    expect(errorOf(() => parseXml(xxe)).code).toBe('unsafe')
    const param = '<!DOCTYPE foo [ <!ENTITY % ext SYSTEM "http://evil.invalid/x.dtd"> %ext; ]><foo/>'
    expect(errorOf(() => parseXml(param)).code).toBe('unsafe')
  })

  it('leaves an undeclared entity reference literal instead of resolving it', () => {
    expect(textContent(parseXml('<foo>&xxe;</foo>').root)).toBe('&xxe;')
  })

  it('reports truncated and malformed XML with a line number', () => {
    const truncated = errorOf(() => parseXml('<a>\n<b>text</b>\n<c>unfinished', { file: 'f.xml' }))
    expect(truncated.code).toBe('malformed')
    expect(truncated.message).toMatch(/^line 3: .*<c> is not closed/)
    const mismatch = errorOf(() => parseXml('<a>\n<b></a>'))
    expect(mismatch.code).toBe('malformed')
    expect(mismatch.message).toMatch(/^line 2: end tag <\/a> does not match <b>/)
    expect(errorOf(() => parseXml('<a x="1></a>')).code).toBe('malformed')
    expect(errorOf(() => parseXml('<a></a><b></b>')).message).toMatch(/second root/)
    expect(errorOf(() => parseXml('')).message).toMatch(/no root/)
    expect(errorOf(() => parseXml('just text')).code).toBe('malformed')
    expect(errorOf(() => parseXml('<a><!-- open')).message).toMatch(/comment/)
    expect(errorOf(() => parseXml('<a><![CDATA[ open</a>')).message).toMatch(/CDATA/)
  })

  it('refuses absurdly deep nesting instead of overflowing the stack', () => {
    const deep = '<a>'.repeat(5000) + '</a>'.repeat(5000)
    expect(errorOf(() => parseXml(deep)).message).toMatch(/nested deeper/)
  })

  it('closes open elements in lenient mode', () => {
    const { root } = parseXml('<a><b>one<c>two</b>', { lenient: true })
    expect(textContent(root)).toBe('onetwo')
  })

  it('parses a large document in linear time', () => {
    const item = '<item id="x"><p>Some text &amp; more <b>bold</b> text.</p><![CDATA[raw]]></item>\n'
    const big = `<root>${item.repeat(50_000)}</root>` // about 4 MB
    const { root } = parseXml(big)
    expect(childElements(root, 'item')).toHaveLength(50_000)
    expect(findAll(root, 'b')).toHaveLength(50_000)
  })
})

describe('helpers', () => {
  it('path, textOf, codeLocal, firstElementName and decodeEntities', () => {
    const { root } = parseXml('<a><b><c>  x \n y </c></b></a>')
    expect(textOf(path(root, 'b', 'c'))).toBe('x y')
    expect(path(root, 'b', 'missing')).toBeNull()
    expect(textOf(null)).toBeNull()
    expect(codeLocal('drol:caption')).toBe('caption')
    expect(codeLocal(null)).toBe('')
    expect(firstElementName('<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE x>\n<ns:newsItem a="1">')).toBe('newsItem')
    expect(decodeEntities('AT&T &amp; &#3;')).toBe('AT&T & \u0003')
  })
})
