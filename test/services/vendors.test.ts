import { describe, expect, it } from 'vitest'

import { googleAnalytics } from '../../src/services/presets/google-analytics.js'
import { hotjar } from '../../src/services/presets/hotjar.js'
import { linkedinInsight } from '../../src/services/presets/linkedin-insight.js'
import { matomo } from '../../src/services/presets/matomo.js'
import { metaPixel } from '../../src/services/presets/meta-pixel.js'
import { microsoftClarity } from '../../src/services/presets/microsoft-clarity.js'
import { microsoftUet } from '../../src/services/presets/microsoft-uet.js'
import { tiktokPixel } from '../../src/services/presets/tiktok-pixel.js'
import { entries, fakeContext, global, useNetworkWatch } from './helpers.js'

useNetworkWatch()
const queueOf = (name: string, key: string): unknown[] => entries((global(name) as Record<string, unknown>)[key])

describe('metaPixel', () => {
  it('grants consent, inits the pixel and tracks the page view in that order, then asks for fbevents.js', () => {
    let { context, scripts } = fakeContext()
    metaPixel({ id: 1234567890 }).load!(context)
    expect(queueOf('fbq', 'queue')).toEqual([['consent', 'grant'], ['init', '1234567890'], ['track', 'PageView']])
    expect(global('_fbq')).toBe(global('fbq'))
    expect(scripts[0].src).toBe('https://connect.facebook.net/en_US/fbevents.js')
  })

  it('revokes consent on withdrawal', () => {
    let service = metaPixel({ id: '1234567890' })
    service.load!(fakeContext().context)
    service.onRevoke!(fakeContext().context)
    expect(queueOf('fbq', 'queue').at(-1)).toEqual(['consent', 'revoke'])
  })
})

describe('microsoftClarity', () => {
  it('sends consentv2 with analytics granted and ads denied, then asks for its tag', () => {
    let { context, scripts } = fakeContext()
    microsoftClarity({ id: 'abcdef1234' }).load!(context)
    expect(queueOf('clarity', 'q')).toEqual([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]])
    expect(scripts[0].src).toBe('https://www.clarity.ms/tag/abcdef1234')
  })

  it('denies both storages and erases its cookies on withdrawal', () => {
    let service = microsoftClarity({ id: 'abcdef1234' })
    service.load!(fakeContext().context)
    service.onRevoke!(fakeContext().context)
    expect(queueOf('clarity', 'q').slice(1)).toEqual([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ['consent', false]
    ])
  })
})

