import { formatDuration } from '../../services/duration.js'
import type { ServiceTexts } from '../../services/texts.js'
import type { Service } from '../../services/types.js'
import { h } from '../dom.js'

/**
 * A cookie name as a visitor reads it: a RegExp like /^_ga_/ becomes `_ga_*`.
 *
 * @example
 * cookieName(/^_pk_id\./) // '_pk_id.*'
 */
export function cookieName(name: string | RegExp): string {
  if (typeof name === 'string') return name
  let source = name.source.replace(/^\^/, '')
  let exact = source.endsWith('$')
  source = source.replace(/\$$/, '').replace(/\.\*/g, '*').replace(/\\(.)/g, '$1')
  return exact ? source : source + '*'
}

/**
 * A service's cookies as a real table: name (row header), provider, duration in the visitor's
 * language, purpose. All text goes in as text.
 *
 * @example
 * cookieTable(googleAnalytics({ id: 'G-XXXX' }), serviceTexts('fr'), 'fr')
 */
export function cookieTable(service: Service, texts: ServiceTexts, language: string): HTMLTableElement {
  let columns = [texts.name, texts.provider, texts.duration, texts.purpose]
  let rows = (service.cookies ?? []).map(cookie =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, cookieName(cookie.name)),
      h('td', {}, cookie.provider ?? service.provider ?? ''),
      h('td', {}, formatDuration(cookie.duration, language)),
      h('td', {}, cookie.description ?? '')
    )
  )
  return h(
    'table',
    {},
    h('caption', {}, `${texts.cookies}: ${service.label ?? service.name}`),
    h('thead', {}, h('tr', {}, columns.map(column => h('th', { scope: 'col' }, column)))),
    h('tbody', {}, rows)
  )
}
