/** CHROMIUM_PATH or /usr/bin/chromium. */
export function chromiumPath(): string
/** Returns the Chromium path, installing Debian's chromium with apt-get as root; throws how to install otherwise. */
export function ensureChromium(): string
