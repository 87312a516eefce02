// The commit of the work tree a developer runs ggcd in: image-tag's default outside GitHub
// Actions (where GITHUB_SHA is). Asked of git itself, which knows worktrees, submodules and
// safe.directory better than any reading of .git by hand.
import { execFileSync } from 'node:child_process'

export type HeadCommit = { sha: string } | { problem: string }

export function headCommit(cwd: string = process.cwd()): HeadCommit {
  try {
    const sha = execFileSync('git', ['rev-parse', '--verify', 'HEAD^{commit}'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 10_000
    }).trim()
    return { sha }
  } catch (error) {
    const e = error as { code?: string; stderr?: string }
    if (e.code === 'ENOENT') return { problem: 'git is not installed here (or not on PATH)' }
    const said = (e.stderr ?? '').trim().split('\n')[0] ?? ''
    if (/not a git repository/i.test(said)) {
      return { problem: `${cwd} is not inside a git work tree` }
    }
    return {
      problem: `git rev-parse HEAD in ${cwd} failed${said ? ` (${said})` : ''}: the repository may have no commit yet`
    }
  }
}
