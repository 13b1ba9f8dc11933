// The `consentry` command as a child process on the built dist/cli.js: exit codes, files written,
// and readable messages (never a stack trace). The tracker is 127.0.0.2, a plain third party.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startFixtures } from './fixtures/server.js'
import type { Fixtures } from './fixtures/server.js'

const CLI = join(import.meta.dirname, '../../dist/cli.js')
let fixtures: Fixtures
let dir: string

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run "npx tsup" first (npm test builds it).')
  fixtures = await startFixtures('ip')
  dir = mkdtempSync(join(tmpdir(), 'consentry-cli-'))
})

afterAll(async () => {
  await fixtures?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    let child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

const noStack = (text: string): void => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/)

/** A loopback port with nothing listening. */
async function closedPort(): Promise<number> {
  let server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  let port = (server.address() as { port: number }).port
  await new Promise(resolve => server.close(resolve))
  return port
}

describe('consentry audit (CLI)', () => {
  test('exits 0 on a compliant page and writes the JSON and HTML reports', async () => {
    let json = join(dir, 'report.json')
    let html = join(dir, 'report.html')
    let result = await cli('audit', `${fixtures.url}/compliant`, '--json', json, '--html', html, '--lang', 'fr')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/banner found \(consentry\): accept "Accepter", refuse "Refuser"/)
    expect(result.stdout).toMatch(/clean: 1 page\(s\), no findings/)
    expect(result.stdout).not.toMatch(/\u001b\[/)
    expect(result.stderr).toMatch(/… .*compliant: before any choice/)
    let report = JSON.parse(readFileSync(json, 'utf8'))
    expect(report).toMatchObject({ version: 1, findings: [], options: { lang: 'fr' } })
    expect(report.tool).toMatch(/^consentry \d+\.\d+\.\d+ \(Chromium \d+/)
    let page = readFileSync(html, 'utf8')
    expect(page).toMatch(/^<!doctype html>/)
    expect(page).toMatch(/<img src="data:image\/jpeg;base64,/)
    expect(page).not.toMatch(/<script|https?:\/\/(?!127\.0\.0\.)/)
  })

  test('exits 1 and lists _ga and the collect call when a page tracks before any choice', async () => {
    let result = await cli('audit', fixtures.url, '--pages', '/tracking')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/error {3}tracker-cookie-before-choice: tracking cookies are set before any choice/)
    expect(result.stdout).toMatch(/_ga \(127\.0\.0\.1, 400 days, Google\)/)
    expect(result.stdout).toMatch(/third-party-request-before-choice.*\n(.*\n)*.*http:\/\/127\.0\.0\.2:\d+\/g\/collect/)
    noStack(result.stdout + result.stderr)
  })

  test('exits 2 with a readable message on an invalid URL', async () => {
    let result = await cli('audit', 'not-a-url')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^consentry audit: url: pass an absolute http\(s\) URL/)
    noStack(result.stderr)
  })

  test('exits 2 with a readable message when the host is unreachable', async () => {
    let url = `http://127.0.0.1:${await closedPort()}/`
    let result = await cli('audit', url, '--timeout', '5')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(new RegExp(`consentry audit: could not load ${url}: net::ERR_CONNECTION_REFUSED`))
    noStack(result.stderr)
  })

  test('exits 2 on bad options and unknown commands, with the usage', async () => {
    let timeout = await cli('audit', fixtures.url, '--timeout', 'soon')
    expect(timeout.code).toBe(2)
    expect(timeout.stderr).toMatch(/--timeout: pass a positive number \(got "soon"\)[\s\S]*Usage: consentry audit <url>/)
    let unknown = await cli('crawl')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/unknown command "crawl"[\s\S]*Commands:\n {2}audit/)
    let other = await cli('audit', fixtures.url, '--pages', 'https://elsewhere.example/')
    expect(other.code).toBe(2)
    expect(other.stderr).toMatch(/pages: pass paths on http:\/\/127\.0\.0\.1:\d+/)
  })

  test('prints the usage with --help and exits 0', async () => {
    let result = await cli('audit', '--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/--max-cookie-days 395/)
  })
})
