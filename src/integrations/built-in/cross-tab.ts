import type { Consent, Unbind } from '../../core/types.js'

/**
 * Applies a decision made in another tab of the site: a BroadcastChannel named after the decision
 * cookie tells the other tabs to `refresh()` (their banners close, their loaders or revocations
 * run). Tabs also re-read the cookie whenever they become visible: that covers browsers without
 * BroadcastChannel and decisions made on a subdomain sharing the cookie. A decision picked up
 * that way is not echoed back. The channel closes on unbind.
 *
 * @example
 * let stop = syncTabs(consent) // … stop() in destroy()
 */
export function syncTabs(consent: Consent): Unbind {
  let channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel('consentry:' + consent.config.cookieName) : undefined
  let post = (): void => channel?.postMessage(1)
  let onVisible = (): void => {
    if (!document.hidden) consent.refresh()
  }
  if (channel) channel.onmessage = () => consent.refresh()
  document.addEventListener('visibilitychange', onVisible)
  let offs = [
    consent.on('decision', (_decision, remote) => {
      if (!remote) post()
    }),
    // A reset (withdrawal without a new decision) changes state but makes no decision.
    consent.on('change', () => {
      if (!consent.getDecision()) post()
    })
  ]
  return () => {
    for (let off of offs) off()
    channel?.close()
    document.removeEventListener('visibilitychange', onVisible)
  }
}

/**
 * Option `reloadOnRevoke`: reloads the page when a granted category is withdrawn (here or in
 * another tab), for scripts that cannot be unloaded.
 *
 * @example
 * if (config.reloadOnRevoke) reloadOnRevoke(consent)
 */
export function reloadOnRevoke(consent: Consent): Unbind {
  return consent.on('change', (now, before) => {
    if (consent.config.names.some(name => before[name] && !now[name])) location.reload()
  })
}
