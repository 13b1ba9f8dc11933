// The Node adapter: node:http requests → ledger.fetch → node:http responses, streamed with backpressure.
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Ledger } from './handler.js'

// Larger bodies are refused here, before any route reads them (routes have their own, smaller, limits).
const MAX_BODY = 1024 * 1024

/** The body as one buffer (much cheaper than a web stream for small posts), or null when too large. */
async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | null> {
  let chunks: Buffer[] = []
  let size = 0
  for await (let chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) return null
    chunks.push(chunk as Buffer)
  }
  return new Uint8Array(Buffer.concat(chunks))
}

function toRequest(req: IncomingMessage, body: Uint8Array<ArrayBuffer> | undefined): Request {
  let headers = new Headers()
  for (let [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (let item of value) headers.append(name, item)
    else if (value !== undefined) headers.set(name, value)
  }
  // The host header only builds a URL: routes read the path and query, never the host.
  let url = new URL(req.url ?? '/', 'http://ledger.invalid')
  return new Request(url, {
    method: req.method,
    headers,
    body
  })
}

async function send(response: Response, res: ServerResponse): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers))
  // Only exports stream; everything else is small JSON or a page, written at once.
  if (!response.body || !response.headers.get('content-type')?.includes('ndjson')) {
    res.end(Buffer.from(await response.arrayBuffer()))
    return
  }
  let reader = response.body.getReader()
  // A client that goes away stops the export's database reads too.
  res.on('close', () => {
    reader.cancel().catch(() => {})
  })
  for (;;) {
    let { done, value } = await reader.read()
    if (done) break
    if (!res.write(value)) await new Promise(resolve => res.once('drain', resolve))
  }
  res.end()
}

/**
 * A `(req, res)` listener for `node:http`, Express or any Connect-style server.
 *
 * @example
 * createServer(toNodeHandler(ledger)).listen(8787)
 */
export function toNodeHandler(ledger: Ledger): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    let respond = async (): Promise<void> => {
      let hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      let body = hasBody ? await readBody(req) : undefined
      if (body === null) {
        res.writeHead(413, { 'Content-Type': 'application/json', Connection: 'close' }).end('{"error":"the body is too large"}')
        return
      }
      let response = await ledger.fetch(toRequest(req, body), { clientAddress: req.socket.remoteAddress })
      await send(response, res)
    }
    respond().catch(error => {
      // Only a broken connection gets here (fetch itself never throws).
      if (!res.headersSent) res.writeHead(500).end()
      else res.destroy(error)
    })
  }
}

export interface ListenOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number
  /** Default 127.0.0.1; '0.0.0.0' to accept other machines (put TLS in front). */
  host?: string
}

/**
 * Serves the ledger over HTTP once its store is ready. `close()` stops the server, then the store.
 *
 * @example
 * let server = await listen(ledger, { port: 8787 })
 * console.log(server.url) // http://127.0.0.1:8787
 */
export async function listen(
  ledger: Ledger,
  options: ListenOptions = {}
): Promise<{ url: string; close(): Promise<void> }> {
  await ledger.ready
  let server = createServer(toNodeHandler(ledger))
  let host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 8787, host, resolve)
  })
  let { port } = server.address() as { port: number }
  let shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${shownHost}:${port}`,
    close: async () => {
      await new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await ledger.close()
    }
  }
}
