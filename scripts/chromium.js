// Finds Debian's Chromium for the browser tests; installs it with apt-get when running as
// root, else says how. Never downloads a browser build of its own.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium'
}

export function ensureChromium() {
  let path = chromiumPath()
  if (existsSync(path)) return path
  if (process.getuid?.() === 0) {
    console.log('Chromium is missing: installing Debian\'s chromium with apt-get…')
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit'
    })
    if (existsSync(path)) return path
  }
  throw new Error(
    `Chromium not found at ${path}. Install it with "sudo apt-get install -y chromium" ` +
      'or set CHROMIUM_PATH to a Chromium binary, then run npm test again.'
  )
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium())
