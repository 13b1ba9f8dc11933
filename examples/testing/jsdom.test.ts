// Unit tests of a site's consent setup: vitest + jsdom, with consentry/testing.
// Run: npx vitest run (environment: 'jsdom' in vitest.config).
import { afterEach, expect, it } from 'vitest'
import { clearDecision, clickAccept, clickReject, consentMatchers, createTestConsent, queryBanner, seedDecision } from 'consentry/testing'
import type { ConsentMatchers, TestConsent } from 'consentry/testing'

import { consentConfig } from './consent.js'

expect.extend(consentMatchers)
declare module 'vitest' {
  interface Assertion<T> extends ConsentMatchers<T> {}
}

// jsdom, unlike browsers and happy-dom, has no ResizeObserver and no <dialog> showModal()/close():
// stand-ins so the banner and its preferences dialog can render.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '')
}
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open')
  this.dispatchEvent(new Event('close'))
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
