// Monthly partitions of the records table: created ahead of the records that need them, and
// dropped whole when retention has passed them (no row-by-row delete, no table bloat).
import { RECORDS_TABLE } from './schema.js'
import type { SqlClient } from './stores/client.js'

/**
 * The first instant (UTC) of the month of `date`, `offset` months later.
 *
 * @example
 * monthStart(new Date('2026-11-28'), 1) // 2026-12-01T00:00:00.000Z
 */
export function monthStart(date: Date, offset = 0): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1))
}

/**
 * The partition holding the month of `date`.
 *
 * @example
 * partitionName(new Date('2026-11-28')) // 'consentry_records_2026_11'
 */
export function partitionName(date: Date): string {
  let month = String(date.getUTCMonth() + 1).padStart(2, '0')
  return `${RECORDS_TABLE}_${date.getUTCFullYear()}_${month}`
}

/**
 * Creates the month's partition if it is missing. Safe when several processes race to create it.
 *
 * @example
 * await ensurePartition(client, new Date())
 */
export async function ensurePartition(client: SqlClient, date: Date): Promise<void> {
  let name = partitionName(date)
  let from = monthStart(date).toISOString()
  let to = monthStart(date, 1).toISOString()
  try {
    await client.exec(
      `create table if not exists ${name} partition of ${RECORDS_TABLE} for values from ('${from}') to ('${to}')`
    )
  } catch (error) {
    // Another process created it between our check and our create.
    let rows = await client.query('select to_regclass($1) is not null as found', [name])
    if (rows[0]?.found !== true) throw error
  }
}

/**
 * Drops the partitions that end on or before `before`, then deletes the older rows of the month
 * that `before` falls in. Returns what went.
 *
 * @example
 * await purgeBefore(client, new Date('2022-01-15')) // drops …_2021_12 and older, deletes 1-14 Jan
 */
export async function purgeBefore(
  client: SqlClient,
  before: Date
): Promise<{ deleted: number; droppedPartitions: string[] }> {
  let rows = await client.query(
    `select child.relname as name from pg_inherits
       join pg_class parent on parent.oid = pg_inherits.inhparent
       join pg_class child on child.oid = pg_inherits.inhrelid
     where parent.relname = $1 order by child.relname`,
    [RECORDS_TABLE]
  )
  let limit = partitionName(before)
  let droppedPartitions: string[] = []
  for (let row of rows) {
    let name = String(row.name)
    // Names sort by month; only those strictly before the cutoff's month are wholly past it.
    if (/_\d{4}_\d{2}$/.test(name) && name < limit) {
      await client.exec(`drop table if exists ${name}`)
      droppedPartitions.push(name)
    }
  }
  let deleted = await client.query(
    `with gone as (delete from ${RECORDS_TABLE} where decided_at < $1 returning 1) select count(*)::int as count from gone`,
    [before.toISOString()]
  )
  return { deleted: Number(deleted[0]?.count ?? 0), droppedPartitions }
}
