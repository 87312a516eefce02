// image-tag's default outside GitHub Actions: the commit of the work tree, asked of git; and
// when there is none, why, in words a developer can act on.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { headCommit } from '../../../src/interface/git.js'

const scratch = mkdtempSync(join(tmpdir(), 'ggcd-git-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8'
  }).trim()

describe('headCommit', () => {
  it('is the HEAD commit, from any folder of the work tree', () => {
    const repo = join(scratch, 'repo')
    mkdirSync(join(repo, 'container'), { recursive: true })
    git(repo, 'init', '-q')
    writeFileSync(join(repo, 'container/Dockerfile'), 'FROM scratch\n')
    git(repo, 'add', '.')
    git(repo, 'commit', '-q', '--no-gpg-sign', '-m', 'first')
    const sha = git(repo, 'rev-parse', 'HEAD')
    expect(sha).toMatch(/^[0-9a-f]{40}$/)
    expect(headCommit(repo)).toEqual({ sha })
    expect(headCommit(join(repo, 'container'))).toEqual({ sha })
  })

  it('says when the folder is in no git work tree', () => {
    const plain = join(scratch, 'plain')
    mkdirSync(plain)
    expect(headCommit(plain)).toEqual({ problem: `${plain} is not inside a git work tree` })
  })

  it('says when the repository has no commit yet', () => {
    const empty = join(scratch, 'empty')
    mkdirSync(empty)
    git(empty, 'init', '-q')
    const r = headCommit(empty)
    expect('problem' in r && r.problem).toMatch(/no commit yet/)
  })
})
