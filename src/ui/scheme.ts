import type { Theme } from './options.js'

/**
 * The theme to render. 'auto' follows the page when it declares one colour scheme only (`<meta
 * name="color-scheme">` or `color-scheme` on `:root`): a dark site gets the dark banner whatever
 * the OS says. A page that declares both, or nothing, leaves it to the OS (prefers-color-scheme).
 *
 * @example
 * resolveTheme('auto') // 'dark' on a page with <meta name="color-scheme" content="dark">
 */
export function resolveTheme(theme: Theme): Theme {
  if (theme !== 'auto') return theme
  let meta = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')
  let declared = `${getComputedStyle(document.documentElement).colorScheme} ${meta?.content}`
  let light = declared.includes('light')
  let dark = declared.includes('dark')
  if (light === dark) return 'auto'
  return dark ? 'dark' : 'light'
}
