// The kit against the real banner (src/full.ts through createTestConsent), in three languages.
import { describe, expect, it } from 'vitest'

import '../../src/entries/locales/de.js'
import {
  clickAccept,
  clickCustomize,
  clickReject,
  clickSave,
  clickSettings,
  consentMatchers,
  getBanner,
  getPreferences,
  queryBanner,
  queryPreferences,
  seedDecision
} from '../../src/entries/testing.js'
import { useTestConsent } from './helpers.js'

expect.extend(consentMatchers)

const create = useTestConsent()

describe.each(['en', 'fr', 'de'])('with the banner in %s', lang => {
  it('runs the analytics loader once after clickAccept', () => {
    let { consent, loaders } = create({ categories: ['analytics'], lang })
    expect(getBanner().lang).toBe(lang)
    expect(loaders.analytics).not.toHaveRun()
    clickAccept()
    expect(loaders.analytics).toHaveRun(1)
    expect(consent).toHaveConsent('analytics')
    expect(document).not.toShowBanner()
  })

  it('runs nothing after clickReject', () => {
    let { consent, loaders } = create({ categories: ['analytics', 'marketing'], lang })
    clickReject()
    expect(loaders.analytics).not.toHaveRun()
    expect(loaders.marketing).not.toHaveRun()
    expect(consent.getDecision()?.method).toBe('reject-all')
  })

  it('saves a custom choice through Customize and Save', () => {
    let { consent, loaders } = create({ categories: ['analytics', 'marketing'], lang })
    clickCustomize()
    getPreferences().querySelector<HTMLInputElement>('input[data-category=marketing]')!.click()
    clickSave()
    expect(consent.getDecision()).toMatchObject({ method: 'custom', categories: { analytics: false, marketing: true } })
    expect([loaders.analytics.count, loaders.marketing.count]).toEqual([0, 1])
  })
})

describe('the real banner', () => {
  it('is named by its title, as getBanner expects a region', () => {
    create({ categories: ['analytics'], lang: 'fr' })
    let banner = getBanner()
    expect(banner.getAttribute('role')).toBe('region')
    expect(document.getElementById(banner.getAttribute('aria-labelledby')!)!.textContent).toBe('Ce site utilise des cookies')
  })

  it('does not show after seedDecision, and loaders run at once', () => {
    seedDecision({ analytics: true })
    let { loaders } = create({ categories: ['analytics'] })
    expect(queryBanner()).toBeNull()
    expect(loaders.analytics).toHaveRun(1)
  })

  it('clicks Accept all in the open preferences dialog', () => {
    let { consent } = create({ categories: ['analytics', 'marketing'], lang: 'fr' })
    clickCustomize()
    clickAccept()
    expect(queryPreferences()).toBeNull()
    expect(consent.getDecision()?.method).toBe('accept-all')
  })

  it('reopens the preferences with clickSettings after a decision', () => {
    create({ categories: ['analytics'], lang: 'de' })
    clickReject()
    clickSettings()
    expect(getPreferences().getAttribute('data-consentry')).toBe('preferences')
  })

  it('needs the name when the site overrides the button texts', () => {
    let { consent } = create({ categories: ['analytics'], lang: 'en', texts: { en: { accept: 'Sure' } } })
    expect(() => clickAccept()).toThrow(/Buttons there: "Sure", "Reject"/)
    clickAccept({ name: 'Sure' })
    expect(consent).toHaveConsent('analytics')
  })
})
