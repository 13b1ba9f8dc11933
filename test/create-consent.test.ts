import { afterEach, describe, expect, it, vi } from 'vitest'

// The opt-in entries register themselves, as `import 'consentry/consent-mode'` does.
import '../src/entries/consent-mode.js'
import '../src/entries/embeds.js'
import '../src/entries/proof.js'
import { createConsent } from '../src/create-consent.js'
import type { ConsentUI, ConsentUIConfig } from '../src/create-consent.js'
import { clearCookies } from './helpers/dom.js'
import { setGpc } from './integrations/helpers.js'

type Win = { dataLayer?: IArguments[]; gtag?: unknown }
const win = window as unknown as Win
let made: ConsentUI[] = []
const make = (config: ConsentUIConfig): ConsentUI => {
  let consent = createConsent(config)
  made.push(consent)
  return consent
}

afterEach(() => {
  for (let consent of made.splice(0)) consent.destroy()
  clearCookies()
  document.body.innerHTML = ''
  delete win.dataLayer
  delete win.gtag
  delete (navigator as unknown as Record<string, unknown>).globalPrivacyControl
  vi.restoreAllMocks()
})

describe('createConsent with integrations', () => {
  it('pushes the Consent Mode default before the update of a stored decision', () => {
    make({ categories: ['analytics'], ui: false }).acceptAll()
    delete win.dataLayer
    make({ categories: ['analytics'], ui: false, googleConsentMode: true })
    expect(win.dataLayer!.map(e => [...e].slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['consent', 'update']
    ])
  })

  it('touches no dataLayer without googleConsentMode', () => {
    make({ categories: ['analytics'], ui: false }).acceptAll()
    expect(win.dataLayer).toBeUndefined()
  })

  it('gives onDecision the banner language and texts hash', () => {
    document.documentElement.lang = 'fr'
    let onDecision = vi.fn()
    make({ categories: ['analytics'], onDecision }).rejectAll()
    expect(onDecision).toHaveBeenCalledWith(expect.objectContaining({ language: 'fr', textsHash: expect.any(String) }))
    document.documentElement.lang = ''
  })

  it('lays config texts for a region over its language, not over English', () => {
    document.documentElement.lang = 'fr-CA'
    make({ categories: ['analytics'], texts: { 'fr-CA': { title: 'Ce site utilise des témoins' } } })
    let banner = document.querySelector('[data-consentry="banner"]')!
    expect(banner.querySelector('h2')!.textContent).toBe('Ce site utilise des témoins')
    expect(banner.querySelector('[data-consentry-action="accept"]')!.textContent).toBe('Accepter')
    document.documentElement.lang = ''
  })

  it('shows the GPC line in the banner when the signal refused something', () => {
    setGpc(true)
    make({ categories: ['analytics', 'marketing'], lang: 'en' })
    expect(document.querySelector('[data-consentry="banner"] [data-consentry="gpc"]')!.textContent).toBe(
      'Your Global Privacy Control signal was honored.'
    )
  })

  it('gives onDecision the refusal GPC saves on its own', () => {
    setGpc(true)
    let onDecision = vi.fn()
    let consent = make({ categories: ['marketing'], onDecision })
    expect(consent.getDecision()!.method).toBe('gpc')
    expect(onDecision).toHaveBeenCalledWith(expect.objectContaining({ method: 'gpc', id: consent.getDecision()!.id }))
  })

  it('ignores the signal with respectGpc: false', () => {
    setGpc(true)
    let consent = make({ categories: ['marketing'], respectGpc: false })
    expect(consent.getDecision()).toBeNull()
    expect(document.querySelector('[data-consentry="gpc"]')).toBeNull()
  })

  it('closes its cross-tab channel on destroy', () => {
    let closed = vi.spyOn(BroadcastChannel.prototype, 'close')
    make({ categories: ['analytics'], ui: false }).destroy()
    expect(closed).toHaveBeenCalledOnce()
  })
})
