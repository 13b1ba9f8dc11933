import type { Texts } from '../i18n/types.js'
import { el } from './markup.js'
import type { MarkupNode } from './markup.js'
import type { ReopenPlace, Theme } from './options.js'
import { rootAttributes } from './root.js'

/**
 * The small persistent "Cookie settings" control shown after a decision: withdrawing is as easy
 * as consenting. It opens the preferences (`data-consentry-open`); `true` places it left.
 *
 * @example
 * toDom(reopenControl({ texts, language: 'en', theme: 'auto', place: 'right' }))
 */
export function reopenControl({
  texts,
  language,
  theme,
  place
}: {
  texts: Texts
  language: string
  theme: Theme
  place: Exclude<ReopenPlace, false>
}): MarkupNode {
  let side = place === 'right' ? 'right' : 'left'
  return el(
    'button',
    { ...rootAttributes({ theme, language, classes: `reopen ${side}` }), type: 'button', 'data-consentry-open': '' },
    texts.settings
  )
}
