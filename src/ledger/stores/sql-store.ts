// The store on any PostgreSQL-compatible client: the queries behind every route.
import { ensurePartition, monthStart, partitionName, purgeBefore } from '../partitions.js'
import { RECORDS_TABLE, migrate } from '../schema.js'
import { batcher } from './batch.js'
import { insertMany } from './insert.js'
import { rowToRecord, statsFromRows } from './rows.js'
import type { ExportCursor, LedgerStore, NewRecord, StatsInterval, StoredRecord } from '../types.js'
import type { SqlClient } from './client.js'

const COLUMNS = `seq::text as seq, decision_id, decided_at, received_at, revision, method, categories,
  services, language, texts_hash, policy, region, ip_hash`

/**
 * A `LedgerStore` over a connected client; `connect` is called once, by `open()`.
 *
 * @example
 * let store = sqlStore('pglite', async () => pgliteClient(db))
 */
export function sqlStore(
  kind: string,
  connect: () => Promise<SqlClient>,
  options: { maxInFlight?: number } = {}
): LedgerStore {
  let client: SqlClient | null = null
  // Months whose partition is known to exist, so an insert usually costs one statement.
  let months = new Set<string>()

  function db(): SqlClient {
    if (!client) throw new Error(`consentry ledger: the ${kind} store is not open (call open() first)`)
    return client
  }

  let insertBatched = batcher(
    async (entries: NewRecord[]) => {
      for (let { record } of entries) await partitionFor(new Date(record.timestamp))
      return insertMany(db(), entries)
    },
    { maxInFlight: options.maxInFlight }
  )

  async function partitionFor(date: Date): Promise<void> {
    let name = partitionName(date)
    if (months.has(name)) return
    await ensurePartition(db(), date)
    months.add(name)
  }

  return {
    kind,
    async open() {
      if (client) return
      client = await connect()
      await migrate(client)
      // This month and its neighbours: records are at most a day off the server's clock.
      let now = new Date()
      for (let offset of [-1, 0, 1]) await partitionFor(monthStart(now, offset))
    },

    async schemaVersions() {
      let rows = await db().query('select version from consentry_migrations order by version')
      return rows.map(row => Number(row.version))
    },

    async insert(entry: NewRecord) {
      return insertBatched(entry)
    },

    async byId(id) {
      let rows = await db().query(
        `select ${COLUMNS} from ${RECORDS_TABLE} where decision_id = $1 order by decided_at, seq`,
        [id]
      )
      return rows.map(rowToRecord)
    },

    async latest(limit) {
      let rows = await db().query(
        `select ${COLUMNS} from ${RECORDS_TABLE} order by decided_at desc, seq desc limit $1`,
        [limit]
      )
      return rows.map(rowToRecord)
    },

    async erase(id) {
      let rows = await db().query(
        `with gone as (delete from ${RECORDS_TABLE} where decision_id = $1 returning 1)
         select count(*)::int as count from gone`,
        [id]
      )
      return Number(rows[0]?.count ?? 0)
    },

    async stats(from: Date, to: Date, interval: StatsInterval) {
      // Buckets in UTC, as text, so both drivers give the same strings.
      let bucket = `to_char(date_trunc($3, decided_at at time zone 'UTC'), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`
      let range = 'decided_at >= $1 and decided_at < $2'
      let params = [from.toISOString(), to.toISOString(), interval]
      let methods = await db().query(
        `select ${bucket} as bucket, method as key, count(*)::int as total, 0 as granted
         from ${RECORDS_TABLE} where ${range} group by 1, 2`,
        params
      )
      let grants = (column: string): Promise<Record<string, unknown>[]> =>
        db().query(
          `select ${bucket} as bucket, entry.key as key, count(*)::int as total,
             count(*) filter (where entry.value = 'true')::int as granted
           from ${RECORDS_TABLE}, jsonb_each_text(coalesce(${column}, '{}'::jsonb)) as entry
           where ${range} group by 1, 2`,
          params
        )
      return statsFromRows(methods, await grants('categories'), await grants('services'))
    },

    async exportPage(from: Date, to: Date, cursor: ExportCursor | null, limit: number) {
      // Keyset pagination on the (decided_at, seq) index: each page is one short query, so an
      // export of millions of rows holds one page in memory and no long transaction.
      let after = cursor ? 'and (decided_at, seq) > ($3::timestamptz, $4::bigint)' : ''
      let params: unknown[] = [from.toISOString(), to.toISOString()]
      if (cursor) params.push(cursor.timestamp, cursor.seq)
      params.push(limit)
      let rows = await db().query(
        `select ${COLUMNS} from ${RECORDS_TABLE} where decided_at >= $1 and decided_at < $2 ${after}
         order by decided_at, seq limit $${params.length}`,
        params
      )
      let records: StoredRecord[] = rows.map(rowToRecord)
      let last = rows[rows.length - 1]
      let next = rows.length === limit && last ? { timestamp: records[records.length - 1].timestamp, seq: String(last.seq) } : null
      return { records, next }
    },

    async purge(before: Date) {
      let result = await purgeBefore(db(), before)
      months.clear()
      return result
    },

    async close() {
      let open = client
      client = null
      await open?.close()
    }
  }
}
