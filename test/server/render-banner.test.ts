// The server's banner against the client's own, in one DOM: the same markup, and the client
// takes over the server's element.
import { describe, expect, it, vi } from 'vitest'

import '../../src/entries/locales/ar.js'
import '../../src/entries/locales/de.js'
import type { ConsentUIConfig } from '../../src/create-consent.js'
import { renderBanner } from '../../src/entries/server.js'
import { EARLY_CLICKS } from '../../src/server/early-clicks.js'
import { flush } from '../helpers/dom.js'
import { act, banner, useBanner } from '../ui/helpers.js'

const make = useBanner()

/** The server's html without its snippet, mark and heading id; the client's with the same id. */
const sameIds = (html: string): string =>
  html
    .replace(/^<script[^>]*>[^<]*<\/script>/, '')
    .replace(' data-consentry-ssr=""', '')
    .replace(/consentry-title|consentry\d+/g, 'TITLE')

/** Puts the server's html in the page as a browser parses it; returns the banner element. */
function serve(config: ConsentUIConfig, lang: string): HTMLElement {
  document.body.innerHTML = '<main>Page</main>' + renderBanner(config, { lang }).html
  return document.querySelector<HTMLElement>('[data-consentry-ssr]')!
}

const configs: Array<[string, ConsentUIConfig]> = [
  ['one category, English', { categories: ['analytics'], lang: 'en' }],
  ['several categories with a policy link, French', { categories: ['analytics', 'marketing', 'preferences'], privacyPolicyUrl: '/confidentialite', lang: 'fr' }],
  ['top, dark, no Customize, German', { categories: ['analytics', 'ads'], position: 'top', theme: 'dark', preferences: false, lang: 'de' }],
  ['right to left, Arabic', { categories: ['analytics'], privacyPolicyUrl: 'https://example.com/p?a=1&b=2', lang: 'ar' }],
  ['config texts and labels', {
    categories: { analytics: {}, video: { label: 'Vidéo & "son"' } },
    privacyPolicyUrl: '/privacy',
    texts: { en: { title: 'Cookies & <you>', policy: 'See the {policy}.' } },
    lang: 'en'
  }]
]

describe('renderBanner markup', () => {
  for (let [name, config] of configs) {
    it(`equals the client's own banner: ${name}`, () => {
      make(config)
      let client = banner()!.outerHTML
      expect(sameIds(renderBanner(config, { lang: config.lang }).html)).toBe(client.replace(/consentry\d+/g, 'TITLE'))
    })
  }
})

describe('the client adopting the server banner', () => {
  const config: ConsentUIConfig = { categories: ['analytics', 'marketing'], privacyPolicyUrl: '/privacy', lang: 'fr' }

  it('keeps the very element, without a second banner or the server mark', () => {
    let server = serve(config, 'fr')
    let text = server.textContent
    make(config)
    expect(document.querySelectorAll('[data-consentry="banner"]')).toHaveLength(1)
    expect(banner()).toBe(server)
    expect(server.textContent).toBe(text)
    expect(server.hasAttribute('data-consentry-ssr')).toBe(false)
  })

  it('wires the adopted banner: its buttons decide and it goes away', () => {
    let server = serve(config, 'fr')
    let consent = make(config)
    act(server, 'reject')
    expect(consent.getDecision()?.method).toBe('reject-all')
    expect(server.isConnected).toBe(false)
    expect(banner()).toBeNull()
  })

  it('replaces it in place when the client shows another language', () => {
    let server = serve(config, 'en')
    make(config)
    expect(server.isConnected).toBe(false)
    expect(document.querySelectorAll('[data-consentry="banner"]')).toHaveLength(1)
    expect(banner()!.querySelector('h2')!.textContent).toBe('Ce site utilise des cookies')
    expect(banner()!.previousElementSibling!.tagName).toBe('SCRIPT')
  })

  it('replaces it when the client texts differ', () => {
    let server = serve(config, 'fr')
    make({ ...config, texts: { fr: { title: 'Des cookies ?' } } })
    expect(server.isConnected).toBe(false)
    expect(banner()!.querySelector('h2')!.textContent).toBe('Des cookies ?')
  })

  it('removes it when a decision is already stored in the browser', () => {
    make(config).acceptAll()
    let server = serve(config, 'fr')
    make(config)
    expect(server.isConnected).toBe(false)
    expect(banner()).toBeNull()
  })

  it('ignores server markup when the banner UI is off', () => {
    let server = serve(config, 'fr')
    make({ ...config, ui: false })
    expect(server.isConnected).toBe(true)
  })
})

describe('a click before the script', () => {
  const config: ConsentUIConfig = { categories: ['analytics', 'marketing'], lang: 'fr' }
  // The snippet the server inlines, as the page would run it (its listener stays, inert once adopted).
  new Function(EARLY_CLICKS)()

  it('is recorded on the banner and applied once when the client starts', async () => {
    let server = serve(config, 'fr')
    act(server, 'accept')
    expect(server.getAttribute('data-consentry-ssr')).toBe('accept')
    let consent = make(config)
    let decisions = vi.fn()
    consent.on('decision', decisions)
    await flush()
    expect(decisions).toHaveBeenCalledOnce()
    expect(consent.getDecision()?.method).toBe('accept-all')
    expect(banner()).toBeNull()
  })

  it('keeps the last of several early clicks', async () => {
    let server = serve(config, 'fr')
    act(server, 'accept')
    act(server, 'reject')
    let consent = make(config)
    await flush()
    expect(consent.getDecision()?.method).toBe('reject-all')
  })

  it('opens the preferences for an early Customize', async () => {
    let server = serve(config, 'fr')
    act(server, 'customize')
    let consent = make(config)
    await flush()
    expect(document.querySelector('[data-consentry="preferences"]')).not.toBeNull()
    expect(consent.getDecision()).toBeNull()
  })

  it('is not replayed over a decision the page made meanwhile', async () => {
    let server = serve(config, 'fr')
    act(server, 'accept')
    let consent = make(config)
    consent.rejectAll()
    await flush()
    expect(consent.getDecision()?.method).toBe('reject-all')
  })

  it('is no longer recorded once the client owns the banner', async () => {
    let server = serve(config, 'fr')
    let consent = make(config)
    let decisions = vi.fn()
    consent.on('decision', decisions)
    act(server, 'accept')
    await flush()
    expect(decisions).toHaveBeenCalledOnce()
    expect(server.hasAttribute('data-consentry-ssr')).toBe(false)
  })
})
