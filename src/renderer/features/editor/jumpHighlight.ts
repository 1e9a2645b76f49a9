/**
 * The highlight Enter puts over a finding's words in review mode (the Custom Highlight API paints a range without
 * adding elements to the text). It lasts until the editor moves on: another finding or mark, a decision, a
 * dismissal, a change of mode (DeskPlugin clears it then).
 */
const NAME = 'wm-jump'

const registry = () => (typeof CSS !== 'undefined' && typeof Highlight !== 'undefined' ? CSS.highlights : undefined)

export function showJump(range: Range): void {
  registry()?.set(NAME, new Highlight(range))
}

export function clearJump(): void {
  registry()?.delete(NAME)
}

