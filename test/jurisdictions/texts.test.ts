import { describe, expect, it } from 'vitest'

import { OPT_OUT_LANGUAGES, optOutTexts } from '../../src/jurisdictions/texts.js'

const KEYS = ['link', 'title', 'text', 'optOut', 'keep', 'gpc']

describe('optOutTexts', () => {
  it('covers the nine Consentry languages', () => {
    expect([...OPT_OUT_LANGUAGES].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'])
  })

  it.each([...OPT_OUT_LANGUAGES])('gives every string in %s, none left in English', lang => {
    let texts = optOutTexts(lang)
    expect(Object.keys(texts).sort()).toEqual([...KEYS].sort())
    for (let key of KEYS) expect(texts[key as keyof typeof texts].trim().length, key).toBeGreaterThan(1)
    if (lang !== 'en') expect(texts.link).not.toBe(optOutTexts('en').link)
  })

  it("names the control as California's regulations do, and in Spanish", () => {
    expect(optOutTexts('en').link).toBe('Do Not Sell or Share My Personal Information')
    expect(optOutTexts('es').link).toBe('No vender ni compartir mi información personal')
  })

  it('says that Global Privacy Control was honored as an opt-out of sale/sharing', () => {
    expect(optOutTexts('en').gpc).toBe('Your Global Privacy Control signal was honored as an opt-out of sale/sharing.')
  })

  it('picks by primary subtag and falls back to English', () => {
    expect(optOutTexts('es-US')).toEqual(optOutTexts('es'))
    expect(optOutTexts('FR-ca')).toEqual(optOutTexts('fr'))
    expect(optOutTexts('ja')).toEqual(optOutTexts('en'))
    expect(optOutTexts('constructor')).toEqual(optOutTexts('en'))
  })

  it("puts the site's own strings on top", () => {
    let texts = optOutTexts('es', { keep: 'Cancelar' })
    expect(texts.keep).toBe('Cancelar')
    expect(texts.optOut).toBe(optOutTexts('es').optOut)
  })
})
