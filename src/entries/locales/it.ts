// Side-effect entry `consentry/locales/it`: importing it makes the banner speak this language.
import { it } from '../../i18n/it.js'
import { addLocale } from '../../i18n/registry.js'

addLocale('it', it)
