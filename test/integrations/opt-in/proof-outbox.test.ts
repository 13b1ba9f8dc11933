import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { OUTBOX_KEY, createOutbox } from '../../../src/integrations/opt-in/proof-outbox.js'

const URL = 'https://ledger.example/consent'

function stored(): string[] {
  return JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]')
}

/** A fetch whose answers the test gives one by one. */
function pendingFetch() {
  let answers: ((response: Response | Error) => void)[] = []
  let fetcher = vi.fn(
    () =>
      new Promise<Response>((resolve, reject) => {
        answers.push(answer => (answer instanceof Error ? reject(answer) : resolve(answer)))
      })
  )
  vi.stubGlobal('fetch', fetcher)
  return { fetcher, answer: (i: number, response: Response | Error) => answers[i](response) }
}

beforeEach(() => localStorage.clear())
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('proof outbox', () => {
  it('keeps a record in localStorage until the endpoint answers 2xx', async () => {
    let { fetcher, answer } = pendingFetch()
    let outbox = createOutbox({ url: URL, onError: vi.fn() })
    let sent = outbox.add('{"id":"a"}')
    expect(stored()).toEqual(['{"id":"a"}'])
    answer(0, new Response(null, { status: 201 }))
    await sent
    expect(stored()).toEqual([])
    expect(fetcher).toHaveBeenCalledWith(URL, {
      method: 'POST',
      body: '{"id":"a"}',
      keepalive: true,
      credentials: 'omit',
      referrerPolicy: 'no-referrer'
    })
  })

  it('keeps a record the endpoint could not take, reports it, and sends it from the next page', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))))
    let onError = vi.fn()
    await createOutbox({ url: URL, onError }).add('{"id":"a"}')
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('', { status: 503 }))))
    await createOutbox({ url: URL, onError }).add('{"id":"b"}')
    expect(stored()).toEqual(['{"id":"a"}', '{"id":"b"}'])
    expect(onError.mock.calls.map(([error]) => error.message)).toEqual([
      `consentry: could not send proof to ${URL}; kept for the next page`,
      `consentry: could not send proof to ${URL}; kept for the next page`
    ])

    let fetcher = vi.fn(() => Promise.resolve(new Response(null, { status: 200 })))
    vi.stubGlobal('fetch', fetcher)
    await createOutbox({ url: URL, onError }).flush()
    expect(fetcher.mock.calls.map(call => (call as unknown[])[1])).toEqual([
      expect.objectContaining({ body: '{"id":"a"}' }),
      expect.objectContaining({ body: '{"id":"b"}' })
    ])
    expect(stored()).toEqual([])
  })

  it('drops a record the endpoint refuses as invalid, and says so', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('{"error":"bad"}', { status: 400 }))))
    let onError = vi.fn()
    await createOutbox({ url: URL, onError }).add('{"id":"bad"}')
    expect(stored()).toEqual([])
    expect(onError.mock.calls[0][0].message).toContain('refused a proof record')
  })

  it('keeps at most 50 records, dropping the oldest first with an error', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('offline'))))
    let onError = vi.fn()
    let outbox = createOutbox({ url: URL, onError })
    for (let i = 0; i < 52; i++) await outbox.add(`{"id":"r${i}"}`)
    let list = stored()
    expect(list).toHaveLength(50)
    expect(list[0]).toBe('{"id":"r2"}')
    expect(list.at(-1)).toBe('{"id":"r51"}')
    let dropped = onError.mock.calls.filter(([error]) => error.message.includes('dropped the oldest'))
    expect(dropped).toHaveLength(2)
  })

  it('sends a record once while it is in flight, even when the page flushes meanwhile', async () => {
    let { fetcher, answer } = pendingFetch()
    let outbox = createOutbox({ url: URL, onError: vi.fn() })
    let first = outbox.add('{"id":"a"}')
    let flushed = outbox.flush()
    expect(fetcher).toHaveBeenCalledTimes(1)
    answer(0, new Response(null, { status: 204 }))
    await Promise.all([first, flushed])
    expect(fetcher).toHaveBeenCalledTimes(1)
    expect(stored()).toEqual([])
  })

  it('stores the same record once', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('offline'))))
    let outbox = createOutbox({ url: URL, onError: vi.fn() })
    await outbox.add('{"id":"a"}')
    await outbox.add('{"id":"a"}')
    expect(stored()).toEqual(['{"id":"a"}'])
  })

  it('uses sendBeacon only where there is no fetch', async () => {
    vi.stubGlobal('fetch', undefined)
    let beacon = vi.fn(() => true)
    vi.stubGlobal('navigator', { ...navigator, sendBeacon: beacon })
    await createOutbox({ url: URL, onError: vi.fn() }).add('{"id":"a"}')
    expect(beacon).toHaveBeenCalledWith(URL, '{"id":"a"}')
    expect(stored()).toEqual([])
  })

  it('still sends when storage is blocked, and survives a corrupt stored value', async () => {
    let fetcher = vi.fn(() => Promise.resolve(new Response(null, { status: 201 })))
    vi.stubGlobal('fetch', fetcher)
    let blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError')
      }
    }
    let onError = vi.fn()
    await createOutbox({ url: URL, onError, storage: blocked }).add('{"id":"a"}')
    expect(fetcher).toHaveBeenCalledTimes(1)
    localStorage.setItem(OUTBOX_KEY, '{not json')
    await createOutbox({ url: URL, onError: vi.fn() }).flush()
    expect(fetcher).toHaveBeenCalledTimes(1)
  })
})
