import { afterEach, describe, expect, it } from 'vitest'

import { createConsent } from '../../src/entries/headless.js'
import { consentCookie, readDecision } from '../../src/testing/browser.js'
import { clearDecision, makeDecision, seedDecision, storedDecision } from '../../src/testing/cookies.js'
import type { Service } from '../../src/services/types.js'

const services: Service[] = [
  { name: 'ga4', category: 'analytics' },
  { name: 'chat', category: 'functional' }
]
const config = { categories: ['analytics', 'functional'], services }

afterEach(() => clearDecision())

describe('services in consentry/testing', () => {
  it('builds a format 2 decision with preset service names beside category names', () => {
    let decision = makeDecision({ analytics: true, ga4: false })
    expect(decision.categories).toEqual({ necessary: true, analytics: true })
    expect(decision.services).toEqual({ ga4: false })
    expect(decision.method).toBe('custom')
  })

  it('seeds a decision the engine reads, with custom service names given', () => {
    seedDecision({ analytics: true, functional: false, ga4: false, chat: true }, { services: ['ga4', 'chat'] })
    let consent = createConsent(config)
    expect(consent.isGranted('analytics')).toBe(true)
    expect(consent.isGranted('ga4')).toBe(false)
    expect(consent.isGranted('chat')).toBe(true)
    consent.destroy()
  })

  it('reads back what the engine stored, services included', () => {
    let consent = createConsent(config)
    consent.save({ analytics: true, chat: true })
    consent.destroy()
    let stored = storedDecision({ categories: ['analytics', 'functional'], services: ['ga4', 'chat'] })
    expect(stored!.services).toEqual({ ga4: true, chat: true })
    expect(storedDecision({ categories: ['analytics', 'functional'], services: ['ga4'] })).toBeNull()
  })

  it('makes a Playwright cookie that readDecision reads with its services', async () => {
    let cookie = consentCookie({ analytics: true, ga4: true }, { url: 'http://127.0.0.1:3000' })
    let page = {
      url: () => 'http://127.0.0.1:3000/',
      context: () => ({ cookies: async () => [cookie] })
    }
    let decision = await readDecision(page, { services: ['ga4'] })
    expect(decision!.services).toEqual({ ga4: true })
    expect(decision!.method).toBe('accept-all')
  })
})
