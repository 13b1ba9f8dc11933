// The preferences dialog is the second layer: the script tag loads dist/consentry.preferences.iife.js
// only when it is needed, next to the drop-in, with its nonce, under a strict CSP.
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'

import { action, axe, banner, dialog, useBrowser } from './helpers.js'

let env = useBrowser()

const SECOND = '/dist/consentry.preferences.iife.js'

/** A page with the drop-in (from `src`) and two categories, served at a fresh path. */
async function visit(tag: string, { csp = '' } = {}) {
  let path = `/t/layer-${Math.random().toString(36).slice(2)}`
  env.server.page(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${tag}</head>` +
      `<body><main><h1>Article</h1><p>Text.</p><a href="#" data-consentry-open>Cookie settings</a></main></body></html>`
  )
  if (csp) env.server.headers(path, { 'Content-Security-Policy': csp })
  let { context, page } = await env.open()
  let requests: string[] = []
  page.on('request', request => requests.push(new URL(request.url()).pathname))
  let errors: string[] = []
  page.on('console', message => {
    if (message.type() === 'error') errors.push(message.text())
  })
  env.server.resetCounts()
  await page.goto(env.server.url + path)
  await banner(page).waitFor()
  return { context, page, requests, errors }
}

const TAG = `<script src="/dist/consentry.iife.js" data-categories="analytics marketing"></script>`

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
}

describe('the second layer', () => {
  test('is not requested before the visitor asks for the preferences', async () => {
    let { page, requests } = await visit(TAG)
    await page.waitForLoadState('networkidle')
    expect(requests.filter(path => path.startsWith('/dist/'))).toEqual(['/dist/consentry.iife.js'])
  })

  test('loads once on Customize and opens the dialog with focus inside', async () => {
    let { page } = await visit(TAG)
    await action(page, 'customize').click()
    await dialog(page).waitFor()
    expect(await page.evaluate(() => document.activeElement?.closest('[data-consentry="preferences"]') !== null)).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog(page).count()).toBe(0)
    await action(page, 'customize').click()
    await dialog(page).waitFor()
    expect(env.server.count(SECOND)).toBe(1)
  })

  test('saves from the lazily loaded dialog', async () => {
    let { page } = await visit(TAG)
    await action(page, 'customize').click()
    await dialog(page).locator('input[data-category="analytics"]').check()
    await dialog(page).locator('[data-consentry-action="save"]').click()
    expect(await page.evaluate(() => (window as any).consentry.getDecision().categories)).toEqual({
      necessary: true,
      analytics: true,
      marketing: false
    })
  })

  test('starts loading on the first pointer over the banner, before the click', async () => {
    let { page } = await visit(TAG)
    await banner(page).hover()
    await expect.poll(() => env.server.count(SECOND)).toBe(1)
  })

  test('opens from a page opener and from showPreferences() for a return visitor, fetched only then', async () => {
    let { page } = await visit(TAG)
    await action(page, 'reject').click()
    env.server.resetCounts()
    await page.reload()
    await page.waitForLoadState('networkidle')
    expect(env.server.count(SECOND)).toBe(0)
    await page.locator('main [data-consentry-open]').click()
    await dialog(page).waitFor()
    expect(env.server.count(SECOND)).toBe(1)
  })

  test('loads and renders under default-src \'self\' with no violation', async () => {
    let { page } = await visit(TAG, { csp: "default-src 'self'" })
    await action(page, 'customize').click()
    await dialog(page).waitFor()
    expect(await dialog(page).evaluate(element => getComputedStyle(element).position)).toBe('fixed')
    expect(await cspViolations(page)).toEqual([])
  })

  test('renders a dialog that axe finds WCAG 2.2 AA clean', async () => {
    let { page } = await visit(TAG)
    await action(page, 'customize').click()
    await dialog(page).waitFor()
    expect(await axe(page)).toEqual([])
  })

  test('carries the drop-in’s nonce under a nonce policy', async () => {
    let tag = `<script nonce="r4nd0m" src="/dist/consentry.iife.js" data-categories="analytics marketing"></script>`
    let { page } = await visit(tag, { csp: "script-src 'nonce-r4nd0m'; style-src 'self'" })
    await action(page, 'customize').click()
    await dialog(page).waitFor()
    expect(await cspViolations(page)).toEqual([])
  })

  test('when it cannot load, reports once and the first layer still decides', async () => {
    let { page, errors } = await visit(TAG)
    await page.route('**' + SECOND, route => route.abort())
    await action(page, 'customize').click()
    await action(page, 'customize').click()
    await expect.poll(() => errors.filter(error => error.includes('consentry.preferences')).length).toBeGreaterThan(0)
    await action(page, 'reject').click()
    expect(await page.evaluate(() => (window as any).consentry.getDecision().method)).toBe('reject-all')
    // Failed resource loads are logged by Chromium too; ours is one line.
    expect(errors.filter(error => error.startsWith('[consentry]'))).toHaveLength(1)
  })
})
