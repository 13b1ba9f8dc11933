import { afterEach, describe, expect, it, vi } from 'vitest'

import { createConsent } from '../../src/create-consent.js'
import { serializeDecision } from '../../src/core/cookie-format.js'
import type { Decision } from '../../src/core/types.js'
import type { Service, ServiceContext } from '../../src/services/types.js'
import { clearCookies, flush, useConsent } from '../helpers/dom.js'

const make = useConsent()

afterEach(() => {
  vi.restoreAllMocks()
})

/** A service with spies for load and onRevoke. */
function spied(name: string, category: string, extra: Partial<Service> = {}): Service & { load: ReturnType<typeof vi.fn>; onRevoke: ReturnType<typeof vi.fn> } {
  return { name, category, load: vi.fn(), onRevoke: vi.fn(), ...extra } as never
}

function setup(extra: Partial<Service> = {}) {
  let services = {
    ga4: spied('ga4', 'analytics', extra),
    hotjar: spied('hotjar', 'analytics'),
    meta: spied('meta-pixel', 'marketing')
  }
  let consent = make({ categories: ['analytics', 'marketing'], services: Object.values(services) })
  return { consent, services }
}

const storedValue = (): string | undefined => /(?:^|; )consentry=([^;]*)/.exec(document.cookie)?.[1]

describe('config', () => {
  it('throws a TypeError for a service whose category is not configured', () => {
    expect(() => make({ categories: ['analytics'], services: [{ name: 'pixel', category: 'marketing' }] })).toThrow(
      /services\.pixel\.category: pass one of analytics/
    )
  })

  it('throws a TypeError for two services with one name, or a service named like a category', () => {
    let chat = { name: 'chat', category: 'analytics' }
    expect(() => make({ categories: ['analytics'], services: [chat, chat] })).toThrow(TypeError)
    expect(() => make({ categories: ['analytics', 'chat'], services: [chat] })).toThrow(/not also a category name/)
  })

  it('throws a TypeError for a reserved service name', () => {
    expect(() => make({ categories: ['analytics'], services: [{ name: 'necessary', category: 'analytics' }] })).toThrow(TypeError)
    expect(() => make({ categories: ['analytics'], services: [{ name: 'constructor', category: 'analytics' }] })).toThrow(TypeError)
  })

  it('throws a TypeError naming the service for a load that is not a function', () => {
    let bad = { name: 'chat', category: 'analytics', load: 'x' } as unknown as Service
    expect(() => make({ categories: ['analytics'], services: [bad] })).toThrow(/services\.chat\.load: pass a function/)
  })
})

