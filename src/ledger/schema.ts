// The ledger's SQL schema, as numbered migrations. The same SQL runs on PGlite and PostgreSQL.
// Append-only: rows are inserted, erased (right to erasure) or purged (retention), never updated.
import type { SqlClient } from './stores/client.js'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const RECORDS_TABLE = 'consentry_records'

/** In order; a released migration never changes, a change is a new one. */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'records, partitioned by month of decision',
    // Partitioned by the decision's own time so a retry lands in the same partition as the
    // original: the unique key (which must hold the partition key) then makes retries no-ops.
    sql: `
      create table ${RECORDS_TABLE} (
        seq bigserial not null,
        decision_id text not null,
        decided_at timestamptz not null,
        received_at timestamptz not null,
        revision integer not null,
        method text not null,
        categories jsonb not null,
        services jsonb,
        language text not null,
        texts_hash text not null,
        policy text,
        region text,
        ip_hash text,
        content_hash text not null
      ) partition by range (decided_at);
      create unique index ${RECORDS_TABLE}_decision on ${RECORDS_TABLE} (decision_id, content_hash, decided_at);
      create index ${RECORDS_TABLE}_time on ${RECORDS_TABLE} (decided_at, seq);`
  },
  {
    version: 2,
    name: 'refuse updates (append-only)',
    sql: `
      create function ${RECORDS_TABLE}_no_update() returns trigger language plpgsql as $$
      begin
        raise exception 'consentry ledger records are append-only';
      end $$;
      create trigger ${RECORDS_TABLE}_no_update before update on ${RECORDS_TABLE}
        for each row execute function ${RECORDS_TABLE}_no_update();`
  }
]

// Any constant: serializes migrations when several ledger processes start at once.
const MIGRATION_LOCK = 7_301_562

/**
 * Applies the migrations the database has not seen yet, in one transaction. Returns their versions.
 *
 * @example
 * await migrate(client) // [1, 2] on a new database, [] afterwards
 */
export async function migrate(client: SqlClient): Promise<number[]> {
  return client.transaction(async tx => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await tx.exec(`create table if not exists consentry_migrations (
      version integer primary key, name text not null, applied_at timestamptz not null default now())`)
    let rows = await tx.query('select version from consentry_migrations')
    let done = new Set(rows.map(row => Number(row.version)))
    let applied: number[] = []
    for (let migration of MIGRATIONS) {
      if (done.has(migration.version)) continue
      await tx.exec(migration.sql)
      await tx.query('insert into consentry_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name
      ])
      applied.push(migration.version)
    }
    return applied
  })
}
