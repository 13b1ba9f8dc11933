/** Repository root (ends with a slash). */
export const ROOT: string

export interface StaticServer {
  /** e.g. http://127.0.0.1:8080 */
  url: string
  /** How many requests this path (without query) got since start or the last reset. */
  count(pathname: string): number
  resetCounts(): void
  /** Adds response headers for one path, e.g. a Content-Security-Policy. */
  headers(pathname: string, values: Record<string, string>): void
  /** Serves `body` at `pathname` (before files); the type follows the extension, else HTML. */
  page(pathname: string, body: string): void
  close(): Promise<void>
}

/** Serves dist/ at /dist/, examples/npm/ at /npm/, examples/script-tag/ at / on 127.0.0.1. */
export function serve(options?: { port?: number; root?: string }): Promise<StaticServer>

/** The script-tag example article with variations (language, tag attributes, extra HTML). */
export function articlePage(options?: {
  lang?: string
  /** Extra attributes for the consentry script tag, e.g. 'data-theme="dark"'. */
  attrs?: string
  /** HTML added at the end of <head>. */
  head?: string
  /** HTML added right after the consentry script tag. */
  after?: string
  /** Replaces the consentry script tag entirely. */
  tag?: string
}): string
