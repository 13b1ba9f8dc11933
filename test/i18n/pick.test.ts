import { afterEach, describe, expect, it, vi } from 'vitest'

import { pickLang } from '../../src/i18n/pick.js'
import { category, purposes } from '../../src/i18n/purposes.js'
import { en } from '../../src/i18n/en.js'
import { fr } from '../../src/i18n/fr.js'

afterEach(() => {
  document.documentElement.lang = ''
  vi.restoreAllMocks()
})

const languages = (list: string[]): void => {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(list)
}

describe('pickLang', () => {
  it('reads <html lang> first', () => {
    document.documentElement.lang = 'fr'
    languages(['en-US'])
    expect(pickLang('auto', {})).toBe('fr')
  })

  it('tries the full tag, then its primary subtag', () => {
    document.documentElement.lang = 'fr-CA'
    expect(pickLang('auto', {})).toBe('fr')
    expect(pickLang('auto', { 'fr-ca': {} })).toBe('fr-ca')
  })

  it('goes on to navigator.languages when <html lang> is unknown', () => {
    document.documentElement.lang = 'sv'
    languages(['ja-JP', 'fr-BE', 'en'])
    expect(pickLang('auto', {})).toBe('fr')
  })

  it('falls back to en when nothing matches', () => {
    languages(['ja-JP', 'zh'])
    expect(pickLang('auto', {})).toBe('en')
  })

  it('uses an explicit lang, case-insensitively', () => {
    document.documentElement.lang = 'en'
    expect(pickLang('FR', {})).toBe('fr')
  })

  it('falls back to en for an explicit lang it does not have', () => {
    expect(pickLang('xx', {})).toBe('en')
  })

  it('counts languages the config brings texts for', () => {
    expect(pickLang('sv', { sv: {} })).toBe('sv')
  })

  it('accepts underscore tags like en_GB', () => {
    document.documentElement.lang = 'fr_FR'
    expect(pickLang('auto', {})).toBe('fr')
  })
})

describe('category', () => {
  it('uses built-in texts for usual names and their aliases', () => {
    expect(category(fr, 'analytics', {})[0]).toBe("Mesure d'audience")
    expect(category(en, 'ads', {})).toEqual(en.marketing)
    expect(category(en, 'functional', {})).toEqual(en.preferences)
  })

  it('prefers label and description from the config', () => {
    expect(category(en, 'analytics', { label: 'Stats', description: 'Ours.' })).toEqual([
      'Stats',
      'Ours.',
      en.analytics[2]
    ])
  })

  it('uses the name for an unknown category without a label', () => {
    expect(category(en, 'video', {})).toEqual(['video', '', 'video'])
  })

  it('never takes a non-category text for a category named like a key', () => {
    expect(category(en, 'title', {})).toEqual(['title', '', 'title'])
  })
})

describe('purposes', () => {
  it('writes the English sentence of the issue for analytics', () => {
    expect(purposes(en, ['analytics'], {})).toBe('We use cookies for analytics to improve our site.')
  })

  it('writes the French sentence of the issue for analytics', () => {
    expect(purposes(fr, ['analytics'], {})).toBe(
      "Nous utilisons des cookies pour l'analyse afin d'améliorer notre site."
    )
  })

  it('joins several purposes as a list in the language', () => {
    expect(purposes(fr, ['analytics', 'marketing'], {})).toBe(
      "Nous utilisons des cookies pour la publicité personnalisée et l'analyse afin d'améliorer notre site."
    )
  })

  it('inserts a label with $ patterns literally', () => {
    expect(purposes(en, ['x'], { x: { label: "$& $' $`" } })).toBe("We use cookies for $& $' $`.")
  })
})
