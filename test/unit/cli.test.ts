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
import { main } from '../../actions/cli/main.js'
import { STEP_INPUTS } from '../../actions/toolkit/inputs.js'

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
      for (const name of STEP_INPUTS[step]) expect(help).toContain(`--${name}`)
    }
  )

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

  it('exits 2 when the account cannot be resolved, saying how to fix it', async () => {
    sts.rejects(
      Object.assign(new Error('The security token included in the request is invalid'), {
        name: 'InvalidClientTokenId'
      })
    )
    const t = terminal()
    const code = await main(['attach-policy'], env, t.term)
    expect(code).toBe(2)
    expect(t.err.join('\n')).toContain("set the 'account-id' input")
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
