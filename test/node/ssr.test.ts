import { afterEach, describe, expect, it, vi } from 'vitest'

afterEach(() => {
  vi.restoreAllMocks()
})

/**
 * Imports `entry` afresh while `window`, `document`, `location` and `navigator` are traps that
 * record any access; returns the module and what was touched.
 */
async function importWatched(entry: string): Promise<{ module: Record<string, unknown>; touched: string[] }> {
  let touched: string[] = []
  let names = ['window', 'document', 'location', 'self'] as const
  for (let name of names) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        touched.push(name)
        return undefined
      }
    })
  }
  try {
    vi.resetModules()
    let module = (await import(/* @vite-ignore */ entry)) as Record<string, unknown>
    return { module, touched }
  } finally {
    for (let name of names) delete (globalThis as Record<string, unknown>)[name]
  }
}

describe('in Node with no DOM', () => {
  it('runs without window or document', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
  })

  for (let entry of ['../../src/entries/index.ts', '../../src/entries/headless.ts', '../../src/entries/server.ts']) {
    it(`importing ${entry.slice(17)} touches no window, document or location`, async () => {
      let { module, touched } = await importWatched(entry)
      expect(Object.keys(module).length).toBeGreaterThan(0)
      expect(touched).toEqual([])
    })
  }

  it('createConsent works in memory', async () => {
    let { createConsent } = await import('../../src/entries/index.js')
    let consent = createConsent({ categories: ['analytics', 'marketing'] })
    let loader = vi.fn()
    let onRevoke = vi.fn()
    consent.whenGranted('analytics', loader, { onRevoke })
    expect(consent.getDecision()).toBeNull()
    expect(loader).not.toHaveBeenCalled()
    let decision = consent.save({ analytics: true })
    expect(consent.getDecision()).toEqual(decision)
    expect(consent.isGranted('analytics')).toBe(true)
    expect(loader).toHaveBeenCalledOnce()
    consent.rejectAll()
    expect(onRevoke).toHaveBeenCalledOnce()
    consent.reset()
    expect(consent.getDecision()).toBeNull()
    consent.destroy()
  })

  it('createConsent from the headless entry emits events and no error', async () => {
    let { createConsent } = await import('../../src/entries/headless.js')
    let consent = createConsent({ categories: { analytics: { cookies: [/^_ga/] } } })
    let errors = vi.fn()
    let changes = vi.fn()
    consent.on('error', errors)
    consent.on('change', changes)
    consent.acceptAll()
    consent.rejectAll()
    expect(changes).toHaveBeenCalledTimes(2)
    expect(errors).not.toHaveBeenCalled()
    consent.destroy()
  })

  it('loadScript without a DOM is a quiet no-op', async () => {
    let logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    let { createConsent } = await import('../../src/entries/headless.js')
    let consent = createConsent({ categories: ['analytics'] })
    let errors = vi.fn()
    consent.on('error', errors)
    consent.loadScript('analytics', 'https://cdn.example/a.js')
    expect(() => consent.acceptAll()).not.toThrow()
    expect(errors).not.toHaveBeenCalled()
    expect(logged).not.toHaveBeenCalled()
    consent.destroy()
  })
})
