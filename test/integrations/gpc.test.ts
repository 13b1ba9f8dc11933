import { afterEach, describe, expect, it } from 'vitest'

import { gpcCategories, respectGpc } from '../../src/integrations/gpc.js'
import { useConsent } from '../helpers/dom.js'
import { setGpc, useCleanup } from './helpers.js'

const make = useConsent()
const track = useCleanup()

afterEach(() => {
  delete (navigator as unknown as Record<string, unknown>).globalPrivacyControl
})

describe('gpcCategories', () => {
  it('is empty without the signal', () => {
    expect(gpcCategories(make({ categories: ['analytics', 'marketing'] }))).toEqual([])
  })

  it('is empty when the signal is not exactly true', () => {
    setGpc('1')
    expect(gpcCategories(make({ categories: ['marketing'] }))).toEqual([])
  })

  it('lists marketing, ads and advertising by default', () => {
    setGpc(true)
    expect(gpcCategories(make({ categories: ['analytics', 'marketing', 'ads', 'advertising'] }))).toEqual([
      'marketing',
      'ads',
      'advertising'
    ])
  })

  it('follows the categories’ gpc flags', () => {
    setGpc(true)
    let consent = make({ categories: { analytics: { gpc: true }, marketing: { gpc: false } } })
    expect(gpcCategories(consent)).toEqual(['analytics'])
  })
})

describe('respectGpc', () => {
  it('changes nothing without the signal', () => {
    let consent = make({ categories: ['marketing'] })
    track(respectGpc(consent))
    expect(consent.getDecision()).toBeNull()
    expect(consent.acceptAll().categories).toEqual({ necessary: true, marketing: true })
  })

  it('refuses and saves with method gpc when the signal covers every category', () => {
    setGpc(true)
    let consent = make({ categories: ['marketing'] })
    track(respectGpc(consent))
    expect(consent.getDecision()).toMatchObject({ method: 'gpc', categories: { necessary: true, marketing: false } })
  })

  it('saves nothing when other categories still need an answer', () => {
    setGpc(true)
    let consent = make({ categories: ['analytics', 'marketing'] })
    track(respectGpc(consent))
    expect(consent.getDecision()).toBeNull()
  })

  it('makes accept-all grant only what the signal does not cover, with method gpc', () => {
    setGpc(true)
    let consent = make({ categories: ['analytics', 'marketing'] })
    track(respectGpc(consent))
    expect(consent.acceptAll()).toMatchObject({ method: 'gpc', categories: { analytics: true, marketing: false } })
  })

  it('still lets the visitor opt in explicitly', () => {
    setGpc(true)
    let consent = make({ categories: ['analytics', 'marketing'] })
    track(respectGpc(consent))
    consent.save({ analytics: false, marketing: true })
    expect(consent.isGranted('marketing')).toBe(true)
  })

  it('leaves a stored decision as it is', () => {
    make({ categories: ['marketing'] }).acceptAll()
    setGpc(true)
    let consent = make({ categories: ['marketing'] })
    track(respectGpc(consent))
    expect(consent.getDecision()!.method).toBe('accept-all')
  })

  it('restores accept-all once unbound', () => {
    setGpc(true)
    let consent = make({ categories: ['analytics', 'marketing'] })
    respectGpc(consent)()
    expect(consent.acceptAll().method).toBe('accept-all')
  })
})
