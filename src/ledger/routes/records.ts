// The token routes on one decision id, and the latest decisions.
import { json, problem } from '../http.js'
import { ID_PATTERN } from '../validate.js'
import type { Context } from './context.js'

function badId(id: string): Response | null {
  return ID_PATTERN.test(id) ? null : problem(400, 'id must be 1-128 letters, digits, . _ : -')
}

/**
 * GET /consent/:id: every record of one decision id, oldest first (the proof, or a data-subject
 * access answer). 404 when there is none.
 *
 * @example
 * await recordsOf(context) // 200 { id, records: [{ id, timestamp, …, receivedAt }] }
 */
export async function recordsOf(context: Context): Promise<Response> {
  let id = context.params[0]
  let invalid = badId(id)
  if (invalid) return invalid
  let records = await context.store.byId(id)
  if (records.length === 0) return problem(404, 'no record for this id')
  return json(200, { id, records })
}

/**
 * DELETE /consent/:id: erases every record of one decision id (right to erasure).
 *
 * @example
 * await erase(context) // 200 { id, erased: 2 }
 */
export async function erase(context: Context): Promise<Response> {
  let id = context.params[0]
  let invalid = badId(id)
  if (invalid) return invalid
  return json(200, { id, erased: await context.store.erase(id) })
}

/**
 * GET /consent?limit=50: the latest records, newest first (the dashboard's table).
 *
 * @example
 * await latest(context) // 200 { records: […] }
 */
export async function latest(context: Context): Promise<Response> {
  let text = context.url.searchParams.get('limit') ?? '50'
  let limit = Number(text)
  if (!/^\d+$/.test(text) || limit < 1 || limit > 500) return problem(400, 'limit must be a whole number from 1 to 500')
  return json(200, { records: await context.store.latest(limit) })
}
