import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/node/**', 'test/audit/**', 'test/ledger/**'],
          environment: 'happy-dom',
          // Quiet, network-free iframe and script loads; happy-dom's messages reach the tests' spies.
          setupFiles: ['test/helpers/happy-dom-setup.ts']
        }
      },
      {
        // Code that must run with no DOM at all (SSR, edge).
        test: { name: 'node', include: ['test/node/**/*.test.ts'], environment: 'node' }
      },
      {
        // Real Chromium through playwright-core, against the built package and the examples.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60000,
          hookTimeout: 60000,
          fileParallelism: false
        }
      },
      // examples/testing: how a site tests its consent setup with consentry/testing, against the
      // built package (imported as 'consentry', resolved through package.json exports).
      { test: { name: 'examples-happy-dom', include: ['examples/testing/happy-dom.test.ts', 'examples/testing/readme-happy-dom.test.ts'], environment: 'happy-dom' } },
      { test: { name: 'examples-jsdom', include: ['examples/testing/jsdom.test.ts', 'examples/testing/readme-jsdom.test.ts'], environment: 'jsdom' } },
      {
        test: {
          name: 'examples-playwright',
          include: ['examples/testing/playwright.test.ts'],
          environment: 'node',
          testTimeout: 60000,
          hookTimeout: 60000
        }
      },
      {
        // consentry audit: real Chromium against loopback fixture sites, and the CLI as a child process.
        test: {
          name: 'audit',
          include: ['test/audit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120000,
          hookTimeout: 60000,
          fileParallelism: false
        }
      },
      {
        // consentry/ledger against PGlite and a throwaway PostgreSQL cluster: slow opens, real
        // processes, so one file at a time and generous timeouts.
        test: {
          name: 'ledger',
          include: ['test/ledger/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60000,
          hookTimeout: 120000,
          fileParallelism: false
        }
      }
    ]
  }
})
