// POST /consent: the only route visitors' browsers call. CORS limited to allowedOrigins.
import { addressHash, sha256Hex } from '../crypto.js'
import { json, problem, readLimited } from '../http.js'
import { canonicalJson, validateRecord } from '../validate.js'
import type { Context } from './context.js'

export const MAX_BODY_BYTES = 8192
// What sendBeacon (a string → text/plain) and fetch send without a preflight, and plain JSON.
const CONTENT_TYPES = ['text/plain', 'application/json']

/**
 * Whether a request's Origin may post: none (server to server), listed, or `'*'` configured.
 *
 * @example
 * originAllowed(context) // false for Origin: https://evil.example
 */
export function originAllowed(context: Context): boolean {
  let origin = context.request.headers.get('origin')
  if (origin === null) return true
  let allowed = context.options.allowedOrigins
  return allowed.includes('*') || allowed.includes(origin)
}

/**
 * CORS headers for an allowed Origin, on every answer so the page can read the status.
 *
 * @example
 * corsHeaders(context) // { 'Access-Control-Allow-Origin': 'https://www.example.com', Vary: 'Origin' }
 */
export function corsHeaders(context: Context): Record<string, string> {
  let origin = context.request.headers.get('origin')
  if (origin === null || !originAllowed(context)) return {}
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }
}

/**
 * OPTIONS /consent: the preflight of a cross-origin `application/json` POST.
 *
 * @example
 * preflight(context) // 204 with Access-Control-Allow-Methods: POST
 */
export function preflight(context: Context): Response {
  if (!originAllowed(context)) return problem(403, 'origin not allowed')
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(context),
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': '86400'
    }
  })
}

/**
 * POST /consent: validates a record and appends it; answers only once it is committed.
 * 201 when stored, 200 when the same record was already there (a retry).
 *
 * @example
 * await collect(context) // 201 { id, stored: true, duplicate: false }
 */
export async function collect(context: Context): Promise<Response> {
  if (!originAllowed(context)) return problem(403, 'origin not allowed')
  let cors = corsHeaders(context)
  let type = (context.request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (!CONTENT_TYPES.includes(type)) {
    return problem(415, 'send the record as text/plain or application/json', cors)
  }
  let text: string | null
  try {
    text = await readLimited(context.request, MAX_BODY_BYTES)
  } catch {
    return problem(400, 'the body is not valid UTF-8', cors)
  }
  if (text === null) return problem(413, `the body is over ${MAX_BODY_BYTES} bytes`, cors)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return problem(400, 'the body is not JSON', cors)
  }
  let checked = validateRecord(body, context.now)
  if (!checked.ok) return problem(400, checked.reason, cors)
  let record = checked.record
  let salt = context.options.ipHash?.salt
  let stored = await context.store.insert({
    record,
    receivedAt: new Date(context.now),
    ipHash: salt && context.address ? await addressHash(context.address, salt) : null,
    contentHash: await sha256Hex(canonicalJson(record))
  })
  return json(stored ? 201 : 200, { id: record.id, stored: true, duplicate: !stored }, cors)
}
