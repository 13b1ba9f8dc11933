import { describe, expect, it } from 'vitest'

import {
  ConsentAssertionError,
  assertGranted,
  assertNoDecision,
  assertNotGranted,
  consentMatchers,
  createSpy,
  makeDecision,
  seedDecision
} from '../../src/entries/testing.js'
import type { ConsentMatchers } from '../../src/entries/testing.js'
import { useConsent } from '../helpers/dom.js'

declare module 'vitest' {
  interface Assertion<T> extends ConsentMatchers<T> {}
}

expect.extend(consentMatchers)
const make = useConsent()

describe('plain assertions', () => {
  it('assertNoDecision passes with no decision and throws an AssertionError with one', () => {
    let consent = make({ categories: ['analytics'] })
    assertNoDecision()
    assertNoDecision(consent)
    consent.rejectAll()
    expect(() => assertNoDecision()).toThrow(ConsentAssertionError)
    expect(() => assertNoDecision(consent)).toThrow(/expected no decision, found .*reject-all/)
  })

  it('assertGranted reads the stored cookie by default', () => {
    seedDecision({ analytics: true, marketing: false })
    assertGranted('analytics')
    expect(() => assertGranted('marketing')).toThrow(/expected "marketing" to be granted/)
  })

  it('assertNotGranted fails on a granted category', () => {
    let consent = make({ categories: ['analytics'] })
    assertNotGranted('analytics', consent)
    consent.acceptAll()
    let error = (() => {
      try {
        assertNotGranted('analytics', consent)
      } catch (e) {
        return e as ConsentAssertionError
      }
    })()
    expect(error).toMatchObject({ name: 'AssertionError', actual: true, expected: false })
  })

  it('takes a Decision or null as the source', () => {
    assertGranted('analytics', makeDecision({ analytics: true }))
    expect(() => assertGranted('analytics', null)).toThrow(/to be granted/)
    expect(() => assertNoDecision(makeDecision({ analytics: false }))).toThrow(/expected no decision/)
  })
})

describe('consentMatchers', () => {
  it('toHaveConsent passes and fails, also negated', () => {
    let consent = make({ categories: ['analytics'] })
    expect(consent).not.toHaveConsent('analytics')
    expect(() => expect(consent).toHaveConsent('analytics')).toThrow(/expected "analytics" to be granted; decision: null/)
    consent.acceptAll()
    expect(consent).toHaveConsent('analytics')
    expect(document).toHaveConsent('analytics')
    expect(() => expect(consent).not.toHaveConsent('analytics')).toThrow(/not to be granted/)
  })

  it('toHaveNoDecision passes and fails', () => {
    let consent = make({ categories: ['analytics'] })
    expect(consent).toHaveNoDecision()
    expect(document).toHaveNoDecision()
    consent.rejectAll()
    expect(() => expect(consent).toHaveNoDecision()).toThrow(/found .*reject-all/)
    expect(consent.getDecision()).not.toHaveNoDecision()
  })

  it('toHaveRun counts a spy', () => {
    let spy = createSpy()
    expect(spy).not.toHaveRun()
    expect(() => expect(spy).toHaveRun()).toThrow(/ran 0 time/)
    spy('x')
    expect(spy).toHaveRun(1)
    expect(() => expect(spy).toHaveRun(2)).toThrow(/to have run 2 time\(s\); it ran 1/)
    expect(() => expect(() => {}).not.toHaveRun()).toThrow(/expects a loader spy/)
  })

  it('toShowBanner looks for a shown banner', () => {
    expect(document).not.toShowBanner()
    document.body.innerHTML = '<div data-consentry="banner" role="region"></div>'
    expect(document).toShowBanner()
    expect(() => expect(document).not.toShowBanner()).toThrow(/expected no consent banner/)
  })
})
