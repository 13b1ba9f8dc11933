import { describe, expect, test } from 'vitest'

import { parseAuditArgs } from '../../src/audit/args.js'
import { renderHtml } from '../../src/audit/html.js'
import { formatSummary } from '../../src/audit/summary.js'
import type { AuditPhase, Report } from '../../src/audit/types.js'

const phase = (changes: Partial<AuditPhase> = {}): AuditPhase => ({
  clicked: null, cookies: [], storage: [], requests: [], pageErrors: [], screenshot: null, ...changes
})

function report(): Report {
  return {
    version: 1,
    url: 'https://shop.example/',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 4200,
    tool: 'consentry 0.1.0 (Chromium 156)',
    options: { lang: null, allowHosts: [], maxCookieDays: 395, timeout: 30 },
    pages: [{
      url: 'https://shop.example/',
      status: 200,
      banner: { found: true, accept: 'Accept <b>all</b>', refuse: null },
      phases: {
        before: phase({ screenshot: 'data:image/jpeg;base64,AAAA', cookies: [{ name: '<img src=x onerror=alert(1)>', domain: 'shop.example', path: '/', expires: -1, days: 0, party: 'first', kind: 'unclassified' }] }),
        refuse: phase({ skipped: 'no refuse button on the first layer', screenshot: 'javascript:alert(1)' }),
        accept: phase({ clicked: 'accept', screenshot: '"><script>alert(1)</script>' })
      },
      durationMs: 4100
    }],
    findings: [{
      id: 'no-refuse-first-layer', severity: 'error', page: 'https://shop.example/', phase: 'before',
      message: 'the first layer has no refuse button', evidence: ['accept: "Accept <b>all</b>"', 'a', 'b', 'c']
    }]
  }
}

describe('HTML report', () => {
  test('escapes every text from the report and embeds only data-URL screenshots', () => {
    let html = renderHtml(report())
    expect(html).not.toMatch(/<img src=x|<b>all|<script>|javascript:/)
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;')
    expect(html).toContain('<img src="data:image/jpeg;base64,AAAA"')
    expect(html.match(/<img /g)).toHaveLength(1)
    expect(html).toContain('skipped: no refuse button on the first layer')
  })
})

describe('terminal summary', () => {
  test('lists each finding with up to three evidence lines, colour only when asked', () => {
    let plain = formatSummary(report())
    expect(plain).toMatch(/✖ error {3}no-refuse-first-layer: the first layer has no refuse button/)
    expect(plain).toMatch(/… 1 more/)
    expect(plain).toMatch(/1 finding\(s\): 1 error\(s\), 0 warning\(s\)/)
    expect(plain).not.toMatch(/\u001b\[/)
    expect(formatSummary(report(), true)).toMatch(/\u001b\[31m✖ error/)
  })
})

describe('CLI arguments', () => {
  test('reads every option, comma lists and repeats', () => {
    let request = parseAuditArgs(['https://a.example', '--pages', '/,/article', '--allow-host', 'cdn.a.net,x.net', '--allow-host', '.fonts.net',
      '--lang', 'fr', '--json', 'r.json', '--html', 'r.html', '--max-cookie-days', '180', '--timeout', '10'])
    expect(request).toEqual({
      url: 'https://a.example',
      options: { pages: ['/', '/article'], lang: 'fr', allowHosts: ['cdn.a.net', 'x.net', '.fonts.net'], maxCookieDays: 180, timeout: 10 },
      json: 'r.json',
      html: 'r.html'
    })
  })

  test('answers null for --help and throws readable errors on misuse', () => {
    expect(parseAuditArgs(['--help'])).toBeNull()
    expect(() => parseAuditArgs([])).toThrow(/pass the URL to audit/)
    expect(() => parseAuditArgs(['a', 'b'])).toThrow(/pass one URL \(got a b\)/)
    expect(() => parseAuditArgs(['a', '--timeout', '0'])).toThrow(/--timeout: pass a positive number/)
    expect(() => parseAuditArgs(['a', '--nope'])).toThrow(/nope/)
  })
})
