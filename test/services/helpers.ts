import { afterEach, beforeEach, expect, vi } from 'vitest'

import type { ServiceContext } from '../../src/services/types.js'

/** What a preset asked the engine's loadScript for. */
export interface ScriptCall {
  src: string
  options?: Parameters<ServiceContext['loadScript']>[1]
}

/** Every global a preset may define (the vendors' documented names). */
export const VENDOR_GLOBALS = [
  'dataLayer', 'gtag', 'fbq', '_fbq', 'clarity', 'uetq', 'UET', 'hj', '_hjSettings', '_paq',
  '_linkedin_partner_id', '_linkedin_data_partner_ids', 'lintrk', 'ttq', 'TiktokAnalyticsObject'
]

/**
 * A ServiceContext like the engine's, recording each loadScript call instead of touching the
 * network.
 */
export function fakeContext(consentMode = false): { context: ServiceContext; scripts: ScriptCall[] } {
  let scripts: ScriptCall[] = []
  return { context: { consentMode, loadScript: (src, options) => scripts.push({ src, options }) }, scripts }
}

/** A global by name, as the page sees it. */
export const global = (name: string): unknown => (window as unknown as Record<string, unknown>)[name]

/** Entries of a queue, with `arguments` objects turned into arrays so they compare. */
export const entries = (queue: unknown): unknown[] => Array.from(queue as ArrayLike<unknown>, toArray)
const toArray = (entry: unknown): unknown =>
  Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry as ArrayLike<unknown>) : entry

/**
 * Spies on every way a page sends a request, removes vendor globals after each test, and returns a
 * check that nothing was requested and no element that fetches was added to the document.
 */
export function useNetworkWatch(): () => void {
  let spies: { mockRestore(): void; mock: { calls: unknown[] } }[] = []
  beforeEach(() => {
    spies = [
      vi.spyOn(globalThis, 'fetch'),
      vi.spyOn(navigator, 'sendBeacon'),
      vi.spyOn(XMLHttpRequest.prototype, 'open')
    ]
  })
  afterEach(() => {
    for (let spy of spies) spy.mockRestore()
    let page = window as unknown as Record<string, unknown>
    for (let name of [...VENDOR_GLOBALS, ...Object.keys(page).filter(key => key.startsWith('ga-disable-'))]) {
      delete page[name]
    }
    document.head.innerHTML = ''
    document.body.innerHTML = ''
  })
  return () => {
    for (let spy of spies) expect(spy.mock.calls).toEqual([])
    expect(document.querySelectorAll('script, img, iframe, link')).toHaveLength(0)
  }
}
