import { afterEach } from 'vitest'

import { createTestConsent } from '../../src/testing/index.js'
import type { TestConsent } from '../../src/testing/index.js'
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