describe('microsoftUet', () => {
  it('queues the denied default, then the granted update, then asks for bat.js', () => {
    let { context, scripts } = fakeContext()
    microsoftUet({ id: '987654321' }).load!(context)
    expect(global('uetq')).toEqual(['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'granted' }])
    expect(scripts[0].src).toBe('https://bat.bing.com/bat.js')
  })

  it('starts the tag with the queue once bat.js has run, then sends pageLoad', () => {
    let { context, scripts } = fakeContext()
    microsoftUet({ id: '987654321' }).load!(context)
    let queue = global('uetq')
    let made: { options: unknown; pushed: unknown[][] }[] = []
    // What bat.js defines: the UET constructor.
    Object.assign(window, {
      UET: class {
      pushed: unknown[][] = []
      constructor(public options: unknown) {
        made.push(this as never)
      }
      push(...args: unknown[]): void {
        this.pushed.push(args)
      }
      }
    })
    scripts[0].options!.onLoad!()
    expect(made).toHaveLength(1)
    expect(made[0].options).toEqual({ ti: '987654321', enableAutoSpaTracking: true, q: queue })
    expect(global('uetq')).toBe(made[0])
    expect(made[0].pushed).toEqual([['pageLoad']])
  })

  it('sends the denied update on withdrawal', () => {
    let service = microsoftUet({ id: '987654321' })
    service.load!(fakeContext().context)
    service.onRevoke!(fakeContext().context)
    expect((global('uetq') as unknown[]).slice(-3)).toEqual(['consent', 'update', { ad_storage: 'denied' }])
  })
})

describe('hotjar', () => {
  it('sets the hj queue and settings, then asks for the site script', () => {
    let { context, scripts } = fakeContext()
    let service = hotjar({ id: 1234567 })
    service.load!(context)
    expect(typeof global('hj')).toBe('function')
    expect(global('_hjSettings')).toEqual({ hjid: 1234567, hjsv: 6 })
    expect(scripts[0].src).toBe('https://static.hotjar.com/c/hotjar-1234567.js?sv=6')
    expect(service.cookies!.map(cookie => cookie.name)).toContain('_hjSessionUser_1234567')
  })

  it('has no revoke call, as Hotjar documents none', () => {
    expect(hotjar({ id: 1 }).onRevoke).toBeUndefined()
  })
})

describe('matomo', () => {
  it('requires consent first, sets up the tracker, gives consent for the page, then asks for matomo.js', () => {
    let { context, scripts } = fakeContext()
    matomo({ url: 'https://stats.example.test', siteId: 3 }).load!(context)
    expect(global('_paq')).toEqual([
      ['requireConsent'],
      ['trackPageView'],
      ['enableLinkTracking'],
      ['setTrackerUrl', 'https://stats.example.test/matomo.php'],
      ['setSiteId', '3'],
      ['setConsentGiven']
    ])
    expect(scripts[0].src).toBe('https://stats.example.test/matomo.js')
  })

  it('forgets consent on withdrawal', () => {
    let service = matomo({ url: 'https://stats.example.test/', siteId: 3 })
    service.load!(fakeContext().context)
    service.onRevoke!(fakeContext().context)
    expect((global('_paq') as unknown[]).at(-1)).toEqual(['forgetConsentGiven'])
  })

  it('uses the cookie-consent calls in cookieless mode', () => {
    let service = matomo({ url: '//stats.example.test/', siteId: 3, cookieless: true })
    service.load!(fakeContext().context)
    service.onRevoke!(fakeContext().context)
    let names = (global('_paq') as unknown[][]).map(entry => entry[0])
    expect(names).toEqual(expect.arrayContaining(['requireCookieConsent', 'setCookieConsentGiven', 'forgetCookieConsentGiven']))
    expect(names).not.toContain('requireConsent')
  })

  it('rejects a url that is not http(s)', () => {
    expect(() => matomo({ url: 'javascript:alert(1)//', siteId: 1 })).toThrow(/matomo: pass \{ url/)
  })
})

describe('linkedinInsight', () => {
  it('registers the partner id and the lintrk queue, then asks for insight.min.js', () => {
    let { context, scripts } = fakeContext()
    linkedinInsight({ partnerId: 123456 }).load!(context)
    expect(global('_linkedin_partner_id')).toBe('123456')
    expect(global('_linkedin_data_partner_ids')).toEqual(['123456'])
    expect(queueOf('lintrk', 'q')).toEqual([])
    expect(scripts[0].src).toBe('https://snap.licdn.com/li.lms-analytics/insight.min.js')
  })
})

describe('tiktokPixel', () => {
  it('grants consent, registers the pixel, asks for events.js, then tracks the page', () => {
    let { context, scripts } = fakeContext()
    tiktokPixel({ id: 'CTEST1234567890' }).load!(context)
    expect(Array.from(global('ttq') as unknown[])).toEqual([['grantConsent'], ['page']])
    expect(Object.keys((global('ttq') as { _i: object })._i)).toEqual(['CTEST1234567890'])
    expect(scripts[0].src).toBe('https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=CTEST1234567890&lib=ttq')
  })

  it('revokes consent on withdrawal', () => {
    let service = tiktokPixel({ id: 'CTEST1234567890' })
    service.load!(fakeContext().context)
    service.onRevoke!(fakeContext().context)
    expect(Array.from(global('ttq') as unknown[]).at(-1)).toEqual(['revokeConsent'])
  })
})

describe('required options', () => {
  const CASES: [string, () => unknown][] = [
    ['googleAnalytics', () => googleAnalytics({} as never)],
    ['metaPixel', () => metaPixel({} as never)],
    ['microsoftClarity', () => microsoftClarity({ id: '' })],
    ['microsoftUet', () => microsoftUet(undefined as never)],
    ['hotjar', () => hotjar({ id: 'a b' })],
    ['matomo', () => matomo({ url: 'https://x.test/' } as never)],
    ['linkedinInsight', () => linkedinInsight({ id: '1' } as never)],
    ['tiktokPixel', () => tiktokPixel({ id: '"><script>' })]
  ]
  for (let [preset, make] of CASES) {
    it(`${preset} throws a TypeError naming the preset without its id`, () => {
      expect(make).toThrow(TypeError)
      expect(make).toThrow(`consentry: ${preset}: pass {`)
    })
  }
})
