// Finds PostgreSQL's server binaries for the ledger tests and benchmark; installs Debian's
// postgresql with apt-get when running as root, else says how. Starts throwaway clusters on a
// free loopback port (as the `postgres` user when we are root: the server refuses root).
import { execFileSync, execSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT_DIR = '/usr/lib/postgresql'

/** The newest installed server's bin folder, or null. */
export function postgresBin() {
  if (process.env.POSTGRES_BIN) return process.env.POSTGRES_BIN
  if (!existsSync(ROOT_DIR)) return null
  let versions = readdirSync(ROOT_DIR)
    .filter(version => existsSync(join(ROOT_DIR, version, 'bin', 'initdb')))
    .sort((first, second) => Number(second) - Number(first))
  return versions.length > 0 ? join(ROOT_DIR, versions[0], 'bin') : null
}

export function ensurePostgres() {
  let bin = postgresBin()
  if (bin) return bin
  if (process.getuid?.() === 0) {
    console.log('PostgreSQL is missing: installing Debian\'s postgresql with apt-get…')
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql', {
      stdio: 'inherit'
    })
    bin = postgresBin()
    if (bin) return bin
  }
  throw new Error(
    'PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin. Install them with ' +
      '"sudo apt-get install -y postgresql" (or set POSTGRES_BIN), then run npm test again.'
  )
}

function freePort() {
  return new Promise((resolve, reject) => {
    let server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      let { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts a throwaway cluster in a temp folder. `stop()` stops it (fast) and removes the folder.
 *
 * @example
 * let pg = await startPostgres()
 * // … postgres(pg.url) …
 * await pg.stop()
 */
export async function startPostgres() {
  let bin = ensurePostgres()
  let dir = mkdtempSync(join(tmpdir(), 'consentry-pg-'))
  let data = join(dir, 'data')
  let asRoot = process.getuid?.() === 0
  if (asRoot) {
    let uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }))
    let gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }))
    chownSync(dir, uid, gid)
  }
  let run = (tool, args) => {
    let [command, list] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args]
    execFileSync(command, list, { stdio: 'pipe', cwd: dir })
  }
  let port = await freePort()
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'])
  let options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start'])
  let stopped = false
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return
      stopped = true
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensurePostgres())
