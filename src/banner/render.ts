import { purposes } from '../i18n/pick.js'
import { button, h } from './dom.js'
import type { View } from './view.js'

/**
 * The first layer: a non-modal, named region with title, text, policy link and the buttons
 * Accept, Reject (same element, same classes) and, when enabled, Customize.
 *
 * @example
 * document.body.append(renderBanner(view, 'bottom'))
 */
export function renderBanner(v: View, position: string): HTMLElement {
  let { t, id, url } = v
  let many = v.names.length > 1
  // "Read our {privacy policy} for more information." → text, link, text.
  let [before, link, after] = t.policy.split(/[{}]/)
  return h(
    'div',
    {
      ...v.root('bar ' + position),
      'data-consentry': 'banner',
      role: 'region',
      'aria-labelledby': id,
      'data-nosnippet': ''
    },
    h('h2', { id }, t.title),
    h(
      'p',
      {},
      purposes(t, v.lang, v.names, v.options),
      url && ' ',
      url && before,
      url && h('a', { href: url }, link),
      url && after
    ),
    h(
      'div',
      { class: 'row' },
      button('accept', many ? t.acceptAll : t.accept),
      button('reject', many ? t.rejectAll : t.reject),
      v.customize && button('customize', t.customize)
    )
  )
}
