import { describe, expect, test } from 'vitest'

import { weaker } from '../../src/audit/prominence.js'
import { isAllowedHost, isOwnHost, site, siteOf } from '../../src/audit/site.js'
import { isConsentCookie, vendorOfCookie, vendorOfHost } from '../../src/audit/trackers.js'
import type { ButtonLook } from '../../src/audit/types.js'

describe('trackers', () => {
  test('recognizes vendors by host, subdomains included', () => {
    expect(vendorOfHost('region1.google-analytics.com')).toBe('Google')
    expect(vendorOfHost('connect.facebook.net')).toBe('Meta')
    expect(vendorOfHost('www.clarity.ms')).toBe('Microsoft')
    expect(vendorOfHost('static.hotjar.com')).toBe('Hotjar')
    expect(vendorOfHost('analytics.tiktok.com')).toBe('TikTok')
    expect(vendorOfHost('px.ads.linkedin.com')).toBe('LinkedIn')
    expect(vendorOfHost('notgoogle-analytics.com')).toBeUndefined()
    expect(vendorOfHost('cdn.example.com')).toBeUndefined()
  })

  test('recognizes vendors by cookie name', () => {
    expect(vendorOfCookie('_ga')).toBe('Google')
    expect(vendorOfCookie('_ga_ABC123')).toBe('Google')
    expect(vendorOfCookie('_fbp')).toBe('Meta')
    expect(vendorOfCookie('_hjSessionUser_123')).toBe('Hotjar')
    expect(vendorOfCookie('_ttp')).toBe('TikTok')
    expect(vendorOfCookie('PHPSESSID')).toBeUndefined()
  })

  test('recognizes consent tools\' decision cookies', () => {
    for (let name of ['consentry', 'cc_cookie', 'klaro', 'tarteaucitron', 'cookieconsent_status']) {
      expect(isConsentCookie(name)).toBe(true)
    }
    expect(isConsentCookie('_ga')).toBe(false)
  })
})

describe('site', () => {
  test('resolves pages on the audited origin', () => {
    expect(site('https://www.example.com/start', ['/', 'article', '/a#x'], []).pages).toEqual([
      'https://www.example.com/', 'https://www.example.com/article', 'https://www.example.com/a'
    ])
    expect(site('https://www.example.com/start?x=1', undefined, []).pages).toEqual(['https://www.example.com/start?x=1'])
  })

  test('throws a TypeError that says what to pass', () => {
    expect(() => site('not a url', undefined, [])).toThrow(/consentry: audit: url: pass an absolute http\(s\) URL/)
    expect(() => site('ftp://example.com/', undefined, [])).toThrow(TypeError)
    expect(() => site('https://a.example/', ['https://b.example/'], [])).toThrow(/pages: pass paths on https:\/\/a.example/)
    expect(() => site('https://a.example/', [], [])).toThrow(/non-empty array/)
  })

  test('counts subdomains of the same site as its own, and IPs only as themselves', () => {
    let audited = site('https://www.example.co.uk/', undefined, ['cdn.other.net', '.fonts.net'])
    expect(siteOf('www.example.co.uk')).toBe('example.co.uk')
    expect(isOwnHost(audited, 'static.example.co.uk')).toBe(true)
    expect(isOwnHost(audited, 'example.com')).toBe(false)
    expect(isOwnHost(site('http://127.0.0.1:8080/', undefined, []), '127.0.0.2')).toBe(false)
    expect(isAllowedHost(audited, 'cdn.other.net')).toBe(true)
    expect(isAllowedHost(audited, 'x.cdn.other.net')).toBe(false)
    expect(isAllowedHost(audited, 'eu.fonts.net')).toBe(true)
  })
})

describe('prominence', () => {
  let look = (changes: Partial<ButtonLook>): ButtonLook => ({
    text: 'x', tag: 'button', shape: 'button', width: 200, height: 44, fontSize: 16,
    color: 'rgb(255, 255, 255)', background: 'rgb(0, 0, 0)', contrast: 21, ...changes
  })

  test('finds nothing when both buttons look the same', () => {
    expect(weaker(look({}), look({ width: 180 }))).toEqual([])
  })

  test('names each way refuse is weaker', () => {
    let reasons = weaker(look({}), look({ tag: 'a', shape: 'link', width: 90, height: 14, fontSize: 11, contrast: 1.7 }))
    expect(reasons).toHaveLength(4)
    expect(reasons[0]).toBe('a link against a button')
    expect(reasons.join()).toMatch(/smaller box.*smaller text.*lower contrast \(1\.7:1 against 21:1\)/)
  })
})
