import type { Unbind } from './types.js'
import { isSafeUrl } from './url.js'

/** Blocked elements: scripts the browser ignores (text/plain) and iframes without a src yet. */
const BLOCKED = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src]'
/** Elements that name their consent but are not blocked: they run or load before any decision. */
const UNBLOCKED = 'script[data-consent],iframe[data-consent][src]'
/** The types an activated script may get from `data-type`: JavaScript, classic or module. */
const RUNNABLE_TYPE = /^(module|(text|application)\/(java|ecma)script)$/i

export interface BlockedOptions {
  /**
   * The page's CSP nonce. When a nonce is known, or the page's own scripts carry one, a blocked
   * script runs only if it carries that very nonce: under 'strict-dynamic' a script that
   * Consentry inserts is trusted, so markup injected into the page must not get that trust.
   */
  nonce?: string
  /** false: activate blocked scripts without comparing nonces (the site vouches for its markup). */
  requireNonce?: boolean
  /**
   * The configured categories: an element that names another one could never be granted, so it
   * is reported once (and stays blocked) rather than waiting silently.
   */
  names?: string[]
}

/**
 * Activates `<script type="text/plain" data-consent="…">` and `<iframe data-consent data-src>`
 * once every category they list is granted, in document order, including elements added later
 * (only the added nodes are looked at). Every element is handled on its own: one that is refused
 * or fails is reported once on `report` and the others go on. Its scan joins `updates` (run by the
 * engine after each decision); returns the stop function.
 *
 * @example
 * let stop = watchBlocked(updates, consent.isGranted, console.error, { nonce: 'r4nd0m' })
 */
export function watchBlocked(
  updates: Set<() => void>,
  isGranted: (category: string) => boolean,
  report: (error: Error) => void,
  options: BlockedOptions = {}
): Unbind {
  // External scripts activated but not loaded yet, that later inline ones must wait for.
  let inFlight = 0
  // Elements this instance created or gave up on: never activated (or reported) twice.
  let done = new WeakSet<Element>()

  let refuse = (element: Element, why: string): void => {
    done.add(element)
    report(Error(`${why}: ${element.outerHTML.slice(0, 120)}`))
  }

  // A category the site never configured (a typo, or one missing from data-categories).
  let unconfigured = (needs: string[]): string | undefined =>
    needs.find(name => name !== '' && name !== 'necessary' && options.names !== undefined && !options.names.includes(name))

  let pageUsesNonces = (): boolean => document.querySelector('script[nonce]:not([type="text/plain"])') !== null

  let trusted = (script: HTMLScriptElement): boolean => {
    if (options.requireNonce === false) return true
    // Chromium hides the attribute once parsed (the property keeps it); some DOMs only have the attribute.
    if (options.nonce) return (script.nonce || script.getAttribute('nonce')) === options.nonce
    return !pageUsesNonces()
  }

  let activateFrame = (frame: HTMLIFrameElement): void => {
    let src = frame.dataset.src!
    // Dropping data-src keeps later scans (and the embed placeholders) off it.
    frame.removeAttribute('data-src')
    if (!isSafeUrl(src)) return refuse(frame, 'Refused an iframe URL that is not http(s) or relative')
    done.add(frame)
    frame.src = src
  }

  let activateScript = (old: HTMLScriptElement): void => {
    let type = old.dataset.type || 'text/javascript'
    if (!RUNNABLE_TYPE.test(type)) return refuse(old, `Refused data-type="${type}" (pass module or text/javascript)`)
    if (old.hasAttribute('src') && !isSafeUrl(old.getAttribute('src'))) {
      return refuse(old, 'Refused a script URL that is not http(s) or relative')
    }
    if (!trusted(old)) return refuse(old, 'Refused a blocked script without the page’s nonce (pass the nonce option)')
    // A new element, not a clone: scripts a page inserted as markup are marked "already started",
    // and a clone would keep that mark and never run.
    let script = document.createElement('script')
    done.add(script)
    done.add(old)
    for (let attribute of old.attributes) {
      // Event handler attributes never come along: they would run as inline code.
      if (!/^on/i.test(attribute.name)) script.setAttribute(attribute.name, attribute.value)
    }
    script.type = type
    // Browsers hide the nonce attribute once read; the property keeps it.
    script.nonce = old.nonce
    script.text = old.text
    if (old.src) {
      // Ordered like parser scripts, unless the site asked for async (copied above).
      let ordered = !old.hasAttribute('async')
      script.async = !ordered
      if (ordered) inFlight++
      script.onload = script.onerror = (event): void => {
        if ((event as Event).type === 'error') report(Error('Could not load ' + old.src))
        if (ordered) inFlight--
        scanDocument()
      }
    }
    old.replaceWith(script)
  }

  // Inline code may use what the external scripts before it define: from the first inline script
  // that must wait, every later script waits too (iframes do not).
  let activate = (elements: Iterable<Element>): void => {
    let stalled = false
    for (let element of elements) {
      let consent = (element as HTMLElement).dataset.consent
      // A script that ran (or a load that fired) may have activated it already inside this walk.
      if (done.has(element) || !element.isConnected || consent == null) continue
      let needs = consent.trim().split(/\s+/)
      let unknown = unconfigured(needs)
      if (unknown !== undefined) {
        refuse(element, `data-consent names "${unknown}", which is not a configured category or service (add it to categories)`)
        continue
      }
      // An empty list needs the category "" that never exists.
      if (!needs.every(isGranted)) continue
      try {
        if (element instanceof HTMLIFrameElement) activateFrame(element)
        else {
          let script = element as HTMLScriptElement
          stalled ||= !script.src && inFlight > 0
          if (!stalled) activateScript(script)
        }
      } catch (error) {
        // e.g. Trusted Types refusing the text: this element stays blocked, the decision completes.
        done.add(element)
        report(error instanceof Error ? error : Error(String(error)))
      }
    }
  }

  // Reported once each: a script or iframe that names its consent but already runs or loads.
  let warnUnblocked = (elements: Iterable<Element>): void => {
    for (let element of elements) {
      let blocked = element instanceof HTMLScriptElement ? element.type.toLowerCase() === 'text/plain' : false
      if (!done.has(element) && !blocked && !element.hasAttribute('data-src')) {
        refuse(element, 'Runs before consent: give it type="text/plain" (iframes: data-src instead of src)')
      }
    }
  }

  let scanDocument = (): void => activate(document.querySelectorAll(BLOCKED))

  let scanAdded = (records: MutationRecord[]): void => {
    let blocked: Element[] = []
    let unblocked: Element[] = []
    for (let record of records) {
      for (let node of record.addedNodes) {
        if (node instanceof Element) {
          if (node.matches(BLOCKED)) blocked.push(node)
          if (node.matches(UNBLOCKED)) unblocked.push(node)
          blocked.push(...node.querySelectorAll(BLOCKED))
          unblocked.push(...node.querySelectorAll(UNBLOCKED))
        }
      }
    }
    warnUnblocked(unblocked)
    activate(blocked)
  }

  // Every DOM this runs in (browsers, happy-dom, jsdom) has MutationObserver. The document itself,
  // not its root: a replaced <html> is seen too.
  let observer = new MutationObserver(scanAdded)
  observer.observe(document, { childList: true, subtree: true })
  updates.add(scanDocument)
  warnUnblocked(document.querySelectorAll(UNBLOCKED))
  scanDocument()
  return () => observer.disconnect()
}
