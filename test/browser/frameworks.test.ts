// examples/react and examples/vue, built with Vite (importing 'consentry/react' and 'consentry/vue'
// through the package's exports) and run in Chromium: banner, Accept, gated content, reload.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { ROOT } from '../../scripts/serve.js'
import { action, banner, dialog, useBrowser } from './helpers.js'

let env = useBrowser()
let out = mkdtempSync(join(tmpdir(), 'consentry-examples-'))

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
  )

beforeAll(async () => {
  for (let name of ['react', 'vue']) {
    let outDir = join(out, name)
    await build({
      root: join(ROOT, 'examples', name),
      base: `/${name}/`,
      logLevel: 'error',
      build: { outDir, emptyOutDir: true }
    })
    // Served at /react/… and /vue/…, as the build's base says.
    for (let file of files(outDir)) {
      let path = `/${name}/${relative(outDir, file).replace(/index\.html$/, '')}`
      env.server.page(path, readFileSync(file, 'utf8'))
    }
  }
})

afterAll(() => rmSync(out, { recursive: true, force: true }))

for (let name of ['react', 'vue']) {
  describe(`examples/${name}`, () => {
    test('shows the banner, then the gated video and analytics once after Accept, and no banner on reload', async () => {
      let { page } = await env.open()
      let errors: string[] = []
      page.on('pageerror', error => errors.push(error.message))
      page.on('console', message => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text())
      })
      page.on('response', response => {
        if (response.status() >= 400) errors.push(response.status() + ' ' + response.url())
      })
      env.server.resetCounts()
      await page.goto(`${env.server.url}/${name}/`)
      await banner(page).waitFor()
      expect(await page.locator('#status').textContent()).toBe('off')
      await page.getByText('Allow marketing cookies to see this video.').waitFor()
      expect(await page.locator('[data-video]').count()).toBe(0)
      expect(env.server.count(`/${name}/analytics.js`)).toBe(0)

      await action(page, 'accept').click()
      await page.locator('[data-video]').waitFor()
      await page.locator('[data-fake-analytics]').waitFor({ state: 'attached' })
      expect(await page.locator('#status').textContent()).toBe('on')
      expect(await banner(page).count()).toBe(0)
      expect(env.server.count(`/${name}/analytics.js`)).toBe(1)

      await page.reload()
      await page.locator('[data-video]').waitFor()
      await page.locator('[data-fake-analytics]').waitFor({ state: 'attached' })
      expect(await banner(page).count()).toBe(0)
      expect(await page.evaluate(() => (window as any).fakeAnalytics.runs)).toBe(1)
      expect(env.server.count(`/${name}/analytics.js`)).toBe(2)
      expect(errors).toEqual([])
    })

    test('opens the preferences from the "Cookie settings" button', async () => {
      let { page } = await env.open()
      await page.goto(`${env.server.url}/${name}/`)
      await banner(page).waitFor()
      await page.getByRole('button', { name: 'Cookie settings' }).click()
      await dialog(page).waitFor()
      expect(await dialog(page).evaluate(node => (node as HTMLDialogElement).open)).toBe(true)
    })
  })
}
