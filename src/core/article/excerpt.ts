/**
 * A piece of the story as a finding or a report quotes it: whitespace folded, and when longer than `max` (UTF-16
 * code units, the "…" included) cut at the last word boundary that fits, so an excerpt never ends inside a word.
 * The trailing punctuation left at the cut goes too ("said the minister, …" reads as a cut, not as a comma).
 * A single word longer than `max` is cut inside it: there is no boundary to use.
 */
export function clipExcerpt(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim()
  if (t.length <= max) return t
  const room = t.slice(0, max - 1)
  // A boundary: the character after the room is no letter or digit (a space, a comma), or else the last space.
  const space = /[\p{L}\p{N}]/u.test(t[max - 1] ?? '') ? room.lastIndexOf(' ') : max - 1
  const cut = space > 0 ? room.slice(0, space) : room
  return `${cut.replace(/[\s,;:([{«"'“‘–—-]+$/u, '')}…`
}
