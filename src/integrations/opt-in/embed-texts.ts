import type { EmbedTexts } from './embeds.js'
import { textsFor } from '../../i18n/table.js'

// [placeholder text (% = the host), "Load once", "Always allow"] in every built-in language.
// They ship with the opt-in `consentry/embeds` entry only, not in the default bundle.
const EMBED: Record<string, [string, string, string]> = {
  en: ['This content is hosted by a third party (%). Loading it may set cookies.', 'Load once', 'Always allow'],
  fr: ['Ce contenu est hébergé par un tiers (%). Le charger peut déposer des cookies.', 'Charger une fois', 'Toujours autoriser'],
  de: ['Dieser Inhalt wird von einem Drittanbieter bereitgestellt (%). Beim Laden können Cookies gesetzt werden.', 'Einmal laden', 'Immer erlauben'],
  es: ['Este contenido está alojado por un tercero (%). Al cargarlo, se pueden instalar cookies.', 'Cargar una vez', 'Permitir siempre'],
  it: ['Questo contenuto è ospitato da terze parti (%). Caricandolo potrebbero essere installati dei cookie.', 'Carica una volta', 'Consenti sempre'],
  nl: ['Deze inhoud wordt gehost door een derde partij (%). Bij het laden kunnen cookies worden geplaatst.', 'Eén keer laden', 'Altijd toestaan'],
  pt: ['Este conteúdo está alojado num serviço de terceiros (%). Ao carregá-lo, podem ser guardados cookies.', 'Carregar uma vez', 'Permitir sempre'],
  pl: ['Ta treść pochodzi od zewnętrznego dostawcy (%). Jej wczytanie może zapisać pliki cookie.', 'Wczytaj raz', 'Zawsze zezwalaj'],
  ar: ['هذا المحتوى مستضاف لدى جهة خارجية (%). قد يؤدي تحميله إلى حفظ ملفات تعريف الارتباط.', 'تحميل مرة واحدة', 'السماح دائمًا']
}

/**
 * The placeholder's strings in a language (primary subtag, else English), with the site's
 * overrides from `texts` on top.
 *
 * @example
 * embedTexts('fr-CA', {}).loadOnce // 'Charger une fois'
 */
export function embedTexts(lang: string, custom: Partial<EmbedTexts> = {}): EmbedTexts {
  let [embed, loadOnce, always] = textsFor(EMBED, lang)
  return { embed, loadOnce, always, ...custom }
}