describe('one namespace', () => {
  it('grants nothing before a decision and runs no load', () => {
    let { consent, services } = setup()
    expect(consent.isGranted('ga4')).toBe(false)
    expect(services.ga4.load).not.toHaveBeenCalled()
    expect(consent.getDecision()).toBeNull()
  })

  it('grants a category’s services with the category', () => {
    let { consent } = setup()
    consent.save({ analytics: true })
    expect(consent.isGranted('ga4')).toBe(true)
    expect(consent.isGranted('hotjar')).toBe(true)
    expect(consent.isGranted('meta-pixel')).toBe(false)
    expect(consent.getDecision()!.services).toEqual({ ga4: true, hotjar: true, 'meta-pixel': false })
  })

  it('turns one service off inside a granted category and one on inside a refused one', () => {
    let { consent } = setup()
    consent.save({ analytics: true, ga4: false, 'meta-pixel': true })
    expect(consent.isGranted('analytics')).toBe(true)
    expect(consent.isGranted('ga4')).toBe(false)
    expect(consent.isGranted('hotjar')).toBe(true)
    expect(consent.isGranted('marketing')).toBe(false)
    expect(consent.isGranted('meta-pixel')).toBe(true)
  })

  it('runs whenGranted for a service name and throws for an unknown name', () => {
    let { consent } = setup()
    let loader = vi.fn()
    consent.whenGranted('meta-pixel', loader)
    expect(() => consent.whenGranted('nope', loader)).toThrow(/pass one of analytics, marketing, ga4, hotjar, meta-pixel/)
    consent.save({ 'meta-pixel': true })
    expect(loader).toHaveBeenCalledTimes(1)
  })

  it('loads a script for a service name once granted', () => {
    let { consent } = setup()
    consent.loadScript('ga4', 'https://cdn.example/ga.js')
    consent.save({ analytics: true, ga4: false })
    expect(document.querySelectorAll('script')).toHaveLength(0)
    consent.save({ ga4: true })
    expect(document.querySelector('script')!.getAttribute('src')).toBe('https://cdn.example/ga.js')
  })

  it('activates a blocked script named after a service', async () => {
    let { consent } = setup()
    document.body.innerHTML = '<script type="text/plain" data-consent="ga4">window.ranGa4 = true</script>'
    await flush()
    consent.save({ analytics: true, ga4: false })
    await flush()
    expect(document.querySelector('script[type="text/plain"]')).not.toBeNull()
    consent.save({ ga4: true })
    await flush()
    expect(document.querySelector('script[type="text/plain"]')).toBeNull()
  })

  it('throws for a save naming an unknown service', () => {
    let { consent } = setup()
    expect(() => consent.save({ youtube: true })).toThrow(TypeError)
  })
})

describe('acceptAll and rejectAll', () => {
  it('sets every service', () => {
    let { consent } = setup()
    consent.acceptAll()
    expect(consent.getDecision()!.services).toEqual({ ga4: true, hotjar: true, 'meta-pixel': true })
    consent.rejectAll()
    expect(consent.getDecision()!.services).toEqual({ ga4: false, hotjar: false, 'meta-pixel': false })
  })

  it('turns off the services of categories Global Privacy Control refuses', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    try {
      let services = [spied('ga4', 'analytics'), spied('hotjar', 'analytics'), spied('meta-pixel', 'marketing')]
      let consent = createConsent({ categories: ['analytics', 'marketing'], ui: false, services })
      consent.acceptAll()
      expect(consent.getDecision()!.method).toBe('gpc')
      expect(consent.getDecision()!.services).toEqual({ ga4: true, hotjar: true, 'meta-pixel': false })
      consent.destroy()
    } finally {
      delete (navigator as unknown as Record<string, unknown>).globalPrivacyControl
    }
  })
})

