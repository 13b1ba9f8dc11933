import { afterEach, describe, expect, it, vi } from 'vitest'

import { createConsent } from '../../src/entries/headless.js'
import { parseDecision, serializeDecision } from '../../src/core/cookie-format.js'
import { clearDecision, makeDecision, seedDecision, storedDecision } from '../../src/entries/testing.js'
import { clearCookies, readCookie, useConsent } from '../helpers/dom.js'

const make = useConsent()

afterEach(() => {
  vi.useRealTimers()
  clearCookies()
})

describe('seedDecision', () => {
  it('writes a decision the engine reads back unchanged', () => {
    let seeded = seedDecision({ analytics: true, marketing: false }, { revision: 3 })
    let consent = make({ categories: ['analytics', 'marketing'], revision: 3 })
    expect(consent.getDecision()).toEqual(seeded)
    expect(consent.isGranted('analytics')).toBe(true)
    expect(consent.isGranted('marketing')).toBe(false)
  })

  it('writes exactly what serializeDecision produces', () => {
    let seeded = seedDecision({ analytics: false })
    expect(readCookie('consentry')).toBe(serializeDecision(seeded))
  })

  it('uses the configured cookie name', () => {
    seedDecision({ analytics: true }, { cookie: { name: 'cc' } })
    expect(make({ categories: ['analytics'] }).getDecision()).toBeNull()
    expect(make({ categories: ['analytics'], cookie: { name: 'cc' } }).isGranted('analytics')).toBe(true)
  })

  it('is voided by a different revision, like a real decision', () => {
    seedDecision({ analytics: true }, { revision: 1 })
    expect(make({ categories: ['analytics'], revision: 2 }).getDecision()).toBeNull()
  })

  it('derives the method from the values', () => {
    expect(seedDecision({ analytics: true, marketing: true }).method).toBe('accept-all')
    expect(seedDecision({ analytics: false, marketing: false }).method).toBe('reject-all')
    expect(seedDecision({ analytics: true, marketing: false }).method).toBe('custom')
  })

  it('keeps the given timestamp, id and method', () => {
    let seeded = seedDecision(
      { analytics: false },
      { timestamp: '2026-01-02T03:04:05.678Z', id: 'test-id-0001', method: 'gpc' }
    )
    expect(seeded).toMatchObject({ timestamp: '2026-01-02T03:04:05.678Z', id: 'test-id-0001', method: 'gpc' })
  })

  it('lets the engine run granted loaders at once', () => {
    seedDecision({ analytics: true })
    let consent = make({ categories: ['analytics'] })
    let loader = vi.fn()
    consent.whenGranted('analytics', loader)
    expect(loader).toHaveBeenCalledTimes(1)
  })
})

describe('makeDecision', () => {
  it('rejects a decision the library would ignore', () => {
    expect(() => makeDecision({ analytics: false }, { method: 'accept-all' })).toThrow(/would ignore/)
    expect(() => makeDecision({ analytics: true }, { timestamp: Date.now() + 864e5 })).toThrow(TypeError)
  })

  it('says what to pass when there is no category', () => {
    expect(() => makeDecision({})).toThrow(/analytics: true/)
    expect(() => makeDecision({ necessary: true })).toThrow(TypeError)
    expect(() => makeDecision({ 'bad name': true })).toThrow(TypeError)
  })

  it('returns what parseDecision reads from the serialized value', () => {
    let decision = makeDecision({ analytics: true, ads: false }, { revision: 4 })
    expect(parseDecision(serializeDecision(decision), { revision: 4, categories: ['analytics', 'ads'] })).toEqual(decision)
  })
})

describe('clearDecision', () => {
  it('removes the decision so the banner would show again', () => {
    seedDecision({ analytics: true })
    clearDecision()
    expect(document.cookie).toBe('')
    expect(createConsent({ categories: ['analytics'] }).getDecision()).toBeNull()
  })

  it('removes a decision written by the engine under a custom name', () => {
    make({ categories: ['analytics'], cookie: { name: 'cc' } }).acceptAll()
    clearDecision({ cookie: { name: 'cc' } })
    expect(readCookie('cc')).toBeUndefined()
  })

  it('works under a mocked clock', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-05-01T00:00:00Z'))
    seedDecision({ analytics: true })
    clearDecision()
    expect(readCookie('consentry')).toBeUndefined()
  })
})

describe('storedDecision', () => {
  it('reads what the engine stored', () => {
    let decision = make({ categories: ['analytics'] }).rejectAll()
    expect(storedDecision()).toEqual(decision)
  })

  it('gives null for another revision or category set', () => {
    seedDecision({ analytics: true }, { revision: 2 })
    expect(storedDecision()).toBeNull()
    expect(storedDecision({ revision: 2, categories: ['marketing'] })).toBeNull()
    expect(storedDecision({ revision: 2 })?.categories.analytics).toBe(true)
  })
})
