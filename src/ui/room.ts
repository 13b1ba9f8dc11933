import type { Unbind } from '../core/types.js'

/** The banner and the reopen control sit this far off the edge; +1 rounds their height up. */
const GAP_PX = 9

/**
 * Gives a fixed element room at one edge of the page while it shows: padding on `<html>` (so the
 * end of the page can scroll clear of it) and scroll-padding (so focus scrolling keeps clear of
 * it): it never hides the focused element (WCAG 2.4.11) nor blocks page content. Follows the
 * element's size; returns the function that gives the room back.
 *
 * @example
 * let release = reserveRoom(banner, 'bottom')
 */
export function reserveRoom(element: HTMLElement, edge: 'top' | 'bottom'): Unbind {
  let style = document.documentElement.style
  let set = (value: string): void => {
    style.setProperty('padding-' + edge, value)
    style.setProperty('scroll-padding-' + edge, value)
  }
  // jsdom has no ResizeObserver: there the page just gets no room.
  if (typeof ResizeObserver !== 'function') return () => {}
  let observer = new ResizeObserver(() => {
    if (element.isConnected) set(element.offsetHeight + GAP_PX + 'px')
  })
  observer.observe(element)
  return () => {
    observer.disconnect()
    set('')
  }
}
