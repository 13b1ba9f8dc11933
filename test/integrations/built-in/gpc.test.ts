import { afterEach, describe, expect, it } from 'vitest'

import { createConsent } from '../../../src/create-consent.js'
import type { ConsentUI, ConsentUIConfig } from '../../../src/create-consent.js'
import { gpcCategories } from '../../../src/integrations/built-in/gpc.js'
import { useConsent } from '../../helpers/dom.js'
import { setGpc } from '../helpers.js'

const make = useConsent()
let made: ConsentUI[] = []
afterEach(() => {
  for (let consent of made.splice(0)) consent.destroy()
})

/** The composed instance (engine + built-in integrations), without a banner. */
function withGpc(config: ConsentUIConfig): ConsentUI {
  let consent = createConsent({ ...config, ui: false })
  made.push(consent)
  return consent
}

afterEach(() => {
  delete (navigator as unknown as Record<string, unknown>).globalPrivacyControl
})

/** A validated config (names and options), as the engine keeps it. */
const configOf = (config: ConsentUIConfig) => make(config).config

describe('gpcCategories', () => {
  it('is empty without the signal', () => {
    expect(gpcCategories(configOf({ categories: ['analytics', 'marketing'] }))).toEqual([])
  })

  it('is empty when the signal is not exactly true', () => {
    setGpc('1')
    expect(gpcCategories(configOf({ categories: ['marketing'] }))).toEqual([])
  })

  it('lists marketing, ads and advertising by default', () => {
    setGpc(true)
    expect(gpcCategories(configOf({ categories: ['analytics', 'marketing', 'ads', 'advertising'] }))).toEqual([
      'marketing',
      'ads',
      'advertising'
    ])
  })

  it('follows the categories’ gpc flags', () => {
    setGpc(true)
    let consent = make({ categories: { analytics: { gpc: true }, marketing: { gpc: false } } })
    expect(gpcCategories(consent.config)).toEqual(['analytics'])
  })
})

describe('Global Privacy Control in createConsent', () => {
  it('changes nothing without the signal', () => {
    let consent = withGpc({ categories: ['marketing'] })
    expect(consent.getDecision()).toBeNull()
    expect(consent.acceptAll().categories).toEqual({ necessary: true, marketing: true })
  })

  it('refuses and saves with method gpc when the signal covers every category', () => {
    setGpc(true)
    let consent = withGpc({ categories: ['marketing'] })
    expect(consent.getDecision()).toMatchObject({ method: 'gpc', categories: { necessary: true, marketing: false } })
  })

  it('saves nothing when other categories still need an answer', () => {
    setGpc(true)
    let consent = withGpc({ categories: ['analytics', 'marketing'] })
    expect(consent.getDecision()).toBeNull()
  })

  it('makes accept-all grant only what the signal does not cover, with method gpc', () => {
    setGpc(true)
    let consent = withGpc({ categories: ['analytics', 'marketing'] })
    expect(consent.acceptAll()).toMatchObject({ method: 'gpc', categories: { analytics: true, marketing: false } })
  })

  it('still lets the visitor opt in explicitly', () => {
    setGpc(true)
    let consent = withGpc({ categories: ['analytics', 'marketing'] })
    consent.save({ analytics: false, marketing: true })
    expect(consent.isGranted('marketing')).toBe(true)
  })

  it('leaves a stored decision as it is', () => {
    make({ categories: ['marketing'] }).acceptAll()
    setGpc(true)
    let consent = withGpc({ categories: ['marketing'] })
    expect(consent.getDecision()!.method).toBe('accept-all')
  })

  it('is ignored with respectGpc: false', () => {
    setGpc(true)
    let consent = withGpc({ categories: ['analytics', 'marketing'], respectGpc: false })
    expect(consent.acceptAll().method).toBe('accept-all')
  })
})
