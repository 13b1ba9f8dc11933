// What the built files import at run time matches what package.json makes users install: every
// bare import in dist/ is a dependency, an optional peer dependency or the package itself, and
// every dependency is imported somewhere (a bundled one belongs in devDependencies).
import { builtinModules } from 'node:module'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import type { Plugin } from 'esbuild'
import { beforeAll, expect, it } from 'vitest'

const ROOT = process.cwd()
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
const packageName = (specifier: string): string =>
  specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')

const isBuiltin = (specifier: string): boolean =>
  specifier.startsWith('node:') || builtinModules.includes(packageName(specifier))

/** The built files a site or a Node app loads: ESM, CJS and script-tag files, locales included. */
function builtFiles(): string[] {
  let files: string[] = []
  for (let dir of ['dist', 'dist/locales']) {
    for (let name of readdirSync(join(ROOT, dir))) {
      if (/\.(c?js)$/.test(name)) files.push(join(dir, name))
    }
  }
  return files
}

/**
 * The bare specifiers `file` imports or requires, following its relative imports (chunks):
 * esbuild parses the code, so strings that merely look like imports do not count.
 */
async function bareImports(file: string): Promise<Set<string>> {
  let found = new Set<string>()
  let record: Plugin = {
    name: 'record-bare-imports',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^[^./]/ }, args => {
        found.add(args.path)
        return { path: args.path, external: true }
      })
    }
  }
  await build({ entryPoints: [join(ROOT, file)], bundle: true, write: false, logLevel: 'silent', plugins: [record] })
  return found
}

let imports = new Map<string, Set<string>>()

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/index.js'))) {
    throw new Error('dist/ is missing: run "npx tsup" first (npm test builds it before the tests).')
  }
  for (let file of builtFiles()) imports.set(file, await bareImports(file))
}, 60000)

it('reads the ESM, CJS and script-tag builds', () => {
  let files = [...imports.keys()]
  expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/consentry.iife.js']))
  // js-cookie stays external in the npm builds: the reader sees import and require alike.
  expect(imports.get('dist/index.js')).toContain('js-cookie')
  expect([...imports.entries()].some(([file, names]) => file.endsWith('.cjs') && names.has('js-cookie'))).toBe(true)
})

it('imports only declared dependencies and optional peer dependencies at run time', () => {
  let optionalPeers = Object.keys(manifest.peerDependencies ?? {}).filter(
    name => manifest.peerDependenciesMeta?.[name]?.optional === true
  )
  // The package's own name: consentry/react and friends import the engine from 'consentry' itself.
  let allowed = [manifest.name, ...Object.keys(manifest.dependencies ?? {}), ...optionalPeers]
  for (let [file, names] of imports) {
    for (let specifier of names) {
      if (!isBuiltin(specifier)) expect(allowed, `${file} imports ${specifier}`).toContain(packageName(specifier))
    }
  }
})

it('imports every runtime dependency somewhere (bundled ones are devDependencies)', () => {
  let used = new Set([...imports.values()].flatMap(names => [...names].map(packageName)))
  for (let name of Object.keys(manifest.dependencies ?? {})) {
    expect(used.has(name), `${name} is a dependency but no built file imports it`).toBe(true)
  }
})

it('loads the script-tag files with no import at all', () => {
  for (let [file, names] of imports) {
    if (file.endsWith('.iife.js')) expect([...names], file).toEqual([])
  }
})
