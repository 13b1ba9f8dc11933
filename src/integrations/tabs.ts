import type { Consent } from '../consent.js'
import type { Unbind } from '../types.js'

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
    typeof BroadcastChannel == 'function'
      ? new BroadcastChannel('consentry:' + (consent.config.cookie?.name || 'consentry'))
      : undefined
  let post = (): void => channel?.postMessage(1)
  let visible = (): void => {
    if (!document.hidden) consent.refresh()
  }
  if (channel) channel.onmessage = () => consent.refresh()
  document.addEventListener('visibilitychange', visible)
  let offDecision = consent.on('decision', (_, remote) => remote || post())
  // A reset (withdrawal without a new decision) changes state but makes no decision.
  let offChange = consent.on('change', () => consent.getDecision() || post())
  return () => {
    offDecision()
    offChange()
    channel?.close()
    document.removeEventListener('visibilitychange', visible)
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
