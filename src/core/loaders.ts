import { fail } from './config.js'
import { guard } from './guard.js'
import type { Consent, LoaderOptions, ScriptOptions, Unbind } from './types.js'
import { isSafeUrl } from './url.js'

export interface LoaderContext {
  /** Run after every decision; a loader is one of them. */
  updates: Set<() => void>
  isGranted: (name: string) => boolean
  report: (error: Error) => void
  /** Throws the TypeError for names that are not configured. */
  checkKnown: (names: string[]) => void
}

/**
 * The engine's loaders: `whenGranted` runs a function exactly once per page, the first time every
 * category it needs is granted, and its `onRevoke` each time that stops holding after that;
 * `loadScript` is a `whenGranted` that injects a `<script src>`. Errors of both are reported,
 * never thrown.
 *
 * @example
 * let { whenGranted, loadScript } = createLoaders({ updates, isGranted, report, checkKnown })
 */
export function createLoaders({ updates, isGranted, report, checkKnown }: LoaderContext): Pick<
  Consent,
  'whenGranted' | 'loadScript'
> {
  let whenGranted = (category: string | string[], loader: () => void, options: LoaderOptions = {}): Unbind => {
    let needs = [category].flat()
    checkKnown(needs)
    // [].every() is true: an empty requirement would run at once, with no decision.
    if (needs.length === 0) fail('whenGranted/loadScript: pass a category name or a non-empty list of them', category)
    let hasRun = false
    let live = false
    let update = (): void => {
      let granted = needs.every(isGranted)
      if (granted === live) return
      // State first: a loader that decides again (re-entering here) must not run twice.
      live = granted
      if (granted && !hasRun) {
        hasRun = true
        guard(report, loader)
      } else if (!granted && hasRun) {
        guard(report, options.onRevoke)
      }
    }
    updates.add(update)
    update()
    return () => {
      updates.delete(update)
    }
  }

  let loadScript = (category: string | string[], src: string, options: ScriptOptions = {}): Unbind => {
    if (!isSafeUrl(src)) fail('loadScript: pass an http(s) or relative URL', src)
    return whenGranted(category, () => injectScript(src, options, report))
  }

  return { whenGranted, loadScript }
}

/**
 * Injects `<script src>` into `<head>` (async unless told otherwise); a failed load is reported.
 * Outside a DOM (SSR) there is no page to load into: a no-op. Services' `loadScript` uses it too.
 *
 * @example
 * injectScript('/chat.js', { nonce: 'r4nd0m', onLoad: start }, console.error)
 */
export function injectScript(src: string, options: ScriptOptions, report: (error: Error) => void): void {
  if (typeof document !== 'object') return
  if (!isSafeUrl(src)) fail('loadScript: pass an http(s) or relative URL', src)
  let script = document.createElement('script')
  for (let [name, value] of Object.entries(options.attributes ?? {})) script.setAttribute(name, value)
  script.src = src
  script.async = options.async ?? true
  if (options.defer) script.defer = true
  if (options.nonce) script.nonce = options.nonce
  // No type at all rather than an empty one, which some engines (happy-dom) would not run.
  if (options.type) script.type = options.type
  if (options.onLoad) script.onload = options.onLoad
  script.onerror = () => report(new Error('Could not load ' + src))
  document.head.append(script)
}
