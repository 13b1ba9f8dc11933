import { afterEach, expect, it } from 'vitest'
import { clearDecision, clickAccept, consentMatchers, createTestConsent } from 'consentry/testing'
import type { ConsentMatchers, TestConsent } from 'consentry/testing'

expect.extend(consentMatchers)
declare module 'vitest' {
  interface Assertion<T> extends ConsentMatchers<T> {}
}

let current: TestConsent | undefined
afterEach(() => {
  current?.consent.destroy() // removes the banner and its observers
  clearDecision()
})

it('loads analytics only after Accept, once', () => {
  current = createTestConsent({ categories: ['analytics'] }) // banner + a spy per category
  let { consent, loaders } = current
  expect(loaders.analytics.count).toBe(0)
  clickAccept() // by role and accessible name, any built-in language
  expect(loaders.analytics.count).toBe(1)
  expect(consent).toHaveConsent('analytics')
})
