import { afterEach } from 'vitest'

import { createTestConsent } from '../../src/entries/testing.js'
import type { TestConsent } from '../../src/entries/testing.js'
import { clearCookies } from '../helpers/dom.js'

/**
 * `createTestConsent` whose instances are destroyed after each test, with cookies and body
 * cleared, so tests cannot leak into each other.
 */
export function useTestConsent(): typeof createTestConsent {
  let made: TestConsent[] = []
  afterEach(() => {
    for (let { consent } of made) consent.destroy()
    made = []
    clearCookies()
    document.body.innerHTML = ''
  })
  return config => {
    let test = createTestConsent(config)
    made.push(test)
    return test
  }
}
