// @vitest-environment-options {"url":"https://shop.example/","settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import { afterEach, describe, expect, it, vi } from 'vitest'

import { flush, useConsent } from '../helpers/dom.js'
import { order, push, serveScripts } from '../helpers/scripts.js'

const make = useConsent()
const config = { categories: ['analytics', 'marketing'] }

afterEach(() => {
  vi.restoreAllMocks()
  delete (window as unknown as { order?: string[] }).order
})

describe('whenGranted', () => {
  it('runs a loader when its category becomes granted', () => {
    let consent = make(config)
    let loader = vi.fn()
    consent.whenGranted('analytics', loader)
    consent.save({ analytics: true })
    expect(loader).toHaveBeenCalledOnce()
  })

  it('does not run a loader for a refused category', () => {
    let consent = make(config)
    let loader = vi.fn()
    consent.whenGranted('marketing', loader)
    consent.save({ analytics: true })
    consent.rejectAll()
    expect(loader).not.toHaveBeenCalled()
  })

  it('runs a loader exactly once under 1,000 accept/reject toggles', () => {
    let consent = make(config)
    let loader = vi.fn()
    consent.whenGranted('analytics', loader)
    for (let i = 0; i < 1000; i++) {
      if (i % 2) consent.rejectAll()
      else consent.acceptAll()
    }
    expect(loader).toHaveBeenCalledOnce()
  })

  it('runs synchronously on registration when the category is already granted', () => {
    let consent = make(config)
    consent.acceptAll()
    let loader = vi.fn()
    consent.whenGranted('analytics', loader)
    expect(loader).toHaveBeenCalledOnce()
  })

  it('runs synchronously on a return visit, during registration right after createConsent', () => {
    make(config).acceptAll()
    let loader = vi.fn()
    make(config).whenGranted('analytics', loader)
    expect(loader).toHaveBeenCalledOnce()
  })

  it('needs every category of a list', () => {
    let consent = make(config)
    let loader = vi.fn()
    consent.whenGranted(['analytics', 'marketing'], loader)
    consent.save({ analytics: true })
    expect(loader).not.toHaveBeenCalled()
    consent.save({ analytics: true, marketing: true })
    expect(loader).toHaveBeenCalledOnce()
  })

  it("treats 'necessary' as always granted", () => {
    let consent = make(config)
    let loader = vi.fn()
    consent.whenGranted('necessary', loader)
    expect(loader).toHaveBeenCalledOnce()
  })

  it('does not run a loader that was unbound', () => {
    let consent = make(config)
    let loader = vi.fn()
    let unbind = consent.whenGranted('analytics', loader)
    unbind()
    consent.acceptAll()
    expect(loader).not.toHaveBeenCalled()
  })

  it('runs loaders in registration order', () => {
    let consent = make(config)
    let calls: string[] = []
    consent.whenGranted('analytics', () => calls.push('a'))
    consent.whenGranted('marketing', () => calls.push('b'))
    consent.whenGranted('analytics', () => calls.push('c'))
    consent.acceptAll()
    expect(calls).toEqual(['a', 'b', 'c'])
  })

  it('runs a loader registered by another loader', () => {
    let consent = make(config)
    let inner = vi.fn()
    consent.whenGranted('analytics', () => consent.whenGranted('marketing', inner))
    consent.acceptAll()
    expect(inner).toHaveBeenCalledOnce()
  })
})

describe('errors', () => {
  it('keeps running the other loaders when one throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    let consent = make(config)
    let before = vi.fn()
    let after = vi.fn()
    consent.whenGranted('analytics', before)
    consent.whenGranted('analytics', () => {
      throw new Error('tracker failed')
    })
    consent.whenGranted('analytics', after)
    expect(() => consent.acceptAll()).not.toThrow()
    expect(before).toHaveBeenCalledOnce()
    expect(after).toHaveBeenCalledOnce()
  })

  it("emits the thrown error on 'error' and logs it once", () => {
    let log = vi.spyOn(console, 'error').mockImplementation(() => {})
    let consent = make(config)
    let boom = new Error('tracker failed')
    let errors = vi.fn()
    consent.on('error', errors)
    consent.whenGranted('analytics', () => {
      throw boom
    })
    consent.acceptAll()
    expect(errors).toHaveBeenCalledExactlyOnceWith(boom)
    expect(log).toHaveBeenCalledOnce()
    expect(log.mock.calls[0]).toContain(boom)
  })

  it('wraps a thrown non-Error in an Error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    let consent = make(config)
    let errors = vi.fn()
    consent.on('error', errors)
    consent.whenGranted('analytics', () => {
      throw 'plain string'
    })
    consent.acceptAll()
    expect(errors.mock.calls[0][0]).toBeInstanceOf(Error)
    expect(errors.mock.calls[0][0].message).toContain('plain string')
  })

  it('does not throw from whenGranted when an already granted loader throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    let consent = make(config)
    consent.acceptAll()
    expect(() =>
      consent.whenGranted('analytics', () => {
        throw new Error('late tracker failed')
      })
    ).not.toThrow()
  })
})

