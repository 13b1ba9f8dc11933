import { afterEach, describe, expect, it } from 'vitest'

import { ar } from '../../../src/i18n/ar.js'
import { addLocale, locales } from '../../../src/i18n/registry.js'

import type { ConsentUIConfig } from '../../../src/create-consent.js'
import { googleAnalytics } from '../../../src/services/presets/google-analytics.js'
import { matomo } from '../../../src/services/presets/matomo.js'
import { metaPixel } from '../../../src/services/presets/meta-pixel.js'
import { youtube } from '../../../src/services/presets/youtube.js'
import type { Service } from '../../../src/services/types.js'
import { cookieName } from '../../../src/ui/preferences/cookie-table.js'
import { query, act, dialog, key, useBanner } from '../helpers.js'

const make = useBanner()
afterEach(() => {
  delete locales.ar
})
// The dialog only: no vendor script is loaded when a test grants a preset.
const quiet = (service: Service): Service => ({ ...service, load: undefined, onRevoke: undefined })
const chat: Service = {
  name: 'chat',
  category: 'functional',
  label: 'Support chat',
  provider: 'Acme Ltd',
  privacyPolicyUrl: 'https://acme.example/privacy',
  cookies: [{ name: 'acme_sid', duration: { days: 30 }, description: 'Keeps the chat session' }]
}
const config = (extra: Partial<ConsentUIConfig> = {}): ConsentUIConfig => ({
  categories: ['functional', 'analytics', 'marketing'],
  services: [chat, googleAnalytics({ id: 'G-TEST1' }), matomo({ url: 'https://m.example/', siteId: 1 }), metaPixel({ id: '1' }), youtube()].map(quiet),
  ...extra
})
const open = (extra: Partial<ConsentUIConfig> = {}) => {
  let consent = make(config(extra))
  consent.showPreferences()
  return consent
}
const categoryInput = (name: string): HTMLInputElement => query(`input[data-category="${name}"]`, dialog()!) as HTMLInputElement
const serviceInput = (name: string): HTMLInputElement => query(`input[data-service="${name}"]`, dialog()!) as HTMLInputElement
/** The cookie table of a service, built when its disclosure opens. */
async function tableOf(name: string): Promise<HTMLTableElement> {
  let details = serviceInput(name).closest('li')!.querySelector('details')!
  expect(details.querySelector('table')).toBeNull()
  details.open = true
  await new Promise(resolve => setTimeout(resolve, 0))
  return details.querySelector('table')!
}
const stateOf = (name: string): HTMLElement => {
  let ids = categoryInput(name).getAttribute('aria-describedby')!.split(' ')
  return document.getElementById(ids[1])!
}

