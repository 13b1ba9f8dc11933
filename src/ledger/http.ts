// Small Response helpers shared by the routes.

/** Security headers on every answer: nothing here is meant to be framed, sniffed or cached. */
const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer'
}

/**
 * A JSON response.
 *
 * @example
 * json(201, { id, stored: true })
 */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...BASE_HEADERS, 'Content-Type': 'application/json; charset=utf-8', ...headers }
  })
}

/**
 * A JSON error: `{ error: reason }`.
 *
 * @example
 * problem(400, 'method must be one of …')
 */
export function problem(status: number, reason: string, headers: Record<string, string> = {}): Response {
  return json(status, { error: reason }, headers)
}

/**
 * A response with a body of another type (HTML, JavaScript, NDJSON stream).
 *
 * @example
 * respond(200, html, { 'Content-Type': 'text/html; charset=utf-8' })
 */
export function respond(status: number, body: BodyInit | null, headers: Record<string, string>): Response {
  return new Response(body, { status, headers: { ...BASE_HEADERS, ...headers } })
}

/**
 * Reads a request body up to `limit` bytes; null when it is longer (the rest is not read).
 *
 * @example
 * let text = await readLimited(request, 8192) // null → 413
 */
export async function readLimited(request: Request, limit: number): Promise<string | null> {
  let declared = Number(request.headers.get('content-length'))
  if (declared > limit) return null
  if (!request.body) return ''
  let reader = request.body.getReader()
  let chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    let { done, value } = await reader.read()
    if (done || !value) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  let bytes = new Uint8Array(size)
  let offset = 0
  for (let chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}
