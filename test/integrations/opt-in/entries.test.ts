import { afterEach, expect, it } from 'vitest'

import { createConsent } from '../../../src/create-consent.js'
import { clearCookies } from '../../helpers/dom.js'

// No integration entry is imported in this file: the default bundle has none of them.
afterEach(() => {
  clearCookies()
  document.body.innerHTML = ''
  delete (window as { dataLayer?: unknown }).dataLayer
})

it('throws a TypeError naming the entry to import for googleConsentMode', () => {
  expect(() => createConsent({ categories: ['analytics'], googleConsentMode: true })).toThrow(
    new TypeError("consentry: googleConsentMode needs import 'consentry/consent-mode' (or consentry.full.iife.js)")
  )
  expect((window as { dataLayer?: unknown }).dataLayer).toBeUndefined()
})

it('throws a TypeError naming the entry to import for proofEndpoint and onDecision', () => {
  expect(() => createConsent({ categories: ['analytics'], proofEndpoint: '/proof' })).toThrow(/import 'consentry\/proof'/)
  expect(() => createConsent({ categories: ['analytics'], onDecision: () => {} })).toThrow(/import 'consentry\/proof'/)
})

it('leaves blocked iframes without a placeholder when consentry/embeds is not imported', () => {
  document.body.innerHTML = '<iframe data-consent="analytics" data-src="https://www.youtube-nocookie.com/embed/x" title="Video"></iframe>'
  let consent = createConsent({ categories: ['analytics'] })
  expect(document.querySelector('[data-consentry="embed"]')).toBeNull()
  expect(document.querySelector('iframe')!.getAttribute('src')).toBeNull()
  consent.destroy()
})
