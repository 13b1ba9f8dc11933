import { describe, expect, it } from 'vitest'

import { serializeDecision } from '../../src/core/cookie-format.js'
import { parseConsentCookie } from '../../src/entries/server.js'
import { makeDecision } from '../../src/testing/cookies.js'

const value = serializeDecision(makeDecision({ analytics: true, ga4: false, hotjar: true }))
const header = `theme=dark; consentry=${encodeURIComponent(value)}; other=1`

describe('parseConsentCookie with services', () => {
  it('reads the services of a format 2 cookie', () => {
    let decision = parseConsentCookie(header, { categories: ['analytics'], services: ['ga4', 'hotjar'] })
    expect(decision!.services).toEqual({ ga4: false, hotjar: true })
  })

  it('reads nothing when the stored services are not the configured ones', () => {
    expect(parseConsentCookie(header, { categories: ['analytics'], services: ['ga4'] })).toBeNull()
    expect(parseConsentCookie(header, { categories: ['analytics'], services: ['ga4', 'hotjar', 'uet'] })).toBeNull()
    expect(parseConsentCookie(header, { categories: ['analytics'], services: [] })).toBeNull()
  })

  it('reads nothing for a cookie granting an unknown service', () => {
    let forged = value.replace('hotjar:1', 'evil:1')
    expect(parseConsentCookie(forged, { categories: ['analytics'], services: ['ga4', 'hotjar'] })).toBeNull()
  })
})
