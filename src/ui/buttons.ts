import type { Texts } from '../i18n/types.js'
import { el } from './markup.js'
import type { MarkupNode } from './markup.js'

/** The actions of Consentry's own buttons; clicks.ts maps each to what it does. */
export const ACTIONS = ['accept', 'reject', 'customize', 'save'] as const
export type Action = (typeof ACTIONS)[number]

/** A button's text. With several choices Accept and Reject say "Accept all" / "Reject all". */
function label(texts: Texts, action: Action, all: boolean): string {
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
export function actionRow(texts: Texts, all: boolean, actions: Action[]): MarkupNode {
  return el(
    'div',
    {},
    actions.map(action => el('button', { type: 'button', 'data-consentry-action': action }, label(texts, action, all)))
  )
}
