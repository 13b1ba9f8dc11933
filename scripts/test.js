// `npm test`: every gate in one command — browser set-up, types, build, unit and browser
// tests, size budgets. Stops at the first failure with its exit code.
import { spawnSync } from 'node:child_process'

import { ensureChromium } from './chromium.js'

let run = (cmd, args) => {
  console.log(`\n> ${cmd} ${args.join(' ')}`)
  let result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

ensureChromium()
run('npx', ['tsc', '--noEmit', '-p', '.'])
run('npx', ['tsup', '--silent'])
run('npx', ['vitest', 'run'])
run('node', ['scripts/size.js'])
