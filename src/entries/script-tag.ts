// dist/consentry.iife.js, the drop-in: reads its config from the tag and a JSON block before it,
// creates the instance with its banner and publishes it as `window.consentry`, the one global.
// One of the two files with side effects (with script-tag-full.ts).
import { runScriptTag } from '../script-tag/start.js'

runScriptTag()
