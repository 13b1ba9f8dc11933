// Google Consent Mode's per-policy default: a second 'default' command for the visitor's region
// when its policy grants before a decision.
import { afterEach, expect, test, vi } from 'vitest'

import '../../src/entries/consent-mode.js'
import { useBanner } from '../ui/helpers.js'

const make = useBanner()
type Win = { dataLayer?: unknown[]; gtag?: unknown }
const win = window as unknown as Win
const commands = (): unknown[][] => (win.dataLayer ?? []).map(entry => Array.from(entry as ArrayLike<unknown>))

afterEach(() => {
  delete win.dataLayer
  delete win.gtag
  delete (Navigator.prototype as { globalPrivacyControl?: boolean }).globalPrivacyControl
  vi.restoreAllMocks()
})

test('grants by default in an opt-out region, after the denied default for everywhere else', () => {
  make({ categories: ['analytics', 'marketing'], region: 'US-CA', googleConsentMode: true })
  let [global, regional] = commands()
  expect(global[2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' })
  expect(global[2]).not.toHaveProperty('region')
  expect(regional).toEqual([
    'consent',
    'default',
    { analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', region: ['US-CA'] }
  ])
})

test('denies the sale categories’ types in the region under GPC', () => {
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { value: true, configurable: true })
  make({ categories: ['analytics', 'marketing'], region: 'US-CA', googleConsentMode: true })
  expect(commands()[1][2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', region: ['US-CA'] })
})

test('pushes only today’s denied default in an opt-in region', () => {
  make({ categories: ['analytics', 'marketing'], region: 'FR', googleConsentMode: true })
  expect(commands()).toHaveLength(1)
  expect(commands()[0][1]).toBe('default')
})

test('updates Consent Mode when the visitor opts out', () => {
  let consent = make({ categories: ['analytics', 'marketing'], region: 'US-CA', googleConsentMode: true })
  consent.save({ analytics: true, marketing: false }, 'opt-out')
  expect(commands().at(-1)).toEqual(['consent', 'update', expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'denied' })])
})
