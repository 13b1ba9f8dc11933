import { afterEach, describe, expect, it, vi } from 'vitest'

import { createSpy, createTestConsent, seedDecision } from '../../src/entries/testing.js'
import { useTestConsent } from './helpers.js'

const create = useTestConsent()

afterEach(() => {
  vi.restoreAllMocks()
})

describe('createSpy', () => {
  it('records each call with its arguments', () => {
    let spy = createSpy()
    spy(1, 'a')
    spy()
    expect(spy.count).toBe(2)
    expect(spy.calls).toEqual([[1, 'a'], []])
  })
})

describe('createTestConsent', () => {
  it('runs no loader before a decision', () => {
    let { loaders } = create({ categories: ['analytics', 'marketing'] })
    expect([loaders.analytics.count, loaders.marketing.count]).toEqual([0, 0])
  })

  it('runs only the granted category loaders, once', () => {
    let { consent, loaders } = create({ categories: ['analytics', 'marketing'] })
    consent.save({ analytics: true })
    consent.save({ analytics: true })
    expect([loaders.analytics.count, loaders.marketing.count]).toEqual([1, 0])
  })

  it('runs loaders at once for a seeded decision', () => {
    seedDecision({ analytics: true })
    let { loaders } = create({ categories: { analytics: {} } })
    expect(loaders.analytics.count).toBe(1)
  })

  it('says so when the banner does not render', () => {
    let errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(document, 'createElement').mockImplementation(() => {
      throw new Error('no DOM API')
    })
    expect(() => createTestConsent({ categories: ['analytics'] })).toThrow(/did not render the banner/)
    expect(errors).toHaveBeenCalledWith('[consentry]', expect.objectContaining({ message: 'no DOM API' }))
  })

  it('renders nothing and complains of nothing with ui: false', () => {
    let { consent } = create({ categories: ['analytics'], ui: false })
    expect(consent.getDecision()).toBeNull()
    expect(document.body.children).toHaveLength(0)
  })

  it('has no loader for necessary', () => {
    let { loaders } = create({ categories: ['necessary', 'analytics'] })
    expect(Object.keys(loaders)).toEqual(['analytics'])
  })
})
