/**
 * Whether Consentry may write `url` into the page (an iframe's src, a script's src, a link, an
 * endpoint): http(s) or relative, and mailto where `mailto` is set. The check runs on the URL as
 * the browser will parse it: case, tabs, newlines and leading control characters cannot hide a
 * `javascript:` or `data:` scheme (entities in markup are decoded before the attribute is read).
 *
 * @example
 * isSafeUrl('/privacy') // true
 * isSafeUrl('java\tscript:alert(1)') // false
 * isSafeUrl('mailto:dpo@example.com', { mailto: true }) // true
 */
export function isSafeUrl(url: unknown, { mailto = false } = {}): boolean {
  if (typeof url !== 'string' || url.trim() === '') return false
  let protocol: string
  try {
    // A fixed https base: a relative URL is safe whatever the page's own scheme.
    protocol = new URL(url, 'https://relative.invalid/').protocol
  } catch {
    return false
  }
  return protocol === 'https:' || protocol === 'http:' || (mailto && protocol === 'mailto:')
}
