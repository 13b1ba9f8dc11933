export function postgresBin(): string | null
export function ensurePostgres(): string
export interface PostgresCluster {
  url: string
  port: number
  stop(): Promise<void>
}
export function startPostgres(): Promise<PostgresCluster>
