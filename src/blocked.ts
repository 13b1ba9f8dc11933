import type { Unbind } from './types.js'

/**
 * Activates `<script type="text/plain" data-consent="…">` and `<iframe data-consent data-src>`
 * once every category they list is granted, in document order, including elements added later.
 * Its scan joins `updates` (run by the engine after each decision); returns the stop function.
 *
 * @example
 * let stop = watchBlocked(updates, consent.isGranted, console.error)
 */
export function watchBlocked(
  updates: Set<() => void>,
  isGranted: (category: string) => boolean,
  report: (error: Error) => void
): Unbind {
  // External scripts activated but not loaded yet, that later ones must wait for.
  let inFlight = 0

  // The page is the queue: a script still text/plain is still to run, so every scan walks the
  // blocked elements in document order again.
  let scan = (): void => {
    // Inline code may use what the external scripts before it define: from the first inline
    // script that must wait, every later script waits too (iframes do not).
    let stalled: unknown
    document
      .querySelectorAll<HTMLScriptElement>('script[type="text/plain"][data-consent],iframe[data-consent][data-src]')
      .forEach(old => {
        // An empty list needs the category "" that never exists. A script that ran (or a load
        // that fired) may have scanned again inside this walk: skip what that scan replaced.
        if (old.isConnected && old.dataset.consent!.trim().split(/\s+/).every(isGranted)) {
          // Iframes have no text.
          if (old.text == null) {
            // Dropping data-src keeps later scans from reloading it, and a scan run from inside
            // this one (by a script it ran) may have dropped it already.
            if (old.dataset.src != null) old.src = old.dataset.src
            delete old.dataset.src
          } else if (!(stalled ||= !old.src && inFlight)) {
            // A new element, not a clone: scripts a page inserted as markup are marked "already
            // started", and a clone would keep that mark and never run.
            let s = document.createElement('script')
            for (let attr of old.attributes) s.setAttribute(attr.name, attr.value)
            // Out of the next scans at once: some DOMs load or run `s` inside replaceWith, before
            // `old` leaves the page, and a scan from there must not activate `old` twice.
            delete old.dataset.consent
            // Not an empty type: some engines (happy-dom) would not run it.
            s.type = old.dataset.type || 'text/javascript'
            // Browsers hide the nonce attribute once read; the property keeps it.
            s.nonce = old.nonce
            s.text = old.text
            if (old.src) {
              // Ordered like parser scripts, unless the site asked for async (copied above).
              let ordered = +!(s.async = old.hasAttribute('async'))
              inFlight += ordered
              s.onload = s.onerror = (event): void => {
                if ((event as Event).type == 'error') report(Error('Could not load ' + old.src))
                inFlight -= ordered
                scan()
              }
            }
            old.replaceWith(s)
          }
        }
      })
  }

  // Every DOM this runs in (browsers, happy-dom, jsdom) has MutationObserver. The document
  // itself, not its root: the same scans, and a replaced <html> is seen too.
  let observer = new MutationObserver(scan)
  observer.observe(document, { childList: true, subtree: true })
  updates.add(scan)
  scan()
  return () => observer.disconnect()
}
