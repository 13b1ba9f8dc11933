// What `npm pack` / `npm publish` ship: every file package.json points at, and nothing else of the
// repository. Reads the build `npm test` made (no lifecycle scripts: a rebuild here would empty
// dist/ under the other tests), then checks once that a fresh clone builds on pack (`prepack`).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { cloneTracked } from '../helpers/clone.js'

interface PackedFile {
  path: string
}

const ROOT = process.cwd()
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))

/** The files `npm pack` would put in the tarball, as paths relative to the package root. */
function packedFiles(dir: string, lifecycleScripts: boolean): string[] {
  let args = ['pack', '--dry-run', '--json']
  if (!lifecycleScripts) args.push('--ignore-scripts')
  let output = execFileSync('npm', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  let [report] = JSON.parse(output) as Array<{ files: PackedFile[] }>
  return report.files.map(file => file.path)
}

/** Every path package.json names for consumers: exports (all conditions), main, module, types, bin… */
function declaredTargets(): string[] {
  let targets: string[] = []
  let collect = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''))
    else if (value && typeof value === 'object') for (let inner of Object.values(value)) collect(inner)
  }
  for (let field of ['exports', 'main', 'module', 'types', 'unpkg', 'jsdelivr', 'bin']) collect(manifest[field])
  return targets
}

/** `dist/locales/*.js` → a RegExp for the packed paths it can stand for. */
const wildcard = (target: string): RegExp =>
  new RegExp('^' + target.split('*').map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+') + '$')

describe('the packed package', () => {
  if (!existsSync(join(ROOT, 'dist/index.js'))) {
    throw new Error('dist/ is missing: run "npx tsup" first (npm test builds it before the tests).')
  }
  let files = packedFiles(ROOT, false)

  it('ships every file that package.json exports, main, module, types, unpkg and bin point at', () => {
    let targets = declaredTargets()
    expect(targets).toContain('dist/index.js')
    for (let target of targets) {
      if (target.includes('*')) expect(files.filter(file => wildcard(target).test(file)), target).not.toHaveLength(0)
      else expect(files, target).toContain(target)
    }
  })

  it('ships every condition of each wildcard export for each file it matches', () => {
    let locales = files.filter(file => wildcard('dist/locales/*.js').test(file) && !file.endsWith('.iife.js'))
    expect(locales.length).toBeGreaterThan(0)
    for (let file of locales) {
      let base = file.replace(/\.js$/, '')
      expect(files, base).toEqual(expect.arrayContaining([`${base}.cjs`, `${base}.d.ts`, `${base}.d.cts`]))
    }
  })

  it('ships the stylesheet and the script-tag files', () => {
    expect(files).toEqual(expect.arrayContaining(['dist/style.css', 'dist/consentry.iife.js', 'dist/consentry.full.iife.js']))
  })

  it('ships no tests, sources, source maps, examples or repository tooling', () => {
    let allowedAtRoot = /^(package\.json|README\.md|CHANGELOG\.md|LICENSE(\.md)?)$/
    for (let file of files) {
      expect(file.startsWith('dist/') || allowedAtRoot.test(file), file).toBe(true)
      expect(file, file).not.toMatch(/\.map$|\.test\./)
      if (file.endsWith('.ts')) expect(file, 'TypeScript sources: declarations only').toMatch(/\.d\.ts$/)
    }
  })
})

describe('a fresh clone', () => {
  let copy = cloneTracked(ROOT)
  afterAll(copy.remove)

  it('builds dist on npm pack (prepack), so the tarball carries the code', () => {
    expect(existsSync(join(copy.dir, 'dist'))).toBe(false)
    let files = packedFiles(copy.dir, true)
    expect(files).toEqual(
      expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/style.css', 'dist/consentry.iife.js'])
    )
  }, 240000)
})
