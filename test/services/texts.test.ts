import { describe, expect, it } from 'vitest'

import { formatDuration } from '../../src/services/duration.js'
import { countServices, serviceTexts } from '../../src/services/texts.js'
import type { ServiceTexts } from '../../src/services/texts.js'

// Intl separates French amounts from units with a no-break space; compare it as a plain one.
const plain = (text: string): string => text.replace(/\s/g, ' ')
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'ar']

describe('formatDuration', () => {
  it('says lifetimes in English', () => {
    expect(formatDuration({ years: 2 }, 'en')).toBe('2 years')
    expect(formatDuration({ days: 1 }, 'en')).toBe('1 day')
    expect(formatDuration({ days: 1, hours: 2 }, 'en')).toBe('1 day, 2 hours')
  })

  it('says lifetimes in French and German', () => {
    expect(plain(formatDuration({ months: 13 }, 'fr'))).toBe('13 mois')
    expect(formatDuration({ minutes: 30 }, 'de')).toBe('30 Minuten')
    expect(formatDuration({ years: 2 }, 'de')).toBe('2 Jahre')
  })

  it('uses the dual form in Arabic', () => {
    expect(formatDuration({ years: 2 }, 'ar')).toBe('سنتان')
  })

  it('says "session" in the language', () => {
    expect(formatDuration('session', 'en')).toBe('Session')
    expect(formatDuration('session', 'de')).toBe('Sitzung')
    expect(formatDuration('session', 'ar')).toBe('الجلسة')
  })

  it('falls back to English for a tag Intl rejects', () => {
    expect(formatDuration({ years: 2 }, 'not a tag')).toBe('2 years')
  })
})

describe('serviceTexts', () => {
  it('has every string in the nine languages', () => {
    let keys = Object.keys(serviceTexts('en')) as (keyof ServiceTexts)[]
    for (let lang of LANGUAGES) {
      let texts = serviceTexts(lang)
      for (let key of keys) expect(texts[key], `${lang}.${key}`).toBeTruthy()
      if (lang !== 'en') expect(texts.showCookies, lang).not.toBe(serviceTexts('en').showCookies)
    }
  })

  it('reads a regional tag by its language and falls back to English', () => {
    expect(serviceTexts('pt-BR').provider).toBe('Fornecedor')
    expect(serviceTexts('sv').provider).toBe('Provider')
  })

  it('lets the site override a string', () => {
    expect(serviceTexts('fr', { purpose: 'Objet' }).purpose).toBe('Objet')
  })
})

describe('countServices', () => {
  it('follows each language plural rules', () => {
    expect([1, 2].map(count => countServices(count, 'en'))).toEqual(['1 service', '2 services'])
    expect([1, 3, 5, 22].map(count => countServices(count, 'pl'))).toEqual(['1 usługa', '3 usługi', '5 usług', '22 usługi'])
    expect([1, 2, 3].map(count => countServices(count, 'ar'))).toEqual(['خدمة واحدة', 'خدمتان', '3 خدمات'])
  })
})
