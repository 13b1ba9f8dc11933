import { describe, expect, it } from 'vitest'

import { googleAds } from '../../src/services/presets/google-ads.js'
import { googleAnalytics } from '../../src/services/presets/google-analytics.js'
import { googleTagManager } from '../../src/services/presets/google-tag-manager.js'
import { entries, fakeContext, global, useNetworkWatch } from './helpers.js'

useNetworkWatch()
const isArguments = (entry: unknown): boolean => Object.prototype.toString.call(entry) === '[object Arguments]'
const AD_GRANTED = { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }

describe('googleAnalytics', () => {
  it('pushes js then config as arguments objects, then asks for gtag/js', () => {
    let { context, scripts } = fakeContext()
    googleAnalytics({ id: 'G-TEST123' }).load!(context)
    let queue = global('dataLayer') as unknown[]
    expect(queue.every(isArguments)).toBe(true)
    expect(entries(queue)).toEqual([['js', expect.any(Date)], ['config', 'G-TEST123']])
    expect(scripts.map(call => call.src)).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-TEST123'])
  })

  it('sends the analytics_storage grant first when Consent Mode is on', () => {
    let { context } = fakeContext(true)
    googleAnalytics({ id: 'G-TEST123' }).load!(context)
    expect(entries(global('dataLayer'))[0]).toEqual(['consent', 'update', { analytics_storage: 'granted' }])
  })

  it('reuses the gtag the page (or the Consent Mode integration) already defined', () => {
    let existing: unknown[] = ['earlier']
    let gtag = function () {
      // eslint-disable-next-line prefer-rest-params
      existing.push(arguments)
    }
    Object.assign(window, { dataLayer: existing, gtag })
    googleAnalytics({ id: 'G-TEST123' }).load!(fakeContext().context)
    expect(global('gtag')).toBe(gtag)
    expect(entries(existing).slice(1)).toEqual([['js', expect.any(Date)], ['config', 'G-TEST123']])
  })

  it('denies analytics_storage and sets the documented opt-out flag on withdrawal', () => {
    let service = googleAnalytics({ id: 'G-TEST123' })
    let { context } = fakeContext(true)
    service.load!(context)
    service.onRevoke!(context)
    expect(entries(global('dataLayer')).at(-1)).toEqual(['consent', 'update', { analytics_storage: 'denied' }])
    expect(global('ga-disable-G-TEST123')).toBe(true)
  })

  it('sends no consent command without Consent Mode', () => {
    let service = googleAnalytics({ id: 'G-TEST123' })
    let { context } = fakeContext(false)
    service.load!(context)
    service.onRevoke!(context)
    expect(entries(global('dataLayer')).filter(entry => (entry as unknown[])[0] === 'consent')).toEqual([])
  })

  it('names itself ga4 in analytics', () => {
    let service = googleAnalytics({ id: 'G-TEST123' })
    expect([service.name, service.category]).toEqual(['ga4', 'analytics'])
  })
})

describe('googleAds', () => {
  it('grants the ad consent types first, then js, config and gtag/js', () => {
    let { context, scripts } = fakeContext(true)
    let service = googleAds({ id: 'AW-123456789' })
    service.load!(context)
    expect(entries(global('dataLayer'))).toEqual([
      ['consent', 'update', AD_GRANTED],
      ['js', expect.any(Date)],
      ['config', 'AW-123456789']
    ])
    expect(scripts[0].src).toBe('https://www.googletagmanager.com/gtag/js?id=AW-123456789')
    expect([service.name, service.category]).toEqual(['google-ads', 'marketing'])
  })

  it('denies the ad consent types on withdrawal', () => {
    let service = googleAds({ id: 'AW-123456789' })
    let { context } = fakeContext(true)
    service.load!(context)
    service.onRevoke!(context)
    expect(entries(global('dataLayer')).at(-1)).toEqual([
      'consent', 'update', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }
    ])
  })
})

describe('googleTagManager', () => {
  it('pushes the gtm.js start event, then asks for gtm.js', () => {
    let { context, scripts } = fakeContext()
    let service = googleTagManager({ id: 'GTM-TEST12' })
    service.load!(context)
    expect(global('dataLayer')).toEqual([{ 'gtm.start': expect.any(Number), event: 'gtm.js' }])
    expect(scripts[0].src).toBe('https://www.googletagmanager.com/gtm.js?id=GTM-TEST12')
    expect([service.name, service.category]).toEqual(['gtm', 'analytics'])
  })

  it('grants then denies the consent types of its category with Consent Mode', () => {
    let service = googleTagManager({ id: 'GTM-TEST12', category: 'marketing' })
    let { context } = fakeContext(true)
    service.load!(context)
    service.onRevoke!(context)
    let consent = entries(global('dataLayer')).filter(entry => Array.isArray(entry))
    expect(consent).toEqual([
      ['consent', 'update', AD_GRANTED],
      ['consent', 'update', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }]
    ])
  })
})
