import { afterEach, expect, it } from 'vitest'
import { clearDecision, createTestConsent, queryBanner, seedDecision } from 'consentry/testing'
import type { TestConsent } from 'consentry/testing'

let current: TestConsent | undefined
afterEach(() => {
  current?.consent.destroy() // no observer outlives the test (and jsdom's document)
  clearDecision()
})

it('returning visitor: no banner, analytics at once', () => {
  seedDecision({ analytics: true }, { revision: 1 }) // a real decision cookie
  current = createTestConsent({ categories: ['analytics'], revision: 1 })
  expect(queryBanner()).toBeNull()
  expect(current.loaders.analytics.count).toBe(1)
})
