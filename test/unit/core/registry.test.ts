// The one owner of the registry host: the registry input when given, else the account's own
// ECR registry; an ECR registry input of another account or region is refused, so that the
// repository build-push reads and the one the device policy names are the registry's.
import { describe, expect, it } from '@jest/globals'
import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { policyDocument } from '../../../src/core/policy/attach-policy.js'
import {
  checkRegistry,
  defaultRegistryHost,
  ecrRegistryOf,
  registryOf
} from '../../../src/core/registry.js'
import { ConfigurationError } from '../../../src/core/shared/errors.js'

const ACCOUNT = '123456789012'
const OWN = `${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com`
const SHIPPED = fileURLToPath(
  new URL('../../../recipe/token-exchange-policy.json', import.meta.url)
)

describe('the registry', () => {
  it('defaults to the account’s own ECR registry, with the partition’s DNS suffix', () => {
    expect(defaultRegistryHost(ACCOUNT, 'eu-west-1')).toBe(OWN)
    expect(defaultRegistryHost(ACCOUNT, 'cn-north-1')).toBe(
      `${ACCOUNT}.dkr.ecr.cn-north-1.amazonaws.com.cn`
    )
    expect(registryOf(undefined, ACCOUNT, 'eu-west-1')).toEqual({ host: OWN, insecure: false })
  })

  it('is the registry input when one is given', () => {
    const local = { host: 'localhost:5000', insecure: true }
    expect(registryOf(local, ACCOUNT, 'eu-west-1')).toBe(local)
  })

  it.each([
    [OWN, { accountId: ACCOUNT, region: 'eu-west-1' }],
    [
      `${ACCOUNT}.dkr.ecr-fips.us-east-1.amazonaws.com`,
      { accountId: ACCOUNT, region: 'us-east-1' }
    ],
    [`${ACCOUNT}.dkr-ecr.eu-west-1.on.aws`, { accountId: ACCOUNT, region: 'eu-west-1' }],
    ['localhost:5000', undefined],
    ['127.0.0.1:5000', undefined]
  ])('reads the account and region of %s', (host, expected) => {
    expect(ecrRegistryOf(host)).toEqual(expected)
  })

  it('accepts the run’s own registry by any endpoint, and a registry on this machine', () => {
    for (const host of [OWN, `${ACCOUNT}.dkr-ecr.eu-west-1.on.aws`, 'localhost:5000']) {
      expect(() => checkRegistry({ host, insecure: false }, ACCOUNT, 'eu-west-1')).not.toThrow()
    }
    expect(() => checkRegistry(undefined, ACCOUNT, 'eu-west-1')).not.toThrow()
  })

  it.each([
    ['another account', `999999999999.dkr.ecr.eu-west-1.amazonaws.com`, /account 999999999999/],
    ['another region', `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com`, /in us-east-1/]
  ])('refuses an ECR registry of %s, naming the registry input', (_, host, says) => {
    let error: unknown
    try {
      checkRegistry({ host, insecure: false }, ACCOUNT, 'eu-west-1')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).subject).toBe('registry')
    expect((error as Error).message).toMatch(says)
    expect((error as Error).message).toContain(OWN)
  })

  it('the device policy names the repository of the run’s account and region, in the account’s own registry', async () => {
    const inputs = {
      region: 'eu-west-1',
      accountId: ACCOUNT,
      policy: SHIPPED,
      policyName: 'DevicePolicy',
      roleName: 'TokenRole',
      tableName: 'Table',
      repository: 'app',
      variables: {},
      dryRun: true
    }
    const pull = (
      JSON.parse(await policyDocument(inputs)) as { Statement: { Sid: string; Resource: string }[] }
    ).Statement.find(s => s.Sid === 'PullComponentImage')
    expect(pull?.Resource).toBe(`arn:aws:ecr:eu-west-1:${ACCOUNT}:repository/app`)
    // {ECR_REGISTRY} is that repository's registry: the account's own.
    const dir = mkdtempSync(join(tmpdir(), 'ggcd-registry-'))
    const file = join(dir, 'policy.json')
    writeFileSync(
      file,
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Pull',
            Effect: 'Allow',
            Action: 'ecr:BatchGetImage',
            Resource: `arn:aws:ecr:eu-west-1:${ACCOUNT}:repository/app`,
            Condition: { StringEquals: { 'aws:SourceVpce': '{ECR_REGISTRY}' } }
          }
        ]
      })
    )
    const doc = JSON.parse(await policyDocument({ ...inputs, policy: file })) as {
      Statement: { Condition: { StringEquals: Record<string, string> } }[]
    }
    expect(doc.Statement[0]!.Condition.StringEquals['aws:SourceVpce']).toBe(OWN)
  })
})
