// `npm start`: builds the package, then serves the examples on 127.0.0.1 (PORT, default 8080).
import { spawnSync } from 'node:child_process'

import { ROOT, serve } from './serve.js'

let build = spawnSync('npx', ['tsup', '--silent'], { cwd: ROOT, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

let server = await serve({ port: Number(process.env.PORT || 8080) }).catch(error => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${process.env.PORT || 8080} is busy: run PORT=8081 npm start`
      : error
  )
  process.exit(1)
})
console.log(`
Consentry examples (Ctrl+C to stop):
  Script tag, French article  ${server.url}/
  Privacy page                ${server.url}/confidentialite
  npm / ESM app               ${server.url}/npm/
  Built files                 ${server.url}/dist/consentry.iife.js
`)
