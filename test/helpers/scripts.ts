import { onTestFinished } from 'vitest'

interface SyncResponse {
  status: number
  statusText: string
  ok: boolean
  url: string
  redirected: boolean
  headers: Headers
  body: Buffer
}

/**
 * Serves external scripts to happy-dom from memory (no network): `bodies` maps a URL to its code.
 * Asynchronous fetches (`async`/`defer` scripts) wait `delays[url]` ms so a wrongly ordered loader
 * would run them out of order. Needs a window with enableJavaScriptEvaluation. Removed when the test ends.
 */
export function serveScripts(bodies: Record<string, string>, delays: Record<string, number> = {}): string[] {
  let requested: string[] = []
  let settings = (window as unknown as { happyDOM: { settings: { fetch: { interceptor: unknown } } } }).happyDOM
    .settings
  let respond = (url: string): SyncResponse => ({
    status: url in bodies ? 200 : 404,
    statusText: url in bodies ? 'OK' : 'Not Found',
    ok: url in bodies,
    url,
    redirected: false,
    headers: new Headers({ 'content-type': 'text/javascript' }),
    body: Buffer.from(bodies[url] ?? '')
  })
  settings.fetch.interceptor = {
    beforeSyncRequest({ request }: { request: Request }) {
      requested.push(request.url)
      return respond(request.url)
    },
    async beforeAsyncRequest({ request }: { request: Request }) {
      requested.push(request.url)
      await new Promise(resolve => setTimeout(resolve, delays[request.url] ?? 0))
      let { status, statusText, headers } = respond(request.url)
      return new Response(bodies[request.url] ?? '', { status, statusText, headers })
    }
  }
  onTestFinished(() => {
    settings.fetch.interceptor = null
  })
  return requested
}

/** The list inline/external test scripts push to (`window.order.push(…)`). */
export const order = (): string[] => ((window as unknown as { order?: string[] }).order ??= [])

/** Code for a test script that records `name` in `window.order`. */
export const push = (name: string): string => `(window.order = window.order || []).push(${JSON.stringify(name)})`
