// Appending records: many in one statement (arrays unnested), so the statement is prepared once
// whatever the batch size, and one commit covers the batch.
import { RECORDS_TABLE } from '../schema.js'
import type { NewRecord } from '../types.js'
import type { SqlClient } from './client.js'

/**
 * Inserts the entries that are not there yet; true for each one stored now, false for a retry.
 * Their monthly partitions must exist.
 *
 * @example
 * await insertMany(client, [entry]) // [true]
 */
export async function insertMany(client: SqlClient, entries: NewRecord[]): Promise<boolean[]> {
  let column = <T>(pick: (entry: NewRecord) => T): T[] => entries.map(pick)
  let rows = await client.query(
    `insert into ${RECORDS_TABLE} (decision_id, decided_at, received_at, revision, method, categories,
       services, language, texts_hash, policy, region, ip_hash, content_hash)
     select id, decided, received, revision, method, categories::jsonb, services::jsonb, language,
       texts_hash, policy, region, ip_hash, content_hash
     from unnest($1::text[], $2::timestamptz[], $3::timestamptz[], $4::integer[], $5::text[], $6::text[],
       $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
       as batch(id, decided, received, revision, method, categories, services, language, texts_hash,
         policy, region, ip_hash, content_hash)
     on conflict (decision_id, content_hash, decided_at) do nothing
     returning decision_id, content_hash`,
    [
      column(entry => entry.record.id),
      column(entry => entry.record.timestamp),
      column(entry => entry.receivedAt.toISOString()),
      column(entry => entry.record.revision),
      column(entry => entry.record.method),
      column(entry => JSON.stringify(entry.record.categories)),
      column(entry => (entry.record.services ? JSON.stringify(entry.record.services) : null)),
      column(entry => entry.record.language),
      column(entry => entry.record.textsHash),
      column(entry => entry.record.policy ?? null),
      column(entry => entry.record.region ?? null),
      column(entry => entry.ipHash),
      column(entry => entry.contentHash)
    ]
  )
  // A key inserted once counts for its first entry only (the same record twice in one batch).
  let inserted = new Set(rows.map(row => `${row.decision_id}\0${row.content_hash}`))
  return entries.map(entry => inserted.delete(`${entry.record.id}\0${entry.contentHash}`))
}
