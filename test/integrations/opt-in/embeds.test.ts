import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { embeds } from '../../../src/integrations/opt-in/embeds.js'
import { embedTexts } from '../../../src/integrations/opt-in/embed-texts.js'
import type { EmbedTexts } from '../../../src/integrations/opt-in/embeds.js'
import { locales } from '../../../src/i18n/registry.js'
import type { Texts } from '../../../src/i18n/types.js'
import { ar } from '../../../src/i18n/ar.js'
import { de } from '../../../src/i18n/de.js'
import { es } from '../../../src/i18n/es.js'
import { it as itLocale } from '../../../src/i18n/it.js'
import { nl } from '../../../src/i18n/nl.js'
import { pl } from '../../../src/i18n/pl.js'
import { pt } from '../../../src/i18n/pt.js'
import { flush, useConsent } from '../../helpers/dom.js'
import { useCleanup } from '../helpers.js'

const make = useConsent()
const track = useCleanup()
const texts = (): EmbedTexts => embedTexts('en')
const config = { categories: ['analytics', 'marketing'] }
const SRC = 'https://www.youtube-nocookie.com/embed/abc'

function page(): HTMLIFrameElement {
  document.body.innerHTML = `<iframe data-consent="marketing" data-src="${SRC}" title="Our video" width="560" height="315"></iframe>`
  return document.querySelector('iframe')!
}

const box = (): HTMLElement | null => document.querySelector('[data-consentry="embed"]')
const buttons = (): HTMLButtonElement[] => [...box()!.querySelectorAll('button')]

describe('embeds', () => {
  // happy-dom logs that it does not load iframe pages; errors are checked through the 'error' event.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('shows a placeholder named by the iframe title, naming the provider', () => {
    let frame = page()
    track(embeds(make(config), texts))
    expect(box()!.getAttribute('role')).toBe('group')
    expect(box()!.getAttribute('aria-label')).toBe('Our video')
    expect(box()!.textContent).toContain('This content is hosted by a third party (youtube-nocookie.com). Loading it may set cookies.')
    expect(box()!.nextElementSibling).toBe(frame)
    expect(frame.style.display).toBe('none')
  })

  it('gives the placeholder the iframe’s size', () => {
    page()
    track(embeds(make(config), texts))
    expect(box()!.style.width).toBe('560px')
    expect(box()!.style.minHeight).toBe('315px')
  })

  it('offers Load once and Always allow as native buttons', () => {
    page()
    track(embeds(make(config), texts))
    expect(buttons().map(button => [button.type, button.textContent])).toEqual([
      ['button', 'Load once'],
      ['button', 'Always allow']
    ])
  })

  it('shows nothing when the category is granted', () => {
    let consent = make(config)
    consent.acceptAll()
    let frame = page()
    track(embeds(consent, texts))
    expect(box()).toBeNull()
    expect(frame.getAttribute('src')).toBeNull()
  })

  it('loads this embed only on Load once, storing no decision', () => {
    let frame = page()
    document.body.insertAdjacentHTML('beforeend', `<iframe data-consent="marketing" data-src="${SRC}2" title="Other"></iframe>`)
    let consent = make(config)
    track(embeds(consent, texts))
    buttons()[0].click()
    expect(frame.src).toBe(SRC)
    expect(frame.style.display).toBe('')
    expect(document.querySelectorAll('[data-consentry="embed"]')).toHaveLength(1)
    expect(consent.getDecision()).toBeNull()
  })

  it('moves focus to the iframe once loaded', () => {
    let frame = page()
    track(embeds(make(config), texts))
    buttons()[0].click()
    expect(document.activeElement).toBe(frame)
  })

  it('grants the category and keeps the other choices on Always allow', () => {
    let frame = page()
    let consent = make(config)
    consent.save({ analytics: true })
    track(embeds(consent, texts))
    buttons()[1].click()
    expect(consent.getDecision()).toMatchObject({ method: 'custom', categories: { analytics: true, marketing: true } })
    expect(frame.src).toBe(SRC)
    expect(box()).toBeNull()
  })

  it('removes the placeholder when consent comes from elsewhere', () => {
    let frame = page()
    let consent = make(config)
    track(embeds(consent, texts))
    consent.acceptAll()
    expect(box()).toBeNull()
    expect(frame.src).toBe(SRC)
  })

  it('puts the provider name in as text', () => {
    document.body.innerHTML = `<iframe data-consent="marketing" data-src="https://x.example/e" title="<img src=x onerror=alert(1)>"></iframe>`
    track(embeds(make(config), () => ({ ...texts(), loadOnce: '<b>x</b>' })))
    expect(box()!.querySelector('img,b')).toBeNull()
    expect(buttons()[0].textContent).toBe('<b>x</b>')
  })

  it('gives no placeholder to a data-src that is not a valid http(s) URL, and never throws', async () => {
    document.body.innerHTML =
      `<iframe data-consent="marketing" data-src="http://[bad" title="x"></iframe>` +
      `<iframe data-consent="marketing" data-src="javascript:alert(1)" title="y"></iframe>`
    let consent = make(config)
    expect(() => track(embeds(consent, texts))).not.toThrow()
    expect(box()).toBeNull()
    await flush()
  })

  it('gives a placeholder to an iframe added after it started', async () => {
    track(embeds(make(config), texts))
    expect(box()).toBeNull()
    page()
    await flush()
    expect(box()).not.toBeNull()
  })

  it('removes its placeholders and shows the iframe again once unbound', () => {
    let frame = page()
    embeds(make(config), texts)()
    expect(box()).toBeNull()
    expect(frame.style.display).toBe('')
    expect(frame.dataset.src).toBe(SRC)
  })
})

describe('integration texts', () => {
  it('exist in every built-in language', () => {
    let all: Record<string, Partial<Texts>> = { ...locales, ar, de, es, it: itLocale, nl, pl, pt }
    expect(Object.keys(all).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'])
    for (let [lang, localeTexts] of Object.entries(all)) {
      let embedText = embedTexts(lang)
      expect(embedText.embed, lang).toContain('(%)')
      expect(new Set([embedText.loadOnce, embedText.always, localeTexts.gpc]).size, lang).toBe(3)
      for (let text of [embedText.loadOnce, embedText.always, localeTexts.gpc]) expect(text, lang).toMatch(/\S/)
      if (lang !== 'en') expect(embedText.embed, lang).not.toBe(embedTexts('en').embed)
    }
  })

  it('take the primary subtag and the site overrides', () => {
    expect(embedTexts('fr-CA').loadOnce).toBe('Charger une fois')
    expect(embedTexts('xx').loadOnce).toBe('Load once')
    expect(embedTexts('de', { always: 'Ja' }).always).toBe('Ja')
  })
})
