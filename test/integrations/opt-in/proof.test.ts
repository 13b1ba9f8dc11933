import { afterEach, describe, expect, it, vi } from 'vitest'

import { hashTexts, proof } from '../../../src/integrations/opt-in/proof.js'
import type { ProofRecord } from '../../../src/integrations/opt-in/proof.js'
import { useConsent } from '../../helpers/dom.js'
import { useCleanup } from '../helpers.js'

const make = useConsent()
const track = useCleanup()
const texts = { title: 'This site uses cookies', accept: 'Accept' }
const shown = (): { language: string; texts: Record<string, string> } => ({ language: 'en', texts })

afterEach(() => {
  localStorage.clear()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('hashTexts', () => {
  it('is 8 hex digits', () => {
    expect(hashTexts(texts)).toMatch(/^[\da-f]{8}$/)
  })

  it('is FNV-1a 32 of the values in key order, each followed by U+0000', () => {
    // FNV-1a 32 of "a\0": (0x811c9dc5 ^ 0x61) * 16777619, then ^ 0 and * 16777619 again, mod 2^32.
    let h = Math.imul(0x811c9dc5 ^ 0x61, 16777619)
    h = Math.imul(h, 16777619) >>> 0
    expect(hashTexts({ x: 'a' })).toBe(h.toString(16).padStart(8, '0'))
  })

  it('changes when a text changes', () => {
    expect(hashTexts({ ...texts, accept: 'OK' })).not.toBe(hashTexts(texts))
  })

  it('does not depend on key order', () => {
    expect(hashTexts({ accept: texts.accept, title: texts.title })).toBe(hashTexts(texts))
  })
})

describe('proof', () => {
  it('gives onDecision the decision with language and texts hash', () => {
    let consent = make({ categories: ['analytics'] })
    let records: ProofRecord[] = []
    track(proof(consent, { onDecision: record => records.push(record) }, shown))
    let decision = consent.acceptAll()
    expect(records).toEqual([{ ...decision, language: 'en', textsHash: hashTexts(texts) }])
  })

  it('records nothing for a decision applied from another tab', () => {
    let other = make({ categories: ['analytics'] })
    let consent = make({ categories: ['analytics'] })
    let onDecision = vi.fn()
    track(proof(consent, { onDecision }, shown))
    other.acceptAll()
    consent.refresh()
    expect(consent.isGranted('analytics')).toBe(true)
    expect(onDecision).not.toHaveBeenCalled()
  })

  it('sends the record as JSON with fetch keepalive, without cookies or a Referer', () => {
    let fetcher = vi.fn((_url: string, _init: RequestInit) => Promise.resolve(new Response('')))
    vi.stubGlobal('fetch', fetcher)
    let consent = make({ categories: ['analytics'] })
    track(proof(consent, { proofEndpoint: '/proof' }, shown))
    let decision = consent.rejectAll()
    expect(fetcher).toHaveBeenCalledOnce()
    let [url, init] = fetcher.mock.calls[0]
    expect(url).toBe('/proof')
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit', referrerPolicy: 'no-referrer' })
    expect(JSON.parse(init.body as string)).toEqual({ ...decision, language: 'en', textsHash: hashTexts(texts) })
  })

  it('falls back to sendBeacon where fetch is missing', () => {
    let beacon = vi.fn((_url: string, _body: string) => true)
    vi.stubGlobal('navigator', { ...navigator, sendBeacon: beacon })
    vi.stubGlobal('fetch', undefined)
    let consent = make({ categories: ['analytics'] })
    track(proof(consent, { proofEndpoint: '/proof' }, shown))
    consent.acceptAll()
    expect(beacon).toHaveBeenCalledOnce()
    expect(beacon.mock.calls[0][0]).toBe('/proof')
  })

  it('sends records an earlier page could not send', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
    let consent = make({ categories: ['analytics'] })
    let stop = proof(consent, { proofEndpoint: '/proof' }, shown)
    let error = new Promise<Error>(resolve => consent.on('error', resolve))
    let decision = consent.acceptAll()
    await error
    stop()
    let fetcher = vi.fn((_url: string, _init: RequestInit) => Promise.resolve(new Response(null, { status: 201 })))
    vi.stubGlobal('fetch', fetcher)
    track(proof(make({ categories: ['analytics'] }), { proofEndpoint: '/proof' }, shown))
    expect(fetcher).toHaveBeenCalledOnce()
    expect(JSON.parse(String(fetcher.mock.calls[0][1].body)).id).toBe(decision.id)
  })

  it('reports a failing endpoint on error and keeps the decision', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 500 })))
    let consent = make({ categories: ['analytics'] })
    track(proof(consent, { proofEndpoint: '/proof' }, shown))
    let error = new Promise<Error>(resolve => consent.on('error', resolve))
    consent.acceptAll()
    expect((await error).message).toContain('/proof')
    expect(consent.isGranted('analytics')).toBe(true)
  })

  it('reports an unreachable endpoint on error', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
    let consent = make({ categories: ['analytics'] })
    track(proof(consent, { proofEndpoint: '/proof' }, shown))
    let error = new Promise<Error>(resolve => consent.on('error', resolve))
    consent.acceptAll()
    expect((await error).message).toContain('could not send proof')
  })

  it('reports a throwing onDecision without losing the decision', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    let consent = make({ categories: ['analytics'] })
    let errors: Error[] = []
    consent.on('error', e => errors.push(e))
    track(
      proof(consent, { onDecision: () => { throw new Error('boom') } }, shown)
    )
    expect(() => consent.acceptAll()).not.toThrow()
    expect(errors.map(e => e.message)).toEqual(['boom'])
    expect(consent.getDecision()!.method).toBe('accept-all')
  })
})
