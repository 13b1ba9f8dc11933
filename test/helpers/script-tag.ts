import { afterEach, beforeEach, vi } from 'vitest'

/**
 * For tests that run the script-tag entry afresh in each test: a fresh module graph, console
 * errors collected (the tag reports there), and the instance, page and cookie cleared after.
 * Returns the errors of the current test.
 *
 * @example
 * const errors = useScriptTag()
 * test('…', () => { …; expect(errors()).toEqual([]) })
 */
export function useScriptTag(): () => string[] {
  let errors: string[] = []
  beforeEach(() => {
    vi.resetModules()
    errors = []
    vi.spyOn(console, 'error').mockImplementation((...args) => {
      errors.push(args.map(String).join(' '))
    })
  })
  afterEach(() => {
    window.consentry?.destroy()
    delete window.consentry
    document.body.innerHTML = ''
    document.head.innerHTML = ''
    document.cookie = 'consentry=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT'
    vi.restoreAllMocks()
  })
  return () => errors
}
