// audit() in real Chromium against the loopback fixture sites. One browser for the file, launched
// so that www.google-analytics.com resolves to the fake tracker on 127.0.0.2: nothing leaves the machine.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser } from 'playwright-core'

import { audit, AuditError, launchBrowser } from '../../src/entries/audit.js'
import type { Report } from '../../src/entries/audit.js'
import { startFixtures } from './fixtures/server.js'
import type { Fixtures } from './fixtures/server.js'

let fixtures: Fixtures
let browser: Browser

beforeAll(async () => {
  fixtures = await startFixtures('google')
  browser = await launchBrowser([`--host-resolver-rules=MAP www.google-analytics.com 127.0.0.2:${fixtures.trackerPort}`])
})

afterAll(async () => {
  await browser?.close()
  await fixtures?.close()
})

const run = (page: string, options = {}): Promise<Report> =>
  audit(`${fixtures.url}/${page}`, { browser, timeout: 15, screenshots: false, ...options })
const ids = (report: Report): string[] => report.findings.map(finding => finding.id).sort()

describe('audit()', () => {
  test('finds nothing on a compliant Consentry page, and sees the tracker only after Accept', async () => {
    let started = Date.now()
    let report = await run('compliant', { screenshots: true })
    // Measured, not asserted: how long one page audit (three contexts) takes here.
    console.info(`one page audit (before, refuse, accept): ${Date.now() - started} ms`)
    expect(report.findings).toEqual([])
    let [page] = report.pages
    expect(page.banner).toMatchObject({ found: true, accept: 'Accepter', refuse: 'Refuser', library: 'consentry', via: 'data-consentry' })
    expect(page.phases.before.requests).toEqual([])
    expect(page.phases.refuse.cookies.map(cookie => cookie.name)).toEqual(['consentry'])
    expect(page.phases.accept.requests.some(request => request.vendor === 'Google' && request.when === 'after-click')).toBe(true)
    expect(page.phases.accept.cookies.find(cookie => cookie.name === '_ga')).toMatchObject({ kind: 'tracker', party: 'first', days: 390 })
    expect(page.phases.before.screenshot).toMatch(/^data:image\/jpeg;base64,/)
    expect(report).toMatchObject({ version: 1, url: `${fixtures.url}/compliant`, options: { maxCookieDays: 395 } })
  })

  test('lists _ga and the collect call made before any choice', async () => {
    let report = await run('tracking')
    expect(ids(report)).toEqual([
      'cookie-too-long', 'tracker-cookie-after-refuse', 'tracker-cookie-before-choice',
      'tracker-request-after-refuse', 'tracker-request-before-choice'
    ])
    let cookies = report.findings.find(finding => finding.id === 'tracker-cookie-before-choice')
    expect(cookies?.evidence.join()).toMatch(/^_ga \(127\.0\.0\.1, 400 days, Google\)/)
    let calls = report.findings.find(finding => finding.id === 'tracker-request-before-choice')
    expect(calls?.evidence.some(line => line.includes('https://www.google-analytics.com/g/collect?'))).toBe(true)
    expect(fixtures.trackerHits.some(hit => hit.startsWith('/g/collect'))).toBe(true)
  })

  test('reports tracking that goes on after Refuse, and not before a choice', async () => {
    let report = await run('after-refuse')
    expect(ids(report)).toEqual(['tracker-cookie-after-refuse', 'tracker-request-after-refuse'])
    expect(report.pages[0].banner).toMatchObject({ accept: 'Tout accepter', refuse: 'Tout refuser', via: 'role-and-name' })
  })

  test('reports a refuse drawn as a small grey link', async () => {
    let report = await run('grey-link')
    expect(ids(report)).toEqual(['refuse-less-prominent'])
    let [finding] = report.findings
    expect(finding.message).toMatch(/a link against a button.*smaller box.*lower contrast/)
    expect(finding.evidence[1]).toMatch(/^refuse "Continuer sans accepter": <a> drawn as a link/)
  })

  test('reports a page with no banner and skips the clicks', async () => {
    let report = await run('no-banner')
    expect(ids(report)).toEqual(['no-banner'])
    expect(report.pages[0].phases.refuse.skipped).toBe('no banner found')
  })

  const PEERS: Array<[string, string, string, string]> = [
    ['vanilla-cookieconsent', 'vanilla-cookieconsent', 'Accepter', 'Refuser'],
    ['klaro', 'klaro', "C'est bon.", 'Je refuse'],
    ['tarteaucitron', 'tarteaucitron', 'Cookies : Tout accepter', 'Cookies : Tout refuser'],
    ['cookieconsent', 'cookieconsent (Osano)', 'allow cookies', 'deny cookies']
  ]
  for (let [page, library, accept, refuse] of PEERS) {
    test(`finds ${library}'s banner and both buttons, and sees its tracker only after Accept`, async () => {
      let report = await run(page)
      expect(report.pages[0].banner).toMatchObject({ found: true, library, accept, refuse })
      let tracking = report.findings.filter(finding => /tracker|third-party|click-failed|no-/.test(finding.id))
      expect(tracking).toEqual([])
      expect(report.pages[0].phases.accept.cookies.some(cookie => cookie.name === '_ga')).toBe(true)
      expect(report.pages[0].phases.refuse.cookies.some(cookie => cookie.name === '_ga')).toBe(false)
      console.info(`${library}: ${report.findings.map(finding => `${finding.id} (${finding.message})`).join('; ') || 'no findings'}`)
    })
  }

  test("reports Osano's Decline drawn as a link next to its Allow button", async () => {
    let report = await run('cookieconsent')
    expect(ids(report)).toEqual(['refuse-less-prominent'])
    expect(report.findings[0].message).toMatch(/a link against a button/)
  })

  test('reports a banner whose buttons throw, with the page error', async () => {
    let report = await run('throwing')
    let failed = report.findings.filter(finding => finding.id === 'click-failed')
    expect(failed.map(finding => finding.phase)).toEqual(['refuse', 'accept'])
    expect(failed[0].evidence).toContain('consentManager is not defined')
  })

  test('reports a page that never finishes loading, within the timeout', async () => {
    let report = await run('slow', { timeout: 3 })
    expect(ids(report)).toContain('page-timeout')
    expect(report.durationMs).toBeLessThan(30000)
  })

  test('stays on the origin when the page navigates elsewhere', async () => {
    let report = await run('leaves', { timeout: 3 })
    let away = report.findings.find(finding => finding.id === 'navigated-away')
    expect(away?.evidence).toEqual(['http://127.0.0.3:9/elsewhere'])
    expect(report.pages[0].phases.before.requests).toEqual([])
  })

  test('rejects with an AuditError when the site is unreachable', async () => {
    await expect(audit('http://127.0.0.1:9/', { browser, timeout: 5 })).rejects.toThrow(AuditError)
    await expect(audit('http://127.0.0.1:9/', { browser, timeout: 5 })).rejects.toThrow(/could not load http:\/\/127\.0\.0\.1:9\//)
  })

  test('throws a TypeError that says what to pass on bad options', async () => {
    await expect(audit('http://127.0.0.1/', { browser, timeout: -1 })).rejects.toThrow(/timeout: pass a positive number \(got -1\)/)
    await expect(audit('http://127.0.0.1/', { browser, allowHosts: ['a b'] })).rejects.toThrow(/allowHosts: pass host names/)
    await expect(audit('http://127.0.0.1/', { browser, lang: 'french!' })).rejects.toThrow(/lang: pass a language tag/)
  })

  test('allows third-party hosts given with allowHosts', async () => {
    let report = await run('tracking', { allowHosts: ['.google-analytics.com'] })
    expect(ids(report)).not.toContain('tracker-request-before-choice')
    expect(ids(report)).toContain('tracker-cookie-before-choice')
  })
})
