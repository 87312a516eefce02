// The ggcd CLI as a developer runs it: the committed bundle (dist/cli, which CI checks
// against a fresh build) in a child process, from a shell that is not a GitHub Actions job.
// Nothing here reaches AWS or the network: credentials are absent or refused before any
// request, and name lookups go to a stand-in resolver (test/fixtures/dns/stub.mjs).
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url))
const CLI = join(ROOT, 'dist/cli/index.js')
const DNS_STUB = join(ROOT, 'test/fixtures/dns/stub.mjs')
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version

const scratch = mkdtempSync(join(tmpdir(), 'ggcd-cli-bundle-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const home = join(scratch, 'home')
mkdirSync(home)

interface Run {
  code: number
  out: string
  err: string
}

/** A shell with no AWS credentials, no AWS config files and no instance metadata. */
function shell(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_REGION: 'eu-west-1',
    ...extra
  }
}

function ggcd(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; dns?: string } = {}
): Promise<Run> {
  const node = options.dns === undefined ? [] : ['--import', DNS_STUB]
  const env = { ...(options.env ?? shell()) }
  if (options.dns !== undefined) env.GGCD_TEST_DNS = options.dns
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...node, CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', fail)
    child.on('close', code => done({ code: code ?? 1, out, err }))
  })
}

describe('ggcd, the bundle', () => {
  it("--version prints package.json's version", async () => {
    const run = await ggcd(['--version'])
    expect(run.code).toBe(0)
    expect(run.out.trim()).toBe(VERSION)
  })

  describe('boolean inputs are flags', () => {
    it('--dry-run before another option is a flag, not the option value', async () => {
      const run = await ggcd(['pipeline', '--dry-run', '--image-tag', 'X', '--account-id', '42'])
      expect(run.err).not.toContain('too many arguments')
      expect(run.err).toContain("Input 'account-id' must be the 12-digit AWS account id")
      expect(run.code).toBe(2)
    })

    it('--no-wait turns waiting off and --rollback turns rollback on', async () => {
      // Rolling back needs waiting: the refusal shows how both flags were read.
      const run = await ggcd(['deploy', '--no-wait', '--rollback', '--dry-run'])
      expect(run.err).toContain("Input 'rollback' needs wait: true")
      expect(run.code).toBe(2)
    })

    it('the value form (--wait false) still works', async () => {
      const run = await ggcd(['deploy', '--wait', 'false', '--rollback', 'true'])
      expect(run.err).toContain("Input 'rollback' needs wait: true")
      expect(run.code).toBe(2)
    })
  })

  describe('image-tag outside GitHub Actions', () => {
    it('defaults to the commit of the work tree', async () => {
      const repo = join(scratch, 'repo')
      mkdirSync(repo)
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
          cwd: repo
        })
      git('init', '-q')
      writeFileSync(join(repo, 'README'), 'x\n')
      git('add', '.')
      git('commit', '-q', '--no-gpg-sign', '-m', 'first')
      // Only the account is wrong: the image tag was found.
      const run = await ggcd(['plan', '--account-id', '42'], { cwd: repo })
      expect(run.err).toContain("Input 'account-id'")
      expect(run.err).not.toContain("'image-tag'")
      expect(run.code).toBe(2)
    })

    it('outside a git work tree, says so and how to pass one', async () => {
      const plain = join(scratch, 'plain')
      mkdirSync(plain)
      const run = await ggcd(['plan'], { cwd: plain })
      expect(run.err).toContain(`${plain} is not inside a git work tree`)
      expect(run.err).toContain('--image-tag')
      expect(run.code).toBe(2)
    })
  })

  describe('credentials', () => {
    it('none at all: exit 2, saying how to give a shell credentials', async () => {
      const run = await ggcd(['attach-policy'])
      expect(run.code).toBe(2)
      expect(run.err).toMatch(/AWS_PROFILE.*'aws configure'.*aws sso login/)
      expect(run.err).not.toContain('configure-aws-credentials')
      expect(run.err).not.toContain("'account-id'")
    })

    it('in a GitHub Actions job, the hint is the job’s', async () => {
      const run = await ggcd(['attach-policy'], { env: shell({ GITHUB_ACTIONS: 'true' }) })
      expect(run.code).toBe(2)
      expect(run.err).toContain('aws-actions/configure-aws-credentials')
    })

    it('with account-id given, the first call that needs them says the same', async () => {
      const run = await ggcd(['attach-policy', '--account-id', '123456789012', '--dry-run'])
      expect(run.err).toContain('Could not load credentials')
      expect(run.err).toMatch(/hint: .*AWS_PROFILE/)
      expect(run.code).toBe(1)
    })
  })

  describe('region', () => {
    it('a name no partition has is bad input at once, before any lookup', async () => {
      const log = join(scratch, 'dns-none.log')
      writeFileSync(log, '')
      const run = await ggcd(['plan', '--region', 'eu-west', '--image-tag', 'X'], {
        env: shell({ GGCD_TEST_DNS_LOG: log }),
        dns: 'none'
      })
      expect(run.err).toContain("Input 'region' must be an AWS region such as eu-west-1")
      expect(run.code).toBe(2)
      expect(readFileSync(log, 'utf8')).toBe('')
    })

    it.each([
      ['a machine that resolves AWS', 'sts.us-east-1.amazonaws.com'],
      ['a machine that resolves nothing', 'none']
    ])('eu-wset-1 fails in seconds naming region, on %s', async (_, dns) => {
      const run = await ggcd(['plan', '--region', 'eu-wset-1', '--image-tag', 'X'], {
        env: shell({ AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'x' }),
        dns
      })
      expect(run.err).toContain("Input 'region' is 'eu-wset-1'")
      expect(run.err).toContain('Did you mean eu-west-1?')
      expect(run.err).not.toContain('rerun')
      expect(run.code).toBe(2)
    })

    it('a well-formed region the SDK does not know is a warning, and the run goes on', async () => {
      const run = await ggcd(['attach-policy', '--region', 'eu-west-9'], {
        dns: 'sts.eu-west-9.amazonaws.com'
      })
      expect(run.err).toContain("warning: Region 'eu-west-9' is not one this AWS SDK knows")
      // It went on to ask STS for the account, which the missing credentials stopped.
      expect(run.err).toContain('AWS_PROFILE')
      expect(run.code).toBe(2)
    })
  })
})
