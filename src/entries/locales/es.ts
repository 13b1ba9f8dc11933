// Side-effect entry `consentry/locales/es`: importing it makes the banner speak this language.
import { es } from '../../i18n/es.js'
import { addLocale } from '../../i18n/registry.js'

addLocale('es', es)
