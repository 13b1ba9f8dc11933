import { describe, expect, it } from 'vitest'

import type { ConsentConfig } from '../../src/entries/headless.js'
import { useConsent } from '../helpers/dom.js'

const make = useConsent()
const config = { categories: ['analytics', 'marketing'] }

/** The TypeError that `fn` throws; fails the test when it throws nothing or something else. */
function typeError(fn: () => unknown): TypeError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(TypeError)
    return e as TypeError
  }
  throw new Error('expected a TypeError, nothing was thrown')
}

const bad = (config: unknown): TypeError => typeError(() => make(config as ConsentConfig))

describe('createConsent rejects', () => {
  it('a missing config, saying what to pass', () => {
    expect(bad(undefined).message).toMatch(/categories/)
  })

  it('missing categories', () => {
    expect(bad({}).message).toMatch(/categories/)
  })

  it('an empty category list', () => {
    expect(bad({ categories: [] }).message).toMatch(/analytics/)
  })

  it('only necessary, which is implicit', () => {
    expect(bad({ categories: ['necessary'] }).message).toMatch(/necessary/)
  })

  it('an empty category object', () => {
    expect(bad({ categories: {} }).message).toMatch(/analytics/)
  })

  it('a duplicate category, naming it', () => {
    expect(bad({ categories: ['analytics', 'analytics'] }).message).toContain('analytics')
  })

  it('a category name that cannot be stored in the cookie', () => {
    expect(bad({ categories: ['ads:1'] }).message).toContain('ads:1')
    bad({ categories: ['a|b'] })
    bad({ categories: ['a.b'] })
    bad({ categories: [''] })
    bad({ categories: [42] })
  })

  it('a non-integer revision, saying what to pass', () => {
    let error = bad({ ...config, revision: 1.5 })
    expect(error.message).toMatch(/revision/)
    expect(error.message).toMatch(/1\.5/)
    bad({ ...config, revision: '2' })
    bad({ ...config, revision: NaN })
    bad({ ...config, revision: -1 })
  })

  it('maxAgeDays 0 and 401, naming the allowed range', () => {
    expect(bad({ ...config, cookie: { maxAgeDays: 0 } }).message).toMatch(/1.*400/)
    expect(bad({ ...config, cookie: { maxAgeDays: 401 } }).message).toMatch(/1.*400/)
    bad({ ...config, cookie: { maxAgeDays: NaN } })
  })

  it('maxAgeDays given as a string (from a data-* attribute, say)', () => {
    // A string passes a >= / <= range check but js-cookie needs a number: no cookie would be written.
    expect(bad({ ...config, cookie: { maxAgeDays: '30' } }).message).toMatch(/maxAgeDays/)
  })

  it('a cookie name that is not a cookie token', () => {
    expect(bad({ ...config, cookie: { name: 'my cookie;' } }).message).toMatch(/cookie\.name/)
  })

  for (let url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)'
  ]) {
    it(`the privacy URL ${JSON.stringify(url)}, saying what to pass`, () => {
      let error = bad({ ...config, privacyPolicyUrl: url })
      expect(error.message).toMatch(/privacyPolicyUrl/)
      expect(error.message).toMatch(/\/privacy|relative/)
    })
  }
})

describe('createConsent accepts', () => {
  it('an array of categories', () => {
    expect(make(config).config.names).toEqual(['analytics', 'marketing'])
  })

  it('an object of categories with options, necessary listed or not', () => {
    let consent = make({ categories: { necessary: {}, analytics: { label: 'Stats', cookies: [/^_ga/] } } })
    expect(consent.config.names).toEqual(['analytics'])
  })

  it('maxAgeDays 1 and 400', () => {
    expect(make({ ...config, cookie: { maxAgeDays: 1 } }).config.maxAgeDays).toBe(1)
    expect(make({ ...config, cookie: { maxAgeDays: 400 } }).config.maxAgeDays).toBe(400)
  })

  it('revision 0', () => {
    expect(make({ ...config, revision: 0 }).config.revision).toBe(0)
  })

  for (let url of ['/privacy', 'privacy.html', 'https://example.com/p', 'HTTP://example.com', 'mailto:dpo@example.com', '#p']) {
    it(`the privacy URL ${JSON.stringify(url)}`, () => {
      expect(() => make({ ...config, privacyPolicyUrl: url })).not.toThrow()
    })
  }
})

describe('calls reject', () => {
  it('whenGranted with an unknown category, naming the configured ones', () => {
    let error = typeError(() => make(config).whenGranted('advertising', () => {}))
    expect(error.message).toContain('advertising')
    expect(error.message).toContain('analytics')
  })

  it('whenGranted with an unknown category in a list', () => {
    typeError(() => make(config).whenGranted(['analytics', 'ads'], () => {}))
  })

  it('whenGranted with an inherited property name as category', () => {
    typeError(() => make(config).whenGranted('constructor', () => {}))
  })

  it('loadScript with an unknown category', () => {
    typeError(() => make(config).loadScript('ads', 'https://cdn.example/a.js'))
  })

  it('save with an unknown category, and records nothing', () => {
    let consent = make(config)
    let error = typeError(() => consent.save({ analytics: true, ads: true }))
    expect(error.message).toContain('ads')
    expect(consent.getDecision()).toBeNull()
    expect(document.cookie).toBe('')
  })
})
