// Each preset through the real engine: nothing before consent, the documented calls in order
// after it, the revoke call and the cookies deleted on withdrawal. Vendor scripts are recorded
// where the engine appends them, not fetched: no network.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { createConsent } from '../../src/entries/headless.js'
import type { Consent } from '../../src/entries/headless.js'
import * as presets from '../../src/entries/services.js'
import type { Service } from '../../src/services/types.js'
import { clearCookies, flush } from '../helpers/dom.js'
import { entries, global, useNetworkWatch, VENDOR_GLOBALS } from './helpers.js'

const nothingSent = useNetworkWatch()
let appended: HTMLScriptElement[] = []
let consent: Consent | undefined

beforeEach(() => {
  appended = []
  // The engine's one way into the page: record the vendor scripts instead of fetching them.
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    appended.push(...(nodes as HTMLScriptElement[]))
  })
})
afterEach(() => {
  consent?.destroy()
  consent = undefined
  vi.restoreAllMocks()
  clearCookies()
})

const queue = (name: string, key?: string): unknown[] => entries(key ? (global(name) as Record<string, unknown>)[key] : global(name))

interface Case {
  service: Service
  /** The vendor's calls after consent, in order. */
  calls: () => unknown
  expected: unknown
  /** What the vendor script's URL starts with (none: an embed). */
  script?: string
  /** The last call after withdrawal (none: no documented revoke call). */
  revoked?: () => unknown
  revokedExpected?: unknown
}

