import { describe, expect, it } from 'vitest'

import { validateService, validateServices } from '../../src/services/validate.js'
import type { Service } from '../../src/services/types.js'

const CATEGORIES = ['analytics', 'marketing']
const valid = (extra: Partial<Service> = {}): Service => ({ name: 'chat', category: 'analytics', ...extra })
const check = (service: unknown): Service => validateService(service as Service, CATEGORIES)

describe('validateService', () => {
  it('returns a valid service unchanged', () => {
    let service = valid({
      cookies: [{ name: /^_ga_/, duration: { years: 2 } }, { name: 'sid', duration: 'session' }],
      privacyPolicyUrl: '/privacy',
      load: () => {},
      embedHosts: ['www.youtube.com']
    })
    expect(check(service)).toBe(service)
  })

  const BAD: [string, unknown, RegExp][] = [
    ['a bad name', valid({ name: '1chat' }), /services: pass a name like 'chat'/],
    ['an unknown category', valid({ category: 'ads' }), /services\.chat\.category: pass one of analytics, marketing \(got "ads"\)/],
    ['a load that is not a function', valid({ load: 'init()' as never }), /services\.chat\.load: pass a function/],
    ['an onRevoke that is not a function', valid({ onRevoke: {} as never }), /services\.chat\.onRevoke: pass a function/],
    ['a cookie without a name', valid({ cookies: [{ duration: 'session' } as never] }), /services\.chat\.cookies\[0\]\.name: pass a cookie name or a RegExp/],
    ['a cookie with an empty name', valid({ cookies: [{ name: '', duration: 'session' }] }), /cookies\[0\]\.name/],
    ['a zero duration', valid({ cookies: [{ name: 'a', duration: { days: 0 } }] }), /services\.chat\.cookies\[0\]\.duration: pass 'session' or positive amounts/],
    ['a negative duration', valid({ cookies: [{ name: 'a', duration: { days: -1 } }] }), /cookies\[0\]\.duration/],
    ['a duration in an unknown unit', valid({ cookies: [{ name: 'a', duration: { weeks: 2 } as never }] }), /cookies\[0\]\.duration/],
    ['an empty duration', valid({ cookies: [{ name: 'a', duration: {} }] }), /cookies\[0\]\.duration/],
    ['a string duration', valid({ cookies: [{ name: 'a', duration: '2 years' as never }] }), /cookies\[0\]\.duration/],
    ['a javascript: policy url', valid({ privacyPolicyUrl: 'java\tscript:alert(1)' }), /services\.chat\.privacyPolicyUrl: pass an http\(s\) or relative URL/],
    ['a mailto: policy url', valid({ privacyPolicyUrl: 'mailto:dpo@example.test' }), /privacyPolicyUrl/],
    ['cookies that are not an array', valid({ cookies: {} as never }), /services\.chat\.cookies: pass an array/]
  ]
  for (let [what, service, message] of BAD) {
    it(`throws a TypeError naming the service for ${what}`, () => {
      expect(() => check(service)).toThrow(TypeError)
      expect(() => check(service)).toThrow(message)
    })
  }

  it('accepts https and relative policy urls', () => {
    expect(() => check(valid({ privacyPolicyUrl: 'https://acme.test/privacy' }))).not.toThrow()
    expect(() => check(valid({ privacyPolicyUrl: 'privacy.html' }))).not.toThrow()
  })
})

describe('validateServices', () => {
  it('throws for two services with one name', () => {
    expect(() => validateServices([valid(), valid({ category: 'marketing' })], CATEGORIES)).toThrow(
      /services: pass each service name once \(got "chat"\)/
    )
  })

  it('throws for a service named like a category', () => {
    expect(() => validateServices([valid({ name: 'marketing' })], CATEGORIES)).toThrow(
      /services: pass a service name that is not also a category name \(got "marketing"\)/
    )
  })

  it('checks each service', () => {
    expect(() => validateServices([valid(), valid({ name: 'x', category: 'nope' })], CATEGORIES)).toThrow(/services\.x\.category/)
  })

  it('throws for a list that is not an array', () => {
    expect(() => validateServices({} as never, CATEGORIES)).toThrow(/services: pass an array/)
  })
})
