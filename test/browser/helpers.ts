// Shared set-up for the real-browser tests: one Chromium and one static server per test file,
// a fresh context (no cookies) per test, and small probes on the page.
import { existsSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll } from 'vitest'
import { chromium } from 'playwright-core'
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core'

import { chromiumPath } from '../../scripts/chromium.js'
import { ROOT, serve } from '../../scripts/serve.js'
import type { StaticServer } from '../../scripts/serve.js'

export { articlePage } from '../../scripts/serve.js'

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

// Runs before any page script: records CSP violations, load time and the globals the page starts with.
const PROBE = `
window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
});
window.__globals = Object.getOwnPropertyNames(window);
`

export interface Env {
  browser: Browser
  server: StaticServer
  /** A fresh context and page; closed after the file. */
  open(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>
}

/**
 * Launches Chromium and the example server for the current test file.
 *
 * @example
 * let env = useBrowser()
 * test('…', async () => { let { page } = await env.open(); await page.goto(env.server.url) })
 */
export function useBrowser(): Env {
  let contexts: BrowserContext[] = []
  let env = { open } as Env
  async function open(options: BrowserContextOptions = {}) {
    let context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options })
    contexts.push(context)
    // Fail fast: the whole browser suite must stay within a few minutes.
    context.setDefaultTimeout(10000)
    await context.addInitScript(PROBE)
    return { context, page: await context.newPage() }
  }
  beforeAll(async () => {
    let path = chromiumPath()
    if (!existsSync(path)) {
      throw new Error(
        `Chromium not found at ${path}: install it with "sudo apt-get install -y chromium" ` +
          '(or set CHROMIUM_PATH to a Chromium binary), then run npm test again.'
      )
    }
    if (!existsSync(ROOT + 'dist/consentry.iife.js')) {
      throw new Error('dist/consentry.iife.js is missing: run "npx tsup" (npm test builds it first).')
    }
    env.browser = await chromium.launch({ executablePath: path, args: ARGS })
    env.server = await serve({ port: 0 })
  })
  afterAll(async () => {
    for (let context of contexts) await context.close().catch(() => {})
    await env.browser?.close()
    await env.server?.close()
  })
  return env
}

/** The first-layer banner. */
export const banner = (page: Page): Locator => page.locator('[data-consentry="banner"]')

/** The preferences dialog. */
export const dialog = (page: Page): Locator => page.locator('[data-consentry="preferences"]')

/** The page's own "Gérer les cookies" control ([data-consentry-open]) in the example footer. */
export const opener = (page: Page): Locator => page.locator('footer [data-consentry-open]')

/** A button of the banner (`accept`, `reject`, `customize`). */
export const action = (page: Page, name: string): Locator =>
  banner(page).locator(`[data-consentry-action="${name}"]`)

/** Visible for a person: laid out, not hidden, and no transparent ancestor. */
export async function seen(locator: Locator): Promise<boolean> {
  if (!(await locator.isVisible())) return false
  return locator.evaluate(el => {
    for (let node: Element | null = el; node; node = node.parentElement || (node.getRootNode() as ShadowRoot).host) {
      let style = getComputedStyle(node)
      if (Number(style.opacity) === 0 || style.visibility === 'hidden') return false
    }
    return true
  })
}

/** Runs axe-core (wcag2a, wcag2aa, wcag21aa, wcag22aa) and returns the violations, readable. */
export async function axe(page: Page): Promise<string[]> {
  let source = readFileSync(ROOT + 'node_modules/axe-core/axe.min.js', 'utf8')
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: source })
  return page.evaluate(async () => {
    let result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] }
    })
    return result.violations.map(
      (violation: any) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node: any) => node.target.join(' ')).join(', ')}`
    )
  })
}

/** Globals the page added besides those of the probe. */
export function newGlobals(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    let before = new Set((window as any).__globals as string[])
    return Object.getOwnPropertyNames(window).filter(name => !before.has(name) && !name.startsWith('__'))
  })
}
