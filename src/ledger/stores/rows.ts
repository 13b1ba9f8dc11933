// Database rows → the ledger's JSON shapes, the same whichever driver returned them.
import type { LedgerMethod, StatsBucket, StoredRecord } from '../types.js'
import type { Row } from './client.js'

function isoTime(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString()
}

/**
 * One row of the records table as a stored record; absent optional fields are left out.
 *
 * @example
 * rowToRecord(row) // { id, timestamp, revision, method, categories, language, textsHash, receivedAt }
 */
export function rowToRecord(row: Row): StoredRecord {
  let record: StoredRecord = {
    id: String(row.decision_id),
    timestamp: isoTime(row.decided_at),
    revision: Number(row.revision),
    method: row.method as LedgerMethod,
    // Both drivers parse jsonb columns into objects.
    categories: row.categories as Record<string, boolean>,
    language: String(row.language),
    textsHash: String(row.texts_hash),
    receivedAt: isoTime(row.received_at)
  }
  if (row.services != null) record.services = row.services as Record<string, boolean>
  if (row.policy != null) record.policy = row.policy as StoredRecord['policy']
  if (row.region != null) record.region = String(row.region)
  if (row.ip_hash != null) record.ipHash = String(row.ip_hash)
  return record
}

/**
 * Groups `{ bucket, key, total, granted }` rows (per method, category, service) into buckets, oldest first.
 *
 * @example
 * statsFromRows([{ bucket: '2026-11-28T00:00:00Z', key: 'accept-all', total: 3, granted: 0 }], [], [])
 */
export function statsFromRows(methods: Row[], categories: Row[], services: Row[]): StatsBucket[] {
  let buckets = new Map<string, StatsBucket>()
  let bucketOf = (row: Row): StatsBucket => {
    let start = String(row.bucket)
    let bucket = buckets.get(start)
    if (!bucket) {
      bucket = { start, decisions: 0, methods: {}, categories: {}, services: {} }
      buckets.set(start, bucket)
    }
    return bucket
  }
  for (let row of methods) {
    let bucket = bucketOf(row)
    bucket.methods[String(row.key)] = Number(row.total)
    bucket.decisions += Number(row.total)
  }
  for (let [rows, field] of [
    [categories, 'categories'],
    [services, 'services']
  ] as const) {
    for (let row of rows) {
      bucketOf(row)[field][String(row.key)] = { granted: Number(row.granted), total: Number(row.total) }
    }
  }
  return [...buckets.values()].sort((first, second) => first.start.localeCompare(second.start))
}
