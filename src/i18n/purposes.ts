import { CATEGORY_ALIASES } from '../core/config.js'
import type { Texts } from './types.js'

interface Labels {
  label?: string
  description?: string
}

/**
 * `[label, description, purpose]` of a category: config options first, then the language's
 * built-in texts (an alias such as `ads` shares those of `marketing`), then the name itself.
 *
 * @example
 * category(en, 'ads', {}) // ['Marketing', 'Personalized ads…', 'personalized advertising']
 */
export function category(texts: Texts, name: string, options: Labels = {}): [string, string, string] {
  let found = texts[(CATEGORY_ALIASES[name] ?? name) as keyof Texts]
  // Only the category entries of Texts are arrays: a category named "title" gets no texts.
  let builtIn = Array.isArray(found) ? (found as string[]) : []
  let label = options.label || builtIn[0] || name
  return [label, options.description || builtIn[1] || '', builtIn[2] || label]
}

/**
 * The first-layer sentence for the configured categories ("We use cookies for analytics…").
 * Analytics goes last: its purpose reads as the end of the sentence.
 *
 * @example
 * purposes(en, ['analytics'], {}) // 'We use cookies for analytics to improve our site.'
 */
export function purposes(texts: Texts, names: string[], options: Record<string, Labels | undefined>): string {
  let ordered = [...names.filter(name => name !== 'analytics'), ...names.filter(name => name === 'analytics')]
  let list = ordered.map(name => category(texts, name, options[name])[2])
  // Not Intl.ListFormat: its first use loads locale data, 50-90 ms on a throttled phone.
  let last = list.pop()!
  let joined = list.length > 0 ? `${list.join(', ')} ${texts.and} ${last}` : last
  return texts.text.replace('%', () => joined)
}
