import { afterEach, describe, expect, it, vi } from 'vitest'

import { flush, useConsent } from '../helpers/dom.js'

const make = useConsent()
const config = { categories: ['analytics', 'marketing'] }

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('before a decision', () => {
  it('writes no cookie at creation, registration or reading', () => {
    let consent = make(config)
    consent.whenGranted('analytics', () => {})
    consent.loadScript('marketing', 'https://cdn.example/m.js')
    consent.isGranted('analytics')
    consent.getDecision()
    expect(document.cookie).toBe('')
  })

  it('runs no loader and injects no script', () => {
    let consent = make(config)
    let loader = vi.fn()
    consent.whenGranted('analytics', loader)
    consent.loadScript('marketing', 'https://cdn.example/m.js')
    expect(loader).not.toHaveBeenCalled()
    expect(document.querySelectorAll('script')).toHaveLength(0)
  })

  it('has no decision and grants only necessary', () => {
    let consent = make(config)
    expect(consent.getDecision()).toBeNull()
    expect(consent.isGranted('necessary')).toBe(true)
    expect(consent.isGranted('analytics')).toBe(false)
    expect(consent.isGranted('marketing')).toBe(false)
  })

  it('emits no event at creation', () => {
    let consent = make(config)
    let listener = vi.fn()
    consent.on('change', listener)
    consent.on('decision', listener)
    consent.refresh()
    expect(listener).not.toHaveBeenCalled()
  })
})

describe('decisions', () => {
  it('acceptAll grants every category and describes the decision', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-03-04T05:06:07.089Z'))
    let consent = make({ ...config, revision: 3 })
    let decision = consent.acceptAll()
    expect(decision).toEqual({
      id: expect.stringMatching(/^[\w-]{8,64}$/),
      timestamp: '2026-03-04T05:06:07.089Z',
      revision: 3,
      method: 'accept-all',
      categories: { necessary: true, analytics: true, marketing: true }
    })
    expect(consent.getDecision()).toBe(decision)
    expect(consent.isGranted('marketing')).toBe(true)
  })

  it('rejectAll refuses every category but necessary', () => {
    let consent = make(config)
    let decision = consent.rejectAll()
    expect(decision.method).toBe('reject-all')
    expect(decision.categories).toEqual({ necessary: true, analytics: false, marketing: false })
    expect(consent.isGranted('analytics')).toBe(false)
    expect(consent.isGranted('necessary')).toBe(true)
  })

  it('save grants exactly the categories set to true', () => {
    let consent = make(config)
    let decision = consent.save({ analytics: true, marketing: 'yes' as unknown as boolean })
    expect(decision.method).toBe('custom')
    expect(decision.categories).toEqual({ necessary: true, analytics: true, marketing: false })
  })

  it('save refuses categories it does not mention', () => {
    let consent = make(config)
    consent.acceptAll()
    consent.save({ marketing: true })
    expect(consent.isGranted('analytics')).toBe(false)
    expect(consent.isGranted('marketing')).toBe(true)
  })

  it('save records the method it is given', () => {
    let consent = make(config)
    expect(consent.save({}, 'gpc').method).toBe('gpc')
  })

  it('gives each decision a new id', () => {
    let consent = make(config)
    expect(consent.acceptAll().id).not.toBe(consent.acceptAll().id)
  })
})

