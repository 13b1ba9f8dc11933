// The ledger contract on the embedded store (PGlite in a temp folder).
import { contractSuite } from './contract.js'
import { PGLITE } from './helpers.js'

contractSuite(PGLITE)
