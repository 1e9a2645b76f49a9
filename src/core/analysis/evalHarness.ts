/**
 * Scoring the same way as ../shared/tools/score_quotes.py and score_polnear.py, for tests and scripts.
 * Pure functions over plain data: the callers read the files.
 */

export function normQuote(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb"\u2018\u2019\u201a']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

export function normName(s: string | null | undefined): string {
  let t = (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}_\s'-]/gu, ' ')
  t = t.replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an)\s+/, '')
  return t
}

/** Length in code points, as Python's len() counts a str (an emoji is one, not two UTF-16 units). */
export function cpLength(s: string): number {
  let n = 0
  for (const _ of s) n++
  return n
}

/**
 * Length of the longest common run of words (with one space each), as the scorers compute it: lengths are
 * code points, like the scorers' len().
 */
export function overlap(a: string, b: string): number {
  const aw = a.split(' ')
  const bw = b.split(' ')
  const alen = aw.map(cpLength)
  let best = 0
  let prev = new Array<number>(bw.length + 1).fill(0)
  for (let i = 1; i <= aw.length; i++) {
    const cur = new Array<number>(bw.length + 1).fill(0)
    for (let j = 1; j <= bw.length; j++) {
      if (aw[i - 1] === bw[j - 1]) {
        cur[j] = prev[j - 1]! + alen[i - 1]! + 1
        if (cur[j]! > best) best = cur[j]!
      }
    }
    prev = cur
  }
  return best
}

export interface GoldQuote {
  text: string
  speaker: string | null
  speaker_aliases?: string[]
  attribution: string
  cue?: string
}

export interface PredQuote {
  text: string
  speaker: string | null
}

export interface QuoteTally {
  tp: Record<'0.3' | '0.8', [number, number, number]>
  nPred: number
  spOk: number
  spN: number
  misses: string[]
}

export function newTally(): QuoteTally {
  return { tp: { '0.3': [0, 0, 0], '0.8': [0, 0, 0] }, nPred: 0, spOk: 0, spN: 0, misses: [] }
}

/** Adds one article to the tally, exactly as score_quotes.py counts. */
export function scoreArticle(t: QuoteTally, id: string, gold: GoldQuote[], predsIn: PredQuote[]): void {
  const preds = predsIn.map((q) => [normQuote(q.text), q.speaker] as const)
  t.nPred += preds.length
  for (const th of ['0.3', '0.8'] as const) t.tp[th][1] += gold.length
  for (const gq of gold) {
    const gt = normQuote(gq.text)
    let best = 0
    let bp: string | null = null
    for (const [pt, ps] of preds) {
      const ov = overlap(gt, pt) / Math.max(1, cpLength(gt) + 1)
      if (ov > best) {
        best = ov
        bp = ps
      }
    }
    for (const th of ['0.3', '0.8'] as const) if (best >= Number(th)) t.tp[th][0]++
    if (best < 0.8) t.misses.push(`${id} MISSED(${best.toFixed(2)}): ${gq.text.slice(0, 80)}`)
    if (best >= 0.3) {
      t.spN++
      const names = gq.speaker ? new Set([normName(gq.speaker), ...(gq.speaker_aliases ?? []).map(normName)]) : new Set([''])
      if (names.has(normName(bp))) t.spOk++
      else t.misses.push(`${id} SPEAKER got "${bp}" want "${gq.speaker}" [${gq.attribution}/${gq.cue ?? ''}]: ${gq.text.slice(0, 60)}`)
    }
  }
  for (const [pt] of preds) {
    let any03 = false
    for (const th of ['0.3', '0.8'] as const) {
      const ok = gold.some((gq) => {
        const g = normQuote(gq.text)
        const o = overlap(g, pt)
        return o / Math.max(1, cpLength(g) + 1) >= Number(th) || o / Math.max(1, cpLength(pt) + 1) >= Number(th)
      })
      if (ok) t.tp[th][2]++
      if (th === '0.3') any03 = ok
    }
    if (!any03) t.misses.push(`${id} EXTRA: ${pt.slice(0, 80)}`)
  }
}

export function summary(t: QuoteTally): { f03: number; f08: number; p: number; r: number; speaker: number; line: string } {
  const res = (th: '0.3' | '0.8'): [number, number, number] => {
    const [tpg, ng, tpp] = t.tp[th]
    const r = tpg / Math.max(1, ng)
    const p = tpp / Math.max(1, t.nPred)
    return [p, r, (2 * p * r) / Math.max(1e-9, p + r)]
  }
  const [p, r, f03] = res('0.3')
  const f08 = res('0.8')[2]
  const speaker = t.spOk / Math.max(1, t.spN)
  return {
    f03, f08, p, r, speaker,
    line: `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f03.toFixed(3)} (strict ${f08.toFixed(3)}) speaker ${speaker.toFixed(3)} over ${t.spN}; gold ${t.tp['0.3'][1]} predicted ${t.nPred}`,
  }
}

/** Minimal CSV reader (RFC 4180: quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let inQ = false
  for (let i = 0; i < src.length; i++) {
    const c = src[i]
    if (inQ) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"'
          i++
        } else inQ = false
      } else field += c
      continue
    }
    if (c === '"') inQ = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
