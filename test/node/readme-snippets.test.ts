// The README's runnable code blocks are example files that tests run: a block that starts with a
// comment naming a file (`// examples/…` or `<!-- examples/… -->`) is that file verbatim, and with
// "(excerpt)" a verbatim part of it. The script-tag snippets configure every category they use.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

let readme = readFileSync('README.md', 'utf8')

/** Code blocks that quote a file: [file, excerpt, code], in README order. */
function quotedBlocks(): Array<[string, boolean, string]> {
  let blocks = readme.matchAll(/```\w+\n(?:\/\/|<!--) (examples\/\S+?)( \(excerpt\))?(?: -->)?\n([\s\S]*?)```/g)
  return [...blocks].map(([, file, excerpt, code]) => [file, excerpt !== undefined, code])
}

describe('README snippets', () => {
  it('quote the examples the tests run: React, Vue and the three testing set-ups', () => {
    expect(quotedBlocks().map(([file]) => file)).toEqual([
      'examples/react/src/App.jsx',
      'examples/vue/src/main.js',
      'examples/vue/src/App.vue',
      'examples/testing/readme-happy-dom.test.ts',
      'examples/testing/readme-jsdom.test.ts',
      'examples/testing/playwright.test.ts'
    ])
  })

  it('equal their example files (or a verbatim part of them)', () => {
    for (let [file, excerpt, code] of quotedBlocks()) {
      let source = readFileSync(file, 'utf8')
      if (excerpt) expect(source, file).toContain(code)
      else expect(code, file).toBe(source)
    }
  })

  it('import everything the testing snippets use from vitest, and type the matchers', () => {
    for (let [file, , code] of quotedBlocks().filter(([name]) => name.includes('readme-'))) {
      let imported = /import \{([^}]*)\} from 'vitest'/.exec(code)?.[1] ?? ''
      for (let name of ['it', 'expect', 'afterEach']) expect(imported, file).toContain(name)
      if (code.includes('toHaveConsent')) expect(code, file).toContain("declare module 'vitest'")
      expect(code, file).toContain('.destroy()')
    }
  })

  it('configure in data-categories every category their data-consent elements need', () => {
    let html = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map(([, code]) => code)
    for (let code of html.filter(block => block.includes('data-categories='))) {
      let configured = /data-categories="([^"]*)"/.exec(code)![1].split(/[\s,]+/)
      for (let [, names] of code.matchAll(/data-consent="([^"]*)"/g)) {
        for (let name of names.split(/\s+/)) expect(configured, name).toContain(name)
      }
    }
  })
})
