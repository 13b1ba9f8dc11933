// Nothing acknowledged is lost: the CLI (dist/cli.js) takes records, is killed with SIGKILL while
// posts are in flight, restarts on the same data, and still has every record it answered 2xx for.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { startPostgres } from '../../scripts/postgres.js'
import { TOKEN, makeRecord } from './helpers.js'

const CLI = 'dist/cli.js'
let children: ChildProcess[] = []
let cleanups: (() => Promise<void>)[] = []

afterAll(async () => {
  for (let child of children) child.kill('SIGKILL')
  for (let cleanup of cleanups) await cleanup()
})

function freePort(): Promise<number> {
  return new Promise(resolve => {
    let server = createServer()
    server.listen(0, '127.0.0.1', () => {
      let { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Starts the CLI and resolves once it says it listens. */
function start(args: string[]): Promise<ChildProcess> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npx tsup" (npm test builds it first).`)
  let child = spawn(process.execPath, [CLI, 'ledger', '--token', TOKEN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  return new Promise((resolve, reject) => {
    let output = ''
    let onData = (chunk: Buffer): void => {
      output += chunk
      if (output.includes('listening on')) resolve(child)
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', chunk => (output += chunk))
    child.once('exit', code => reject(new Error(`the ledger exited (${code}) before listening:\n${output}`)))
  })
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise(resolve => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
}

/** Posts records from 8 senders until told to stop; returns the ids answered 2xx. */
async function postUntilKilled(url: string, child: ChildProcess, killAfter: number): Promise<{ acked: string[]; failed: number }> {
  let acked: string[] = []
  let failed = 0
  let killed = false
  let sender = async (): Promise<void> => {
    while (!killed) {
      let record = makeRecord()
      try {
        let response = await fetch(`${url}/consent`, { method: 'POST', body: JSON.stringify(record), headers: { 'Content-Type': 'text/plain' } })
        if (response.ok) acked.push(record.id)
        else failed += 1
      } catch {
        failed += 1
        if (child.signalCode !== null) return
      }
      if (!killed && acked.length >= killAfter) {
        killed = true
        child.kill('SIGKILL')
      }
    }
  }
  await Promise.all(Array.from({ length: 8 }, sender))
  return { acked, failed }
}

describe.each([
  ['pglite', async () => {
    let dir = mkdtempSync(join(tmpdir(), 'consentry-restart-'))
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }))
    return ['--data', dir]
  }],
  ['postgres', async () => {
    let cluster = await startPostgres()
    cleanups.push(() => cluster.stop())
    return ['--database-url', cluster.url]
  }]
])('the ledger CLI on %s', (_name, storeArgs) => {
  it('keeps every acknowledged record across a kill -9 and a restart', async () => {
    let args = await storeArgs()
    let port = await freePort()
    let url = `http://127.0.0.1:${port}`
    let first = await start([...args, '--port', String(port)])
    let { acked } = await postUntilKilled(url, first, 300)
    await exited(first)
    expect(first.signalCode).toBe('SIGKILL')
    expect(acked.length).toBeGreaterThanOrEqual(300)

    let second = await start([...args, '--port', String(port)])
    let missing: string[] = []
    for (let id of acked) {
      let response = await fetch(`${url}/consent/${id}`, { headers: { Authorization: `Bearer ${TOKEN}` } })
      if (response.status !== 200) missing.push(id)
    }
    expect(missing).toEqual([])
    second.kill('SIGTERM')
    await exited(second)
    expect(second.exitCode).toBe(0)
  }, 180000)
})
