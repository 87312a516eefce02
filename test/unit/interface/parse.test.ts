// Input parsing: every input validated once, every problem named with its fix.
import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../../src/core/shared/errors.js'
import { BOOLEAN_INPUTS, INPUTS, type InputSpec } from '../../../src/interface/catalogue.js'
import {
  parseBuildPushInputs,
  parseDeployInputs,
  parsePipelineInputs,
  parseRenderInputs,
  parseSmokeInputs
} from '../../../src/interface/parse.js'
import { parseTargets, targetArn } from '../../../src/core/target-names.js'
import { parseVariables } from '../../../src/interface/fields.js'
import { DEFAULT_CONCURRENCY } from '../../../src/core/config.js'

const env = { AWS_REGION: 'eu-west-1', GITHUB_SHA: 'abc1234' }
const digest = `sha256:${'a'.repeat(64)}`

function configError(fn: () => unknown): ConfigurationError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return error as ConfigurationError
  }
  throw new Error('expected a ConfigurationError')
}

describe('defaults', () => {
  it('fills in the interface defaults, the region from AWS_REGION and the tag from GITHUB_SHA', () => {
    const p = parsePipelineInputs({}, env)
    expect(p.region).toBe('eu-west-1')
    expect(p.accountId).toBeUndefined()
    expect(p.build).toMatchObject({
      context: 'container',
      dockerfile: 'container/Dockerfile',
      repository: 'dynamodb_access_sample',
      imageTag: 'abc1234',
      builder: 'docker',
      platforms: []
    })
    expect(p.render).toMatchObject({ recipe: 'recipe/recipe.yaml', componentVersion: 'auto' })
    expect(p.policy).toMatchObject({
      policy: 'recipe/token-exchange-policy.json',
      policyName: 'MyGreengrassV2AccessPolicy',
      roleName: 'GreengrassV2TokenExchangeRole',
      tableName: 'SampleDynamoTable'
    })
    expect(p.deploy).toMatchObject({
      deployment: 'recipe/deployment.yaml',
      wait: true,
      waitTimeoutSeconds: 900,
      targets: undefined
    })
    expect(p).toMatchObject({ smoke: true, smokeTimeoutSeconds: 300, dryRun: false })
    expect(p.scanThreshold).toBe('none')
  })

  it('reads scan-threshold in any case', () => {
    expect(parsePipelineInputs({ 'scan-threshold': 'HIGH' }, env).scanThreshold).toBe('high')
  })

  it('refuses an unknown scan-threshold, naming the values', () => {
    expect(() => parsePipelineInputs({ 'scan-threshold': 'severe' }, env)).toThrow(
      "Input 'scan-threshold' must be one of none, low, medium, high, critical"
    )
  })

  it('takes the dockerfile from the context when not given', () => {
    expect(parseBuildPushInputs({ context: 'app/' }, env).dockerfile).toBe('app/Dockerfile')
  })

  it('falls back to AWS_DEFAULT_REGION', () => {
    expect(
      parseSmokeInputs(
        { targets: 'a', since: '2026-01-01T00:00:00Z' },
        { AWS_DEFAULT_REGION: 'us-east-2' }
      ).region
    ).toBe('us-east-2')
  })
})

