// `npm start`: builds the package, then serves the examples on 127.0.0.1 (PORT, default 8080).
// `npm start -- --no-build` serves dist/ as it is (just built by npm test, say).
//
// package.json runs this as `exec node …`: without exec, npm's `sh -c` stayed between npm and node,
// so a SIGTERM or SIGINT sent to npm alone never reached this process, which went on serving the
// port. The server stops on SIGINT, SIGTERM and SIGHUP, and also when its parent goes away (npm
// killed: Node then reports another parent process id).
import { spawnSync } from 'node:child_process'

import { ROOT, serve } from './serve.js'

const PARENT_CHECK_MS = 300

let parent = process.ppid
let port = Number(process.env.PORT || 8080)

if (!process.argv.includes('--no-build')) {
  let build = spawnSync('npx', ['tsup', '--silent'], { cwd: ROOT, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
// npm went away while the build ran: serve nothing.
if (process.ppid !== parent) process.exit(0)

let server = await serve({ port }).catch(error => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is busy: run PORT=${port + 1} npm start` : error)
  process.exit(1)
})

let stopping = false
/** Closes the server (open connections too) and exits. */
async function stop(reason) {
  if (stopping) return
  stopping = true
  console.log(`\nStopped (${reason}): ${server.url} is closed.`)
  await server.close()
  process.exit(0)
}

for (let signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal))
// The open server keeps the process alive; this check must not.
setInterval(() => {
  if (process.ppid !== parent) stop('npm exited')
}, PARENT_CHECK_MS).unref()

console.log(`
Consentry examples listening on ${server.url} (Ctrl+C to stop):
  Script tag, French article  ${server.url}/
  Privacy page                ${server.url}/confidentialite
  npm / ESM app               ${server.url}/npm/
  Built files                 ${server.url}/dist/consentry.iife.js
`)
