// `consentry/testing`: helpers for the test suites of sites that use Consentry. A separate entry:
// it never lands in the default bundle, and touches no DOM until a helper is called.
export { makeDecision, seedDecision, clearDecision, storedDecision } from './cookies.js'
export type { DecisionOptions, ReadOptions, SeedOptions, TestCookieOptions } from './cookies.js'
export { consentCookie, readDecision } from './browser.js'
export type { ConsentCookieOptions, PageLike, PlaywrightCookie, ReadDecisionOptions } from './browser.js'
export { createSpy, createTestConsent } from './spies.js'
export type { Spy, TestConsent } from './spies.js'
export { accessibleName, getBanner, getPreferences, queryBanner, queryPreferences } from './find.js'
export { clickAccept, clickCustomize, clickReject, clickSave, clickSettings } from './click.js'
export type { Action, ClickOptions } from './click.js'
export { ConsentAssertionError, assertGranted, assertNoDecision, assertNotGranted, consentMatchers } from './assert.js'
export type { ConsentMatchers, Source } from './assert.js'