describe('services in the preferences dialog', () => {
  it('puts each category with services in a section whose details list them, with their count', () => {
    open()
    let section = categoryInput('analytics').closest('section')!
    let list = section.querySelector('details.services')!
    expect(list.querySelector('summary')!.textContent).toBe('2 services')
    expect([...list.querySelectorAll<HTMLInputElement>('input[data-service]')].map(input => input.dataset.service)).toEqual(['ga4', 'matomo'])
    expect(categoryInput('functional').closest('section')!.querySelector('summary')!.textContent).toBe('1 service')
  })

  it('gives each service a switch, its provider and its policy link', () => {
    open()
    let input = serviceInput('chat')
    expect(input.getAttribute('role')).toBe('switch')
    expect(input.checked).toBe(false)
    expect(input.closest('label')!.textContent).toBe('Support chat')
    let details = document.getElementById(input.getAttribute('aria-describedby')!)!
    expect(details.textContent).toBe('Provider: Acme Ltd · Privacy policy')
    expect(details.querySelector('a')!.getAttribute('href')).toBe('https://acme.example/privacy')
  })

  it('makes a category with services a native checkbox, so its mixed state is announced', () => {
    open()
    expect(categoryInput('analytics').hasAttribute('role')).toBe(false)
    expect(categoryInput('necessary').getAttribute('role')).toBe('switch')
  })

  it('shows each cookie in a table built on expand: name as row header, provider, localized duration, purpose', async () => {
    open()
    let table = await tableOf('ga4')
    expect(serviceInput('ga4').closest('li')!.querySelector('summary')!.textContent).toBe('Hide cookies')
    expect([...table.querySelectorAll('thead th')].map(th => [th.getAttribute('scope'), th.textContent])).toEqual([
      ['col', 'Name'],
      ['col', 'Provider'],
      ['col', 'Duration'],
      ['col', 'Purpose']
    ])
    let rows = [...table.querySelectorAll('tbody tr')].map(row => [...row.children].map(cell => cell.textContent))
    expect(rows).toEqual([
      ['_ga', 'Google', '2 years', 'Distinguishes visitors.'],
      ['_ga_*', 'Google', '2 years', 'Keeps the session state.']
    ])
    expect(table.querySelector('tbody th')!.getAttribute('scope')).toBe('row')
  })

  it('shows RegExp cookie names as a visitor reads them', () => {
    expect(cookieName(/^_pk_id\./)).toBe('_pk_id.*')
    expect(cookieName(/^exact$/)).toBe('exact')
    expect(cookieName('_fbp')).toBe('_fbp')
  })

  it('shows the category as mixed when one of its services is turned off, and says so', () => {
    let consent = make(config())
    consent.save({ analytics: true })
    consent.showPreferences()
    expect(categoryInput('analytics').indeterminate).toBe(false)
    expect(stateOf('analytics').hidden).toBe(true)
    serviceInput('ga4').click()
    expect(categoryInput('analytics').indeterminate).toBe(true)
    expect(categoryInput('analytics').checked).toBe(true)
    expect(stateOf('analytics').textContent).toBe('Partly on')
    expect(stateOf('analytics').hidden).toBe(false)
  })

  it('opens mixed for a stored decision whose services differ from their category', () => {
    let consent = make(config())
    consent.save({ marketing: false, youtube: true })
    consent.showPreferences()
    expect(categoryInput('marketing').checked).toBe(false)
    expect(categoryInput('marketing').indeterminate).toBe(true)
  })

  it('sets every service of a category when its switch is flipped', () => {
    open()
    serviceInput('ga4').click()
    expect(categoryInput('analytics').indeterminate).toBe(true)
    categoryInput('analytics').click()
    expect(categoryInput('analytics').indeterminate).toBe(false)
    let states = [serviceInput('ga4').checked, serviceInput('matomo').checked]
    expect(states).toEqual([categoryInput('analytics').checked, categoryInput('analytics').checked])
    categoryInput('analytics').click()
    expect([serviceInput('ga4').checked, serviceInput('matomo').checked]).toEqual([categoryInput('analytics').checked, categoryInput('analytics').checked])
  })

  it('follows its services when they all agree again', () => {
    open()
    serviceInput('ga4').click()
    serviceInput('matomo').click()
    expect(categoryInput('analytics').checked).toBe(true)
    expect(categoryInput('analytics').indeterminate).toBe(false)
  })

  it('saves the services beside the categories', () => {
    let consent = open()
    categoryInput('analytics').click()
    serviceInput('matomo').click()
    serviceInput('youtube').click()
    act(dialog()!, 'save')
    let decision = consent.getDecision()!
    expect(decision.categories).toEqual({ necessary: true, functional: false, analytics: true, marketing: false })
    expect(decision.services).toEqual({ chat: false, ga4: true, matomo: false, 'meta-pixel': false, youtube: true })
    expect(consent.isGranted('youtube')).toBe(true)
  })

  it('speaks the page’s language, with localized durations', async () => {
    open({ lang: 'fr' })
    let table = await tableOf('matomo')
    expect([...table.querySelectorAll('thead th')].map(th => th.textContent)).toEqual(['Nom', 'Fournisseur', 'Durée', 'Finalité'])
    // Intl puts a no-break space between number and unit.
    expect(table.querySelector('tbody td:nth-child(3)')!.textContent!.replace(/\s/g, ' ')).toBe('13 mois')
    expect(categoryInput('analytics').closest('section')!.querySelector('summary')!.textContent).toBe('2 services')
  })

  it('lays the dialog out right to left in Arabic', () => {
    addLocale('ar', ar)
    open({ lang: 'ar' })
    expect(dialog()!.getAttribute('dir')).toBe('rtl')
    expect(serviceInput('ga4').closest('li')!.querySelector('summary')!.textContent).toBe('إظهار ملفات تعريف الارتباط')
  })

  it('puts service texts in as text, never markup', () => {
    let evil: Service = { ...chat, label: '<img src=x onerror=alert(1)>', provider: '<b>x</b>' }
    open({ services: [evil] })
    expect(dialog()!.querySelector('img, b')).toBeNull()
    expect(serviceInput('chat').closest('label')!.textContent).toBe('<img src=x onerror=alert(1)>')
  })

  it('leaves out a policy link that is not http(s) or relative', () => {
    let consent = make(config({ services: [{ ...chat }] }))
    // Past the config check, as a service object changed after creation would be.
    consent.config.services[0].privacyPolicyUrl = 'javascript:alert(1)'
    consent.showPreferences()
    expect(dialog()!.querySelector('li a')).toBeNull()
  })

  it('keeps Tab inside the dialog from a summary without wrapping early', () => {
    open()
    let summary = categoryInput('analytics').closest('section')!.querySelector('summary')!
    summary.focus()
    expect(key('Tab').defaultPrevented).toBe(false)
  })
})
