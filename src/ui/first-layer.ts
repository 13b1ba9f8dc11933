import type { CategoryOptions } from '../core/types.js'
import { purposes } from '../i18n/purposes.js'
import type { Texts } from '../i18n/types.js'
import { actionRow } from './buttons.js'
import type { BannerAction } from './buttons.js'
import { el } from './markup.js'
import type { MarkupNode } from './markup.js'
import type { Layout, Position, Theme } from './options.js'
import { heading, rootAttributes } from './root.js'

export interface FirstLayerInput {
  texts: Texts
  language: string
  names: string[]
  options: Record<string, CategoryOptions>
  privacyPolicyUrl?: string
  theme: Theme
  /** Default 'box'. */
  layout?: Layout
  position: Position
  /** The Customize button; default: with more than one category. */
  preferences?: boolean
  gpcHonored: boolean
  /** The heading's id, which names the region. */
  titleId: string
}

/**
 * The first layer as markup — the same for the browser and for the server-rendered banner: a
 * region named by its title, the sentence built from the categories with the privacy-policy
 * link, and Accept / Reject (/ Customize).
 *
 * @example
 * toDom(firstLayer({ texts, language: 'en', names: ['analytics'], options: {}, theme: 'auto',
 *   position: 'bottom', gpcHonored: false, titleId: 'consentry1' }))
 */
export function firstLayer(input: FirstLayerInput): MarkupNode {
  let { texts, names, options, privacyPolicyUrl: url } = input
  // "Read our {privacy policy} for more information." → text, link, text. With no (or empty)
  // braces the whole sentence is the link: never an empty, nameless one.
  let [before, link, after] = texts.policy.split(/[{}]/)
  let policy = url && [' ', link ? before : '', el('a', { href: url }, link || before), after]
  let several = names.length > 1
  let actions: BannerAction[] = ['accept', 'reject']
  if (input.preferences ?? several) actions.push('customize')
  return el(
    'div',
    {
      ...rootAttributes({ theme: input.theme, language: input.language, classes: `panel ${input.layout ?? 'box'} ${input.position}`, titleId: input.titleId }),
      'data-consentry': 'banner',
      role: 'region',
      'data-nosnippet': ''
    },
    heading(input.titleId, texts.title, texts, input.gpcHonored),
    el('p', {}, purposes(texts, names, options), policy),
    actionRow(texts, several, actions)
  )
}
