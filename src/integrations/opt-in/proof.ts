import type { Consent, Decision, Unbind } from '../../core/types.js'
import { createOutbox } from './proof-outbox.js'

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
 * Records every decision made on this page (not those picked up from another tab): calls
 * `onDecision(record)` and sends the record to `proofEndpoint` through the outbox: a record that
 * could not be sent waits in localStorage for the next page. Neither can block the page nor lose
 * the local decision (already saved): what throws (the engine isolates its listeners) and a failed
 * send are reported on 'error'.
 *
 * @example
 * let stop = proof(consent, { proofEndpoint: '/consent-log' }, () => ({ language: 'fr', texts }))
 */
export function proof(consent: Consent, options: ProofOptions, shown: () => { language: string; texts: object }): Unbind {
  let url = options.proofEndpoint
  let outbox = url ? createOutbox({ url, onError: error => consent.emit('error', error) }) : undefined
  // Records an earlier page could not send.
  void outbox?.flush()
  return consent.on('decision', (decision, remote) => {
    if (remote) return
    let { language, texts } = shown()
    let record: ProofRecord = { ...decision, language, textsHash: hashTexts(texts) }
    // A string body goes as text/plain: no CORS preflight, so records reach other origins too.
    void outbox?.add(JSON.stringify(record))
    options.onDecision?.(record)
  })
}
