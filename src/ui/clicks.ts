import type { Unbind } from '../core/types.js'
import { ACTIONS } from './buttons.js'
import type { Action } from './buttons.js'

export interface ClickRouter {
  /** Whether `root` (a `.consentry` element) is one of this instance's own. */
  isOurs(root: HTMLElement): boolean
  /** What each action does (the banner's, or the opt-out control's); the control clicked is passed along. */
  actions: Partial<Record<Action, (control: HTMLElement) => void>>
  /** Opens the preferences (page elements with data-consentry-open, the reopen control). */
  open(opener: HTMLElement): void
  onError(error: Error): void
}

/**
 * One capturing click listener on the document. Decisions come only from this instance's own
 * buttons; page markup with `data-consentry-open` opens the preferences and can never decide,
 * whatever other attributes it carries. Returns the function that removes the listener.
 *
 * @example
 * let stop = routeClicks({ isOurs, actions: { accept: () => consent.acceptAll(), … }, open, onError })
 */
export function routeClicks(router: ClickRouter): Unbind {
  let onClick = (event: Event): void => {
    let target = event.target as Element
    let control = target.closest?.<HTMLElement>('[data-consentry-action],[data-consentry-open]')
    if (!control) return
    let root = control.closest<HTMLElement>('.consentry')
    let ours = root !== null && router.isOurs(root)
    let action = control.dataset.consentryAction as Action | undefined
    let run = ours && action && ACTIONS.includes(action) ? router.actions[action] : undefined
    try {
      if (run) run(control)
      else if (control.hasAttribute('data-consentry-open') && (ours || root === null)) {
        // A page opener may be a link.
        event.preventDefault()
        router.open(control)
      }
    } catch (error) {
      router.onError(error as Error)
    }
  }
  document.addEventListener('click', onClick, true)
  return () => document.removeEventListener('click', onClick, true)
}
