import { ar } from './ar.js'
import { de } from './de.js'
import { en } from './en.js'
import { es } from './es.js'
import { fr } from './fr.js'
import { it } from './it.js'
import { nl } from './nl.js'
import { pl } from './pl.js'
import { pt } from './pt.js'
import type { Texts } from './types.js'

/**
 * Every language Consentry ships, by tag: the list a new language adds itself to (see
 * CONTRIBUTING.md). Only code that needs them all imports it (consentry/testing, the audit);
 * the banner ships en and fr and loads the others from their own entries.
 */
export const LANGUAGES: Record<string, Partial<Texts>> = { ar, de, en, es, fr, it, nl, pl, pt }
