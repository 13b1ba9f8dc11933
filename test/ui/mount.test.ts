import { describe, expect, it, vi } from 'vitest'

import { createConsent as createHeadless } from '../../src/entries/headless.js'
import { setGpc } from '../integrations/helpers.js'
import { query, act, banner, dialog, useBanner } from './helpers.js'

const make = useBanner()
const config = { categories: ['analytics', 'marketing'] }
const reopen = (): HTMLElement | null => document.querySelector('.consentry.reopen')

describe('reopen control', () => {
  it('appears after a decision and opens the preferences', () => {
    make(config)
    expect(reopen()).toBeNull()
    act(banner()!, 'reject')
    let button = reopen()!
    expect(button.textContent).toBe('Cookie settings')
    expect(button.tagName).toBe('BUTTON')
    button.click()
    expect(dialog()!.open).toBe(true)
  })

  it('shows on load when a decision is stored', () => {
    make(config).acceptAll()
    make(config)
    expect(document.querySelectorAll('.consentry.reopen').length).toBeGreaterThan(0)
  })

  it('takes the right corner with reopen: "right"', () => {
    make({ ...config, reopen: 'right' }).rejectAll()
    expect(reopen()!.classList.contains('right')).toBe(true)
  })

  it('is absent with reopen: false', () => {
    make({ ...config, reopen: false }).rejectAll()
    expect(reopen()).toBeNull()
  })

  it('lets the visitor withdraw consent', () => {
    let consent = make(config)
    consent.acceptAll()
    reopen()!.click()
    act(dialog()!, 'reject')
    expect(consent.isGranted('analytics')).toBe(false)
  })
})

describe('API', () => {
  it('show() shows the banner again after a decision, without the reopen control', () => {
    let consent = make(config)
    consent.rejectAll()
    consent.show()
    expect(banner()).not.toBeNull()
    expect(reopen()).toBeNull()
  })

  it('hide() hides the banner and emits hide', () => {
    let consent = make(config)
    let hide = vi.fn()
    consent.on('hide', hide)
    consent.hide()
    expect(banner()).toBeNull()
    expect(hide).toHaveBeenCalledOnce()
  })

  it('emits show(false) when the banner shows', () => {
    let consent = make(config)
    let show = vi.fn()
    consent.on('show', show)
    consent.show()
    expect(show).toHaveBeenCalledWith(false)
  })

  it('reset() forgets the decision and shows the banner again', () => {
    let consent = make(config)
    consent.acceptAll()
    consent.reset()
    expect(consent.getDecision()).toBeNull()
    expect(banner()).not.toBeNull()
    expect(reopen()).toBeNull()
  })

  it('addLocale() re-renders when it extends the language shown', () => {
    document.documentElement.lang = 'de'
    // The config's German title makes German the language shown, the rest in English.
    let consent = make({ ...config, texts: { de: { title: 'Cookies?' } } })
    expect(query('[data-consentry-action="reject"]', banner()!).textContent).toBe('Reject all')
    consent.addLocale('de', { rejectAll: 'Alle ablehnen' })
    expect(query('[data-consentry-action="reject"]', banner()!).textContent).toBe('Alle ablehnen')
    expect(query('h2', banner()!).textContent).toBe('Cookies?')
  })

  it('leaves a second instance alone when the visitor uses the first one’s banner', () => {
    let firstConsent = make({ ...config, cookie: { name: 'a' } })
    let secondConsent = make({ ...config, cookie: { name: 'b' } })
    let [first] = document.querySelectorAll<HTMLElement>('[data-consentry="banner"]')
    act(first, 'customize')
    expect(document.querySelectorAll('dialog')).toHaveLength(1)
    act(dialog()!, 'accept')
    expect(firstConsent.getDecision()!.method).toBe('accept-all')
    expect(secondConsent.getDecision()).toBeNull()
  })

  it('does not say the GPC signal was honored when the visitor granted what it covers', () => {
    make(config).acceptAll()
    setGpc(true)
    try {
      make(config).showPreferences()
      expect(dialog()!.querySelector('[data-consentry="gpc"]')).toBeNull()
    } finally {
      setGpc(undefined)
    }
  })

  it('mounts into the given root', () => {
    let root = document.createElement('div')
    document.body.append(root)
    make({ ...config, root })
    expect(banner()!.parentElement).toBe(root)
  })
})

