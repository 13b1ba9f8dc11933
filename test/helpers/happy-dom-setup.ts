// Set-up for every unit test file (vitest.config.ts, project 'unit'), applied at run time so that
// files with their own `@vitest-environment-options` get it too.
//
// happy-dom loads no iframe page in our tests, and by default it says so with a DOMException on
// the console for every iframe, with or without src. Iframes now "load" without a fetch: navigation
// of child frames is off, so happy-dom only sets the frame's URL and fires 'load'. (Scripts keep
// firing 'error' when they cannot load: tests dispatch 'load' themselves where they need it.)
import nodeConsole from 'node:console'

interface HappyDomSettings {
  enableIframePageLoading: boolean
  navigation: { disableChildFrameNavigation: boolean }
}

const ROUTED = Symbol.for('consentry.test.routedConsole')

if (typeof window !== 'undefined') {
  let settings = (window as unknown as { happyDOM: { settings: HappyDomSettings } }).happyDOM.settings
  settings.enableIframePageLoading = true
  settings.navigation.disableChildFrameNavigation = true
}

// happy-dom writes what it reports (a script that fails to load) to Node's own console, which it
// received before vitest installed the test's console: the tests' `vi.spyOn(console, 'error')`
// never saw it and it printed unattributed. Route it to the console of the running test, where a
// test spies on it and asserts. One report is dropped: "… loading is disabled", which says that
// happy-dom is set to load no files (a `<script src>` in a window without JavaScript evaluation),
// a fact of this test set-up, not of the code under test. Done once per worker process.
const disabledLoad = (args: unknown[]): boolean =>
  args[0] instanceof Error && args[0].name === 'NotSupportedError' && / loading is disabled\.$/.test(args[0].message)

const patched = nodeConsole as Console & { [ROUTED]?: boolean }
if (!patched[ROUTED]) {
  patched[ROUTED] = true
  for (let level of ['error', 'warn'] as const) {
    let original = nodeConsole[level].bind(nodeConsole)
    nodeConsole[level] = (...args: unknown[]) => {
      if (disabledLoad(args)) return
      if (globalThis.console === nodeConsole) original(...args)
      else globalThis.console[level](...args)
    }
  }
}
