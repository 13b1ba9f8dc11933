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
  let queue: HTMLScriptElement[] = []
  let inFlight = 0

  let pump = (): void => {
    // Inline code may use what the external scripts before it define: it waits for them.
    while (queue[0] && (queue[0].src || !inFlight)) {
      let old = queue.shift()!
      let s = document.createElement('script')
      for (let { name, value } of old.attributes) if (name != 'type') s.setAttribute(name, value)
      if (old.dataset.type) s.type = old.dataset.type
      // Browsers hide the nonce attribute once read; the property keeps it.
      s.nonce = old.nonce || ''
      if (old.src) {
        // Ordered like parser scripts, unless the site asked for async.
        let ordered = !old.hasAttribute('async')
        s.async = !ordered
        inFlight += +ordered
        s.onload = s.onerror = (event): void => {
          if ((event as Event).type == 'error') report(Error('Could not load ' + old.src))
          inFlight -= +ordered
          pump()
        }
      } else {
        s.text = old.text
      }
      old.replaceWith(s)
    }
  }

  let sync = (): void => {
    document
      .querySelectorAll<HTMLElement>('script[type="text/plain"][data-consent],iframe[data-consent][data-src]')
      .forEach(el => {
        let needs = el.dataset.consent!.split(/\s+/).filter(Boolean)
        if (needs[0] && needs.every(granted) && !queue.includes(el as HTMLScriptElement)) {
          if (el.tagName == 'IFRAME') {
            ;(el as HTMLIFrameElement).src = el.dataset.src!
            el.removeAttribute('data-src')
          } else {
            queue.push(el as HTMLScriptElement)
          }
        }
      })
    pump()
  }

  let observer = typeof MutationObserver == 'function' && new MutationObserver(sync)
  if (observer) observer.observe(document.documentElement, { childList: true, subtree: true })
  return {
    sync,
    stop: () => observer && observer.disconnect()
  }
}
