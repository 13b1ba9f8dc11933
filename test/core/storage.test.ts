// @vitest-environment-options {"url":"https://www.example.com/a/b"}
import { afterEach, describe, expect, it, vi } from 'vitest'

import { overrideCookie, parseSetCookie, readCookie, recordCookieWrites, useConsent } from '../helpers/dom.js'

const make = useConsent()
const DAY = 864e5

let restores: Array<() => void> = []
afterEach(() => {
  for (let restore of restores.splice(0)) restore()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** The decision cookie writes made while running `fn`, parsed. */
function writesOf(fn: () => void): ReturnType<typeof parseSetCookie>[] {
  let { writes, restore } = recordCookieWrites()
  restores.push(restore)
  fn()
  restore()
  return writes.map(parseSetCookie)
}

describe('decision cookie attributes', () => {
  it('are Path=/, SameSite=Lax and Secure on https', () => {
    let [write] = writesOf(() => make({ categories: ['analytics'] }).acceptAll())
    expect(write.name).toBe('consentry')
    expect(write.attrs.path).toBe('/')
    expect(write.attrs.samesite?.toLowerCase()).toBe('lax')
    expect('secure' in write.attrs).toBe(true)
    expect('domain' in write.attrs).toBe(false)
  })

  it('last 182 days by default', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-01-10T12:00:00Z'))
    let [write] = writesOf(() => make({ categories: ['analytics'] }).acceptAll())
    let lifetime = Date.parse(write.attrs.expires) - Date.now()
    expect(Math.abs(lifetime - 182 * DAY)).toBeLessThan(2000)
  })

  it('last exactly as long for a refusal as for an acceptance', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-01-10T12:00:00Z'))
    let [accepted] = writesOf(() => make({ categories: ['analytics'] }).acceptAll())
    let [refused] = writesOf(() => make({ categories: ['analytics'] }).rejectAll())
    expect(refused.attrs.expires).toBe(accepted.attrs.expires)
    expect(refused.attrs['max-age']).toBe(accepted.attrs['max-age'])
  })

  it('follow cookie.maxAgeDays', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-01-10T12:00:00Z'))
    let [write] = writesOf(() => make({ categories: ['analytics'], cookie: { maxAgeDays: 30 } }).rejectAll())
    let lifetime = Date.parse(write.attrs.expires) - Date.now()
    expect(Math.abs(lifetime - 30 * DAY)).toBeLessThan(2000)
  })

  it('carry the configured domain, so subdomains share the decision', () => {
    let [write] = writesOf(() =>
      make({ categories: ['analytics'], cookie: { domain: 'example.com' } }).acceptAll()
    )
    expect(write.attrs.domain).toBe('example.com')
  })

  it('use the configured name, path and SameSite', () => {
    let [write] = writesOf(() =>
      make({
        categories: ['analytics'],
        cookie: { name: 'cc', path: '/a', sameSite: 'Strict' }
      }).acceptAll()
    )
    expect(write.name).toBe('cc')
    expect(write.attrs.path).toBe('/a')
    expect(write.attrs.samesite?.toLowerCase()).toBe('strict')
  })

  it('leave out Secure when secure: false', () => {
    let [write] = writesOf(() => make({ categories: ['analytics'], cookie: { secure: false } }).acceptAll())
    expect('secure' in write.attrs).toBe(false)
  })

  it('are written once per decision and never before', () => {
    let writes = writesOf(() => {
      let consent = make({ categories: ['analytics'] })
      consent.whenGranted('analytics', () => {})
      consent.isGranted('analytics')
    })
    expect(writes).toEqual([])
    expect(writesOf(() => make({ categories: ['analytics'] }).save({ analytics: true }))).toHaveLength(1)
  })
})

describe('decision cookie storage', () => {
  it('is read back by the next page load', () => {
    let decision = make({ categories: ['analytics'] }).save({ analytics: true })
    expect(make({ categories: ['analytics'] }).getDecision()).toEqual(decision)
  })

  it('is shared through the configured domain with another subdomain', () => {
    let decision = make({ categories: ['analytics'], cookie: { domain: 'example.com' } }).acceptAll()
    let happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM
    happyDOM.setURL('https://shop.example.com/a/b')
    try {
      expect(make({ categories: ['analytics'], cookie: { domain: 'example.com' } }).getDecision()).toEqual(
        decision
      )
    } finally {
      happyDOM.setURL('https://www.example.com/a/b')
    }
  })

  it('is under 1 KB for ten categories', () => {
    let categories = Array.from({ length: 10 }, (_, i) => `category-number-${i}`)
    make({ categories }).acceptAll()
    expect(readCookie('consentry')!.length).toBeLessThan(1024)
  })

  it('is deleted by reset, on its configured domain too', () => {
    let consent = make({ categories: ['analytics'], cookie: { domain: 'example.com' } })
    consent.acceptAll()
    expect(readCookie('consentry')).toBeDefined()
    consent.reset()
    expect(readCookie('consentry')).toBeUndefined()
  })

  it('is read on pages under its configured path', () => {
    let decision = make({ categories: ['analytics'], cookie: { path: '/a' } }).acceptAll()
    expect(make({ categories: ['analytics'], cookie: { path: '/a' } }).getDecision()).toEqual(decision)
  })

  it('is deleted by reset', () => {
    let consent = make({ categories: ['analytics'] })
    consent.acceptAll()
    consent.reset()
    expect(readCookie('consentry')).toBeUndefined()
  })
})

