// `npm test`: every gate in one command — browser set-up, types, build, unit, example and
// real-Chromium tests, size budgets, package checks. Types and build stop at the first failure;
// after the tests every gate still runs, so one run reports them all. Prints what a person needs
// (vitest's dots, failures with their logs) and ends with one plain summary line, where a failed
// gate other than the tests counts as one failed test. Exits with the first failure's code.
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
let vitestArgs = ['vitest', 'run', '--reporter=dot', '--silent=passed-only', '--reporter=json', `--outputFile.json=${RESULTS}`]
let statuses = [run('npx', vitestArgs)]
statuses.push(run('node', ['scripts/size.js']))
statuses.push(run('node', ['scripts/package-check.js']))
let failedGates = statuses.slice(1).filter(status => status !== 0).length
try {
  let report = JSON.parse(readFileSync(RESULTS, 'utf8'))
  console.log(`\ntests: ${report.numPassedTests} passed, ${report.numFailedTests + failedGates} failed`)
} catch {
  console.log(`\ntests: 0 passed, ${1 + failedGates} failed`)
}
process.exit(statuses.find(status => status !== 0) ?? 0)
