// The root action, end to end: build with buildah, push to a real registry, render, attach
// the policy in moto's IAM, deploy through the Greengrass emulator to simulated devices
// that run the app, and find the items in DynamoDB.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb'
import {
  CreatePolicyVersionCommand,
  GetPolicyCommand,
  IAMClient,
  ListPolicyVersionsCommand
} from '@aws-sdk/client-iam'
import { DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { ROOT, runAction, runCli } from './harness.js'

let sandbox: Sandbox
let env: Record<string, string>

const MUTATING = /^(Create|Delete|Cancel|Update|Put|Batch|Associate|Disassociate|Tag|Untag)/

function sandboxInputs(): Record<string, string> {
  return {
    builder: 'buildah',
    registry: `http://${sandbox.registry}`,
    dockerfile: 'sandbox/Dockerfile',
    'wait-timeout': '120',
    'smoke-timeout': '60'
  }
}

function clientConfig() {
  return {
    region: sandbox.region,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }
  }
}

beforeAll(async () => {
  sandbox = await startSandbox()
  env = { ...sandbox.env }
})

afterAll(async () => {
  await sandbox?.stop()
})

describe('the root action on a fresh account', () => {
  it('plans without changing anything (dry-run)', async () => {
    await sandbox.resetCalls()
    const run = await runAction(
      '.',
      { ...sandboxInputs(), 'dry-run': 'true', 'image-tag': 'first' },
      env
    )
    expect(run.code).toBe(0)
    expect(run.summary).toContain('dry run: nothing was changed')
    // The plan: the rendered recipe, the policy document to create, the merged deployment.
    expect(run.log).toContain('The rendered recipe:')
    expect(run.log).toMatch(/URI: docker:127\.0\.0\.1:\d+\/dynamodb_access_sample@sha256:/)
    expect(run.log).toContain('"dynamodb:PutItem"')
    expect(run.log).toContain('would create this deployment')
    expect(run.log).toContain('"aws.greengrass.Cli"')
    const calls = await sandbox.calls()
    expect(calls.filter(c => c.operation && MUTATING.test(c.operation))).toEqual([])
    expect(calls.filter(c => c.rejected)).toEqual([])
    const iam = new IAMClient({ ...clientConfig(), endpoint: env.AWS_ENDPOINT_URL_IAM })
    await expect(
      iam.send(
        new GetPolicyCommand({
          PolicyArn: `arn:aws:iam::${sandbox.accountId}:policy/MyGreengrassV2AccessPolicy`
        })
      )
    ).rejects.toThrow()
    const ecr = new ECRClient({ ...clientConfig(), endpoint: env.AWS_ENDPOINT_URL_ECR })
    await expect(
      ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['dynamodb_access_sample'] }))
    ).rejects.toThrow()
  })

  it('deploys, keeps the components already on the devices, and every device writes its item', async () => {
    await sandbox.resetCalls()
    const run = await runAction('.', { ...sandboxInputs(), 'image-tag': 'first' }, env)
    // The registry password is masked before anything can print it, and never printed.
    const lines = run.log.split('\n')
    expect(lines.findIndex(l => l === `::add-mask::${sandbox.password}`)).toBeGreaterThanOrEqual(0)
    expect(lines.filter(l => !l.startsWith('::add-mask::')).join('\n')).not.toContain(
      sandbox.password
    )
    expect(run.code).toBe(0)
    expect(run.outputs['image-uri']).toMatch(
      new RegExp(`^${sandbox.registry}/dynamodb_access_sample@sha256:[a-f0-9]{64}$`)
    )
    expect(run.outputs['component-version']).toBe('1.0.0')
    expect(JSON.parse(run.outputs['smoke-result']!)).toEqual({
      'sandbox-core-1': 'found',
      'sandbox-core-2': 'found'
    })
    const ids = JSON.parse(run.outputs['deployment-ids']!) as Record<string, string>
    expect(Object.keys(ids)).toEqual([
      `arn:aws:iot:${sandbox.region}:${sandbox.accountId}:thinggroup/MyGreengrassCoreGroup`
    ])
    // The job summary shows what went where, and the devices' own verdict.
    expect(run.summary).toContain('sandbox-core-1: SUCCEEDED')
    expect(run.summary).toContain('✅ found')
    // No registry login outlives the build; the post step has nothing left to undo.
    expect(run.log).toContain(`Logged out of ${sandbox.registry}`)
    expect(run.post?.code).toBe(0)
    // The group's other component (aws.greengrass.Cli, seeded) is still on every device.
    for (const device of await sandbox.devices()) {
      const names = device.installedComponents.map(c => c.componentName)
      expect(names).toEqual(
        expect.arrayContaining(['aws.greengrass.Cli', 'com.example.AccessDynamoDb'])
      )
    }
    const calls = await sandbox.calls()
    expect(calls.filter(c => c.rejected)).toEqual([])
    // The item is the device's own, written with the token exchange credentials.
    const dynamodb = new DynamoDBClient({
      ...clientConfig(),
      endpoint: env.AWS_ENDPOINT_URL_DYNAMODB
    })
    const { Items } = await dynamodb.send(
      new QueryCommand({
        TableName: 'SampleDynamoTable',
        KeyConditionExpression: 'device_name = :d',
        ExpressionAttributeValues: { ':d': { S: 'sandbox-core-1' } },
        ConsistentRead: true
      })
    )
    expect(Items?.[0]?.component_version?.S).toBe('1.0.0')
    expect(Items?.[0]?.timestamp?.S).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  })

  it('reruns the same commit without building, creating or deploying anything', async () => {
    await sandbox.resetCalls()
    const run = await runAction('.', { ...sandboxInputs(), 'image-tag': 'first' }, env)
    expect(run.code).toBe(0)
    expect(run.outputs['component-version']).toBe('1.0.0')
    expect(run.summary).toContain('reused: an image tagged `first` was already in the repository')
    expect(run.summary).toContain('unchanged: already deployed')
    expect(run.log).not.toContain('buildah bud')
    const calls = await sandbox.calls()
    expect(calls.filter(c => c.operation && MUTATING.test(c.operation))).toEqual([])
    expect(JSON.parse(run.outputs['smoke-result']!)).toEqual({
      'sandbox-core-1': 'found',
      'sandbox-core-2': 'found'
    })
  })

  it('deploys to a thing that already runs this version through its group; the smoke check still passes', async () => {
    // The device does not restart a component whose version did not change, so it writes
    // no new item; deploy names it, and the smoke check accepts its earlier item.
    const run = await runAction(
      '.',
      { ...sandboxInputs(), 'image-tag': 'first', targets: 'sandbox-core-1' },
      env
    )
    expect(run.code).toBe(0)
    expect(run.log).toContain('sandbox-core-1 already runs com.example.AccessDynamoDb 1.0.0')
    expect(JSON.parse(run.outputs['smoke-result']!)).toEqual({ 'sandbox-core-1': 'found' })
  })

  it('retries a throttled CreateDeployment and still deploys once', async () => {
    await sandbox.resetCalls()
    await sandbox.injectFault({ operation: 'CreateDeployment', status: 429, count: 2 })
    const run = await runAction(
      '.',
      // Other build inputs (a platform), so that there is a new image and deployment.
      { ...sandboxInputs(), 'image-tag': 'throttled', platforms: 'linux/amd64' },
      env
    )
    expect(run.code).toBe(0)
    const creates = (await sandbox.calls()).filter(c => c.operation === 'CreateDeployment')
    expect(creates.map(c => (c.status < 300 ? 'ok' : c.status))).toEqual([429, 429, 'ok'])
  })

  it('updates a policy already at five versions by retiring the oldest', async () => {
    const iam = new IAMClient({ ...clientConfig(), endpoint: env.AWS_ENDPOINT_URL_IAM })
    const arn = `arn:aws:iam::${sandbox.accountId}:policy/MyGreengrassV2AccessPolicy`
    const versions = async () =>
      (await iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn }))).Versions ?? []
    // Fill the policy to IAM's limit of five versions with documents unlike ours.
    while ((await versions()).length < 5) {
      await iam.send(
        new CreatePolicyVersionCommand({
          PolicyArn: arn,
          SetAsDefault: true,
          PolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'dynamodb:Query', Resource: '*' }]
          })
        })
      )
    }
    const before = (await versions()).map(v => v.VersionId)
    const run = await runAction('actions/attach-policy', {}, env)
    expect(run.code).toBe(0)
    expect(run.outputs.changed).toBe('true')
    const after = await versions()
    expect(after).toHaveLength(5)
    expect(after.map(v => v.VersionId)).not.toContain('v1')
    expect(after.find(v => v.IsDefaultVersion)?.VersionId).toBe(run.outputs['policy-version'])
    expect(before).toContain('v1')
  })
})

