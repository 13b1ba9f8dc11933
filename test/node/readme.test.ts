// The sizes README.md quotes are the measured ones (`node scripts/size.js --readme` rewrites them).
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'

// @ts-expect-error: a plain .js script without types
import { measure, quoteSizes } from '../../scripts/size.js'

it('quotes in README.md exactly the sizes measured now and the budgets of scripts/size.js', async () => {
  let readme = readFileSync('README.md', 'utf8')
  let quoted = [...readme.matchAll(/<!--(?:size|budget):([^>]+)-->([\d,]+) B/g)]
  expect(quoted.length).toBeGreaterThan(10)
  let results: Array<{ name: string }> = await measure()
  for (let [, name] of quoted) expect(results.map(r => r.name)).toContain(name)
  expect(readme).toBe(quoteSizes(readme, results))
}, 60000)
