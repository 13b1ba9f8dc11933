// Set-up for every unit test file (vitest.config.ts, project 'unit'), applied at run time so that
// files with their own `@vitest-environment-options` get it too.
//
// happy-dom loads no file and no iframe page in our tests, and by default it says so with a
// DOMException on the console each time: every iframe (with or without src), every `<script src>`
// in a window without JavaScript evaluation. These settings make those loads quiet and offline:
// - iframes "load" without a fetch: navigation of child frames is off, so happy-dom only sets the
//   frame's URL and fires 'load';
// - a script that cannot load in a window without evaluation fires 'load' rather than 'error'.
// Files that evaluate scripts keep serving them from memory (test/helpers/scripts.ts).
import nodeConsole from 'node:console'

interface HappyDomSettings {
  enableIframePageLoading: boolean
  handleDisabledFileLoadingAsSuccess: boolean
  navigation: { disableChildFrameNavigation: boolean }
}

const ROUTED = Symbol.for('consentry.test.routedConsole')

if (typeof window !== 'undefined') {
  let settings = (window as unknown as { happyDOM: { settings: HappyDomSettings } }).happyDOM.settings
  settings.enableIframePageLoading = true
  settings.navigation.disableChildFrameNavigation = true
  settings.handleDisabledFileLoadingAsSuccess = true
}

// happy-dom writes what it reports (a script that fails to load) to Node's own console, which it
// received before vitest installed the test's console: the tests' `vi.spyOn(console, 'error')`
// never saw it and it printed unattributed. Route it to the console of the running test, where a
// test spies on it and asserts. Done once per worker process.
const patched = nodeConsole as Console & { [ROUTED]?: boolean }
if (!patched[ROUTED]) {
  patched[ROUTED] = true
  for (let level of ['error', 'warn'] as const) {
    let original = nodeConsole[level].bind(nodeConsole)
    nodeConsole[level] = (...args: unknown[]) => {
      if (globalThis.console === nodeConsole) original(...args)
      else globalThis.console[level](...args)
    }
  }
}
