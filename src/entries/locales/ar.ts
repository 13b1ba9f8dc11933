// Side-effect entry `consentry/locales/ar`: importing it makes the banner speak this language.
import { ar } from '../../i18n/ar.js'
import { addLocale } from '../../i18n/registry.js'

addLocale('ar', ar)
