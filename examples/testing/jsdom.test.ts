// Unit tests of a site's consent setup: vitest + jsdom, with consentry/testing.
// Run: npx vitest run (environment: 'jsdom' in vitest.config).
import { afterEach, expect, it } from 'vitest'
import { clearDecision, clickAccept, clickReject, clickSave, consentMatchers, createTestConsent, getPreferences, queryBanner, queryPreferences, seedDecision } from 'consentry/testing'
import type { ConsentMatchers, TestConsent } from 'consentry/testing'

import { consentConfig } from './consent.js'

expect.extend(consentMatchers)
declare module 'vitest' {
  interface Assertion<T> extends ConsentMatchers<T> {}
}


let current: TestConsent | undefined
let start = (): TestConsent => (current = createTestConsent(consentConfig))

afterEach(() => {
  current?.consent.destroy()
  clearDecision()
})

it('loads no analytics before consent', () => {
  let { loaders } = start()
  expect(queryBanner()).not.toBeNull()
  expect(loaders.analytics.count).toBe(0)
})

it('loads analytics exactly once after Accept', () => {
  let { consent, loaders } = start()
  clickAccept()
  expect(loaders.analytics.count).toBe(1)
  expect(consent).toHaveConsent('analytics')
  expect(document).not.toShowBanner()
})

it('loads no analytics after Reject', () => {
  let { consent, loaders } = start()
  clickReject()
  expect(loaders.analytics.count).toBe(0)
  expect(consent).not.toHaveConsent('analytics')
})

it('starts past the banner with a stored decision', () => {
  seedDecision({ analytics: true }, { revision: consentConfig.revision })
  let { loaders } = start()
  expect(queryBanner()).toBeNull()
  expect(loaders.analytics.count).toBe(1)
})

it('withdraws consent from the preferences dialog (jsdom has no showModal: the banner copes)', () => {
  seedDecision({ analytics: true }, { revision: consentConfig.revision })
  let { consent } = start()
  consent.showPreferences()
  let analytics = getPreferences().querySelector<HTMLInputElement>('input[data-category="analytics"]')!
  expect(analytics.checked).toBe(true)
  analytics.click()
  clickSave()
  expect(consent).not.toHaveConsent('analytics')
  expect(consent.getDecision()?.method).toBe('custom')
  expect(queryPreferences()).toBeNull()
})
