import { describe, expect, it, vi } from 'vitest'

import type { Consent } from '../../../src/core/consent.js'
import { reloadOnRevoke, syncTabs } from '../../../src/integrations/built-in/cross-tab.js'
import { useConsent } from '../../helpers/dom.js'
import { useCleanup } from '../helpers.js'

const make = useConsent()
const track = useCleanup()
const config = { categories: ['analytics'] }

/** Two "tabs": two engines on the same cookie jar, each with a channel. */
function twoTabs(): [Consent, Consent] {
  let a = make(config)
  let b = make(config)
  track(syncTabs(a))
  track(syncTabs(b))
  return [a, b]
}

describe('syncTabs', () => {
  it('applies a decision made in another tab', async () => {
    let [a, b] = twoTabs()
    let loader = vi.fn()
    b.whenGranted('analytics', loader)
    let applied = new Promise(resolve => b.on('decision', resolve))
    a.acceptAll()
    await applied
    expect(b.isGranted('analytics')).toBe(true)
    expect(loader).toHaveBeenCalledOnce()
  })

  it('applies a withdrawal made in another tab', async () => {
    let [a, b] = twoTabs()
    let granted = new Promise(resolve => b.on('change', resolve))
    a.acceptAll()
    await granted
    let revoked = new Promise(resolve => b.on('change', resolve))
    a.reset()
    await revoked
    expect(b.getDecision()).toBeNull()
  })

  it('re-reads the cookie when the tab becomes visible', () => {
    let a = make(config)
    let b = make(config)
    track(syncTabs(b))
    a.acceptAll()
    document.dispatchEvent(new Event('visibilitychange'))
    expect(b.isGranted('analytics')).toBe(true)
  })

  it('does not echo a decision applied from another tab', () => {
    let other = make(config)
    let consent = make(config)
    let posted = vi.spyOn(BroadcastChannel.prototype, 'postMessage')
    track(syncTabs(consent))
    other.acceptAll()
    consent.refresh()
    expect(consent.isGranted('analytics')).toBe(true)
    expect(posted).not.toHaveBeenCalled()
    posted.mockRestore()
  })

  it('closes its channel once unbound', () => {
    let closed = vi.spyOn(BroadcastChannel.prototype, 'close')
    syncTabs(make(config))()
    expect(closed).toHaveBeenCalledOnce()
    closed.mockRestore()
  })

  it('stops re-reading on visibility once unbound', () => {
    let a = make(config)
    let b = make(config)
    syncTabs(b)()
    a.acceptAll()
    document.dispatchEvent(new Event('visibilitychange'))
    expect(b.isGranted('analytics')).toBe(false)
  })
})

describe('reloadOnRevoke', () => {
  it('reloads when a granted category is withdrawn', () => {
    let reload = vi.fn()
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...location, reload } as Location)
    let consent = make(config)
    track(reloadOnRevoke(consent))
    consent.acceptAll()
    expect(reload).not.toHaveBeenCalled()
    consent.rejectAll()
    expect(reload).toHaveBeenCalledOnce()
    vi.restoreAllMocks()
  })
})