describe('bad input names the input and the fix', () => {
  it.each([
    [{ 'account-id': '1234' }, "Input 'account-id' must be the 12-digit AWS account id"],
    [{ region: 'Europe' }, "Input 'region' must be an AWS region such as eu-west-1"],
    [{ builder: 'kaniko' }, "Input 'builder' must be docker, buildah or podman"],
    [{ repository: 'My Repo' }, "Input 'repository' must be an ECR repository name"],
    [{ 'component-version': '1.0' }, "Input 'component-version' must be MAJOR.MINOR.PATCH"],
    [{ 'component-version': 'v1.0.0' }, "Input 'component-version' must be MAJOR.MINOR.PATCH"],
    [{ 'wait-timeout': 'ten' }, "Input 'wait-timeout' must be a whole number of seconds"],
    [{ 'wait-timeout': '0' }, "Input 'wait-timeout' must be at least 1 second"],
    [{ 'wait-timeout': '0x10' }, "Input 'wait-timeout' must be a whole number of seconds"],
    [{ 'wait-timeout': '1e3' }, "Input 'wait-timeout' must be a whole number of seconds"],
    [{ 'wait-timeout': '0b1' }, "Input 'wait-timeout' must be a whole number of seconds"],
    [{ 'smoke-timeout': '0x3c' }, "Input 'smoke-timeout' must be a whole number of seconds"],
    [{ 'failure-threshold': '0x10' }, "Input 'failure-threshold' must be a percentage"],
    [{ wait: 'yes' }, "Input 'wait' must be true or false"],
    [{ 'dry-run': 'maybe' }, "Input 'dry-run' must be true or false"],
    [{ targets: 'thing/bad name' }, "Input 'targets' 'thing/bad name' is not a target"],
    [{ targets: ',' }, "Input 'targets' lists no target."],
    [{ variables: 'lower=1' }, "Input 'variables' line 1 ('lower=1') must be KEY=VALUE"],
    [{ platforms: 'arm64' }, "Input 'platforms' has 'arm64', which is not os/arch"],
    [{ registry: 'http://a/b/c' }, "Input 'registry' must be an Amazon ECR registry host"],
    [{ 'table-name': 'x' }, "Input 'table-name' must be a DynamoDB table name"],
    [{ 'image-tag': 'bad tag' }, "Input 'image-tag' must be a Docker tag"]
  ])('%j', (raw, message) => {
    const error = configError(() => parsePipelineInputs(raw, env))
    expect(error.message).toContain(message)
  })

  it('reports every problem at once', () => {
    const error = configError(() =>
      parsePipelineInputs({ 'account-id': 'x', builder: 'y', wait: 'z' }, env)
    )
    expect(error.message.split('\n')).toHaveLength(3)
    expect(error.subject).toBe('account-id')
  })

  it('asks for a region when neither the input nor AWS_REGION is set', () => {
    expect(configError(() => parsePipelineInputs({}, { GITHUB_SHA: 'a' })).message).toContain(
      "Input 'region' is required"
    )
  })

  it("takes the work tree's commit for the image tag outside GitHub Actions", () => {
    const sha = 'c0ffee'.padEnd(40, '0')
    const head = () => ({ sha })
    expect(parseBuildPushInputs({}, { AWS_REGION: 'eu-west-1' }, head).imageTag).toBe(sha)
    expect(parsePipelineInputs({}, { AWS_REGION: 'eu-west-1' }, head).build.imageTag).toBe(sha)
    expect(
      parseBuildPushInputs({ 'image-tag': 'v1' }, { AWS_REGION: 'eu-west-1' }, head).imageTag
    ).toBe('v1')
  })

  it('in GitHub Actions the tag is GITHUB_SHA, and git is not asked', () => {
    const head = () => {
      throw new Error('git asked')
    }
    const actions = { AWS_REGION: 'eu-west-1', GITHUB_ACTIONS: 'true', GITHUB_SHA: 'abc1234' }
    expect(parseBuildPushInputs({}, actions, head).imageTag).toBe('abc1234')
  })

  it('outside a git work tree the image tag is asked for, saying why and how', () => {
    const head = () => ({ problem: '/tmp/x is not inside a git work tree' })
    const message = configError(() =>
      parseBuildPushInputs({}, { AWS_REGION: 'eu-west-1' }, head)
    ).message
    expect(message).toContain("Input 'image-tag'")
    expect(message).toContain('/tmp/x is not inside a git work tree')
    expect(message).toContain('--image-tag')
  })

  it.each(['eu-west', 'xx-west-1', 'EU-WEST-1'])(
    'a region of no partition (%s) is bad input; a well-formed unknown one is not',
    region => {
      expect(configError(() => parsePipelineInputs({ region }, env)).message).toContain(
        `Input 'region' must be an AWS region such as eu-west-1; got '${region}'`
      )
      expect(parsePipelineInputs({ region: 'eu-wset-1' }, env).region).toBe('eu-wset-1')
    }
  )

  it('the boolean inputs are exactly those defaulting to true or false', () => {
    // provenance defaults to false but also takes mode=max: a value, not a flag.
    const booleans = Object.entries(INPUTS)
      .filter(([name]) => name !== 'provenance')
      .filter(([, spec]) => ['true', 'false'].includes((spec as InputSpec).default ?? ''))
      .map(([name]) => name)
    expect([...BOOLEAN_INPUTS].sort()).toEqual(booleans.sort())
  })

  it("the library's default concurrency is the concurrency inputs' default", () => {
    // The library knows no inputs: its constant and the catalogue are kept equal here.
    expect(INPUTS.concurrency.default).toBe(String(DEFAULT_CONCURRENCY))
    expect(INPUTS['smoke-concurrency'].default).toBe(String(DEFAULT_CONCURRENCY))
  })

  it('requires an image URI pinned by digest for render-recipe', () => {
    expect(configError(() => parseRenderInputs({}, env)).message).toContain(
      "Input 'image-uri' is required"
    )
    expect(
      configError(() => parseRenderInputs({ 'image-uri': 'r.example.com/app:latest' }, env)).message
    ).toContain('@sha256:<64 hex digits>')
    expect(
      parseRenderInputs({ 'image-uri': `r.example.com:5000/app@${digest}` }, env).imageUri
    ).toBe(`r.example.com:5000/app@${digest}`)
  })

  it('requires targets and since for smoke', () => {
    const message = configError(() => parseSmokeInputs({}, env)).message
    expect(message).toContain("Input 'targets' is required")
    expect(message).toContain("Input 'since' is required")
    expect(
      configError(() => parseSmokeInputs({ targets: 'a', since: 'yesterday' }, env)).message
    ).toContain('must be an ISO 8601 time')
  })
})

