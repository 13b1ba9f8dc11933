import type { Consent } from '../consent.js'
import type { Decision, Unbind } from '../types.js'
import { createOutbox } from './proof-outbox.js'
import type { Shown } from './registry.js'

/**
 * What `onDecision` receives and `proofEndpoint` is sent (as a JSON string), once per decision made
 * on this page — not for decisions read from another tab:
 *
 *   { id, timestamp, revision, method, categories, language, textsHash }
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
  /** URL that receives each record by POST (`fetch` keepalive, `sendBeacon` where there is no fetch); unsent records wait in localStorage for the next page. */
  proofEndpoint?: string
}


/**
 * FNV-1a, 32 bits, over the UTF-16 code units of the texts' values (as strings, arrays joined by
 * commas) in sorted key order, each followed by U+0000; 8 lowercase hex digits. Not cryptographic: it only tells which version was shown.
 *
 * @example
 * hashTexts({ title: 'This site uses cookies' }) // '1f0b9a43'-like
 */
export function hashTexts(texts: object): string {
  let hash = 0x811c9dc5
  for (let key of Object.keys(texts).sort()) {
    for (let ch of String(texts[key as keyof typeof texts]) + '\0') hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/**
 * Records every decision made on this page (not those picked up from another tab): calls `onDecision(record)` and sends the record to `proofEndpoint`. Neither can
 * block the page nor lose the local decision (already saved): what throws (the engine isolates its
 * listeners) and a failed send are reported on 'error'; unsent records are kept for the next page.
 *
 * @example
 * let stop = proof(consent, { proofEndpoint: '/consent-log' }, () => ({ language: 'fr', texts }))
 */
export function proof(consent: Consent, opts: ProofOptions, shown: Shown): Unbind {
  let url = opts.proofEndpoint
  let outbox = url ? createOutbox({ url, onError: error => consent.emit('error', error) }) : null
  // Records an earlier page could not send.
  if (outbox) outbox.flush()
  return consent.on('decision', (decision, remote) => {
    if (remote) return
    let { language, texts } = shown()
    let record: ProofRecord = { ...decision, language, textsHash: hashTexts(texts) }
    // A string body goes as text/plain: no CORS preflight, so records reach other origins too.
    if (outbox) outbox.add(JSON.stringify(record))
    opts.onDecision?.(record)
  })
}
