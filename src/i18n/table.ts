/**
 * The entry of a per-language table for `lang`: the full tag, then its primary subtag, else English
 * (case-insensitive; own keys only, so 'constructor' is no language). The tables of the embed
 * placeholder, the services dialog and the opt-out control use it.
 *
 * @example
 * textsFor({ en: 'Hello', fr: 'Bonjour' }, 'fr-CA') // 'Bonjour'
 */
export function textsFor<Entry>(table: Record<string, Entry>, lang: string): Entry {
  let own = (key: string): Entry | undefined => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined)
  let tag = String(lang).toLowerCase()
  // Every table has English, the fallback.
  return own(tag) ?? own(tag.split(/[-_]/)[0]) ?? table.en
}
