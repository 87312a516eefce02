// Secrets in every door, against the sandbox: the ECR password is redacted from everything a
// door prints, errors included, even when a builder echoes it back (a failing login that
// quotes its stdin); and a real buildah run logs in to an auth file of the run's own, which
// is private, gone afterwards, and never the user-wide one.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { runAction, runCli } from './harness.js'
import { buildahLoggedIn, workspaceTemp } from './helpers.js'

let sandbox: Sandbox
let work: string
let echoing: string
let observing: string

const BUILDAH = spawnSync('sh', ['-c', 'command -v buildah']).stdout.toString().trim()

beforeAll(async () => {
  sandbox = await startSandbox()
  BUILD = BUILD_INPUTS(sandbox)
  work = workspaceTemp('ggcd-secrets-')
  // A builder whose login fails and quotes what it was given on stdin: the password.
  echoing = join(work, 'echoing')
  const fake = ['#!/bin/sh', 'case "$1" in', '  --version) echo "buildah version 1.28.2 (fake)" ;;']
  fake.push('  login) password=$(cat); echo "login refused for password $password" >&2; exit 1 ;;')
  fake.push('  *) exit 1 ;;', 'esac')
  writeExecutable(join(echoing, 'buildah'), fake.join('\n'))
  // The real buildah, watched: during the build, where is the login?
  observing = join(work, 'observing')
  const shim = [
    '#!/bin/sh',
    'if [ "$1" = bud ]; then',
    '  {',
    '    echo "auth-file=$REGISTRY_AUTH_FILE"',
    // The user's own auth file: the one REGISTRY_AUTH_FILE named before ggcd ran, if any.
    `    if env -u REGISTRY_AUTH_FILE \${GGCD_TEST_USER_AUTH:+REGISTRY_AUTH_FILE=$GGCD_TEST_USER_AUTH} ${BUILDAH} login --get-login "$GGCD_TEST_REGISTRY" >/dev/null 2>&1; then echo user-wide=logged-in; else echo user-wide=none; fi`,
    `    if ${BUILDAH} login --get-login "$GGCD_TEST_REGISTRY" >/dev/null 2>&1; then echo per-run=logged-in; else echo per-run=none; fi`,
    '  } >> "$GGCD_TEST_OBSERVE"',
    'fi',
    `exec ${BUILDAH} "$@"`
  ]
  writeExecutable(join(observing, 'buildah'), shim.join('\n'))
})

afterAll(async () => {
  await sandbox?.stop()
  if (work) rmSync(work, { recursive: true, force: true })
})

function writeExecutable(path: string, text: string): void {
  spawnSync('mkdir', ['-p', join(path, '..')])
  writeFileSync(path, `${text}\n`)
  chmodSync(path, 0o755)
}

/** build-push against the sandbox's registry. */
const BUILD_INPUTS = (s: Sandbox) => ({
  builder: 'buildah',
  registry: `http://${s.registry}`,
  dockerfile: 'sandbox/Dockerfile'
})
let BUILD: Record<string, string>

const options = (inputs: Record<string, string>) =>
  Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v])

describe('the ECR password', () => {
  it("is redacted from every line of the CLI, the failing login's error included", async () => {
    const run = await runCli(
      ['build-push', '--verbose', ...options({ ...BUILD, 'image-tag': 'secrets-cli' })],
      { ...sandbox.env, PATH: `${echoing}:${process.env.PATH}` }
    )
    expect(run.code).toBe(1)
    // The builder did echo it, and the door printed the error: only redacted.
    expect(run.log).toMatch(/^error: .*Login to .* failed/m)
    expect(run.log).toContain('login refused for password ***')
    expect(run.log).not.toContain(sandbox.password)
  })

  it('is redacted from the action door too, the failure annotation included', async () => {
    const run = await runAction(
      'actions/build-push',
      { ...BUILD, 'image-tag': 'secrets-action' },
      { ...sandbox.env, PATH: `${echoing}:${process.env.PATH}` }
    )
    expect(run.code).toBe(1)
    const lines = run.log.split('\n')
    expect(lines).toContain(`::add-mask::${sandbox.password}`)
    const printed = lines.filter(l => !l.startsWith('::add-mask::')).join('\n')
    expect(printed).toMatch(/^::error::.*login refused for password \*\*\*/m)
    expect(printed).not.toContain(sandbox.password)
    expect(run.summary).not.toContain(sandbox.password)
  })
})

describe('the registry login', () => {
  it('lives in a private per-run auth file during the build, never the user-wide one, and is gone after', async () => {
    const runnerTemp = mkdtempSync(join(work, 'runner-temp-'))
    const observations = join(work, 'observations')
    const env = {
      ...sandbox.env,
      PATH: `${observing}:${process.env.PATH}`,
      RUNNER_TEMP: runnerTemp,
      GGCD_TEST_REGISTRY: sandbox.registry,
      GGCD_TEST_OBSERVE: observations,
      GGCD_TEST_USER_AUTH: sandbox.env.REGISTRY_AUTH_FILE ?? ''
    }
    const run = await runAction(
      'actions/build-push',
      { ...BUILD, 'image-tag': 'secrets-auth-file' },
      env
    )
    expect(run.code).toBe(0)
    const seen = readFileSync(observations, 'utf8')
    expect(seen).toMatch(new RegExp(`^auth-file=${runnerTemp}/ggcd-auth-[^/]+/auth\\.json$`, 'm'))
    expect(seen).toContain('user-wide=none')
    expect(seen).toContain('per-run=logged-in')
    // Afterwards: the per-run directory is gone, and the user-wide file has no login either.
    expect(readdirSync(runnerTemp).filter(n => n.startsWith('ggcd-auth-'))).toEqual([])
    expect(buildahLoggedIn(sandbox.registry, sandbox.env)).toBe(false)
    expect(run.post?.code).toBe(0)
  })
})
