// `npm run bench:ledger`: POST throughput and latency of the ledger CLI (dist/cli.js) on loopback,
// with PGlite and with a throwaway local PostgreSQL. Bounded in count and time. Writes
// bench/ledger-results.json; bench/README.md quotes the figures.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { createServer } from 'node:net'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

import { startPostgres } from '../scripts/postgres.js'

const CONCURRENCY = 32
const WARMUP = 500
const RUNS = { pglite: { count: 5000, seconds: 60 }, postgres: { count: 20000, seconds: 60 } }
const TOKEN = 'bench-token-0123456789'

function freePort() {
  return new Promise(resolve => {
    let server = createServer()
    server.listen(0, '127.0.0.1', () => {
      let { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function startLedger(args) {
  let child = spawn(process.execPath, ['dist/cli.js', 'ledger', '--token', TOKEN, '--rate-limit', 'off', ...args], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout.on('data', chunk => {
      output += chunk
      if (output.includes('listening on')) resolve(child)
    })
    child.stderr.on('data', chunk => (output += chunk))
    child.once('exit', code => reject(new Error(`ledger exited (${code}):\n${output}`)))
  })
}

let counter = 0
function body() {
  counter += 1
  return JSON.stringify({
    id: `bench-${process.pid}-${counter}`,
    timestamp: new Date().toISOString(),
    revision: 1,
    method: counter % 3 === 0 ? 'reject-all' : 'accept-all',
    categories: { necessary: true, analytics: counter % 3 !== 0, marketing: counter % 2 === 0 },
    language: 'en',
    textsHash: '1f0b9a43'
  })
}

function post(agent, port) {
  let text = body()
  let started = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    let req = request(
      { host: '127.0.0.1', port, path: '/consent', method: 'POST', agent, headers: { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(text) } },
      res => {
        res.resume()
        res.on('end', () => {
          if (res.statusCode !== 201) reject(new Error(`status ${res.statusCode}`))
          else resolve(Number(process.hrtime.bigint() - started) / 1e6)
        })
      }
    )
    req.on('error', reject)
    req.end(text)
  })
}

async function load(port, count, seconds) {
  let agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY })
  let latencies = []
  let sent = 0
  let deadline = Date.now() + seconds * 1000
  let worker = async () => {
    while (sent < count && Date.now() < deadline) {
      sent += 1
      latencies.push(await post(agent, port))
    }
  }
  let started = Date.now()
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  let elapsed = (Date.now() - started) / 1000
  agent.destroy()
  latencies.sort((first, second) => first - second)
  let at = quantile => latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))]
  return {
    records: latencies.length,
    seconds: Number(elapsed.toFixed(2)),
    perSecond: Math.round(latencies.length / elapsed),
    p50: Number(at(0.5).toFixed(1)),
    p99: Number(at(0.99).toFixed(1))
  }
}

/** CPU seconds a process has used (Linux /proc): load-independent, unlike records/s on a busy box. */
function cpuSeconds(pid) {
  let fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

async function bench(name, args, run) {
  let port = await freePort()
  let child = await startLedger([...args, '--port', String(port)])
  try {
    await load(port, WARMUP, 30)
    let cpuBefore = cpuSeconds(child.pid)
    let result = await load(port, run.count, run.seconds)
    // What one ledger process could take with a whole core to itself.
    result.perCoreSecond = Math.round(result.records / (cpuSeconds(child.pid) - cpuBefore))
    console.log(
      `${name.padEnd(9)} ${String(result.perSecond).padStart(6)} records/s  p50 ${result.p50} ms  p99 ${result.p99} ms  (${result.records} records in ${result.seconds} s, concurrency ${CONCURRENCY}; ledger process: ${result.perCoreSecond} records per CPU second)`
    )
    return result
  } finally {
    child.kill('SIGTERM')
    await new Promise(resolve => child.once('exit', resolve))
  }
}

// The machine is shared: the load average says how much of it the run really had.
let loadAverage = () => loadavg().map(value => Number(value.toFixed(1)))
let results = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, concurrency: CONCURRENCY, loadBefore: loadAverage() }
console.log(`load average before: ${results.loadBefore.join(', ')} (${results.cpus} CPUs)`)
let dir = mkdtempSync(join(tmpdir(), 'consentry-bench-'))
try {
  results.pglite = await bench('pglite', ['--data', dir], RUNS.pglite)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
let cluster = await startPostgres()
try {
  results.postgres = await bench('postgres', ['--database-url', cluster.url], RUNS.postgres)
} finally {
  await cluster.stop()
}
results.loadAfter = loadAverage()
console.log(`load average after: ${results.loadAfter.join(', ')}`)
writeFileSync(new URL('ledger-results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n')
