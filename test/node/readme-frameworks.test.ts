// The React and Vue snippets in README.md are the example files the browser tests build and run.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'

it('quotes the React and Vue examples verbatim in README.md', () => {
  let readme = readFileSync('README.md', 'utf8')
  let sections = readme.slice(readme.indexOf('\n## React\n'), readme.indexOf('\n## API\n'))
  // A block that starts with a comment naming an example file: `// examples/…` or `<!-- examples/… -->`.
  let blocks = [...sections.matchAll(/```\w+\n(?:\/\/|<!--) (examples\/\S+?)(?: -->)?\n([\s\S]*?)```/g)]
  expect(blocks.map(([, file]) => file)).toEqual(['examples/react/src/App.jsx', 'examples/vue/src/main.js', 'examples/vue/src/App.vue'])
  for (let [, file, code] of blocks) expect(readFileSync(file, 'utf8')).toBe(code)
})
