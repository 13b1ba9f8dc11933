// The ledger contract on a throwaway PostgreSQL cluster (started as the postgres user, stopped after).
import { contractSuite } from './contract.js'
import { POSTGRES } from './helpers.js'

contractSuite(POSTGRES)
