// The dist check (scripts/check-dist.sh) bites. In a scratch repository of this work tree's
// files, with its bundle built and committed: a copy of that repository at another, deeper
// path passes the check (the build makes the same bytes wherever the checkout is), and the
// check fails on a bundle changed by hand and committed, on a chunk missing from the commit
// (the build writes it anew) and on a stale file the build no longer writes. One small
// bundle stands for all: the check reads each bundle's folder from the same list.
// Three builds in all, about 20 s of CPU each.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const BUNDLE = 'attach-policy'
const DIST = `dist/${BUNDLE}`

const scratch = mkdtempSync(join(tmpdir(), 'ggcd-check-dist-'))

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args],
    { cwd, encoding: 'utf8' }
  ).trim()
}

/**
 * A repository of another's files as they are now (committed or not, as a clone of them
 * would have), with node_modules as hard links: a real folder, as npm ci makes, at once.
 */
function scratchRepo(source: string, path: string): string {
  mkdirSync(path, { recursive: true })
  const files = git(source, 'ls-files', '-z', '--cached', '--others', '--exclude-standard')
    .split('\0')
    .filter(Boolean)
  for (const file of files) {
    mkdirSync(join(path, dirname(file)), { recursive: true })
    // A file deleted in the work tree but still in the index is not there to copy.
    const copied = spawnSync('cp', ['-p', join(source, file), join(path, file)])
    if (copied.status !== 0 && !/No such file/.test(String(copied.stderr))) {
      throw new Error(String(copied.stderr))
    }
  }
  execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(path, 'node_modules')])
  git(path, 'init', '-q')
  git(path, 'add', '-A')
  git(path, 'commit', '-q', '-m', 'scratch')
  return path
}

function build(repo: string): void {
  execFileSync(process.execPath, ['scripts/build.mjs', BUNDLE], { cwd: repo, stdio: 'ignore' })
}

function check(repo: string): { code: number; output: string } {
  const r = spawnSync('scripts/check-dist.sh', [BUNDLE], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '' }
  })
  return { code: r.status ?? 1, output: `${r.stdout}${r.stderr}` }
}

let repo: string

beforeAll(() => {
  // The bundle of the scratch repository's own sources, committed: the state CI expects.
  repo = scratchRepo(ROOT, join(scratch, 'a'))
  build(repo)
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '--allow-empty', '-m', 'bundles')
}, 600_000)

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('scripts/check-dist.sh', () => {
  it('passes at another path: the build makes the same bytes wherever the checkout is', () => {
    const other = scratchRepo(repo, join(scratch, 'deeper', 'path', 'b'))
    const r = check(other)
    expect(r.output).toContain('match a fresh build')
    expect(r.code).toBe(0)
  }, 600_000)

  it('fails on a bundle changed by hand, a chunk missing and a stale file, all committed', () => {
    appendFileSync(join(repo, DIST, 'index.js'), '// changed by hand\n')
    const chunk = readdirSync(join(repo, DIST)).find(f => /^\d+\.index\.js$/.test(f))
    expect(chunk).toBeDefined()
    git(repo, 'rm', '-q', `${DIST}/${chunk}`)
    writeFileSync(join(repo, DIST, '999.index.js'), 'export {}\n')
    git(repo, 'add', '-A')
    git(repo, 'commit', '-q', '-m', 'hand-made changes')
    const r = check(repo)
    expect(r.output).toContain('differ from a fresh build')
    expect(r.output).toMatch(new RegExp(`^ M ${DIST}/index\\.js$`, 'm'))
    expect(r.output).toContain(`?? ${DIST}/${chunk}`)
    expect(r.output).toContain(` D ${DIST}/999.index.js`)
    expect(r.code).toBe(1)
  }, 600_000)

  it('refuses a bundle name it does not know', () => {
    const r = spawnSync('scripts/check-dist.sh', ['no-such-bundle'], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(r.stderr).toContain('no such bundle')
    expect(r.status).toBe(2)
  })
})

describe('scripts/build.mjs', () => {
  it('refuses a node_modules that is a symbolic link', () => {
    const linked = join(scratch, 'linked')
    mkdirSync(join(linked, 'scripts'), { recursive: true })
    writeFileSync(join(linked, 'scripts/build.mjs'), readFileSync(join(ROOT, 'scripts/build.mjs')))
    execFileSync('ln', ['-s', join(ROOT, 'node_modules'), join(linked, 'node_modules')])
    const r = spawnSync(process.execPath, ['scripts/build.mjs', BUNDLE], {
      cwd: linked,
      encoding: 'utf8'
    })
    expect(r.stderr).toContain('is a symbolic link')
    expect(r.status).toBe(1)
  })

  it('lists every bundle folder, from the one list of entries', async () => {
    const { ENTRIES, bundleDir } = (await import(join(ROOT, 'scripts/build.mjs'))) as {
      ENTRIES: string[]
      bundleDir: (entry: string) => string
    }
    const listed = execFileSync(process.execPath, ['scripts/build.mjs', '--list'], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(listed.trim().split('\n')).toEqual(ENTRIES.map(bundleDir))
    expect(ENTRIES).toContain(BUNDLE)
  })
})
