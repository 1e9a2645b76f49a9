/**
 * A structural check of W3C Web Annotation JSON-LD against the MUST rules of the Web Annotation Data Model
 * (https://www.w3.org/TR/annotation-model/): context, ids, types, bodies, targets, agents, dates,
 * motivations, selectors. It is a shape check, not a JSON-LD processor.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

export const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
] as const

type Json = unknown
type Obj = Record<string, Json>

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
/** An absolute IRI: a scheme, a colon, no spaces. */
export const isIri = (v: Json): v is string => typeof v === 'string' && /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/.test(v)
const XSD_DATETIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/

function types(v: Json): string[] {
  if (typeof v === 'string') return [v]
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string')
  return []
}

class Checker {
  errors: string[] = []
  fail(path: string, msg: string) {
    this.errors.push(`${path}: ${msg}`)
  }

  single(o: Obj, key: string, path: string, test: (v: Json) => boolean, what: string) {
    if (!(key in o)) return
    const v = o[key]
    if (Array.isArray(v)) this.fail(`${path}.${key}`, `must be a single ${what}`)
    else if (!test(v)) this.fail(`${path}.${key}`, `must be ${what}`)
  }

  many(o: Obj, key: string, path: string, test: (v: Json) => boolean, what: string) {
    if (!(key in o)) return
    const v = o[key]
    const list = Array.isArray(v) ? v : [v]
    if (list.length === 0) this.fail(`${path}.${key}`, 'must not be empty')
    list.forEach((x, i) => {
      if (!test(x)) this.fail(`${path}.${key}${Array.isArray(v) ? `[${i}]` : ''}`, `must be ${what}`)
    })
  }

  /** Properties shared by every resource: id, format, language, direction, rights, purpose. */
  resourceProps(o: Obj, path: string) {
    this.single(o, 'id', path, isIri, 'an IRI')
    this.many(o, 'format', path, (v) => typeof v === 'string', 'a media type string')
    this.many(o, 'language', path, (v) => typeof v === 'string', 'a language tag string')
    this.single(o, 'processingLanguage', path, (v) => typeof v === 'string', 'a language tag string')
    this.single(o, 'textDirection', path, (v) => v === 'ltr' || v === 'rtl' || v === 'auto', 'ltr, rtl or auto')
    this.many(o, 'rights', path, isIri, 'an IRI')
    this.many(o, 'purpose', path, isMotivation, 'a motivation')
    this.many(o, 'creator', path, isAgent, 'an IRI or an agent object')
    this.single(o, 'created', path, isDate, 'an xsd:dateTime')
    this.single(o, 'modified', path, isDate, 'an xsd:dateTime')
  }

  selector(v: Json, path: string) {
    if (isIri(v)) return
    if (!isObj(v)) return this.fail(path, 'a selector must be an IRI or an object')
    const t = types(v.type)
    if (t.length !== 1) return this.fail(path, 'a selector must have exactly one type')
    switch (t[0]) {
      case 'FragmentSelector':
      case 'CssSelector':
      case 'XPathSelector':
        if (!('value' in v)) this.fail(path, `${t[0]} needs a value`)
        this.single(v, 'value', path, (x) => typeof x === 'string', 'a string')
        this.single(v, 'conformsTo', path, isIri, 'an IRI')
        break
      case 'TextQuoteSelector':
        if (typeof v.exact !== 'string') this.fail(path, 'TextQuoteSelector needs exact (a string)')
        this.single(v, 'prefix', path, (x) => typeof x === 'string', 'a string')
        this.single(v, 'suffix', path, (x) => typeof x === 'string', 'a string')
        break
      case 'TextPositionSelector':
      case 'DataPositionSelector': {
        const ok = (x: Json) => typeof x === 'number' && Number.isInteger(x) && x >= 0
        if (!ok(v.start) || !ok(v.end)) this.fail(path, `${t[0]} needs start and end (non-negative integers)`)
        else if ((v.start as number) > (v.end as number)) this.fail(path, 'start must not be after end')
        break
      }
      case 'RangeSelector':
        if (!('startSelector' in v) || !('endSelector' in v)) this.fail(path, 'RangeSelector needs startSelector and endSelector')
        else {
          this.selector(v.startSelector, `${path}.startSelector`)
          this.selector(v.endSelector, `${path}.endSelector`)
        }
        break
      default:
        break
    }
    if ('refinedBy' in v) this.selector(v.refinedBy, `${path}.refinedBy`)
  }

