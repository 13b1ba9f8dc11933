import { describe, expect, it } from 'vitest'

import { query, act, banner, useBanner } from './helpers.js'

const make = useBanner()

describe('first layer', () => {
  it('shows the English default strings with a linked privacy policy', () => {
    make({ categories: ['analytics'], privacyPolicyUrl: '/privacy' })
    let root = banner()!
    expect(query('h2', root).textContent).toBe('This site uses cookies')
    expect(query('p', root).textContent).toBe(
      'We use cookies for analytics to improve our site. Read our privacy policy for more information.'
    )
    expect(query('a', root).textContent).toBe('privacy policy')
    expect(query('a', root).getAttribute('href')).toBe('/privacy')
    expect(query('[data-consentry-action="accept"]', root).textContent).toBe('Accept')
    expect(query('[data-consentry-action="reject"]', root).textContent).toBe('Reject')
  })

  it('shows the French default strings on a French page', () => {
    document.documentElement.lang = 'fr-FR'
    make({ categories: ['analytics'], privacyPolicyUrl: '/confidentialite' })
    let root = banner()!
    expect(query('h2', root).textContent).toBe('Ce site utilise des cookies')
    expect(query('p', root).textContent).toBe(
      "Nous utilisons des cookies pour l'analyse afin d'améliorer notre site. " +
        "Lisez notre politique de confidentialité pour plus d'informations."
    )
    expect(query('a', root).textContent).toBe('politique de confidentialité')
    expect(query('[data-consentry-action="accept"]', root).textContent).toBe('Accepter')
    expect(query('[data-consentry-action="reject"]', root).textContent).toBe('Refuser')
  })

  it('says "all" and offers Customize with several categories', () => {
    document.documentElement.lang = 'fr'
    make({ categories: ['analytics', 'marketing'] })
    let root = banner()!
    expect(query('[data-consentry-action="accept"]', root).textContent).toBe('Tout accepter')
    expect(query('[data-consentry-action="reject"]', root).textContent).toBe('Tout refuser')
    expect(query('[data-consentry-action="customize"]', root).textContent).toBe('Personnaliser')
  })

  it('has no Customize with one category unless preferences is on', () => {
    make({ categories: ['analytics'] })
    expect(banner()!.querySelector('[data-consentry-action="customize"]')).toBeNull()
  })

  it('shows Customize with one category when preferences is true', () => {
    make({ categories: ['analytics'], preferences: true })
    expect(banner()!.querySelector('[data-consentry-action="customize"]')).not.toBeNull()
  })

  it('hides Customize when preferences is false', () => {
    make({ categories: ['analytics', 'marketing'], preferences: false })
    expect(banner()!.querySelector('[data-consentry-action="customize"]')).toBeNull()
  })

  it('does not claim analytics when only marketing is configured', () => {
    make({ categories: ['marketing'] })
    expect(query('p', banner()!).textContent).toBe('We use cookies for personalized advertising.')
  })

  it('lists every configured purpose, analytics last', () => {
    make({ categories: ['analytics', 'ads', 'functional'] })
    expect(query('p', banner()!).textContent).toBe(
      'We use cookies for personalized advertising, remembering your settings and analytics to improve our site.'
    )
  })

  it('leaves the policy sentence out without a privacy policy URL', () => {
    make({ categories: ['analytics'] })
    expect(banner()!.querySelector('a')).toBeNull()
    expect(query('p', banner()!).textContent).toBe('We use cookies for analytics to improve our site.')
  })

  it('links the whole policy sentence when the text marks no words with {…}', () => {
    make({ categories: ['analytics'], privacyPolicyUrl: '/privacy', texts: { en: { policy: 'Our privacy policy.' } } })
    expect(query('a', banner()!).textContent).toBe('Our privacy policy.')
    expect(query('p', banner()!).textContent).toBe('We use cookies for analytics to improve our site. Our privacy policy.')
  })

  it('is a region named by its title, kept out of search snippets', () => {
    make({ categories: ['analytics'] })
    let root = banner()!
    expect(root.getAttribute('role')).toBe('region')
    expect(root.hasAttribute('data-nosnippet')).toBe(true)
    expect(document.getElementById(root.getAttribute('aria-labelledby')!)!.textContent).toBe('This site uses cookies')
  })

  it('gives Accept and Reject the same element, classes and attributes', () => {
    make({ categories: ['analytics', 'marketing'] })
    let accept = query('[data-consentry-action="accept"]')
    let reject = query('[data-consentry-action="reject"]')
    let shape = (el: HTMLElement): unknown => [el.tagName, el.className, el.getAttributeNames().sort(), el.parentElement]
    expect(shape(reject)).toEqual(shape(accept))
  })

  it('applies theme and position as classes on the root', () => {
    make({ categories: ['analytics'], theme: 'dark', position: 'top' })
    expect([...banner()!.classList]).toEqual(['consentry', 'dark', 'panel', 'box', 'top'])
  })

  it('renders nothing with ui: false', () => {
    let consent = make({ categories: ['analytics'], ui: false })
    consent.show()
    consent.showPreferences()
    expect(document.querySelector('[data-consentry]')).toBeNull()
    expect(document.adoptedStyleSheets).toHaveLength(0)
  })

  it('does not show when a decision is stored', () => {
    make({ categories: ['analytics'] }).acceptAll()
    make({ categories: ['analytics'] })
    expect(document.querySelectorAll('[data-consentry="banner"]')).toHaveLength(0)
  })
})

describe('buttons', () => {
  it('accepts everything with Accept and hides the banner', () => {
    let consent = make({ categories: ['analytics', 'marketing'] })
    act(banner()!, 'accept')
    expect(consent.getDecision()!.method).toBe('accept-all')
    expect(consent.isGranted('marketing')).toBe(true)
    expect(banner()).toBeNull()
  })

  it('refuses everything with Reject in one click', () => {
    let consent = make({ categories: ['analytics', 'marketing'] })
    act(banner()!, 'reject')
    expect(consent.getDecision()!.method).toBe('reject-all')
    expect(consent.isGranted('analytics')).toBe(false)
    expect(banner()).toBeNull()
  })

  it('ignores a data-consentry-action outside its own UI', () => {
    let consent = make({ categories: ['analytics'] })
    document.body.insertAdjacentHTML('beforeend', '<button data-consentry-action="accept">x</button>')
    query('body > button[data-consentry-action]').click()
    expect(consent.getDecision()).toBeNull()
  })

  it('removes the page padding when the banner hides', () => {
    let consent = make({ categories: ['analytics'] })
    // happy-dom has no layout: stand in for the ResizeObserver's measurement.
    document.documentElement.style.paddingBottom = '120px'
    document.documentElement.style.scrollPaddingBottom = '120px'
    consent.rejectAll()
    expect(document.documentElement.style.paddingBottom).toBe('')
    expect(document.documentElement.style.scrollPaddingBottom).toBe('')
  })
})