const CASES: Case[] = [
  {
    service: presets.googleAnalytics({ id: 'G-TEST1' }),
    calls: () => queue('dataLayer'),
    expected: [['js', expect.any(Date)], ['config', 'G-TEST1']],
    script: 'https://www.googletagmanager.com/gtag/js?id=G-TEST1',
    revoked: () => global('ga-disable-G-TEST1'),
    revokedExpected: true
  },
  {
    service: presets.googleTagManager({ id: 'GTM-TEST1' }),
    calls: () => global('dataLayer'),
    expected: [{ 'gtm.start': expect.any(Number), event: 'gtm.js' }],
    script: 'https://www.googletagmanager.com/gtm.js?id=GTM-TEST1'
  },
  {
    service: presets.googleAds({ id: 'AW-TEST1' }),
    calls: () => queue('dataLayer'),
    expected: [['js', expect.any(Date)], ['config', 'AW-TEST1']],
    script: 'https://www.googletagmanager.com/gtag/js?id=AW-TEST1'
  },
  {
    service: presets.metaPixel({ id: '1234567890' }),
    calls: () => queue('fbq', 'queue'),
    expected: [['consent', 'grant'], ['init', '1234567890'], ['track', 'PageView']],
    script: 'https://connect.facebook.net/en_US/fbevents.js',
    revoked: () => queue('fbq', 'queue').at(-1),
    revokedExpected: ['consent', 'revoke']
  },
  {
    service: presets.microsoftClarity({ id: 'abcdef1234' }),
    calls: () => queue('clarity', 'q'),
    expected: [['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]],
    script: 'https://www.clarity.ms/tag/abcdef1234',
    revoked: () => queue('clarity', 'q').slice(-2),
    revokedExpected: [['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }], ['consent', false]]
  },
  {
    service: presets.microsoftUet({ id: '987654321' }),
    calls: () => global('uetq'),
    expected: ['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'granted' }],
    script: 'https://bat.bing.com/bat.js',
    revoked: () => (global('uetq') as unknown[]).slice(-3),
    revokedExpected: ['consent', 'update', { ad_storage: 'denied' }]
  },
  {
    service: presets.hotjar({ id: '1234567' }),
    calls: () => global('_hjSettings'),
    expected: { hjid: 1234567, hjsv: 6 },
    script: 'https://static.hotjar.com/c/hotjar-1234567.js?sv=6'
  },
  {
    service: presets.matomo({ url: 'https://matomo.example/', siteId: 3 }),
    calls: () => global('_paq'),
    expected: [
      ['requireConsent'], ['trackPageView'], ['enableLinkTracking'], ['setTrackerUrl', 'https://matomo.example/matomo.php'],
      ['setSiteId', '3'], ['setConsentGiven']
    ],
    script: 'https://matomo.example/matomo.js',
    revoked: () => (global('_paq') as unknown[]).at(-1),
    revokedExpected: ['forgetConsentGiven']
  },
  {
    service: presets.linkedinInsight({ partnerId: '123456' }),
    calls: () => global('_linkedin_data_partner_ids'),
    expected: ['123456'],
    script: 'https://snap.licdn.com/li.lms-analytics/insight.min.js'
  },
  {
    service: presets.tiktokPixel({ id: 'CTEST1234567890' }),
    calls: () => Array.from(global('ttq') as unknown[]),
    expected: [['grantConsent'], ['page']],
    script: 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=CTEST1234567890',
    revoked: () => Array.from(global('ttq') as unknown[]).at(-1),
    revokedExpected: ['revokeConsent']
  },
  { service: presets.youtube(), calls: () => null, expected: null },
  { service: presets.vimeo(), calls: () => null, expected: null },
  { service: presets.googleMaps(), calls: () => null, expected: null }
]

/** A cookie value for each cookie the service lists (RegExps get a matching name). */
function setCookiesOf(service: Service): string[] {
  return (service.cookies ?? []).map(cookie => {
    let name = typeof cookie.name === 'string' ? cookie.name : cookie.name.source.replace(/^\^/, '').replace(/\\/g, '') + 'X1'
    document.cookie = `${name}=1; path=/`
    return name
  })
}

const cookieNames = (): string[] => document.cookie.split(/; */).filter(Boolean).map(pair => pair.split('=')[0])

describe.each(CASES.map(entry => [entry.service.name, entry] as const))('%s through the engine', (_name, entry) => {
  let { service } = entry
  const start = (): Consent => {
    consent = createConsent({ categories: [service.category], services: [service] })
    return consent
  }

  it('makes no request and defines no vendor global before consent, nor after a refusal', () => {
    start().rejectAll()
    expect(appended).toEqual([])
    for (let name of VENDOR_GLOBALS) expect(global(name), name).toBeUndefined()
    nothingSent()
  })

  it('sends the documented calls in order once granted, and asks for the vendor script once', () => {
    let engine = start()
    engine.save({ [service.name]: true })
    engine.acceptAll()
    expect(entry.calls()).toEqual(entry.expected)
    if (entry.script) {
      expect(appended).toHaveLength(1)
      expect(appended[0].src.startsWith(entry.script)).toBe(true)
      expect(appended[0].async).toBe(true)
    } else expect(appended).toEqual([])
  })

  it('sends the revoke call and deletes its cookies, and only its own, on withdrawal', () => {
    let engine = start()
    engine.acceptAll()
    let names = setCookiesOf(service)
    document.cookie = 'site_cookie=1; path=/'
    expect(names).toHaveLength(service.cookies?.length ?? 0)
    engine.save({ [service.category]: true, [service.name]: false })
    if (entry.revoked) expect(entry.revoked()).toEqual(entry.revokedExpected)
    for (let name of names) expect(cookieNames()).not.toContain(name)
    expect(cookieNames()).toContain('site_cookie')
    expect(cookieNames()).toContain('consentry')
  })
})

describe('embeds through the engine', () => {
  it('loads an <iframe data-consent="youtube"> only once the service is granted', async () => {
    consent = createConsent({ categories: ['marketing'], services: [presets.youtube()] })
    let frame = document.createElement('iframe')
    frame.dataset.consent = 'youtube'
    frame.dataset.src = 'https://www.youtube-nocookie.com/embed/x'
    document.body.append(frame)
    await flush()
    consent.save({ marketing: true, youtube: false })
    await flush()
    expect(frame.getAttribute('src')).toBeNull()
    consent.save({ youtube: true })
    await flush()
    expect(frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/x')
    frame.remove()
  })
})

describe('Consent Mode signals', () => {
  it('sends GA4’s granted update first when googleConsentMode is on', () => {
    let config = { categories: ['analytics'], services: [presets.googleAnalytics({ id: 'G-TEST1' })], googleConsentMode: true }
    consent = createConsent(config)
    consent.acceptAll()
    expect(queue('dataLayer')[0]).toEqual(['consent', 'update', { analytics_storage: 'granted' }])
  })

  it('starts the UET tag when bat.js has loaded', () => {
    let made: unknown[] = []
    consent = createConsent({ categories: ['marketing'], services: [presets.microsoftUet({ id: '987654321' })] })
    consent.acceptAll()
    Object.assign(window, {
      UET: class {
        constructor(options: unknown) {
          made.push(options)
        }
        push(): void {}
      }
    })
    appended[0].dispatchEvent(new Event('load'))
    expect(made).toEqual([{ ti: '987654321', enableAutoSpaTracking: true, q: expect.any(Array) }])
  })
})