describe('targets', () => {
  it('reads names, prefixes and ARNs, commas and newlines, without duplicates', () => {
    const r = parseTargets(
      'core-1, thing/core-2\nthinggroup/fleet\narn:aws:iot:eu-west-1:123456789012:thinggroup/canary\ncore-1'
    )
    expect(r).toEqual({
      ok: true,
      value: [
        { kind: 'thing', name: 'core-1' },
        { kind: 'thing', name: 'core-2' },
        { kind: 'thinggroup', name: 'fleet' },
        {
          kind: 'thinggroup',
          name: 'canary',
          arn: {
            text: 'arn:aws:iot:eu-west-1:123456789012:thinggroup/canary',
            partition: 'aws',
            region: 'eu-west-1',
            account: '123456789012'
          }
        }
      ]
    })
  })

  it('refuses an ARN of another region or account, naming it: it would point at a namesake', () => {
    const other = 'arn:aws:iot:us-east-1:999999999999:thing/dev1'
    const message = configError(() =>
      parseDeployInputs({ targets: `core-1\n${other}` }, env)
    ).message
    expect(message).toContain(
      `Input 'targets': ${other} is in us-east-1, account 999999999999, but this run deploys in eu-west-1`
    )
    // The account is checked when it is known.
    const account = 'arn:aws:iot:eu-west-1:999999999999:thinggroup/g'
    expect(
      configError(() =>
        parsePipelineInputs({ targets: account, 'account-id': '123456789012' }, env)
      ).message
    ).toContain(`${account} is in eu-west-1, account 999999999999`)
    expect(parseDeployInputs({ targets: account }, env).targets).toHaveLength(1)
    // Without a region, the region is the one problem.
    const noRegion = configError(() => parseDeployInputs({ targets: other }, {})).message
    expect(noRegion).toContain("Input 'region' is required")
    expect(noRegion).not.toContain(' is in ')
  })

  it('refuses an ARN of another partition instead of rewriting it into this one', () => {
    const cn = 'arn:aws-cn:iot:eu-west-1:123456789012:thing/core-1'
    expect(configError(() => parseDeployInputs({ targets: cn }, env)).message).toContain(
      `Input 'targets': ${cn} is in the aws-cn partition, but this run deploys in aws (eu-west-1)`
    )
    const same = 'arn:aws:iot:eu-west-1:123456789012:thing/core-1'
    expect(parseDeployInputs({ targets: same }, env).targets).toHaveLength(1)
  })

  it('says each problem once, even when the pipeline reads the input for several steps', () => {
    const message = configError(() => parsePipelineInputs({ repository: 'Bad Repo!' }, env)).message
    expect(message.split('\n').filter(l => l.startsWith("Input 'repository'"))).toHaveLength(1)
  })

  it('forms the ARN of each kind in the region’s partition', () => {
    expect(targetArn({ kind: 'thing', name: 'a' }, 'eu-west-1', '123456789012')).toBe(
      'arn:aws:iot:eu-west-1:123456789012:thing/a'
    )
    expect(targetArn({ kind: 'thinggroup', name: 'g' }, 'cn-north-1', '123456789012')).toBe(
      'arn:aws-cn:iot:cn-north-1:123456789012:thinggroup/g'
    )
  })

  it('smoke: unchanged targets need the component version, or any old item would pass', () => {
    const base = { targets: 'thinggroup/g', since: '2026-11-29T03:00:00Z' }
    expect(
      configError(() => parseSmokeInputs({ ...base, 'unchanged-targets': 'thinggroup/g' }, env))
        .message
    ).toContain("Input 'unchanged-targets' needs 'component-version'")
    expect(
      parseSmokeInputs(
        { ...base, 'unchanged-targets': 'thinggroup/g', 'component-version': '1.0.2' },
        env
      ).unchangedTargets
    ).toEqual([{ kind: 'thinggroup', name: 'g' }])
  })

  it('parses deploy targets and leaves them undefined when empty (the file decides)', () => {
    expect(parseDeployInputs({ targets: 'thinggroup/x' }, env).targets).toEqual([
      { kind: 'thinggroup', name: 'x' }
    ])
    expect(parseDeployInputs({ targets: '' }, env).targets).toBeUndefined()
  })
})

