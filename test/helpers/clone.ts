// A copy of the repository as `git clone` gives it (tracked files only: no dist/), for tests that
// build or pack without touching the dist/ the other tests read. node_modules is linked, not copied.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Copies the tracked files of the repository at `root` into a new temporary folder.
 *
 * @example
 * let copy = cloneTracked(process.cwd())
 * afterAll(copy.remove)
 * execFileSync('npm', ['pack', '--dry-run'], { cwd: copy.dir })
 */
export function cloneTracked(root: string): { dir: string; remove: () => void } {
  let dir = mkdtempSync(join(tmpdir(), 'consentry-clone-'))
  let tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean)
  for (let file of tracked) {
    // A file deleted in the work tree but not yet committed is still listed.
    if (existsSync(join(root, file))) cpSync(join(root, file), join(dir, file), { recursive: true })
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
