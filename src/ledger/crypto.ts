// SHA-256 for content keys, address hashes and token checks. node:crypto where the runtime has it
// (Node, Bun, Deno: synchronous, several times cheaper per record), else Web Crypto (Workers).

interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(text: string): { digest(): Uint8Array } }
}

const encoder = new TextEncoder()
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined

async function sha256(text: string): Promise<Uint8Array> {
  if (nodeCrypto) return nodeCrypto.createHash('sha256').update(text).digest()
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)))
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * SHA-256 as lowercase hex.
 *
 * @example
 * await sha256Hex('abc') // 'ba7816bf…'
 */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await sha256(text))
}

/**
 * A salted hash of an address, cut to 16 hex digits: enough to count, not to look up.
 *
 * @example
 * await addressHash('203.0.113.7', 'salt') // '4f1c…' (16 digits)
 */
export async function addressHash(address: string, salt: string): Promise<string> {
  return (await sha256Hex(salt + '\0' + address)).slice(0, 16)
}

/**
 * Compares two secrets in constant time: both are hashed first, so neither length nor the first
 * differing character shows in the timing.
 *
 * @example
 * await sameSecret(given, expected) // true or false
 */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  let [givenHash, expectedHash] = await Promise.all([sha256(given), sha256(expected)])
  let difference = 0
  for (let i = 0; i < givenHash.length; i++) difference |= givenHash[i] ^ expectedHash[i]
  return difference === 0
}
