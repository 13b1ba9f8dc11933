// Checks the package as npm would publish it (npm test runs it after the build):
// - publint: package.json fields and exports point at packed files of the right format;
// - arethetypeswrong: every entry's types resolve under node10 (through typesVersions), node16
//   from CJS and from ESM, and bundler. Offline: it reads the tarball, and looks up no @types.
// Packs without lifecycle scripts (prepack would rebuild dist/). One line per tool when clean,
// the tool's own report otherwise; exit code 1 on any message or problem, suggestions included.
//   node scripts/package-check.js
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'

import { ROOT } from './serve.js'

/** Packs the repository into `dir` as `npm pack` would, and returns the tarball's path. */
function pack(dir) {
  let output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return join(dir, JSON.parse(output)[0].filename)
}

/** publint on the tarball: true when it has nothing to say. */
async function runPublint(tarball) {
  let file = readFileSync(tarball)
  let data = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)
  let { messages, pkg } = await publint({ pack: { tarball: data }, level: 'suggestion', strict: true })
  if (messages.length === 0) {
    console.log('publint: no messages')
    return true
  }
  for (let message of messages) console.error(`publint ${message.type}: ${formatMessage(message, pkg)}`)
  return false
}

/** attw on the tarball, with each locale of the `./locales/*` export named (attw skips wildcards). */
function runAttw(tarball) {
  let locales = readdirSync(join(ROOT, 'dist/locales'))
    .filter(name => name.endsWith('.d.ts'))
    .map(name => './locales/' + name.replace(/\.d\.ts$/, ''))
  let args = ['--no-install', 'attw', tarball, '--no-definitely-typed', '--no-color', '--no-emoji']
  args.push('--exclude-entrypoints', './style.css', '--include-entrypoints', ...locales)
  let result = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8' })
  if (result.status === 0) {
    console.log(`attw: no problems (${locales.length} locales and every other entry, node10/node16/bundler)`)
    return true
  }
  console.error(result.stdout + result.stderr)
  return false
}

let dir = mkdtempSync(join(tmpdir(), 'consentry-pack-'))
try {
  let tarball = pack(dir)
  let clean = await runPublint(tarball)
  clean = runAttw(tarball) && clean
  if (!clean) process.exitCode = 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