describe('variables and registry', () => {
  it('reads KEY=VALUE lines, skipping blanks and comments, keeping = in values', () => {
    expect(parseVariables('A=1\n\n# note\nB_2 = x=y \n')).toEqual({
      ok: true,
      value: { A: '1', B_2: 'x=y' }
    })
  })

  it('marks an http:// registry as plain HTTP and strips the scheme', () => {
    const p = parseBuildPushInputs({ registry: 'http://127.0.0.1:5000' }, env)
    expect(p.registry).toEqual({ host: '127.0.0.1:5000', insecure: true })
    expect(
      parseBuildPushInputs({ registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com' }, env)
        .registry
    ).toEqual({ host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', insecure: false })
  })

  it.each([
    '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn',
    '123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com',
    '123456789012.dkr.ecr.us-iso-east-1.c2s.ic.gov',
    '123456789012.dkr.ecr.us-isob-east-1.sc2s.sgov.gov',
    '123456789012.dkr-ecr.eu-west-1.on.aws',
    'https://localhost:5000',
    '127.0.0.1:5000'
  ])('sends the ECR password to %s: an ECR registry, or this machine', registry => {
    expect(parseBuildPushInputs({ registry }, env).registry?.host).toBe(
      registry.replace('https://', '')
    )
  })

  it.each([
    '-registry',
    '--authfile=/etc/passwd',
    'registry.attacker.example',
    '123456789012.dkr.ecr.eu-west-1.amazonaws.com.attacker.example',
    'attacker.example/123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    'localhost.attacker.example',
    '12345.dkr.ecr.eu-west-1.amazonaws.com'
  ])('refuses registry %j, which would receive the ECR password', registry => {
    expect(() => parseBuildPushInputs({ registry }, env)).toThrow(
      /Input 'registry' must be an Amazon ECR registry host .* or a registry on this machine/
    )
  })

  it('refuses plain HTTP to a registry off this machine: the ECR password would cross the network', () => {
    for (const host of ['localhost:5000', '[::1]:5000', '127.0.0.2']) {
      expect(parseBuildPushInputs({ registry: `http://${host}` }, env).registry).toEqual({
        host,
        insecure: true
      })
    }
    for (const host of ['registry:5000', '10.0.0.5:5000', 'localhost.evil.example']) {
      expect(() => parseBuildPushInputs({ registry: `http://${host}` }, env)).toThrow(
        /Input 'registry' may use http:\/\/ only for a registry on this machine/
      )
    }
  })

  it('splits platforms on commas and newlines', () => {
    expect(parseBuildPushInputs({ platforms: 'linux/arm64,\nlinux/amd64' }, env).platforms).toEqual(
      ['linux/arm64', 'linux/amd64']
    )
  })
})

describe('fleet rollout inputs', () => {
  it('defaults to no canary, no rollback and a failure threshold of 0', () => {
    const p = parseDeployInputs({}, env)
    expect([p.canary, p.rollback, p.failureThreshold]).toEqual([[], false, 0])
    const q = parsePipelineInputs({}, env).deploy
    expect([q.canary, q.rollback, q.failureThreshold]).toEqual([[], false, 0])
  })

  it('reads canary targets in the targets syntax, a percentage and rollback', () => {
    const p = parseDeployInputs(
      {
        targets: 'thinggroup/fleet',
        canary: 'thinggroup/canary\ncore-9',
        'failure-threshold': '2.5',
        rollback: 'TRUE'
      },
      env
    )
    expect(p.canary).toEqual([
      { kind: 'thinggroup', name: 'canary' },
      { kind: 'thing', name: 'core-9' }
    ])
    expect(p.failureThreshold).toBe(2.5)
    expect(p.rollback).toBe(true)
  })

  it.each(['-1', '101', 'five', '5%', '1e2'])(
    'refuses failure-threshold %s, naming the input',
    value => {
      const e = configError(() => parseDeployInputs({ 'failure-threshold': value }, env))
      expect(e.message).toBe(
        `Input 'failure-threshold' must be a percentage from 0 to 100, e.g. 5 or 2.5; got '${value}'.`
      )
    }
  )

  it('refuses a canary or rollback without waiting, a bad canary and a canary of every target', () => {
    const e = configError(() =>
      parseDeployInputs({ canary: 'core-1', wait: 'false', rollback: 'true' }, env)
    )
    expect(e.message).toContain("Input 'canary' needs wait: true")
    expect(e.message).toContain("Input 'rollback' needs wait: true")
    expect(configError(() => parseDeployInputs({ canary: 'bad name' }, env)).message).toMatch(
      /^Input 'canary' 'bad name' is not a target/
    )
    expect(configError(() => parseDeployInputs({ rollback: 'yes' }, env)).message).toBe(
      "Input 'rollback' must be true or false."
    )
    expect(
      configError(() => parsePipelineInputs({ targets: 'core-1', canary: 'core-1' }, env)).message
    ).toContain("Input 'canary' lists every target")
  })
})

describe('build-args, secrets, target, provenance, cache', () => {
  it('defaults: none of them, provenance and cache off', () => {
    expect(parseBuildPushInputs({}, env)).toMatchObject({
      buildArgs: {},
      secrets: {},
      target: undefined,
      provenance: false,
      cache: false
    })
  })

  it('reads NAME=VALUE build args and id=VALUE secrets, a secret exactly as written', () => {
    const p = parsePipelineInputs(
      {
        'build-args': 'APP_VERSION=1.2\n# a comment\n\nlower_ok = a=b\n',
        secrets: 'git.auth=x\r\nnpm_token=abc def ',
        target: 'runtime',
        provenance: 'mode=max',
        cache: 'true'
      },
      env
    )
    expect(p.build).toMatchObject({
      buildArgs: { APP_VERSION: '1.2', lower_ok: 'a=b' },
      secrets: { npm_token: 'abc def ', 'git.auth': 'x' },
      target: 'runtime',
      provenance: 'mode=max',
      cache: true
    })
    expect(parseBuildPushInputs({ provenance: 'true' }, env).provenance).toBe('mode=min')
  })

  it('names the input and the line, and never quotes a line of secrets', () => {
    const bad = configError(() =>
      parseBuildPushInputs({ secrets: 'ok=1\nnot a secret hunter2' }, env)
    )
    expect(bad.message).toMatch(/Input 'secrets' line 2 must be id=VALUE/)
    expect(bad.message).not.toContain('hunter2')
    const empty = configError(() => parseBuildPushInputs({ secrets: 'tok=' }, env)).message
    expect(empty).toMatch(/secret 'tok' an empty value/)
    const twice = configError(() => parseBuildPushInputs({ secrets: 'a=hunter2\na=x' }, env))
    expect(twice.message).toMatch(/repeats the id 'a'/)
    expect(twice.message).not.toContain('hunter2')
    expect(configError(() => parseBuildPushInputs({ 'build-args': '1X=2' }, env)).message).toMatch(
      /Input 'build-args' line 1/
    )
    expect(configError(() => parseBuildPushInputs({ target: 'a b' }, env)).message).toMatch(
      /Input 'target' must be a stage name/
    )
    expect(configError(() => parseBuildPushInputs({ cache: 'yes' }, env)).message).toMatch(
      /Input 'cache' must be true or false/
    )
  })

  it('provenance is for docker only', () => {
    const e = configError(() =>
      parseBuildPushInputs({ provenance: 'true', builder: 'buildah' }, env)
    )
    expect(e.message).toMatch(/Input 'provenance' is for builder docker/)
    expect(configError(() => parseBuildPushInputs({ provenance: 'max' }, env)).message).toMatch(
      /must be false, true, mode=min or mode=max/
    )
  })
})