  /** A body or a target (or an item of a Choice/List/Composite/Independents). */
  resource(v: Json, path: string, role: 'body' | 'target') {
    if (typeof v === 'string') {
      if (!isIri(v)) this.fail(path, `a ${role} given as a string must be an IRI`)
      return
    }
    if (!isObj(v)) return this.fail(path, `a ${role} must be an IRI or an object`)
    const t = types(v.type)
    const composite = t.filter((x) => x === 'Choice' || x === 'List' || x === 'Composite' || x === 'Independents')
    if (composite.length > 1 || (composite.length === 1 && t.length > 1)) return this.fail(path, 'a composite must have exactly one type')
    if ('items' in v && composite.length === 0) return this.fail(path, 'items without a Choice, List, Composite or Independents type')
    if (composite.length === 1) {
      if (!Array.isArray(v.items) || v.items.length === 0) return this.fail(path, `${composite[0]} needs items`)
      v.items.forEach((x, i) => this.resource(x, `${path}.items[${i}]`, role))
      return
    }
    this.resourceProps(v, path)
    if (t.includes('TextualBody')) {
      if (!('value' in v)) this.fail(path, 'TextualBody needs a value')
      this.single(v, 'value', path, (x) => typeof x === 'string', 'a string')
    }
    const specific = t.includes('SpecificResource') || 'source' in v || 'selector' in v || 'state' in v || 'styleClass' in v
    if (specific) {
      if (!('source' in v)) return this.fail(path, 'a SpecificResource needs a source')
      if (isObj(v.source)) this.resource(v.source, `${path}.source`, role)
      else if (!isIri(v.source)) this.fail(`${path}.source`, 'must be an IRI or an object')
      if ('selector' in v) {
        const list = Array.isArray(v.selector) ? v.selector : [v.selector]
        list.forEach((s, i) => this.selector(s, `${path}.selector${Array.isArray(v.selector) ? `[${i}]` : ''}`))
      }
    } else if (!('id' in v) && !t.includes('TextualBody') && !('value' in v)) {
      this.fail(path, `a ${role} object needs an id, a value or a source`)
    }
  }

  annotation(v: Json, path: string, needContext: boolean) {
    if (!isObj(v)) return this.fail(path, 'an annotation must be a JSON object')
    if (needContext || '@context' in v) this.context(v['@context'], path)
    if (!('id' in v)) this.fail(path, 'an annotation must have an id')
    this.single(v, 'id', path, isIri, 'an IRI')
    if (!types(v.type).includes('Annotation')) this.fail(path, 'type must include "Annotation"')
    if (!('target' in v)) this.fail(path, 'an annotation must have a target')
    else {
      const list = Array.isArray(v.target) ? v.target : [v.target]
      if (list.length === 0) this.fail(path, 'target must not be empty')
      list.forEach((x, i) => this.resource(x, `${path}.target${Array.isArray(v.target) ? `[${i}]` : ''}`, 'target'))
    }
    if ('body' in v) {
      if ('bodyValue' in v) this.fail(path, 'must not have both body and bodyValue')
      const list = Array.isArray(v.body) ? v.body : [v.body]
      list.forEach((x, i) => this.resource(x, `${path}.body${Array.isArray(v.body) ? `[${i}]` : ''}`, 'body'))
    }
    this.single(v, 'bodyValue', path, (x) => typeof x === 'string', 'a string')
    this.many(v, 'motivation', path, isMotivation, 'a motivation')
    this.many(v, 'creator', path, isAgent, 'an IRI or an agent object')
    this.many(v, 'generator', path, isAgent, 'an IRI or an agent object')
    this.single(v, 'created', path, isDate, 'an xsd:dateTime')
    this.single(v, 'modified', path, isDate, 'an xsd:dateTime')
    this.single(v, 'generated', path, isDate, 'an xsd:dateTime')
    this.many(v, 'rights', path, isIri, 'an IRI')
    this.many(v, 'via', path, isIri, 'an IRI')
    this.single(v, 'canonical', path, isIri, 'an IRI')
  }

  context(c: Json, path: string) {
    if (c === ANNO_CONTEXT) return
    if (Array.isArray(c) && c.length > 1 && c.includes(ANNO_CONTEXT)) return
    this.fail(path, `@context must be "${ANNO_CONTEXT}" or a list that includes it`)
  }
}

function isMotivation(v: Json): boolean {
  return typeof v === 'string' && ((MOTIVATIONS as readonly string[]).includes(v) || isIri(v))
}

function isAgent(v: Json): boolean {
  if (isIri(v)) return true
  if (!isObj(v)) return false
  return (!('id' in v) || isIri(v.id)) && (!('name' in v) || typeof v.name === 'string' || Array.isArray(v.name))
}

function isDate(v: Json): boolean {
  return typeof v === 'string' && XSD_DATETIME.test(v)
}

/**
 * Checks one Annotation, AnnotationPage or AnnotationCollection; returns the broken rules (empty when valid).
 * Annotations inside a page or collection inherit the outer @context.
 */
export function validateWebAnnotation(doc: unknown): string[] {
  const c = new Checker()
  if (!isObj(doc)) {
    c.fail('$', 'not a JSON object')
    return c.errors
  }
  const t = types(doc.type)
  const page = (p: Json, path: string) => {
    if (!isObj(p)) {
      if (!isIri(p)) c.fail(path, 'a page must be an object or an IRI')
      return
    }
    if (!types(p.type).includes('AnnotationPage')) c.fail(path, 'type must include "AnnotationPage"')
    if (!Array.isArray(p.items)) return c.fail(path, 'a page needs items')
    p.items.forEach((a, i) => c.annotation(a, `${path}.items[${i}]`, false))
  }
  if (t.includes('AnnotationCollection')) {
    c.context(doc['@context'], '$')
    c.single(doc, 'id', '$', isIri, 'an IRI')
    if ('first' in doc) page(doc.first, '$.first')
  } else if (t.includes('AnnotationPage')) {
    c.context(doc['@context'], '$')
    page(doc, '$')
  } else {
    c.annotation(doc, '$', true)
  }
  return c.errors
}
