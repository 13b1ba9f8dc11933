import { isSafeUrl } from '../../core/url.js'
import type { Consent } from '../../core/types.js'
import { countServices, serviceTexts } from '../../services/texts.js'
import type { ServiceTexts } from '../../services/texts.js'
import type { Service } from '../../services/types.js'
import { h } from '../dom.js'
import { cookieTable } from './cookie-table.js'

// A category's services in the preferences dialog: an expandable list, each with its switch,
// provider, policy link and cookie table. Second layer only: none of this is in the drop-in.

export interface ServiceListOptions {
  consent: Consent
  language: string
  /** The category's own switch: it shows mixed and sets every service. */
  categorySwitch: HTMLInputElement
  /** The element that says "Partly on" (referenced by the category switch's aria-describedby). */
  state: HTMLElement
  services: Service[]
  newId(): string
}

/** One service: its switch, provider, policy link and cookies. */
function serviceItem(service: Service, consent: Consent, texts: ServiceTexts, language: string, id: string): HTMLLIElement {
  let input = h('input', { type: 'checkbox', role: 'switch', 'data-service': service.name, 'aria-describedby': id })
  input.checked = consent.isGranted(service.name)
  let policy = service.privacyPolicyUrl
  let cookies = service.cookies ?? []
  let summary = h('summary', {}, texts.showCookies)
  let disclosure = cookies.length > 0 && h('details', {}, summary)
  // The table is built on first expand: with dozens of services the dialog opens without
  // formatting every duration.
  let table: HTMLTableElement | undefined
  if (disclosure) {
    disclosure.ontoggle = () => {
      if (disclosure.open && !table) {
        table = cookieTable(service, texts, language)
        disclosure.append(table)
      }
      summary.textContent = disclosure.open ? texts.hideCookies : texts.showCookies
    }
  }
  return h(
    'li',
    {},
    h('label', {}, service.label ?? service.name, input),
    h(
      'p',
      { id },
      service.description && [service.description, ' '],
      service.provider && `${texts.provider}: ${service.provider}`,
      isSafeUrl(policy) && [service.provider ? ' · ' : '', h('a', { href: policy }, texts.privacyPolicy)]
    ),
    disclosure
  )
}

/**
 * The `<details>` listing a category's services. Flipping the category switch sets all of them;
 * when they differ from it, it shows mixed (a native checkbox's `indeterminate`, announced as
 * mixed, and the visible "Partly on" text); when they all agree again, it follows them.
 *
 * @example
 * let list = serviceList({ consent, language: 'en', categorySwitch, state, services, newId })
 */
export function serviceList(options: ServiceListOptions): HTMLDetailsElement {
  let { consent, language, categorySwitch, state, services } = options
  let texts = serviceTexts(language)
  let items = services.map(service => serviceItem(service, consent, texts, language, options.newId()))
  let switches = items.map(item => item.querySelector('input')!)
  // Mixed while a service differs from the category: a decision may hold just that.
  let show = (): void => {
    let mixed = switches.some(input => input.checked !== categorySwitch.checked)
    categorySwitch.indeterminate = mixed
    state.textContent = mixed ? texts.mixed : ''
    state.hidden = !mixed
  }
  // When the services all agree again, the category follows them.
  let sync = (): void => {
    let on = switches.filter(input => input.checked).length
    if (on === 0 || on === switches.length) categorySwitch.checked = on > 0
    show()
  }
  categorySwitch.addEventListener('change', () => {
    for (let input of switches) input.checked = categorySwitch.checked
    sync()
  })
  for (let input of switches) input.addEventListener('change', sync)
  show()
  return h('details', { class: 'services' }, h('summary', {}, countServices(services.length, language)), h('ul', {}, items))
}
