import type { Texts } from '../i18n/types.js'
import { el } from './markup.js'
import type { MarkupNode } from './markup.js'

/**
 * The actions of Consentry's own buttons; clicks.ts maps each to what it does. The last three are
 * the opt-out control's: open its dialog, opt out, close the dialog.
 */
export const ACTIONS = ['accept', 'reject', 'customize', 'save', 'opt-out', 'confirm-opt-out', 'close'] as const
export type Action = (typeof ACTIONS)[number]
/** The actions of the banner's and the preferences' button rows. */
export type BannerAction = 'accept' | 'reject' | 'customize' | 'save'

/** A button's text. With several choices Accept and Reject say "Accept all" / "Reject all". */
function label(texts: Texts, action: BannerAction, all: boolean): string {
  if (action === 'accept') return all ? texts.acceptAll : texts.accept
  if (action === 'reject') return all ? texts.rejectAll : texts.reject
  return texts[action]
}

/**
 * A row of buttons. Accept and Reject are the same element with the same attributes: refusing
 * looks exactly as easy as accepting.
 *
 * @example
 * actionRow(texts, true, ['accept', 'reject', 'save'])
 */
export function actionRow(texts: Texts, all: boolean, actions: BannerAction[]): MarkupNode {
  return el(
    'div',
    {},
    actions.map(action => el('button', { type: 'button', 'data-consentry-action': action }, label(texts, action, all)))
  )
}
