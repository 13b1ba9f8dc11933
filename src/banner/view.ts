import type { Texts } from '../i18n/types.js'

/** Everything a render needs: resolved texts and the attributes shared by every root. */
export interface View {
  t: Texts
  lang: string
  /** Category names, without `necessary`. */
  names: string[]
  options: Record<string, { label?: string; description?: string }>
  /** Root attributes: class (theme), lang, dir. */
  root: (cls: string) => Record<string, string>
  url?: string
  /** Show Customize on the first layer. */
  customize: boolean
  /** A fresh id prefix for aria references. */
  id: string
}
