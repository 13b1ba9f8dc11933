// Side-effect entry `consentry/locales/de`: importing it makes the banner speak this language.
import { de } from '../../i18n/de.js'
import { addLocale } from '../../i18n/registry.js'

addLocale('de', de)