describe('withdrawal deletes the category cookies', () => {
  const config = {
    categories: {
      analytics: { cookies: ['_gid', /^_ga/] },
      marketing: { cookies: ['_fbp'] }
    }
  }

  it('listed by name and RegExp, on the host, parent domains and parent paths', () => {
    let consent = make(config)
    consent.acceptAll()
    document.cookie = '_ga=1; path=/'
    document.cookie = '_ga_ABC=2; path=/; domain=example.com'
    document.cookie = '_gid=3; path=/a'
    document.cookie = '_gid=4; path=/a/b; domain=.example.com'
    document.cookie = '_gat=5; path=/a/b; domain=www.example.com'
    document.cookie = 'session=keep; path=/'
    expect(document.cookie.split('; ')).toHaveLength(7)
    consent.save({ marketing: true })
    expect(document.cookie.split('; ').sort()).toEqual(['consentry=' + readCookie('consentry'), 'session=keep'].sort())
  })

  it('listed as one name (no array), keeping the decision in the cookie', () => {
    let consent = make({ categories: { analytics: { cookies: '_ga' } } })
    consent.acceptAll()
    document.cookie = '_ga=1; path=/'
    let decision = consent.rejectAll()
    expect(document.cookie).not.toMatch(/_ga=/)
    expect(readCookie('consentry')).toContain(decision.id)
  })

  it('matched by a global RegExp, every one of them', () => {
    let consent = make({ categories: { analytics: { cookies: [/^_ga/g] } } })
    consent.acceptAll()
    document.cookie = '_ga=1; path=/'
    document.cookie = '_ga_A=2; path=/'
    document.cookie = '_ga_B=3; path=/'
    consent.rejectAll()
    expect(document.cookie).not.toMatch(/_ga/)
  })

  it('only for the withdrawn category', () => {
    let consent = make(config)
    consent.acceptAll()
    document.cookie = '_ga=1; path=/'
    document.cookie = '_fbp=2; path=/'
    consent.save({ marketing: true })
    expect(readCookie('_ga')).toBeUndefined()
    expect(readCookie('_fbp')).toBe('2')
  })

  it('not on a first refusal nor while still granted', () => {
    document.cookie = '_ga=1; path=/'
    let consent = make(config)
    consent.rejectAll()
    expect(readCookie('_ga')).toBe('1')
    consent.acceptAll()
    consent.acceptAll()
    expect(readCookie('_ga')).toBe('1')
  })

  it('also on reset', () => {
    let consent = make(config)
    consent.acceptAll()
    document.cookie = '_fbp=2; path=/'
    consent.reset()
    expect(readCookie('_fbp')).toBeUndefined()
  })
})

describe('when document.cookie throws', () => {
  function breakCookies(): void {
    restores.push(
      overrideCookie(() => ({
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        },
        set() {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        }
      }))
    )
    vi.spyOn(console, 'error').mockImplementation(() => {})
  }

  it('createConsent does not throw and has no decision', () => {
    breakCookies()
    let consent = make({ categories: ['analytics'] })
    expect(consent.getDecision()).toBeNull()
    expect(consent.isGranted('analytics')).toBe(false)
  })

  it('nothing runs without a decision', () => {
    breakCookies()
    let consent = make({ categories: ['analytics'] })
    let loader = vi.fn()
    consent.whenGranted('analytics', loader)
    consent.refresh()
    expect(loader).not.toHaveBeenCalled()
  })

  it('decisions hold in memory for the page and loaders follow them', () => {
    breakCookies()
    let consent = make({ categories: ['analytics'] })
    let loader = vi.fn()
    let onRevoke = vi.fn()
    consent.whenGranted('analytics', loader, { onRevoke })
    let decision = consent.acceptAll()
    expect(consent.getDecision()).toEqual(decision)
    expect(consent.isGranted('analytics')).toBe(true)
    expect(loader).toHaveBeenCalledOnce()
    consent.rejectAll()
    expect(consent.isGranted('analytics')).toBe(false)
    expect(onRevoke).toHaveBeenCalledOnce()
  })

  it("reports the failure on 'error' without throwing", () => {
    breakCookies()
    let consent = make({ categories: ['analytics'] })
    let errors = vi.fn()
    consent.on('error', errors)
    expect(() => consent.acceptAll()).not.toThrow()
    expect(errors).toHaveBeenCalled()
    expect(errors.mock.calls[0][0]).toBeInstanceOf(Error)
  })

  it('withdrawal with cookies to delete does not throw', () => {
    breakCookies()
    let consent = make({ categories: { analytics: { cookies: [/^_ga/] } } })
    consent.acceptAll()
    expect(() => consent.rejectAll()).not.toThrow()
    expect(consent.isGranted('analytics')).toBe(false)
  })

  it('reset forgets the in-memory decision', () => {
    breakCookies()
    let consent = make({ categories: ['analytics'] })
    consent.acceptAll()
    consent.reset()
    expect(consent.getDecision()).toBeNull()
  })
})

describe('when cookies are silently blocked', () => {
  it('decisions hold in memory for the page', () => {
    let errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    restores.push(overrideCookie(() => ({ get: () => '', set() {} })))
    let consent = make({ categories: ['analytics'] })
    let loader = vi.fn()
    consent.whenGranted('analytics', loader)
    consent.acceptAll()
    expect(consent.isGranted('analytics')).toBe(true)
    expect(loader).toHaveBeenCalledOnce()
    expect(errors).toHaveBeenCalledWith('[consentry]', expect.objectContaining({ message: expect.stringContaining('Cookies blocked') }))
  })
})
