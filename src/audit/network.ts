// Watches a browser context's requests: records those to other sites, and tells when the network
// has been quiet for a while (bounded, since some pages never stop polling).
import type { BrowserContext, Request } from 'playwright-core'

import { isAllowedHost, isOwnHost } from './site.js'
import type { Site } from './site.js'
import { vendorOfHost } from './trackers.js'
import type { AuditRequest } from './types.js'

const QUIET_MS = 500

function isTopNavigation(request: Request): boolean {
  try {
    return request.isNavigationRequest() && request.frame().parentFrame() === null
  } catch {
    // Requests of service workers have no frame.
    return false
  }
}

export interface NetworkWatch {
  requests: AuditRequest[]
  /** From now on, requests are recorded as 'after-click'. */
  markClick(): void
  /** Resolves once no request has been in flight for 500 ms, or after `maxMs`. */
  settle(maxMs: number): Promise<void>
}

/**
 * Starts watching `context`.
 *
 * @example
 * let network = watchNetwork(context, audited)
 * await page.goto(url)
 * await network.settle(5000)
 * network.requests // third-party requests, classified
 */
export function watchNetwork(context: BrowserContext, audited: Site): NetworkWatch {
  let requests: AuditRequest[] = []
  let inFlight = new Set<Request>()
  let lastActivity = Date.now()
  let when: AuditRequest['when'] = 'before-click'
  let done = (request: Request): void => {
    inFlight.delete(request)
    lastActivity = Date.now()
  }
  context.on('request', request => {
    inFlight.add(request)
    lastActivity = Date.now()
    // A top-level navigation elsewhere is reported as navigated-away (and cancelled), not as a call.
    if (isTopNavigation(request)) return
    let url = new URL(request.url())
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return
    if (isOwnHost(audited, url.hostname) || isAllowedHost(audited, url.hostname)) return
    let vendor = vendorOfHost(url.hostname)
    let entry: AuditRequest = { url: request.url(), host: url.hostname, type: request.resourceType(), when, kind: vendor ? 'tracker' : 'unclassified' }
    if (vendor) entry.vendor = vendor
    requests.push(entry)
  })
  context.on('requestfinished', done)
  context.on('requestfailed', done)
  return {
    requests,
    markClick: () => {
      when = 'after-click'
    },
    settle: async maxMs => {
      let deadline = Date.now() + maxMs
      while (Date.now() < deadline && (inFlight.size > 0 || Date.now() - lastActivity < QUIET_MS)) {
        await new Promise(resolve => setTimeout(resolve, 100))
      }
    }
  }
}
