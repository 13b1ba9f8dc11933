// Side-effect entry `consentry/locales/pt`: importing it makes the banner speak this language.
import { pt } from '../../i18n/pt.js'
import { addLocale } from '../../i18n/registry.js'

addLocale('pt', pt)
