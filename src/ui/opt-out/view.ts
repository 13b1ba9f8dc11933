import type { OptOutTexts } from '../../jurisdictions/texts.js'
import { el } from '../markup.js'
import type { MarkupNode } from '../markup.js'
import { important } from '../styles.js'
import { rootAttributes } from '../root.js'
import type { Theme } from '../options.js'

/**
 * The control's and the dialog's CSS, on top of the banner's: the control is a small box at the
 * bottom corner, like the reopen control.
 *
 * @example
 * applyStyles(optOutCss, nonce)
 */
export const optOutCss = important(
  '.consentry.optout{padding:4px;max-width:min(24rem,calc(100% - 16px));}' +
    '.consentry.optout button{font-size:13px;padding:4px 12px;}' +
    '.consentry.optout p{font-size:13px;margin:4px 8px;}'
)

interface ViewInput {
  texts: OptOutTexts
  language: string
  theme: Theme
  /** Whether the line saying Global Privacy Control was honored shows. */
  gpc: boolean
}

/** The line saying the GPC signal was honored, as California's regulations expect. */
const gpcLine = (input: ViewInput): MarkupNode | false => input.gpc && el('p', { 'data-consentry': 'gpc' }, input.texts.gpc)

/**
 * The persistent "Do Not Sell or Share My Personal Information" control: a native button that
 * opens the dialog, and under Global Privacy Control the line saying the signal was honored.
 *
 * @example
 * toDom(optOutControl({ texts: optOutTexts('en'), language: 'en', theme: 'auto', gpc: false, side: 'left' }))
 */
export function optOutControl(input: ViewInput & { side: 'left' | 'right' }): MarkupNode {
  return el(
    'div',
    { ...rootAttributes({ theme: input.theme, language: input.language, classes: `reopen optout ${input.side}` }), 'data-consentry': 'opt-out' },
    el('button', { type: 'button', 'data-consentry-action': 'opt-out' }, input.texts.link),
    gpcLine(input)
  )
}

/**
 * The dialog: what opting out does, then Opt out and Keep (same element, same weight).
 *
 * @example
 * toDom(optOutDialog({ texts, language: 'en', theme: 'auto', gpc: true, titleId: 'consentry2' }))
 */
export function optOutDialog(input: ViewInput & { titleId: string }): MarkupNode {
  let { texts } = input
  return el(
    'dialog',
    { ...rootAttributes({ theme: input.theme, language: input.language, classes: 'bar', titleId: input.titleId }), 'data-consentry': 'opt-out-dialog' },
    el('h2', { id: input.titleId }, texts.title),
    gpcLine(input),
    el('p', {}, texts.text),
    el(
      'div',
      {},
      el('button', { type: 'button', 'data-consentry-action': 'confirm-opt-out' }, texts.optOut),
      el('button', { type: 'button', 'data-consentry-action': 'close' }, texts.keep)
    )
  )
}
