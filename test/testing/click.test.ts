import { afterEach, describe, expect, it } from 'vitest'

import type { Consent } from '../../src/entries/headless.js'
import { de } from '../../src/i18n/de.js'
import { en } from '../../src/i18n/en.js'
import { fr } from '../../src/i18n/fr.js'
import type { Texts } from '../../src/i18n/types.js'
import {
  clickAccept,
  clickCustomize,
  clickReject,
  clickSave,
  getBanner,
  getPreferences
} from '../../src/entries/testing.js'
import { useConsent } from '../helpers/dom.js'

const make = useConsent()

afterEach(() => {
  document.body.innerHTML = ''
})

let button = (text: string, action: string, onClick: () => void): HTMLButtonElement => {
  let element = document.createElement('button')
  element.textContent = text
  element.setAttribute('data-consentry-action', action)
  element.addEventListener('click', onClick)
  return element
}

/** Markup following the banner's contract (hooks, role, names), wired to a headless engine. */
function fakeBanner(consent: Consent, texts: Texts, many = false): void {
  let banner = document.createElement('div')
  banner.setAttribute('data-consentry', 'banner')
  banner.setAttribute('role', 'region')
  let prefs = document.createElement('dialog')
  prefs.setAttribute('data-consentry', 'preferences')
  let close = (): void => {
    banner.remove()
    prefs.removeAttribute('open')
  }
  let decideAndClose = (decide: () => void) => (): void => {
    decide()
    close()
  }
  banner.append(
    button(many ? texts.acceptAll : texts.accept, 'accept', decideAndClose(() => consent.acceptAll())),
    button(many ? texts.rejectAll : texts.reject, 'reject', decideAndClose(() => consent.rejectAll())),
    button(texts.customize, 'customize', () => prefs.setAttribute('open', ''))
  )
  let box = document.createElement('input')
  box.type = 'checkbox'
  box.name = 'analytics'
  prefs.append(
    box,
    button(texts.save, 'save', decideAndClose(() => consent.save({ analytics: box.checked }))),
    button(texts.acceptAll, 'accept', decideAndClose(() => consent.acceptAll())),
    button(texts.rejectAll, 'reject', decideAndClose(() => consent.rejectAll()))
  )
  document.body.append(banner, prefs)
}

describe('click helpers', () => {
  it.each([
    ['en', en],
    ['fr', fr],
    ['de', de]
  ])('find Accept and Reject by name in %s', (_, texts) => {
    let consent = make({ categories: ['analytics'] })
    fakeBanner(consent, texts)
    expect(clickReject().textContent).toBe(texts.reject)
    expect(consent.getDecision()?.method).toBe('reject-all')
    fakeBanner(consent, texts, true)
    expect(clickAccept().textContent).toBe(texts.acceptAll)
    expect(consent.getDecision()?.method).toBe('accept-all')
  })

  it('goes through Customize and Save in the preferences dialog', () => {
    let consent = make({ categories: ['analytics'] })
    fakeBanner(consent, fr)
    clickCustomize()
    getPreferences().querySelector('input')!.click()
    clickSave()
    expect(consent.getDecision()).toMatchObject({ method: 'custom', categories: { analytics: true } })
  })

  it('prefers the open preferences dialog over the banner', () => {
    let consent = make({ categories: ['analytics'] })
    fakeBanner(consent, en)
    clickCustomize()
    expect(clickAccept().closest('dialog')).not.toBeNull()
  })

  it('uses the hook only to choose between buttons of the same name', () => {
    let consent = make({ categories: ['analytics'] })
    fakeBanner(consent, en)
    // A site link styled as a button, named like ours.
    getBanner().prepend(button('Accept', 'other', () => consent.rejectAll()))
    clickAccept()
    expect(consent.getDecision()?.method).toBe('accept-all')
  })

  it('does not click a button whose name matches no language', () => {
    let consent = make({ categories: ['analytics'] })
    fakeBanner(consent, en)
    getBanner().querySelector('[data-consentry-action=accept]')!.textContent = 'OK'
    expect(() => clickAccept()).toThrow(/no "accept" button in the banner. Buttons there: "OK", "Reject", "Customize"/)
    expect(consent.getDecision()).toBeNull()
  })

  it('clicks a button named as the site overrides it when given the name', () => {
    let consent = make({ categories: ['analytics'] })
    fakeBanner(consent, en)
    getBanner().querySelector('[data-consentry-action=accept]')!.textContent = 'Sounds good'
    clickAccept({ name: /sounds good/i })
    expect(consent.isGranted('analytics')).toBe(true)
  })

  it('refuses a disabled button', () => {
    let consent = make({ categories: ['analytics'] })
    fakeBanner(consent, en)
    getBanner().querySelector('button')!.disabled = true
    expect(() => clickAccept()).toThrow(/disabled/)
  })
})
