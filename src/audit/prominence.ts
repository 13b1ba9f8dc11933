// Is refusing as visible as accepting? Compares the computed looks of the two buttons.
import type { ButtonLook } from './types.js'

/** Below these ratios of refuse to accept, refuse counts as less prominent. */
const MIN_AREA_RATIO = 0.5
const MIN_HEIGHT_RATIO = 0.75
const MIN_FONT_RATIO = 0.85
const MIN_CONTRAST_RATIO = 0.6
/** WCAG AA for normal text. */
const AA_CONTRAST = 4.5

const describe = (look: ButtonLook): string =>
  `"${look.text}": <${look.tag}> drawn as a ${look.shape}, ${look.width}×${look.height} px, ` +
  `${look.fontSize} px text, ${look.color} on ${look.background}, contrast ${look.contrast}:1`

/**
 * The reasons refuse is less prominent than accept (empty when it is not).
 *
 * @example
 * weaker(acceptLook, refuseLook) // ['a link against a button', 'lower contrast (2.1:1 against 12.6:1)']
 */
export function weaker(accept: ButtonLook, refuse: ButtonLook): string[] {
  let reasons: string[] = []
  if (refuse.shape === 'link' && accept.shape === 'button') reasons.push('a link against a button')
  let acceptArea = accept.width * accept.height
  if (refuse.width * refuse.height < acceptArea * MIN_AREA_RATIO || refuse.height < accept.height * MIN_HEIGHT_RATIO) {
    reasons.push(`a smaller box (${refuse.width}×${refuse.height} px against ${accept.width}×${accept.height} px)`)
  }
  if (refuse.fontSize < accept.fontSize * MIN_FONT_RATIO) {
    reasons.push(`smaller text (${refuse.fontSize} px against ${accept.fontSize} px)`)
  }
  let lowContrast = refuse.contrast < AA_CONTRAST && accept.contrast >= AA_CONTRAST
  if (lowContrast || refuse.contrast < accept.contrast * MIN_CONTRAST_RATIO) {
    reasons.push(`lower contrast (${refuse.contrast}:1 against ${accept.contrast}:1)`)
  }
  return reasons
}

/**
 * Evidence lines for a prominence finding: both buttons' looks.
 *
 * @example
 * lookEvidence(acceptLook, refuseLook) // ['accept "Tout accepter": <button> drawn as a button, …', 'refuse …']
 */
export const lookEvidence = (accept: ButtonLook, refuse: ButtonLook): string[] => [
  'accept ' + describe(accept),
  'refuse ' + describe(refuse)
]
