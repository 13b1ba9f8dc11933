// The `consentry` command as users run it (dist/cli.js), the package's Node-only boundary, and
// the install hint for a missing peer dependency.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

import { ROUTES } from '../../src/ledger/routes/table.js'
import { loadPeer } from '../../src/ledger/stores/client.js'

const CLI = resolve('dist/cli.js')

/** Runs the command in an empty folder (`cwd`), as a user would from their project. */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  let cwd = mkdtempSync(join(tmpdir(), 'consentry-cwd-'))
  try {
    return cliIn(cwd, args)
  } finally {
    rmSync(cwd, { recursive: true, force: true })
  }
}

function cliIn(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run "npx tsup" (npm test builds it first).')
  let result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LEDGER_TOKEN: '' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the consentry command', () => {
  it('lists its commands with --help and exits 0', () => {
    let { status, stdout } = cli('--help')
    expect(status).toBe(0)
    expect(stdout).toMatch(/ledger\s+receive, keep and purge consent records/)
  })

  it('exits 2 on an unknown command or none', () => {
    expect(cli('nope').status).toBe(2)
    expect(cli('nope').stderr).toContain('unknown command "nope"')
    expect(cli().status).toBe(2)
  })

  it('prints the ledger options and exits 2 on wrong usage', () => {
    expect(cli('ledger', '--help').stdout).toContain('--database-url <url>')
    let noToken = cli('ledger', '--port', '0')
    expect(noToken.status).toBe(2)
    expect(noToken.stderr).toContain('--token')
    expect(cli('ledger', '--bogus').status).toBe(2)
  })

  it('checks every option before it opens the store, leaving no folder behind', () => {
    let cwd = mkdtempSync(join(tmpdir(), 'consentry-cwd-'))
    try {
      expect(cliIn(cwd, ['ledger', '--port', 'eighty', '--token', 'x'.repeat(10)]).status).toBe(2)
      expect(cliIn(cwd, ['ledger', '--rate-limit', 'lots', '--token', 'x'.repeat(10)]).status).toBe(2)
      expect(readdirSync(cwd)).toEqual([])
    } finally {
      rmSync(cwd, { recursive: true, force: true })
    }
  })

  it('purges a PGlite folder with `ledger purge` and exits 0', () => {
    let dir = mkdtempSync(join(tmpdir(), 'consentry-purge-'))
    try {
      let result = cli('ledger', 'purge', '--data', dir, '--retention-days', '30')
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      expect(result.stdout).toMatch(/purged 0 records/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120000)
})

describe('packaging', () => {
  it('keeps the ledger out of every browser bundle', () => {
    let browserFiles = readdirSync('dist').filter(file => /\.iife\.js$/.test(file) || /^(index|headless|proof|server|consent-mode|embeds)\.(c?js)$/.test(file))
    expect(browserFiles.length).toBeGreaterThan(5)
    for (let file of browserFiles) {
      let text = readFileSync(join('dist', file), 'utf8')
      expect(text, file).not.toMatch(/consentry_records|@electric-sql\/pglite|createLedger|node:http/)
    }
  })

  it('builds every file that package.json points to for consentry/ledger and the bin', () => {
    let pkg = JSON.parse(readFileSync('package.json', 'utf8'))
    let ledger = pkg.exports['./ledger']
    let files = [ledger.import.types, ledger.import.default, ledger.require.types, ledger.require.default, pkg.bin.consentry]
    for (let file of files) expect(existsSync(file), file).toBe(true)
    expect(readFileSync(pkg.bin.consentry, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true)
    expect(readFileSync(ledger.import.types, 'utf8')).toMatch(/createLedger[\s\S]*pgliteStore[\s\S]*postgresStore/)
  })

  it('documents in docs/ledger.openapi.json exactly the routes the ledger answers', () => {
    let spec = JSON.parse(readFileSync('docs/ledger.openapi.json', 'utf8'))
    let documented = Object.entries<Record<string, unknown>>(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map(method => `${method.toUpperCase()} ${path}`)
    )
    let answered = ROUTES.map(route => `${route.method} ${route.path}`)
    expect(documented.sort()).toEqual(answered.sort())
  })

  it('names the install command when a peer dependency is missing', async () => {
    let missing = 'consentry-no-such-peer-' + process.pid
    await expect(loadPeer(() => import(/* @vite-ignore */ missing), '@electric-sql/pglite')).rejects.toThrow(
      'consentry ledger needs @electric-sql/pglite: npm install @electric-sql/pglite'
    )
  })
})
