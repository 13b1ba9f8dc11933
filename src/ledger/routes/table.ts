// Every route the ledger answers, in one table (docs/ledger.openapi.json lists the same ones).
import { dashboardFile } from '../dashboard/page.js'
import { json } from '../http.js'
import { collect, preflight } from './collect.js'
import { erase, latest, recordsOf } from './records.js'
import { exportRecords, stats } from './report.js'
import type { Handler } from './context.js'

export interface Route {
  method: 'GET' | 'POST' | 'DELETE' | 'OPTIONS'
  /** OpenAPI form, e.g. `/consent/{id}`. */
  path: string
  /** Public routes need no token: what visitors' browsers and the dashboard's files use. */
  public: boolean
  handle: Handler
}

export const ROUTES: Route[] = [
  { method: 'POST', path: '/consent', public: true, handle: collect },
  { method: 'OPTIONS', path: '/consent', public: true, handle: preflight },
  { method: 'GET', path: '/consent', public: false, handle: latest },
  { method: 'GET', path: '/consent/{id}', public: false, handle: recordsOf },
  { method: 'DELETE', path: '/consent/{id}', public: false, handle: erase },
  { method: 'GET', path: '/stats', public: false, handle: stats },
  { method: 'GET', path: '/export', public: false, handle: exportRecords },
  { method: 'GET', path: '/dashboard', public: true, handle: () => dashboardFile('dashboard') },
  { method: 'GET', path: '/dashboard.js', public: true, handle: () => dashboardFile('dashboard.js') },
  { method: 'GET', path: '/dashboard.css', public: true, handle: () => dashboardFile('dashboard.css') },
  { method: 'GET', path: '/health', public: true, handle: context => json(200, { ok: true, store: context.store.kind }) }
]

/** `/consent/{id}` → a RegExp capturing each `{param}` as one path segment. */
function pattern(path: string): RegExp {
  let escaped = path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '([^/]+)')
  return new RegExp(`^${escaped}$`)
}

const COMPILED = ROUTES.map(route => ({ route, regexp: pattern(route.path) }))

/**
 * Finds the route for a method and path: the route and its decoded parameters, the allowed
 * methods when only the method is wrong, or null.
 *
 * @example
 * match('GET', '/consent/3b1f') // { route, params: ['3b1f'] }
 */
export function match(
  method: string,
  path: string
): { route: Route; params: string[] } | { allow: string[] } | null {
  let allow: string[] = []
  for (let { route, regexp } of COMPILED) {
    let found = regexp.exec(path)
    if (!found) continue
    if (route.method !== method) {
      allow.push(route.method)
      continue
    }
    let params: string[] = []
    for (let part of found.slice(1)) {
      try {
        params.push(decodeURIComponent(part))
      } catch {
        params.push('')
      }
    }
    return { route, params }
  }
  return allow.length > 0 ? { allow } : null
}
