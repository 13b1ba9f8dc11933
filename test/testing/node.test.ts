// @vitest-environment node
// consentry/testing in Node with no DOM (Playwright test files): importable, browser helpers work.
import { describe, expect, it } from 'vitest'

import * as testing from '../../src/entries/testing.js'

describe('without a DOM', () => {
  it('imports without touching window or document', () => {
    expect(typeof document).toBe('undefined')
    expect(typeof testing.consentCookie).toBe('function')
  })

  it('builds a consent cookie', () => {
    expect(testing.consentCookie({ analytics: true }, { url: 'http://127.0.0.1:1' }).name).toBe('consentry')
  })

  it('says which helper to use instead of the DOM ones', () => {
    expect(() => testing.seedDecision({ analytics: true })).toThrow(/needs a DOM.*consentCookie\(\)/)
    expect(() => testing.getBanner()).toThrow(/need a DOM/)
  })
})
