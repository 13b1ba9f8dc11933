import type { Service } from '../services/types.js'

// The script tag's `"services"` JSON list is built and checked by the dist/services.iife.js
// add-on (src/services/json.ts), loaded before or after the drop-in: it announces itself with a
// `consentry:services` event at load and answers each `consentry:services-request`. The drop-in
// asks once, then waits for the announcement, or for the page's load event without it.

/** What the add-on hands over (src/entries/services-script.ts). */
export interface Catalogue {
  buildServices(list: unknown, problems: string[]): Service[]
  keepValid(services: Service[], categories: string[], problems: string[]): Service[]
}

let catalogue: Catalogue | undefined
let waiting: (() => void) | undefined

/** Keeps the catalogue the add-on announces; set up once by the drop-in. */
export function listenForCatalogue(): void {
  document.addEventListener('consentry:services', event => {
    catalogue = (event as CustomEvent<Catalogue>).detail
    let ready = waiting
    waiting = undefined
    ready?.()
  })
}

/**
 * Calls `ready` with the catalogue once it is here: at once when the add-on ran before (it
 * answers the request), else when it announces itself, or at the page's load event without it
 * (`undefined`: the services then stay off).
 *
 * @example
 * whenCatalogue(found => start(found))
 */
export function whenCatalogue(ready: (found: Catalogue | undefined) => void): void {
  let done = (): void => ready(catalogue)
  if (!catalogue) document.dispatchEvent(new CustomEvent('consentry:services-request'))
  if (catalogue || document.readyState === 'complete') return done()
  waiting = done
  window.addEventListener('load', () => {
    if (waiting !== done) return
    waiting = undefined
    done()
  })
}