describe('events', () => {
  it("emits 'decision' with the decision on every decision", () => {
    let consent = make(config)
    let listener = vi.fn()
    consent.on('decision', listener)
    let first = consent.acceptAll()
    let second = consent.acceptAll()
    expect(listener.mock.calls).toEqual([[first, false], [second, false]])
  })

  it("emits 'change' with the new and the previous state", () => {
    let consent = make(config)
    let listener = vi.fn()
    consent.on('change', listener)
    consent.save({ analytics: true })
    expect(listener).toHaveBeenCalledExactlyOnceWith(
      { necessary: true, analytics: true, marketing: false },
      { necessary: true, analytics: false, marketing: false }
    )
  })

  it("emits no 'change' when a decision changes nothing", () => {
    let consent = make(config)
    consent.acceptAll()
    let listener = vi.fn()
    consent.on('change', listener)
    consent.acceptAll()
    expect(listener).not.toHaveBeenCalled()
  })

  it("emits no 'change' for a first refusal (nothing was granted)", () => {
    let consent = make(config)
    let listener = vi.fn()
    consent.on('change', listener)
    consent.rejectAll()
    expect(listener).not.toHaveBeenCalled()
  })

  it("emits 'change' on withdrawal", () => {
    let consent = make(config)
    consent.acceptAll()
    let listener = vi.fn()
    consent.on('change', listener)
    consent.rejectAll()
    expect(listener).toHaveBeenCalledExactlyOnceWith(
      { necessary: true, analytics: false, marketing: false },
      { necessary: true, analytics: true, marketing: true }
    )
  })

  it('stops calling a listener once unbound', () => {
    let consent = make(config)
    let listener = vi.fn()
    let unbind = consent.on('decision', listener)
    unbind()
    consent.acceptAll()
    expect(listener).not.toHaveBeenCalled()
  })

  it('emits no stale event after a loader resets during the decision that ran it', () => {
    let consent = make(config)
    let log: string[] = []
    consent.whenGranted('analytics', () => consent.reset(), { onRevoke: () => log.push('revoke') })
    consent.on('change', now => log.push('change ' + now.analytics))
    consent.on('decision', decision => log.push('decision ' + decision.method))
    consent.acceptAll()
    expect(consent.getDecision()).toBeNull()
    expect(log).toEqual(['revoke', 'change false'])
  })

  it("emits no stale 'decision' after a 'change' listener resets", () => {
    let consent = make(config)
    let decision = vi.fn()
    consent.on('change', () => consent.getDecision() && consent.reset())
    consent.on('decision', decision)
    consent.acceptAll()
    expect(consent.getDecision()).toBeNull()
    expect(decision).not.toHaveBeenCalled()
  })

  it("isolates a throwing listener and reports it on 'error'", () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    let consent = make(config)
    let boom = new Error('listener failed')
    let after = vi.fn()
    let errors = vi.fn()
    consent.on('decision', () => {
      throw boom
    })
    consent.on('decision', after)
    consent.on('error', errors)
    expect(() => consent.acceptAll()).not.toThrow()
    expect(after).toHaveBeenCalledOnce()
    expect(errors).toHaveBeenCalledExactlyOnceWith(boom)
  })

  it("survives a throwing 'error' listener", () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    let consent = make(config)
    consent.on('error', () => {
      throw new Error('error listener failed')
    })
    consent.whenGranted('analytics', () => {
      throw new Error('loader failed')
    })
    expect(() => consent.acceptAll()).not.toThrow()
    expect(consent.isGranted('analytics')).toBe(true)
  })
})

describe('reset', () => {
  it('forgets the decision and its cookie', () => {
    let consent = make(config)
    consent.acceptAll()
    consent.reset()
    expect(consent.getDecision()).toBeNull()
    expect(consent.isGranted('analytics')).toBe(false)
    expect(document.cookie).toBe('')
  })

  it("withdraws what was granted: onRevoke runs and 'change' fires, 'decision' does not", () => {
    let consent = make(config)
    let onRevoke = vi.fn()
    let change = vi.fn()
    let decision = vi.fn()
    consent.whenGranted('analytics', () => {}, { onRevoke })
    consent.acceptAll()
    consent.on('change', change)
    consent.on('decision', decision)
    consent.reset()
    expect(onRevoke).toHaveBeenCalledOnce()
    expect(change).toHaveBeenCalledOnce()
    expect(decision).not.toHaveBeenCalled()
  })

  it('is not read back by a new instance', () => {
    make(config).acceptAll()
    make(config).reset()
    expect(make(config).getDecision()).toBeNull()
  })
})

describe('refresh', () => {
  it('applies a decision another tab stored', () => {
    let consent = make(config)
    let loader = vi.fn()
    let decided = vi.fn()
    consent.whenGranted('analytics', loader)
    consent.on('decision', decided)
    let other = make(config).acceptAll()
    consent.refresh()
    expect(consent.getDecision()).toEqual(other)
    expect(decided).toHaveBeenCalledOnce()
    expect(loader).toHaveBeenCalledOnce()
  })

  it('applies a reset another tab made', () => {
    let consent = make(config)
    consent.acceptAll()
    make(config).reset()
    consent.refresh()
    expect(consent.getDecision()).toBeNull()
    expect(consent.isGranted('analytics')).toBe(false)
  })
})

describe('destroy', () => {
  it('removes every event listener', () => {
    let consent = make(config)
    let listener = vi.fn()
    consent.on('decision', listener)
    consent.on('change', listener)
    consent.destroy()
    consent.acceptAll()
    expect(listener).not.toHaveBeenCalled()
  })

  it('drops registered loaders', () => {
    let consent = make(config)
    let loader = vi.fn()
    consent.whenGranted('analytics', loader)
    consent.destroy()
    consent.acceptAll()
    expect(loader).not.toHaveBeenCalled()
  })

  it('stops watching the DOM for blocked elements', async () => {
    let consent = make(config)
    consent.acceptAll()
    consent.destroy()
    document.body.insertAdjacentHTML('beforeend', '<script type="text/plain" data-consent="analytics">1</script>')
    await flush()
    expect(document.querySelector('script')!.type).toBe('text/plain')
  })
})
