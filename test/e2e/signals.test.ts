// A cancelled job (SIGTERM) and Ctrl-C (SIGINT) in the middle of the pipeline: the process
// exits 143 / 130, logged out of the registry, its temporary build directory gone, with the
// summary of what it had done. And a run killed outright (SIGKILL) right after its login
// leaves what the next run cleans up: the login, the temporary directory.
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { CLI, NODE24, ROOT, baseEnv, runCli } from './harness.js'
import { buildahLoggedIn, sandboxInputs } from './helpers.js'

let sandbox: Sandbox
let env: Record<string, string>
let temp: string

beforeAll(async () => {
  sandbox = await startSandbox()
  temp = mkdtempSync(join(tmpdir(), 'ggcd-e2e-signals-'))
  // This file's own temporary and state directories: what is left in them is this test's.
  env = { ...sandbox.env, TMPDIR: temp, GGCD_STATE_DIR: join(temp, 'state') }
}, 180_000)

afterAll(async () => {
  await sandbox?.stop()
  rmSync(temp, { recursive: true, force: true })
})

function args(tag: string, extra: Record<string, string> = {}): string[] {
  return Object.entries({ ...sandboxInputs(sandbox), 'image-tag': tag, ...extra }).flatMap(
    ([k, v]) => [`--${k}`, v]
  )
}

/** Runs `ggcd pipeline` and sends `signal` when a line of its log matches `when`. */
function interrupted(
  tag: string,
  when: RegExp,
  signal: NodeJS.Signals,
  extra: Record<string, string> = {}
): Promise<{ code: number | null; signal: NodeJS.Signals | null; log: string; sent: boolean }> {
  return new Promise((done, fail) => {
    const child = spawn(NODE24, [CLI, 'pipeline', ...args(tag, extra)], {
      env: baseEnv(env),
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let log = ''
    let sent = false
    const watch = (d: Buffer) => {
      log += d.toString()
      if (!sent && when.test(log)) {
        sent = true
        child.kill(signal)
      }
    }
    child.stdout.on('data', watch)
    child.stderr.on('data', watch)
    child.on('error', fail)
    child.on('close', (code, sig) => done({ code, signal: sig, log, sent }))
  })
}

const leftDirs = () => readdirSync(temp).filter(n => n.startsWith('ggcd-build-'))
// The registry login lives in a per-run auth directory, never in the user-wide auth file.
const authDirs = () => readdirSync(temp).filter(n => n.startsWith('ggcd-auth-'))

describe('signals', () => {
  it('SIGTERM during the build: exit 143, logged out, no temp dir, the summary so far', async () => {
    const run = await interrupted('sigterm-build', /\$ buildah bud/, 'SIGTERM')
    expect(run.sent).toBe(true)
    expect(run.code).toBe(143)
    expect(run.log).toContain('SIGTERM received')
    expect(run.log).toContain(`Logged out of ${sandbox.registry}`)
    expect(run.log).toContain('stopped at 1/5 Build and push the image')
    expect(run.log).toContain('was interrupted')
    expect(buildahLoggedIn(sandbox.registry, env)).toBe(false)
    // The run's own login is gone with it, not only the user-wide one.
    expect(authDirs()).toEqual([])
    expect(leftDirs()).toEqual([])
  }, 300_000)

  it('SIGINT during the wait for the devices: exit 130 and the summary of what was done', async () => {
    const run = await interrupted('sigint-wait', /created deployment/, 'SIGINT')
    expect(run.sent).toBe(true)
    expect(run.code).toBe(130)
    expect(run.log).toContain('SIGINT received')
    expect(run.log).toContain('stopped at 4/5 Deploy')
    // What was done before the deploy, listed for the rerun.
    expect(run.log).toContain('### Device policy')
    expect(buildahLoggedIn(sandbox.registry, env)).toBe(false)
    expect(authDirs()).toEqual([])
  }, 300_000)

  it('SIGKILL right after the login: the next run removes the login and the temp dir', async () => {
    // Build inputs of its own, so that this run builds rather than reuses an image.
    const context = join(temp, 'context')
    cpSync(join(ROOT, 'container'), context, { recursive: true })
    writeFileSync(join(context, 'app', 'sigkill.txt'), 'a build of its own\n')
    const run = await interrupted('sigkill-build', /\$ buildah bud/, 'SIGKILL', { context })
    expect(run.signal).toBe('SIGKILL')
    expect(buildahLoggedIn(sandbox.registry, env)).toBe(false)
    expect(authDirs()).toHaveLength(1)
    const authFile = join(temp, authDirs()[0]!, 'auth.json')
    expect(buildahLoggedIn(sandbox.registry, { ...env, REGISTRY_AUTH_FILE: authFile })).toBe(true)
    expect(leftDirs()).toHaveLength(1)

    const rerun = await runCli(['pipeline', ...args('sigkill-build', { context })], env)
    expect(rerun.code).toBe(0)
    expect(rerun.log).toContain(`Removed the login to http://${sandbox.registry}`)
    expect(buildahLoggedIn(sandbox.registry, env)).toBe(false)
    expect(authDirs()).toEqual([])
    expect(leftDirs()).toEqual([])
  }, 600_000)
})

describe('a registry that fails an upload', () => {
  it('a 500 on a blob upload and one on the manifest: the push is retried and succeeds', async () => {
    await sandbox.injectRegistryFault({ kind: 'blob', count: 1 })
    await sandbox.injectRegistryFault({ kind: 'manifest', count: 1 })
    const context = join(temp, 'context-5xx')
    cpSync(join(ROOT, 'container'), context, { recursive: true })
    writeFileSync(join(context, 'app', 'registry-5xx.txt'), 'a build of its own\n')
    const inputs = {
      builder: 'buildah',
      registry: `http://${sandbox.faultyRegistry}`,
      dockerfile: 'sandbox/Dockerfile',
      context,
      'image-tag': 'registry-5xx'
    }
    const flags = Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v])
    const run = await runCli(['build-push', ...flags], env)
    if (run.code !== 0) console.log(run.log)
    expect(run.log).toContain('retrying in')
    expect(run.code).toBe(0)
    expect(run.outputs['image-digest']).toMatch(/^sha256:[a-f0-9]{64}$/)
  }, 300_000)
})
