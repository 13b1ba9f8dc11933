// The README's server-rendered banner snippet, run as written (against the sources).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'

import { serializeDecision } from '../../src/entries/server.js'
import { bannerCss } from '../../src/ui/styles.js'

let folder = mkdtempSync(join(tmpdir(), 'consentry-readme-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The README's `page(request, nonce)`, with consentry/server resolved to the sources. */
async function readmePage(): Promise<(request: { headers: Record<string, string> }, nonce: string) => string> {
  let readme = readFileSync('README.md', 'utf8')
  let section = readme.slice(readme.indexOf('\n## Server-rendered banner\n'), readme.indexOf('\n## API\n'))
  let code = /```js\n([\s\S]*?)```/.exec(section)![1]
  expect(code).toContain("from 'consentry/server'")
  let file = join(folder, 'page.mjs')
  let server = new URL('../../src/entries/server.ts', import.meta.url).pathname
  writeFileSync(file, code.replace("'consentry/server'", JSON.stringify(server)) + '\nexport { page }\n')
  return ((await import(/* @vite-ignore */ file)) as { page: never }).page
}

it('renders the page of the README snippet with the banner, its nonce and the same config for the client', async () => {
  let page = await readmePage()
  let html = page({ headers: {} }, 'n0nce')
  expect(html).toContain(`<style nonce="n0nce">${bannerCss}</style>`)
  expect(html).toContain('<script nonce="n0nce">document.addEventListener')
  expect(html).toMatch(/<div class="consentry auto panel box bottom" lang="fr"[^>]*data-consentry="banner"/)
  let json = /<script type="application\/json" id="consentry-config">(.*?)<\/script>/.exec(html)![1]
  expect(JSON.parse(json)).toEqual({ categories: ['analytics'], privacyPolicyUrl: '/privacy', revision: 1, lang: 'fr' })
  let decided = serializeDecision({
    id: '7f9c1e2a-1b2c-4d3e-8f90-0123456789ab',
    timestamp: new Date().toISOString(),
    revision: 1,
    method: 'reject-all',
    categories: { necessary: true, analytics: false }
  })
  let after = page({ headers: { cookie: 'consentry=' + encodeURIComponent(decided) } }, 'n0nce')
  expect(after).not.toContain('data-consentry="banner"')
  expect(after).toContain('<script defer src="/consentry.iife.js" nonce="n0nce">')
})
