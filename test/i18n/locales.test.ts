import { afterEach, describe, expect, it } from 'vitest'

import { ar } from '../../src/i18n/ar.js'
import { de } from '../../src/i18n/de.js'
import { en } from '../../src/i18n/en.js'
import { es } from '../../src/i18n/es.js'
import { fr } from '../../src/i18n/fr.js'
import { it as italian } from '../../src/i18n/it.js'
import { nl } from '../../src/i18n/nl.js'
import { pl } from '../../src/i18n/pl.js'
import { pt } from '../../src/i18n/pt.js'
import { addLocale, locales } from '../../src/i18n/registry.js'
import type { Texts } from '../../src/i18n/types.js'
import { query, banner, useBanner } from '../ui/helpers.js'

const ALL: Record<string, Texts> = { en, fr, de, es, it: italian, nl, pt, pl, ar }
const make = useBanner()

afterEach(() => {
  for (let lang of Object.keys(locales)) if (lang !== 'en' && lang !== 'fr') delete locales[lang]
})

describe('locale data', () => {
  for (let [lang, texts] of Object.entries(ALL)) {
    it(`${lang} has every string of en, none empty`, () => {
      expect(Object.keys(texts).sort()).toEqual(Object.keys(en).sort())
      for (let [key, value] of Object.entries(texts)) {
        expect([value].flat().length, key).toBe([en[key as keyof Texts]].flat().length)
        for (let text of [value].flat()) expect(text.trim(), `${lang}.${key}`).not.toBe('')
      }
    })

    it(`${lang} has one % in text and one {link} in policy`, () => {
      expect(texts.text.split('%')).toHaveLength(2)
      expect(texts.policy).toMatch(/^[^{}]*\{[^{}]+\}[^{}]*$/)
    })
  }
})

describe('registry', () => {
  it('ships only en and fr by default', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'fr'])
  })

  it('registers a locale entry when imported', async () => {
    await import('../../src/entries/locales/de.js')
    document.documentElement.lang = 'de-AT'
    make({ categories: ['analytics'] })
    expect(query('h2', banner()!).textContent).toBe('Diese Website verwendet Cookies')
  })

  it('extends an existing language with addLocale', () => {
    addLocale('EN', { title: 'Cookies here' })
    expect(locales.en.title).toBe('Cookies here')
    expect(locales.en.accept).toBe('Accept')
    addLocale('en', { title: en.title })
  })

  it('lays out Arabic right to left', () => {
    addLocale('ar', ar)
    document.documentElement.lang = 'ar'
    make({ categories: ['analytics'] })
    expect(banner()!.getAttribute('dir')).toBe('rtl')
    expect(banner()!.getAttribute('lang')).toBe('ar')
  })

  it('lays out other languages left to right', () => {
    make({ categories: ['analytics'] })
    expect(banner()!.getAttribute('dir')).toBe('ltr')
  })
})

describe('overrides', () => {
  it('overrides one string per language, keeping the others', () => {
    document.documentElement.lang = 'fr'
    make({ categories: ['analytics'], texts: { fr: { title: 'Des cookies ?' } } })
    expect(query('h2', banner()!).textContent).toBe('Des cookies ?')
    expect(query('[data-consentry-action="accept"]', banner()!).textContent).toBe('Accepter')
  })

  it('adds a whole language from the config, English for what it leaves out', () => {
    make({ categories: ['analytics'], lang: 'sv', texts: { SV: { title: 'Vi använder kakor' } } })
    expect(query('h2', banner()!).textContent).toBe('Vi använder kakor')
    expect(query('[data-consentry-action="accept"]', banner()!).textContent).toBe('Accept')
  })

  it('re-renders when consent.addLocale brings the page language later', () => {
    document.documentElement.lang = 'es'
    let consent = make({ categories: ['analytics'] })
    expect(query('h2', banner()!).textContent).toBe('This site uses cookies')
    consent.addLocale('es', es)
    expect(query('h2', banner()!).textContent).toBe('Este sitio utiliza cookies')
    expect(document.querySelectorAll('[data-consentry="banner"]')).toHaveLength(1)
  })

  it('keeps the banner as is when an added language does not apply', () => {
    let consent = make({ categories: ['analytics'] })
    let before = banner()
    consent.addLocale('nl', nl)
    expect(banner()).toBe(before)
  })
})
