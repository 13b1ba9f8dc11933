// Launching Debian's Chromium through playwright-core, an optional peer dependency loaded on demand.
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'

import { AuditError, shortMessage } from './errors.js'

/** Flags for a quiet, headless Chromium that talks to nobody but the audited site. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Imports playwright-core, or explains how to install it. */
export async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core')
  } catch {
    throw new AuditError('consentry audit needs playwright-core: npm install playwright-core')
  }
}

/**
 * Launches Chromium for an audit. `extraArgs` are added to the default flags.
 *
 * @example
 * let browser = await launchBrowser(['--host-resolver-rules=MAP www.google-analytics.com 127.0.0.1:9000'])
 * let report = await audit('http://127.0.0.1:8080/', { browser })
 * await browser.close()
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  let path = chromiumPath()
  if (!existsSync(path)) {
    throw new AuditError(
      `consentry audit needs Chromium, not found at ${path}: install it (Debian/Ubuntu: ` +
        'sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary'
    )
  }
  let { chromium } = await loadPlaywright()
  try {
    return await chromium.launch({ executablePath: path, args: [...CHROMIUM_ARGS, ...extraArgs], timeout: 60000 })
  } catch (error) {
    throw new AuditError(`consentry audit could not start Chromium at ${path}: ${shortMessage(error)}`)
  }
}