describe('onRevoke', () => {
  it('runs when a granted category is withdrawn', () => {
    let consent = make(config)
    let onRevoke = vi.fn()
    consent.whenGranted('analytics', () => {}, { onRevoke })
    consent.acceptAll()
    consent.save({ marketing: true })
    expect(onRevoke).toHaveBeenCalledOnce()
  })

  it('does not run on a first refusal, before the loader ever ran', () => {
    let consent = make(config)
    let onRevoke = vi.fn()
    consent.whenGranted('analytics', () => {}, { onRevoke })
    consent.rejectAll()
    expect(onRevoke).not.toHaveBeenCalled()
  })

  it('runs once per withdrawal, not on repeated refusals', () => {
    let consent = make(config)
    let onRevoke = vi.fn()
    consent.whenGranted('analytics', () => {}, { onRevoke })
    consent.acceptAll()
    consent.rejectAll()
    consent.rejectAll()
    consent.acceptAll()
    consent.rejectAll()
    expect(onRevoke).toHaveBeenCalledTimes(2)
  })

  it('runs when one category of a list is withdrawn', () => {
    let consent = make(config)
    let onRevoke = vi.fn()
    consent.whenGranted(['analytics', 'marketing'], () => {}, { onRevoke })
    consent.acceptAll()
    consent.save({ analytics: true })
    expect(onRevoke).toHaveBeenCalledOnce()
  })

  it("reports a throwing onRevoke on 'error' and carries on", () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    let consent = make(config)
    let errors = vi.fn()
    let other = vi.fn()
    consent.on('error', errors)
    consent.whenGranted('analytics', () => {}, {
      onRevoke: () => {
        throw new Error('cleanup failed')
      }
    })
    consent.whenGranted('analytics', () => {}, { onRevoke: other })
    consent.acceptAll()
    expect(() => consent.rejectAll()).not.toThrow()
    expect(errors).toHaveBeenCalledOnce()
    expect(other).toHaveBeenCalledOnce()
  })
})

describe('loadScript', () => {
  it('injects nothing before consent', () => {
    let consent = make(config)
    consent.loadScript('analytics', 'https://cdn.example/a.js')
    consent.rejectAll()
    expect(document.querySelector('script')).toBeNull()
  })

  it('injects one script into head after consent, async by default, with the given attributes', () => {
    serveScripts({ 'https://cdn.example/a.js': '' })
    let consent = make(config)
    consent.loadScript('analytics', 'https://cdn.example/a.js', { nonce: 'n0nce', type: 'module' })
    consent.acceptAll()
    consent.rejectAll()
    consent.acceptAll()
    let scripts = document.head.querySelectorAll('script')
    expect(scripts).toHaveLength(1)
    expect(scripts[0].src).toBe('https://cdn.example/a.js')
    expect(scripts[0].async).toBe(true)
    expect(scripts[0].nonce).toBe('n0nce')
    expect(scripts[0].type).toBe('module')
  })

  it('respects async: false and defer', () => {
    serveScripts({ 'https://cdn.example/a.js': '' })
    let consent = make(config)
    consent.loadScript('analytics', 'https://cdn.example/a.js', { async: false, defer: true })
    consent.acceptAll()
    let script = document.head.querySelector('script')!
    expect(script.async).toBe(false)
    expect(script.defer).toBe(true)
  })

  it('executes the script and calls onLoad', async () => {
    serveScripts({ 'https://cdn.example/a.js': push('a') })
    let consent = make(config)
    let onLoad = vi.fn()
    consent.loadScript('analytics', 'https://cdn.example/a.js', { onLoad })
    consent.acceptAll()
    await vi.waitFor(() => expect(onLoad).toHaveBeenCalledOnce())
    expect(order()).toEqual(['a'])
  })

  it("reports a script that fails to load on 'error'", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    serveScripts({})
    let consent = make(config)
    let errors = vi.fn()
    consent.on('error', errors)
    consent.loadScript('analytics', 'https://cdn.example/missing.js')
    consent.acceptAll()
    await vi.waitFor(() => expect(errors).toHaveBeenCalledOnce())
    expect(errors.mock.calls[0][0].message).toContain('https://cdn.example/missing.js')
    await flush()
  })
})