describe('destroy', () => {
  it('leaves show, showPreferences and reset without a banner to build', () => {
    let consent = make(config)
    consent.destroy()
    consent.show()
    consent.showPreferences()
    consent.reset()
    expect(document.querySelector('.consentry')).toBeNull()
  })

  it('removes every node, the stylesheet and the page padding', () => {
    let consent = make(config)
    consent.showPreferences()
    document.documentElement.style.paddingBottom = '99px'
    consent.destroy()
    expect(document.querySelector('.consentry')).toBeNull()
    expect(document.adoptedStyleSheets).toHaveLength(0)
    expect(document.documentElement.style.paddingBottom).toBe('')
  })

  it('removes the reopen control', () => {
    let consent = make(config)
    consent.rejectAll()
    consent.destroy()
    expect(document.querySelector('.consentry')).toBeNull()
  })

  it('stops listening to [data-consentry-open] clicks', () => {
    let consent = make(config)
    consent.destroy()
    document.body.insertAdjacentHTML('beforeend', '<button data-consentry-open>Cookies</button>')
    query('[data-consentry-open]').click()
    expect(dialog()).toBeNull()
  })

  it('leaves no document listener behind', () => {
    let add = vi.spyOn(document, 'addEventListener')
    let remove = vi.spyOn(document, 'removeEventListener')
    make(config).destroy()
    let added = add.mock.calls.map(call => [call[0], call[1]])
    expect(added.length).toBeGreaterThan(0)
    expect(remove.mock.calls.map(call => [call[0], call[1]])).toEqual(expect.arrayContaining(added))
    vi.restoreAllMocks()
  })
})

describe('styles', () => {
  it('adopts one constructable stylesheet, with no <style> element', () => {
    make(config)
    expect(document.adoptedStyleSheets).toHaveLength(1)
    expect(document.querySelector('style')).toBeNull()
  })

  it('falls back to a <style nonce> without constructable stylesheets', () => {
    let Real = globalThis.CSSStyleSheet
    vi.stubGlobal('CSSStyleSheet', undefined)
    try {
      let consent = make({ ...config, nonce: 'abc123' })
      let style = document.querySelector('style')!
      expect(style.nonce).toBe('abc123')
      expect(style.textContent).toContain('.consentry')
      consent.destroy()
      expect(document.querySelector('style')).toBeNull()
    } finally {
      vi.stubGlobal('CSSStyleSheet', Real)
      vi.unstubAllGlobals()
    }
  })
})

describe('config checks', () => {
  it.each([
    ['theme', 'drak', 'theme: pass auto|light|dark'],
    ['position', 'bottm', 'position: pass bottom|top|center'],
    ['reopen', 'rigth', 'reopen: pass true|false|left|right']
  ])('throws a TypeError listing the values of %s', (option, value, message) => {
    expect(() => make({ ...config, [option]: value })).toThrow(new TypeError(`consentry: ${message} (got "${value}")`))
    expect(banner()).toBeNull()
  })

  it('accepts every documented theme, position and reopen value', () => {
    for (let theme of ['auto', 'light', 'dark'] as const) make({ ...config, theme }).destroy()
    for (let position of ['bottom', 'top', 'center'] as const) make({ ...config, position }).destroy()
    for (let reopen of [true, false, 'left', 'right'] as const) make({ ...config, reopen }).destroy()
    expect(banner()).toBeNull()
  })
})

describe('headless entry', () => {
  it('renders nothing', () => {
    let consent = createHeadless(config)
    expect(document.querySelector('[data-consentry]')).toBeNull()
    expect(document.adoptedStyleSheets).toHaveLength(0)
    consent.destroy()
  })
})

describe('first paint', () => {
  it('mounts on <html> when the script runs before <body> exists', () => {
    let body = document.body
    body.remove()
    try {
      make(config)
      expect(banner()!.parentElement).toBe(document.documentElement)
    } finally {
      document.documentElement.append(body)
    }
  })
})