describe('loading and withdrawal', () => {
  it('runs each service’s load once, with a context whose loadScript carries the nonce and onLoad', () => {
    let onLoad = vi.fn()
    let load = vi.fn((context: ServiceContext) => context.loadScript('https://vendor.example/tag.js', { onLoad }))
    let consent = make({ categories: ['analytics'], nonce: 'r4nd0m', services: [{ name: 'tag', category: 'analytics', load }] })
    consent.acceptAll()
    consent.save({ analytics: true })
    expect(load).toHaveBeenCalledTimes(1)
    expect(load.mock.calls[0][0].consentMode).toBe(false)
    let script = document.querySelector('script')!
    expect(script.nonce).toBe('r4nd0m')
    expect(script.async).toBe(true)
    script.dispatchEvent(new Event('load'))
    expect(onLoad).toHaveBeenCalledTimes(1)
  })

  it('reports a service script with an unsafe URL instead of loading it', () => {
    let errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    let load = (context: ServiceContext): void => context.loadScript('javascript:alert(1)')
    let consent = make({ categories: ['analytics'], services: [{ name: 'tag', category: 'analytics', load }] })
    consent.acceptAll()
    expect(document.querySelector('script')).toBeNull()
    expect(errors).toHaveBeenCalledTimes(1)
  })

  it('runs onRevoke and deletes the service’s cookies, names and RegExps, on withdrawal', () => {
    let cookies = [
      { name: '_ga', duration: { years: 2 } },
      { name: /^_ga_/, duration: { years: 2 } }
    ]
    let { consent, services } = setup({ cookies } as Partial<Service>)
    consent.acceptAll()
    document.cookie = '_ga=1; path=/'
    document.cookie = '_ga_ABC=2; path=/'
    document.cookie = '_hj=3; path=/'
    consent.save({ analytics: true, ga4: false })
    expect(services.ga4.onRevoke).toHaveBeenCalledTimes(1)
    expect(services.hotjar.onRevoke).not.toHaveBeenCalled()
    expect(document.cookie).not.toMatch(/_ga/)
    expect(document.cookie).toMatch(/_hj=3/)
    expect(storedValue()).toBeDefined()
  })

  it('never deletes the decision cookie, even when a service lists it', () => {
    let { consent } = setup({ cookies: [{ name: /^consent/, duration: 'session' }] } as Partial<Service>)
    consent.acceptAll()
    consent.save({ analytics: false })
    expect(storedValue()).toBeDefined()
  })

  it("emits 'change' with services beside categories", () => {
    let { consent } = setup()
    let listener = vi.fn()
    consent.on('change', listener)
    consent.save({ analytics: true, hotjar: false })
    expect(listener).toHaveBeenCalledWith(
      { necessary: true, analytics: true, marketing: false, ga4: true, hotjar: false, 'meta-pixel': false },
      { necessary: true, analytics: false, marketing: false, ga4: false, hotjar: false, 'meta-pixel': false }
    )
  })

  it("emits 'change' when only a service changes", () => {
    let { consent } = setup()
    consent.save({ analytics: true })
    let listener = vi.fn()
    consent.on('change', listener)
    consent.save({ analytics: true, hotjar: false })
    expect(listener).toHaveBeenCalledTimes(1)
  })
})

describe('the stored decision', () => {
  const decision = (services?: Record<string, boolean>): Decision => ({
    id: 'abcdef0123456789',
    timestamp: new Date().toISOString(),
    revision: 1,
    method: 'custom',
    categories: { necessary: true, analytics: true, marketing: false },
    ...(services ? { services } : {})
  })

  it('writes format 2 with services, and reads it back on the next page', () => {
    let { consent } = setup()
    consent.save({ analytics: true, hotjar: false })
    expect(storedValue()).toMatch(/^2\./)
    let next = make({ categories: ['analytics', 'marketing'], services: Object.values(setup().services) })
    expect(next.isGranted('ga4')).toBe(true)
    expect(next.isGranted('hotjar')).toBe(false)
  })

  it('runs the loads of a stored decision at creation', () => {
    document.cookie = 'consentry=' + serializeDecision(decision({ ga4: true, hotjar: false, 'meta-pixel': false })) + '; path=/'
    let { services } = setup()
    expect(services.ga4.load).toHaveBeenCalledTimes(1)
    expect(services.hotjar.load).not.toHaveBeenCalled()
  })

  it('writes format 1 when no services are configured', () => {
    make({ categories: ['analytics'] }).acceptAll()
    expect(storedValue()).toMatch(/^1\./)
  })

  it('grants nothing for a tampered cookie naming an unknown service', () => {
    document.cookie = 'consentry=' + serializeDecision(decision({ ga4: true, hotjar: true, evil: true })) + '; path=/'
    let { consent } = setup()
    expect(consent.getDecision()).toBeNull()
    expect(consent.isGranted('ga4')).toBe(false)
    clearCookies()
    document.cookie = 'consentry=' + serializeDecision(decision({ ga4: true, hotjar: true, constructor: true })) + '; path=/'
    expect(setup().consent.getDecision()).toBeNull()
  })

  it('asks again when services were added since a format 1 decision', () => {
    document.cookie = 'consentry=' + serializeDecision(decision()) + '; path=/'
    expect(setup().consent.getDecision()).toBeNull()
  })
})
