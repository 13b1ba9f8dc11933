// Type tests: `tsc --noEmit` (part of npm test) compiles this file. Every line must type-check,
// and every `@ts-expect-error` line must NOT (tsc fails on an unused directive).
import { createConsent } from '../src/entries/index.js'
import type { ConsentUI, Decision, DecisionMethod } from '../src/entries/index.js'
import { createConsent as createHeadless } from '../src/entries/headless.js'
import type { Consent } from '../src/entries/headless.js'
import { parseConsentCookie } from '../src/entries/server.js'
import { consentCookie, seedDecision } from '../src/entries/testing.js'

export function usage(): void {
  let consent: ConsentUI = createConsent({
    categories: { analytics: { cookies: ['_gid', /^_ga/] }, marketing: { label: 'Ads', gpc: true } },
    privacyPolicyUrl: '/privacy',
    revision: 2,
    cookie: { name: 'consent', domain: '.example.com', sameSite: 'Lax', maxAgeDays: 182 },
    lang: 'fr',
    theme: 'dark',
    position: 'top',
    reopen: 'right',
    texts: { fr: { title: 'Des cookies ?' } }
  })
  let unbind: () => void = consent.whenGranted(['analytics', 'marketing'], () => {}, { onRevoke: () => {} })
  unbind()
  consent.loadScript('analytics', '/a.js', { async: true, nonce: 'n', type: 'module', onLoad: () => {} })
  let saved: Decision = consent.save({ analytics: true })
  let method: DecisionMethod = saved.method
  let granted: boolean = consent.isGranted('analytics') && saved.categories.analytics
  consent.on('decision', (decision: Decision, remote: boolean) => [decision.id, remote, method, granted])
  consent.on('change', (now, before) => now.analytics !== before.analytics)
  consent.on('error', (error: Error) => error.message)
  consent.show()
  consent.showPreferences()
  let headless: Consent = createHeadless({ categories: ['analytics'] })
  let stored: Decision | null = headless.getDecision() ?? parseConsentCookie('a=b', { revision: 2 })
  seedDecision({ analytics: true }, { revision: 2 })
  consentCookie({ analytics: true }, { url: 'http://127.0.0.1' })
  void stored

  // @ts-expect-error categories is required
  createHeadless({})
  // @ts-expect-error theme is 'light' | 'dark' | 'auto'
  createConsent({ categories: ['analytics'], theme: 'pink' })
  // @ts-expect-error cookie.sameSite is 'Lax' | 'Strict' | 'None'
  createHeadless({ categories: ['analytics'], cookie: { sameSite: 'lax' } })
  // @ts-expect-error a decision method is one of four
  headless.save({ analytics: true }, 'maybe')
  // @ts-expect-error events are decision, change, error, show, hide
  headless.on('ready', () => {})
  // @ts-expect-error a loader is a function
  headless.whenGranted('analytics', '/a.js')
  // @ts-expect-error the headless engine has no banner
  headless.showPreferences()
}
