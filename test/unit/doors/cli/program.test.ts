// The ggcd CLI: its options are the inputs, its exit codes tell bad input (2) from failed
// work (1), and bad input never reaches AWS.
import { afterEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ECRClient } from '@aws-sdk/client-ecr'
import { IAMClient } from '@aws-sdk/client-iam'
import { GreengrassV2Client } from '@aws-sdk/client-greengrassv2'
import { buildProgram, main, type Launch } from '../../../../src/doors/cli/program.js'
import {
  BOOLEAN_INPUTS,
  STEP_INPUTS,
  inputDefault,
  type InputName,
  type RawInputs,
  type StepName
} from '../../../../src/interface/catalogue.js'

const sts = mockClient(STSClient)
const ecr = mockClient(ECRClient)
const iam = mockClient(IAMClient)
const gg = mockClient(GreengrassV2Client)

afterEach(() => {
  sts.reset()
  ecr.reset()
  iam.reset()
  gg.reset()
})

function terminal() {
  const out: string[] = []
  const err: string[] = []
  return { out, err, term: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } }
}

const env = { AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' }

describe('ggcd', () => {
  it.each(['build-push', 'render-recipe', 'attach-policy', 'deploy', 'smoke', 'pipeline'] as const)(
    '%s --help documents every input of the step',
    async step => {
      const t = terminal()
      expect(await main([step, '--help'], env, t.term)).toBe(0)
      const help = t.out.join('\n')
      for (const name of STEP_INPUTS[step] as readonly InputName[]) {
        // A boolean that is on by default shows as the flag that turns it off.
        const on = (BOOLEAN_INPUTS as readonly string[]).includes(name) && inputDefault(step, name)
        expect(help).toMatch(new RegExp(`--${on === 'true' ? `no-${name}` : name}\\b`))
      }
      // Flags take no value in the help; the value form is there for old scripts only.
      expect(help).not.toMatch(/--(dry-run|rollback|wait|smoke) </)
      expect(help).not.toContain('[true|false]')
    }
  )

  describe('boolean inputs are flags', () => {
    /** What the step would be run with, for a command line. */
    async function read(
      argv: string[]
    ): Promise<{ step?: StepName; raw?: RawInputs; code: number }> {
      let seen: { step: StepName; raw: RawInputs } | undefined
      let code = 0
      const launch: Launch = async (step, raw) => {
        seen = { step, raw }
        return 0
      }
      const t = terminal()
      const program = buildProgram(t.term, env, c => (code = c), launch)
      try {
        await program.parseAsync(argv, { from: 'user' })
      } catch {
        return { code: 2 }
      }
      return { ...seen, code }
    }

    it.each([
      [['pipeline', '--dry-run', '--image-tag', 'X'], { 'dry-run': 'true', 'image-tag': 'X' }],
      [['pipeline', '--no-wait', '--no-smoke'], { wait: 'false', smoke: 'false' }],
      [['deploy', '--rollback', '--dry-run'], { rollback: 'true', 'dry-run': 'true' }],
      [['pipeline'], { wait: undefined, smoke: undefined, 'dry-run': undefined }],
      // The value form of the actions' inputs, which scripts may use, still works.
      [['pipeline', '--wait', 'false', '--smoke=false'], { wait: 'false', smoke: 'false' }],
      [
        ['pipeline', '--dry-run', 'true', '--rollback', 'false'],
        { 'dry-run': 'true', rollback: 'false' }
      ],
      [['pipeline', '--wait', 'soon'], { wait: 'soon' }],
      [['plan', '--image-tag', 'X'], { 'dry-run': 'true', 'image-tag': 'X' }]
    ])('%j', async (argv, expected) => {
      const r = await read(argv)
      expect(r.code).toBe(0)
      expect(r.raw).toMatchObject(expected)
    })

    it('a flag before another option leaves that option its value', async () => {
      const r = await read(['attach-policy', '--dry-run', '--policy-name', 'P'])
      expect(r.raw).toMatchObject({ 'dry-run': 'true', 'policy-name': 'P' })
    })
  })

  it('--version prints the version of package.json', async () => {
    const t = terminal()
    expect(await main(['--version'], env, t.term)).toBe(0)
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(t.out).toEqual([pkg.version])
  })

  it('plan has no --dry-run option: it is always a dry run', async () => {
    const t = terminal()
    await main(['plan', '--help'], env, t.term)
    expect(t.out.join('\n')).not.toContain('--dry-run')
  })

  it('exits 2 on bad input, naming the input and the fix, with no AWS call', async () => {
    const t = terminal()
    const code = await main(
      ['pipeline', '--account-id', '42', '--image-tag', 'abc', '--wait', 'soon'],
      env,
      t.term
    )
    expect(code).toBe(2)
    const err = t.err.join('\n')
    expect(err).toContain("Input 'account-id' must be the 12-digit AWS account id")
    expect(err).toContain("Input 'wait' must be true or false")
    for (const m of [sts, ecr, iam, gg]) expect(m.calls()).toHaveLength(0)
  })

  it.each([
    [
      'recipe',
      'recipe/recipe.yaml',
      'ComponentPublisher',
      "ComponentPublisher: '{TEAM}'",
      /recipe\.yaml:\d+: unknown placeholder \{TEAM\}/
    ],
    [
      'policy',
      'recipe/token-exchange-policy.json',
      '"Version"',
      '"Version": "{POLICY_VERSION}",',
      /token-exchange-policy\.json:\d+: unknown placeholder \{POLICY_VERSION\}/
    ],
    [
      'deployment',
      'recipe/deployment.yaml',
      'deploymentName',
      'deploymentName: 42',
      /deployment\.yaml/
    ]
  ])(
    'pipeline: a mistake in the %s file fails before anything is built or created',
    async (input, shipped, line, replacement, expected) => {
      const dir = mkdtempSync(join(tmpdir(), 'ggcd-cli-'))
      try {
        const file = join(dir, shipped.split('/').pop()!)
        const lines = readFileSync(shipped, 'utf8').split('\n')
        const at = lines.findIndex(l => l.trimStart().startsWith(line))
        lines[at] = lines[at]!.replace(/\S.*$/, replacement)
        writeFileSync(file, lines.join('\n'))
        sts.on(GetCallerIdentityCommand).resolves({ Account: '123456789012' })
        const t = terminal()
        const code = await main(['pipeline', '--image-tag', 'abc', `--${input}`, file], env, t.term)
        expect(t.err.join('\n')).toMatch(expected)
        expect(code).toBe(2)
        for (const m of [ecr, iam, gg]) expect(m.calls()).toHaveLength(0)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  )

  it('exits 2 on an unknown option or step', async () => {
    expect(await main(['deploy', '--target', 'x'], env, terminal().term)).toBe(2)
    expect(await main(['launch'], env, terminal().term)).toBe(2)
  })

  it('exits 2 when the credentials are refused, saying how to fix them in a shell', async () => {
    sts.rejects(
      Object.assign(new Error('The security token included in the request is invalid'), {
        name: 'InvalidClientTokenId'
      })
    )
    const t = terminal()
    const code = await main(['attach-policy'], env, t.term)
    expect(code).toBe(2)
    const err = t.err.join('\n')
    expect(err).toMatch(/AWS_PROFILE.*aws configure.*aws sso login/)
    expect(err).not.toContain("'account-id'")
    expect(iam.calls()).toHaveLength(0)
  })
})

describe('ggcd build-push --secrets', () => {
  it('reads GGCD_SECRETS from the environment, and says so in the help', async () => {
    const help = terminal()
    await main(['build-push', '--help'], env, help.term)
    expect(help.out.join('\n')).toContain('GGCD_SECRETS')
    const t = terminal()
    const code = await main(
      ['build-push', '--account-id', '123456789012', '--image-tag', 'abc'],
      { ...env, GGCD_SECRETS: 'not-an-id-line' },
      t.term
    )
    expect(code).toBe(2)
    expect(t.err.join('\n')).toMatch(/Input 'secrets' line 1 must be id=VALUE/)
    expect(t.err.join('\n')).not.toContain('not-an-id-line')
  })
})
