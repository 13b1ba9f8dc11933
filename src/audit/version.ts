// The package version, set by the build (tsup `define`); 'dev' when running from source.
declare const __CONSENTRY_VERSION__: string | undefined

/**
 * The consentry version that wrote a report.
 *
 * @example
 * `consentry ${VERSION}` // 'consentry 0.1.0'
 */
export const VERSION: string = typeof __CONSENTRY_VERSION__ === 'string' ? __CONSENTRY_VERSION__ : 'dev'
