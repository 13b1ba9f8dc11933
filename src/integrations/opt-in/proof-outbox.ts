// Proof records that could not be sent yet (endpoint down, offline, page closed mid-request) wait
// in localStorage and go out with the next page. A 2xx answer removes a record; so does a refusal
// that no retry can fix (400, 413, 415). Bounded: the oldest record goes first, reported on 'error'.

export const OUTBOX_KEY = 'consentry:proof-outbox'
export const OUTBOX_LIMIT = 50
/** Answers that mean the record itself is refused: sending it again cannot help. */
const REFUSED = [400, 413, 415]

type Outcome = 'sent' | 'keep' | 'drop'

export interface OutboxOptions {
  /** The proof endpoint, e.g. a consentry ledger's `/consent`. */
  url: string
  /** Called with what went wrong; the page carries on. */
  onError: (error: Error) => void
  /** Default `localStorage` (memory only when it is blocked). */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null
  /** Records kept at most. Default 50. */
  limit?: number
}

export interface Outbox {
  /** Keeps a record (a JSON string) until the endpoint accepts it, and sends it now. */
  add(body: string): Promise<void>
  /** Sends every record still waiting, e.g. from an earlier page. */
  flush(): Promise<void>
}

function defaultStorage(): OutboxOptions['storage'] {
  try {
    return window.localStorage
  } catch {
    // Blocked storage (sandboxed frame, privacy settings): keep records for this page only.
    return null
  }
}

/** POST with fetch so the status is known; sendBeacon only where there is no fetch. */
async function send(url: string, body: string): Promise<Outcome> {
  if (typeof fetch !== 'function') return navigator.sendBeacon?.(url, body) ? 'sent' : 'keep'
  try {
    let response = await fetch(url, {
      method: 'POST',
      body,
      keepalive: true,
      credentials: 'omit',
      referrerPolicy: 'no-referrer'
    })
    if (response.ok) return 'sent'
    return REFUSED.includes(response.status) ? 'drop' : 'keep'
  } catch {
    return 'keep'
  }
}

/**
 * Creates the outbox of one proof endpoint. Each record is sent at most once at a time per page.
 *
 * @example
 * let outbox = createOutbox({ url: '/consent', onError: e => console.warn(e) })
 * outbox.flush() // what earlier pages could not send
 * outbox.add(JSON.stringify(record))
 */
export function createOutbox(options: OutboxOptions): Outbox {
  let { url, onError } = options
  let storage = options.storage === undefined ? defaultStorage() : options.storage
  let limit = options.limit ?? OUTBOX_LIMIT
  let memory: string[] = []
  let inFlight = new Set<string>()

  function read(): string[] {
    try {
      let list: unknown = JSON.parse(storage?.getItem(OUTBOX_KEY) ?? 'null')
      if (Array.isArray(list)) memory = list.filter(item => typeof item === 'string')
    } catch {
      // Unreadable or corrupt: the in-memory copy is the best we have.
    }
    return memory
  }

  function write(list: string[]): void {
    memory = list
    try {
      storage?.setItem(OUTBOX_KEY, JSON.stringify(list))
    } catch {
      onError(Error('consentry: could not keep unsent proof in localStorage'))
    }
  }

  async function deliver(body: string): Promise<boolean> {
    if (inFlight.has(body)) return true
    inFlight.add(body)
    let outcome = await send(url, body)
    inFlight.delete(body)
    if (outcome !== 'keep') write(read().filter(item => item !== body))
    if (outcome === 'drop') onError(Error('consentry: ' + url + ' refused a proof record; it was dropped'))
    return outcome !== 'keep'
  }

  async function sendAll(bodies: string[]): Promise<void> {
    let results = await Promise.all(bodies.map(deliver))
    if (results.includes(false)) onError(Error('consentry: could not send proof to ' + url + '; kept for the next page'))
  }

  return {
    add(body) {
      let list = read().filter(item => item !== body)
      list.push(body)
      if (list.length > limit) {
        list.splice(0, list.length - limit)
        onError(Error('consentry: too many unsent proof records; dropped the oldest'))
      }
      write(list)
      return sendAll([body])
    },
    flush: () => sendAll(read().slice())
  }
}
