// `consentry/testing`: helpers for the test suites of sites that use Consentry. A separate entry:
// it never lands in the default bundle, and touches no DOM until a helper is called.
export { makeDecision, seedDecision, clearDecision, storedDecision, PRESET_SERVICES } from '../testing/cookies.js'
export type { DecisionOptions, ReadOptions, SeedOptions, TestCookieOptions } from '../testing/cookies.js'
export { consentCookie, readDecision } from '../testing/browser.js'
export type { ConsentCookieOptions, PageLike, PlaywrightCookie, ReadDecisionOptions } from '../testing/browser.js'
export { createSpy, createTestConsent } from '../testing/spies.js'
export type { Spy, TestConsent } from '../testing/spies.js'
export { accessibleName, getBanner, getPreferences, queryBanner, queryPreferences } from '../testing/find.js'
export { clickAccept, clickCustomize, clickReject, clickSave, clickSettings } from '../testing/click.js'
export type { Action, ClickOptions } from '../testing/click.js'
export { ConsentAssertionError, assertGranted, assertNoDecision, assertNotGranted, consentMatchers } from '../testing/assert.js'
export type { ConsentMatchers, Source } from '../testing/assert.js'
