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
  let first = make(config)
  let second = make(config)
  track(syncTabs(first))
  track(syncTabs(second))
  return [first, second]
}

describe('syncTabs', () => {
  it('applies a decision made in another tab', async () => {
    let [other, tab] = twoTabs()
    let loader = vi.fn()
    tab.whenGranted('analytics', loader)
    let applied = new Promise(resolve => tab.on('decision', resolve))
    other.acceptAll()
    await applied
    expect(tab.isGranted('analytics')).toBe(true)
    expect(loader).toHaveBeenCalledOnce()
  })

  it('applies a withdrawal made in another tab', async () => {
    let [other, tab] = twoTabs()
    let granted = new Promise(resolve => tab.on('change', resolve))
    other.acceptAll()
    await granted
    let revoked = new Promise(resolve => tab.on('change', resolve))
    other.reset()
    await revoked
    expect(tab.getDecision()).toBeNull()
  })

  it('re-reads the cookie when the tab becomes visible', () => {
    let other = make(config)
    let tab = make(config)
    track(syncTabs(tab))
    other.acceptAll()
    document.dispatchEvent(new Event('visibilitychange'))
    expect(tab.isGranted('analytics')).toBe(true)
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
    let other = make(config)
    let tab = make(config)
    syncTabs(tab)()
    other.acceptAll()
    document.dispatchEvent(new Event('visibilitychange'))
    expect(tab.isGranted('analytics')).toBe(false)
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
