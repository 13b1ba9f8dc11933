// The sizes README.md quotes are the measured ones (`node scripts/size.js --readme` rewrites them).
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'

// @ts-expect-error: a plain .js script without types
import { measure, quoteSizes } from '../../scripts/size.js'
// @ts-expect-error: a plain .js script without types
import { measureParts } from '../../scripts/parts.js'

it('quotes in README.md the sizes measured now, the budgets in force and the parts, at 0.1 KB', async () => {
  let readme = readFileSync('README.md', 'utf8')
  let quoted = [...readme.matchAll(/<!--(size|budget|part):([^>]+)-->([\d.]+) KB/g)]
  expect(quoted.length).toBeGreaterThan(15)
  // Every quote is in KB: a number left in bytes would not be checked.
  expect(readme.match(/<!--(size|budget|part):[^>]+-->[\d,]+ B\b/g)).toBeNull()
  let results: Array<{ name: string }> = await measure()
  let parts: Array<{ name: string }> = await measureParts()
  for (let [, kind, name] of quoted) expect((kind === 'part' ? parts : results).map(entry => entry.name)).toContain(name)
  expect(readme).toBe(quoteSizes(readme, results, parts))
}, 120000)
