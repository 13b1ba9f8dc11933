import { afterEach, describe, expect, it } from 'vitest'

import { consentMode } from '../../../src/integrations/opt-in/consent-mode.js'
import { useConsent } from '../../helpers/dom.js'
import { useCleanup } from '../helpers.js'

const make = useConsent()
const track = useCleanup()
const names = ['analytics', 'marketing']

type Win = { dataLayer?: unknown[]; gtag?: unknown }
const win = window as unknown as Win

/** The dataLayer entries as plain arrays. */
const entries = (): unknown[][] => (win.dataLayer || []).map(e => Array.from(e as ArrayLike<unknown>))

afterEach(() => {
  delete win.dataLayer
  delete win.gtag
})

describe('consentMode', () => {
  it('pushes the default as an Arguments object, like Google’s snippet', () => {
    consentMode(names)
    expect(Object.prototype.toString.call(win.dataLayer![0])).toBe('[object Arguments]')
  })

  it('denies ads and analytics by default and grants what no category covers', () => {
    consentMode(names)
    expect(entries()[0]).toEqual([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'granted',
        personalization_storage: 'granted',
        security_storage: 'granted',
        wait_for_update: 500
      }
    ])
  })

  it('denies functionality and personalization by default when a preferences category maps to them', () => {
    consentMode(['preferences'])
    expect(entries()[0][2]).toMatchObject({ functionality_storage: 'denied', personalization_storage: 'denied' })
  })

  it('passes region, wait time, url passthrough and ads data redaction', () => {
    consentMode(names, { region: ['FR'], waitForUpdate: 800, urlPassthrough: true, adsDataRedaction: true })
    expect(entries()).toEqual([
      ['consent', 'default', expect.objectContaining({ region: ['FR'], wait_for_update: 800 })],
      ['set', 'url_passthrough', true],
      ['set', 'ads_data_redaction', true]
    ])
  })

  it('keeps entries pushed earlier and uses the page’s own gtag', () => {
    let calls: unknown[][] = []
    win.dataLayer = [{ event: 'early' }]
    win.gtag = (...args: unknown[]) => calls.push(args)
    consentMode(names)
    expect(win.dataLayer).toEqual([{ event: 'early' }])
    expect(calls[0].slice(0, 2)).toEqual(['consent', 'default'])
  })

  it('pushes no update without a decision', () => {
    track(consentMode(names)(make({ categories: names })))
    expect(entries()).toHaveLength(1)
  })

  it('pushes an update with the mapped values on a decision', () => {
    let consent = make({ categories: names })
    track(consentMode(names)(consent))
    consent.save({ analytics: true })
    expect(entries()[1]).toEqual([
      'consent',
      'update',
      { analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }
    ])
    expect(Object.prototype.toString.call(win.dataLayer![1])).toBe('[object Arguments]')
  })

  it('pushes an update at once for a stored decision', () => {
    make({ categories: names }).acceptAll()
    let attach = consentMode(names)
    track(attach(make({ categories: names })))
    expect(entries()[1]).toEqual(['consent', 'update', expect.objectContaining({ ad_storage: 'granted', analytics_storage: 'granted' })])
  })

  it('denies again when the decision is reset', () => {
    let consent = make({ categories: names })
    track(consentMode(names)(consent))
    consent.acceptAll()
    consent.reset()
    expect(entries()[2]).toEqual(['consent', 'update', expect.objectContaining({ analytics_storage: 'denied' })])
  })

  it('follows a custom mapping merged over the default one', () => {
    let consent = make({ categories: ['stats', 'marketing'] })
    track(consentMode(['stats', 'marketing'], { mapping: { stats: ['analytics_storage'], marketing: ['ad_storage'] } })(consent))
    consent.save({ stats: true, marketing: false })
    expect(entries()[1][2]).toEqual({ analytics_storage: 'granted', ad_storage: 'denied' })
  })

  it('stops pushing once unbound', () => {
    let consent = make({ categories: names })
    consentMode(names)(consent)()
    consent.acceptAll()
    expect(entries()).toHaveLength(1)
  })
})
