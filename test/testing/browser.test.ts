import { describe, expect, it } from 'vitest'

import { parseConsentCookie } from '../../src/entries/server.js'
import { consentCookie, makeDecision, readDecision } from '../../src/entries/testing.js'
import type { PageLike } from '../../src/entries/testing.js'

let fakePage = (url: string, cookies: Array<{ name: string; value: string }>): PageLike & { asked: unknown[] } => {
  let asked: unknown[] = []
  return {
    asked,
    url: () => url,
    context: () => ({
      cookies: async urls => {
        asked.push(urls)
        return cookies
      }
    })
  }
}

describe('consentCookie', () => {
  it('makes a cookie for a URL that the server parser reads back', () => {
    let decision = makeDecision({ analytics: true }, { revision: 2 })
    let cookie = consentCookie(decision, { url: 'http://127.0.0.1:3000' })
    expect(cookie).toMatchObject({ name: 'consentry', url: 'http://127.0.0.1:3000', sameSite: 'Lax' })
    expect(parseConsentCookie(`${cookie.name}=${cookie.value}`, { revision: 2 })).toEqual(decision)
  })

  it('builds the decision from categories, with name, domain and path', () => {
    let cookie = consentCookie({ analytics: false }, { domain: 'example.com', name: 'cc', revision: 3 })
    expect(cookie).toMatchObject({ name: 'cc', domain: 'example.com', path: '/' })
    expect(parseConsentCookie(cookie.value, { revision: 3 })?.method).toBe('reject-all')
  })

  it('expires after maxAgeDays', () => {
    let cookie = consentCookie({ analytics: true }, { url: 'http://x.test', maxAgeDays: 10 })
    expect(cookie.expires - Date.now() / 1000).toBeCloseTo(864000, -1)
  })

  it('asks for a url or a domain', () => {
    expect(() => consentCookie({ analytics: true }, {})).toThrow(/needs \{ url/)
    expect(() => consentCookie({ analytics: true }, { url: 'http://a.test', domain: 'a.test' })).toThrow(TypeError)
  })
})

describe('readDecision', () => {
  it('parses the page cookie for the page URL', async () => {
    let decision = makeDecision({ analytics: true })
    let cookie = consentCookie(decision, { url: 'http://127.0.0.1:1' })
    let page = fakePage('http://127.0.0.1:1/a', [{ name: 'other', value: 'x' }, cookie])
    expect(await readDecision(page)).toEqual(decision)
    expect(page.asked).toEqual(['http://127.0.0.1:1/a'])
  })

  it('gives null with no cookie, another name or another revision', async () => {
    let cookie = consentCookie({ analytics: true }, { url: 'http://a.test', name: 'cc' })
    expect(await readDecision(fakePage('http://a.test/', []))).toBeNull()
    expect(await readDecision(fakePage('http://a.test/', [cookie]))).toBeNull()
    expect(await readDecision(fakePage('http://a.test/', [cookie]), { name: 'cc', revision: 2 })).toBeNull()
    expect(await readDecision(fakePage('http://a.test/', [cookie]), { name: 'cc' })).not.toBeNull()
  })
})
