/** The families of styles/fonts.css: the Noto fonts bundled as fallbacks for every script. */
const BUNDLED = /^"?Wiremark Noto/

/**
 * Makes the page shape its text again once a bundled fallback font has loaded. Chromium (156 here) keeps drawing text
 * that it laid out while such a font was still loading as empty boxes after the font arrives (seen with a Chinese
 * story: its headline and its row in the library stayed boxes, while text laid out later drew right); a change of an
 * inherited font property makes it shape every text again. So after each load of a bundled font the root's
 * letter-spacing flips between normal and a ten-thousandth of a pixel: nothing moves on screen, and it happens once
 * per font file, a few times a session at most. Returns the function that stops it.
 */
export function installFontRefresh(doc: Document = document): () => void {
  let flipped = false
  const onDone = (e: FontFaceSetLoadEvent) => {
    if (!e.fontfaces.some((f) => BUNDLED.test(f.family))) return
    flipped = !flipped
    doc.documentElement.style.letterSpacing = flipped ? '0.0001px' : ''
  }
  doc.fonts.addEventListener('loadingdone', onDone)
  return () => doc.fonts.removeEventListener('loadingdone', onDone)
}
