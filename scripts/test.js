// `npm test`: every gate in one command — browser set-up, types, build, unit, example and
// real-Chromium tests, size budgets. Stops at the first failure with its exit code, and ends
// with one plain summary line.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'

import { ensureChromium } from './chromium.js'
import { ensurePostgres } from './postgres.js'

const RESULTS = 'node_modules/.cache/vitest-results.json'

let run = (cmd, args) => {
  console.log(`\n> ${cmd} ${args.join(' ')}`)
  return spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1
}
let step = (cmd, args) => {
  let status = run(cmd, args)
  if (status !== 0) process.exit(status)
}

ensureChromium()
ensurePostgres()
step('npx', ['tsc', '--noEmit', '-p', '.'])
step('npx', ['eslint', '--max-warnings', '0', '.'])
step('npx', ['tsup', '--silent'])
rmSync(RESULTS, { force: true })
let status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}`])
try {
  let report = JSON.parse(readFileSync(RESULTS, 'utf8'))
  console.log(`\ntests: ${report.numPassedTests} passed, ${report.numFailedTests} failed`)
} catch {
  console.log('\ntests: 0 passed, 1 failed')
}
if (status !== 0) process.exit(status)
step('node', ['scripts/size.js'])