describe('the CLI', () => {
  it('plan prints the plan and exits 0 without changing anything', async () => {
    await sandbox.resetCalls()
    const args = Object.entries({ ...sandboxInputs(), 'image-tag': 'cli-plan' }).flatMap(
      ([k, v]) => [`--${k}`, v]
    )
    const run = await runCli(['plan', ...args], env)
    expect(run.code).toBe(0)
    expect(run.log).toContain('Dry run')
    const calls = await sandbox.calls()
    expect(calls.filter(c => c.operation && MUTATING.test(c.operation))).toEqual([])
  })

  it('pipeline deploys and checks like the root action, with outputs on stdout', async () => {
    const args = Object.entries({
      ...sandboxInputs(),
      'image-tag': 'cli-pipeline',
      platforms: 'linux/arm64'
    }).flatMap(([k, v]) => [`--${k}`, v])
    const run = await runCli(['pipeline', ...args], env)
    expect(run.code).toBe(0)
    expect(run.outputs['image-uri']).toMatch(/@sha256:[a-f0-9]{64}$/)
    expect(JSON.parse(run.outputs['smoke-result']!)).toEqual({
      'sandbox-core-1': 'found',
      'sandbox-core-2': 'found'
    })
    expect(run.log).toContain('### Deployment')
    expect(JSON.parse(run.outputs['smoke-counts']!)).toEqual({ found: 2, missing: 0 })
    expect(existsSync(run.outputs['smoke-report']!)).toBe(true)
  })

  it('takes --dry-run as a flag, and the commit of the work tree as the image tag', async () => {
    await sandbox.resetCalls()
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
    const args = Object.entries(sandboxInputs()).flatMap(([k, v]) => [`--${k}`, v])
    const run = await runCli(['pipeline', '--dry-run', '--no-smoke', ...args], env)
    expect(run.code).toBe(0)
    expect(run.log).toContain('Dry run')
    expect(run.log).toContain(head)
    const calls = await sandbox.calls()
    expect(calls.filter(c => c.operation && MUTATING.test(c.operation))).toEqual([])
  })

  it('exits 2 on bad input and names it', async () => {
    const run = await runCli(['pipeline', '--targets', 'thing/no spaces'], env)
    expect(run.code).toBe(2)
    expect(run.log).toContain("Input 'targets'")
  })
})
