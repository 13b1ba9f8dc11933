const SELECTOR = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src]'

export interface BlockedElements {
  /** Activates every blocked element whose categories are all granted. */
  sync(): void
  stop(): void
}

/**
 * Activates `<script type="text/plain" data-consent="…">` and `<iframe data-consent data-src>`
 * once their categories are granted, in document order, including elements added later.
 *
 * @example
 * let blocked = watchBlocked(name => granted[name], console.error)
 */
/* @__NO_SIDE_EFFECTS__ */
export function watchBlocked(
  granted: (name: string) => boolean,
  report: (error: Error) => void
): BlockedElements {
  let done = new WeakSet<Element>()
  let queue: HTMLScriptElement[] = []
  let inFlight = 0

  let pump = (): void => {
    while (queue.length) {
      let old = queue[0]
      // Inline code may use what the external scripts before it define.
      if (!old.src && inFlight) return
      queue.shift()
      let s = document.createElement('script')
      for (let { name, value } of Array.from(old.attributes)) {
        if (name !== 'type' && name !== 'data-type') s.setAttribute(name, value)
      }
      let type = old.getAttribute('data-type')
      if (type) s.type = type
      if (old.nonce) s.nonce = old.nonce
      if (old.src) {
        // Ordered like parser scripts unless the site asked for async.
        let ordered = !old.hasAttribute('async')
        s.async = !ordered
        if (ordered) inFlight++
        s.onload = s.onerror = (event): void => {
          if ((event as Event).type === 'error') report(new Error('Could not load ' + old.src))
          if (ordered) {
            inFlight--
            pump()
          }
        }
      } else {
        s.text = old.text
      }
      old.replaceWith(s)
    }
  }

  let sync = (): void => {
    for (let el of Array.from(document.querySelectorAll<HTMLElement>(SELECTOR))) {
      let needs = (el.dataset.consent || '').split(/\s+/).filter(Boolean)
      if (done.has(el) || !needs.length || !needs.every(granted)) continue
      done.add(el)
      if (el instanceof HTMLIFrameElement) el.src = el.dataset.src!
      else queue.push(el as HTMLScriptElement)
    }
    pump()
  }

  let observer =
    typeof MutationObserver === 'undefined'
      ? null
      : new MutationObserver(records => {
          if (records.some(r => r.addedNodes.length)) sync()
        })
  observer?.observe(document.documentElement, { childList: true, subtree: true })
  return {
    sync,
    stop: () => observer?.disconnect()
  }
}
