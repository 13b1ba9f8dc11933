// What a consent record may be. Anything else is refused with a reason, before it reaches a store.
import type { ConsentRecord } from './types.js'

export type Validation = { ok: true; record: ConsentRecord } | { ok: false; reason: string }

const FIELDS = ['id', 'timestamp', 'revision', 'method', 'categories', 'language', 'textsHash', 'services', 'policy', 'region']
const METHODS = ['accept-all', 'reject-all', 'custom', 'gpc', 'opt-out']
const POLICIES = ['opt-in', 'opt-out', 'none']
/** A decision id: a UUID or consentry's base-36 fallback; also what `/consent/:id` accepts. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,63}$/
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/
const HASH = /^[0-9a-f]{8,64}$/
const REGION = /^[A-Za-z0-9-]{1,16}$/
const DAY = 24 * 60 * 60 * 1000

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A map of names → booleans, rebuilt with sorted keys; a reason string when it is not one. */
function booleanMap(value: unknown, field: string, max: number): Record<string, boolean> | string {
  if (!isPlainObject(value)) return `${field} must be an object of booleans`
  let keys = Object.keys(value).sort()
  if (keys.length > max) return `${field} has more than ${max} entries`
  for (let key of keys) {
    if (!NAME.test(key)) return `${field} has an invalid name: ${JSON.stringify(key.slice(0, 70))}`
    if (typeof value[key] !== 'boolean') return `${field}.${key} must be true or false`
  }
  return Object.fromEntries(keys.map(key => [key, value[key] as boolean]))
}

/**
 * Checks a parsed POST body against the record format and returns it normalized (sorted maps,
 * timestamp as `toISOString()`), or the first reason it is refused.
 *
 * @example
 * validateRecord(JSON.parse(body), Date.now()) // { ok: true, record } or { ok: false, reason: 'method …' }
 */
export function validateRecord(body: unknown, now: number, maxSkewMs = DAY): Validation {
  let fail = (reason: string): Validation => ({ ok: false, reason })
  if (!isPlainObject(body)) return fail('the body must be a JSON object')
  let unknown = Object.keys(body).find(key => !FIELDS.includes(key))
  if (unknown !== undefined) return fail(`unknown field: ${JSON.stringify(unknown.slice(0, 70))}`)
  let { id, timestamp, revision, method, language, textsHash, policy, region } = body
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return fail('id must be 1-128 letters, digits, . _ : -')
  if (typeof timestamp !== 'string' || !ISO_UTC.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
    return fail('timestamp must be an ISO 8601 UTC time such as 2026-11-28T09:00:00.000Z')
  }
  if (Math.abs(Date.parse(timestamp) - now) > maxSkewMs) return fail('timestamp is more than a day off the server time')
  if (!Number.isInteger(revision) || (revision as number) < 0 || (revision as number) > 2147483647) {
    return fail('revision must be a non-negative integer')
  }
  if (typeof method !== 'string' || !METHODS.includes(method)) return fail(`method must be one of ${METHODS.join(', ')}`)
  let categories = booleanMap(body.categories, 'categories', 64)
  if (typeof categories === 'string') return fail(categories)
  if (Object.keys(categories).length === 0) return fail('categories must name at least one category')
  if (typeof language !== 'string' || !LANGUAGE.test(language)) return fail('language must be a language tag such as en or fr-CA')
  if (typeof textsHash !== 'string' || !HASH.test(textsHash)) return fail('textsHash must be 8-64 lowercase hex digits')
  let record: ConsentRecord = {
    id,
    timestamp: new Date(timestamp).toISOString(),
    revision: revision as number,
    method: method as ConsentRecord['method'],
    categories,
    language,
    textsHash
  }
  if (body.services !== undefined) {
    let services = booleanMap(body.services, 'services', 256)
    if (typeof services === 'string') return fail(services)
    record.services = services
  }
  if (policy !== undefined) {
    if (typeof policy !== 'string' || !POLICIES.includes(policy)) return fail(`policy must be one of ${POLICIES.join(', ')}`)
    record.policy = policy as ConsentRecord['policy']
  }
  if (region !== undefined) {
    if (typeof region !== 'string' || !REGION.test(region)) return fail('region must be 1-16 letters, digits or -')
    record.region = region
  }
  return { ok: true, record }
}

/**
 * The record as canonical JSON (fixed key order, sorted maps): equal content, equal text.
 *
 * @example
 * canonicalJson(record) // '{"id":"…","timestamp":"…",…}'
 */
export function canonicalJson(record: ConsentRecord): string {
  return JSON.stringify(FIELDS.map(field => [field, record[field as keyof ConsentRecord] ?? null]))
}
