// Side-effect entry `consentry/locales/nl`: importing it makes the banner speak this language.
import { nl } from '../../i18n/nl.js'
import { addLocale } from '../../i18n/registry.js'

addLocale('nl', nl)
