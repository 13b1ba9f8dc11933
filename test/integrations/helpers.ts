import { afterEach } from 'vitest'

import type { Unbind } from '../../src/core/types.js'

/** Collects unbind functions and calls them after each test (a live BroadcastChannel keeps the run alive). */
export function useCleanup(): (unbind: Unbind) => Unbind {
  let list: Unbind[] = []
  afterEach(() => {
    for (let unbind of list.splice(0)) unbind()
  })
  return unbind => {
    list.push(unbind)
    return unbind
  }
}

/** Sets (or with undefined removes) `navigator.globalPrivacyControl` for the rest of the test file's test. */
export function setGpc(value: unknown): void {
  Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => value })
}
