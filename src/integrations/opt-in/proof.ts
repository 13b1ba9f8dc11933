import type { Consent, Decision, Unbind } from '../../core/types.js'

/**
 * What `onDecision` receives and `proofEndpoint` is sent (as a JSON string), once per decision made
 * on this page — not for decisions read from another tab:
 *
 *   { id, timestamp, revision, method, categories, services?, language, textsHash }
 *
 * `language` is the banner's language; `textsHash` identifies the texts shown (see `hashTexts`).
 */
export interface ProofRecord extends Decision {
  language: string
  textsHash: string
}

export interface ProofOptions {
  /** Called with each record, e.g. to store it yourself. */
  onDecision?: (record: ProofRecord) => void
  /** URL that receives each record by POST: http(s) or relative (e.g. a `consentry ledger`). */
  proofEndpoint?: string
}

/**
 * FNV-1a, 32 bits, over the UTF-16 code units of the texts' values (as strings, arrays joined by
 * commas) in sorted key order, each followed by U+0000; 8 lowercase hex digits. Not cryptographic:
 * it only tells which version was shown.
 *
 * @example
 * hashTexts({ title: 'This site uses cookies' }) // '1f0b9a43'-like
 */
export function hashTexts(texts: object): string {
  let hash = 0x811c9dc5
  for (let key of Object.keys(texts).sort()) {
    for (let char of String(texts[key as keyof typeof texts]) + '\0') {
      hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
    }
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/**
 * Sends one record: `fetch` with `keepalive` (it outlives the page), without the site's cookies
 * or a Referer carrying the page's URL and query; `sendBeacon` where fetch is missing. Resolves to
 * whether the endpoint acknowledged it (a beacon's answer is unknown: queued counts as sent).
 *
 * @example
 * await sendRecord('/consent', JSON.stringify(record)) // true on a 2xx
 */
export async function sendRecord(url: string, body: string): Promise<boolean> {
  if (typeof fetch !== 'function') return navigator.sendBeacon?.(url, body) ?? false
  // A string body goes as text/plain: no CORS preflight, so records reach other origins too.
  let response = await fetch(url, {
    method: 'POST',
    body,
    keepalive: true,
    credentials: 'omit',
    referrerPolicy: 'no-referrer'
  })
  return response.ok
}

/**
 * Records every decision made on this page (not those picked up from another tab): calls
 * `onDecision(record)` and sends the record to `proofEndpoint`. Neither can block the page nor
 * lose the local decision (already saved): what throws (the engine isolates its listeners) and a
 * failed send are reported on 'error'.
 *
 * @example
 * let stop = proof(consent, { proofEndpoint: '/consent-log' }, () => ({ language: 'fr', texts }))
 */
export function proof(consent: Consent, options: ProofOptions, shown: () => { language: string; texts: object }): Unbind {
  let url = options.proofEndpoint
  let fail = (): void => consent.emit('error', new Error('consentry: could not send proof to ' + url))
  return consent.on('decision', (decision, remote) => {
    if (remote) return
    let { language, texts } = shown()
    let record: ProofRecord = { ...decision, language, textsHash: hashTexts(texts) }
    if (url) {
      sendRecord(url, JSON.stringify(record)).then(sent => {
        if (!sent) fail()
      }, fail)
    }
    options.onDecision?.(record)
  })
}
