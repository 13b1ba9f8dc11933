// Side-effect entry `consentry/locales/pl`: importing it makes the banner speak this language.
import { pl } from '../../i18n/pl.js'
import { addLocale } from '../../i18n/registry.js'

addLocale('pl', pl)
