// `npm start` stops with npm: a signal to the npm process alone (a process manager, an IDE's stop
// button) frees the port, although npm runs a script through `sh -c`. Runs in a copy of
// the repository with the dist/ npm test built, served as it is (`--no-build`: no rebuild here).
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { cpSync, existsSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, afterEach, expect, it } from 'vitest'

import { cloneTracked } from '../helpers/clone.js'

if (!existsSync('dist/consentry.iife.js')) {
  throw new Error('dist/ is missing: run "npx tsup" first (npm test builds it before the tests).')
}
const copy = cloneTracked(process.cwd())
cpSync('dist', join(copy.dir, 'dist'), { recursive: true })
afterAll(copy.remove)

let started: ChildProcess[] = []
afterEach(() => {
  // Whatever is left of the process group (npm, sh, node, tsup) when a test fails.
  for (let child of started.splice(0)) {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // The group is already gone: what the tests expect.
    }
  }
})

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  let server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  let { port } = server.address() as { port: number }
  await new Promise(resolve => server.close(resolve))
  return port
}

/** Whether something accepts connections on the port. */
const isOpen = (port: number): Promise<boolean> =>
  new Promise(resolve => {
    let socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/** Runs `npm start` in its own process group and resolves with its output once it listens. */
function start(port: number): Promise<{ npm: ChildProcess; output: string }> {
  let npm = spawn('npm', ['start', '--', '--no-build'], {
    cwd: copy.dir,
    detached: true,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  started.push(npm)
  let output = ''
  return new Promise((resolve, reject) => {
    npm.stdout!.on('data', chunk => {
      output += chunk
      if (output.includes('listening on')) resolve({ npm, output })
    })
    npm.stderr!.on('data', chunk => {
      output += chunk
    })
    npm.once('exit', code => reject(new Error(`npm start exited (${code}) before listening:\n${output}`)))
  })
}

/** Resolves once nothing listens on the port, or with false after `ms`. */
async function closesWithin(port: number, ms: number): Promise<boolean> {
  let deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (!(await isOpen(port))) return true
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  return false
}

// SIGKILL cannot be handled: the server sees that npm, its parent, is gone.
for (let signal of ['SIGTERM', 'SIGINT', 'SIGKILL'] as const) {
  it(`frees its port when npm alone gets ${signal}`, async () => {
    let port = await freePort()
    let { npm, output } = await start(port)
    expect(output).toContain(`listening on http://127.0.0.1:${port}`)
    expect(await isOpen(port)).toBe(true)
    npm.kill(signal)
    expect(await closesWithin(port, 5000)).toBe(true)
  }, 60000)
}
