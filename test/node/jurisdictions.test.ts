import { request, createServer } from 'node:http'
import type { IncomingHttpHeaders, Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { regionFromHeaders } from '../../src/entries/server.js'
import { resolvePolicy } from '../../src/jurisdictions/region.js'
import { detectRegion } from '../../src/jurisdictions/timezone.js'

// A loopback server that answers with what regionFromHeaders made of Node's own req.headers.
let server: Server
let port: number
let received: IncomingHttpHeaders[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    received.push(req.headers)
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ region: regionFromHeaders(req.headers) }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise<void>(resolve => server.close(() => resolve()))
})

function regionOf(headers: Record<string, string | string[]>): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let req = request({ host: '127.0.0.1', port, path: '/', headers }, res => {
      let body = ''
      res.on('data', chunk => (body += chunk))
      res.on('end', () => resolve((JSON.parse(body) as { region: string | null }).region))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('regionFromHeaders in Node, from consentry/server', () => {
  it('runs with no DOM', () => {
    expect(typeof document).toBe('undefined')
  })

  it("reads Node's IncomingHttpHeaders as an Express or plain Node server gets them", async () => {
    expect(await regionOf({ 'CF-IPCountry': 'US', 'CF-Region-Code': 'CA' })).toBe('US-CA')
    expect(await regionOf({ 'X-Vercel-IP-Country': 'fr' })).toBe('FR')
    expect(await regionOf({ 'X-AppEngine-Country': 'US', 'X-AppEngine-Region': 'tx' })).toBe('US-TX')
    expect(received.at(-1)?.['x-appengine-region']).toBe('tx')
  })

  it('gives null without a geolocation header, or with a garbage one', async () => {
    expect(await regionOf({})).toBeNull()
    expect(await regionOf({ 'CF-IPCountry': 'XX' })).toBeNull()
    expect(await regionOf({ 'CloudFront-Viewer-Country': '%00<script>' })).toBeNull()
  })

  it('gives null when a header arrives twice with different values', async () => {
    // Node joins duplicates of unknown headers with ", ".
    expect(await regionOf({ 'X-Country-Code': ['US', 'FR'] })).toBeNull()
    expect(received.at(-1)?.['x-country-code']).toBe('US, FR')
  })

  it("reads Node's own Headers (Fetch API, edge runtimes)", () => {
    let headers = new Headers({ 'cloudfront-viewer-country': 'US', 'cloudfront-viewer-country-region': 'CO' })
    expect(regionFromHeaders(headers)).toBe('US-CO')
  })

  it('feeds resolvePolicy: a garbage header never gives a weaker policy than opt-in', () => {
    expect(resolvePolicy(regionFromHeaders({ 'cf-ipcountry': 'T1' }), { default: 'none' })).toBe('opt-in')
    expect(resolvePolicy(regionFromHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': 'VA' }))).toBe('opt-out')
  })

  it("reads the process's time zone with no DOM", () => {
    let saved = process.env.TZ
    try {
      // Node applies a new TZ at once.
      process.env.TZ = 'Europe/Lisbon'
      expect(detectRegion()).toBe('PT')
      process.env.TZ = 'America/Chicago'
      expect(detectRegion()).toBe('US')
      process.env.TZ = 'Etc/UTC'
      expect(detectRegion()).toBeNull()
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
  })
})
