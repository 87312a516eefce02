// The toolkit against faults in the AWS services other than Greengrass (moto's, through
// ggsandbox/motofaults.py): an answer lost after the work was done, a request held past the
// client's request timeout, a few 5xx and throttles. Each run succeeds and leaves what a clean
// run leaves: nothing done twice, nothing left half done. Each test also checks, from the
// sandbox's counts, that its fault was met (an inert fault fails it).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DescribeRepositoriesCommand,
  ECRClient,
  GetLifecyclePolicyCommand
} from '@aws-sdk/client-ecr'
import { GetPolicyVersionCommand, IAMClient, ListPolicyVersionsCommand } from '@aws-sdk/client-iam'
import { startSandbox, type AwsCalls, type Sandbox } from '../../sandbox/sandbox.js'
import { runAction } from './harness.js'
import { sandboxInputs } from './helpers.js'

let sandbox: Sandbox
let env: Record<string, string>
let iam: IAMClient
let ecr: ECRClient
let policyArn: string
/** The first deploy's component version and start, for the smoke check run on its own. */
let deployed: { version: string; started: string }

const GROUP = 'thinggroup/MyGreengrassCoreGroup'

/** The requests of `operation` since `before`, and how many of them met a fault. */
async function since(before: AwsCalls, operation: string): Promise<[number, number]> {
  const now = (await sandbox.awsCalls())[operation] ?? { calls: 0, injected: 0 }
  const then = before[operation] ?? { calls: 0, injected: 0 }
  return [now.calls - then.calls, now.injected - then.injected]
}

beforeAll(async () => {
  sandbox = await startSandbox()
  env = { ...sandbox.env }
  const config = {
    region: sandbox.region,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }
  }
  iam = new IAMClient({ ...config, endpoint: env.AWS_ENDPOINT_URL_IAM })
  policyArn = `arn:aws:iam::${sandbox.accountId}:policy/MyGreengrassV2AccessPolicy`
  ecr = new ECRClient({ ...config, endpoint: env.AWS_ENDPOINT_URL_ECR })
})

afterAll(async () => {
  await sandbox?.stop()
})

describe('the root action on a first deploy', () => {
  it('a lost CreateRepository answer and 500s on DescribeThingGroup: one repository, as a clean run makes it', async () => {
    // The SDK's retry of the create is told the repository exists: the run must still give
    // it what a create of its own does (the lifecycle policy), not take it for someone else's.
    const before = await sandbox.awsCalls()
    await sandbox.injectAwsFault({ operation: 'ecr:CreateRepository', kind: 'lost' })
    await sandbox.injectAwsFault({ operation: 'iot:DescribeThingGroup', status: 500, count: 2 })
    const started = new Date().toISOString()
    const run = await runAction(
      '.',
      { ...sandboxInputs(sandbox), 'image-tag': 'first', targets: GROUP },
      env
    )
    deployed = { version: run.outputs['component-version']!, started }
    expect(run.log).not.toMatch(/::error/)
    expect(run.code).toBe(0)
    expect(await since(before, 'ecr:CreateRepository')).toEqual([2, 1])
    expect((await since(before, 'iot:DescribeThingGroup'))[1]).toBe(2)
    expect(JSON.parse(run.outputs['smoke-result']!)).toEqual({
      'sandbox-core-1': 'found',
      'sandbox-core-2': 'found'
    })

    // The repository a clean run creates: scan on push, immutable tags, AES256, and the
    // lifecycle policy that expires untagged images.
    const { repositories } = await ecr.send(new DescribeRepositoriesCommand({}))
    expect(repositories?.map(r => r.repositoryName)).toEqual(['dynamodb_access_sample'])
    const repository = repositories![0]!
    expect(repository.imageScanningConfiguration?.scanOnPush).toBe(true)
    expect(repository.imageTagMutability).toBe('IMMUTABLE')
    expect(repository.encryptionConfiguration?.encryptionType).toBe('AES256')
    const lifecycle = await ecr.send(
      new GetLifecyclePolicyCommand({ repositoryName: 'dynamodb_access_sample' })
    )
    expect(lifecycle.lifecyclePolicyText).toContain('untagged')
  })
})

describe('the smoke check', () => {
  it('three 500s and two throttles on Query: every device is still found', async () => {
    const before = await sandbox.awsCalls()
    await sandbox.injectAwsFault({ operation: 'dynamodb:Query', status: 500, count: 3 })
    await sandbox.injectAwsFault({ operation: 'dynamodb:Query', status: 429, count: 2 })
    const run = await runAction(
      'actions/smoke',
      { targets: GROUP, since: deployed.started, 'component-version': deployed.version },
      env
    )
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs['smoke-result']!)).toEqual({
      'sandbox-core-1': 'found',
      'sandbox-core-2': 'found'
    })
    const [calls, injected] = await since(before, 'dynamodb:Query')
    expect(injected).toBe(5)
    expect(calls).toBeGreaterThanOrEqual(7)
  })
})

describe('the device policy', () => {
  const versions = async () =>
    (await iam.send(new ListPolicyVersionsCommand({ PolicyArn: policyArn }))).Versions ?? []

  it('a lost CreatePolicyVersion answer: exactly one new version, the new document, default', async () => {
    const old = (await versions()).map(v => v.VersionId)
    const before = await sandbox.awsCalls()
    await sandbox.injectAwsFault({ operation: 'iam:CreatePolicyVersion', kind: 'lost' })
    // Another repository: the document's PullComponentImage resource changes.
    // The SDK sends the create again: a second version of the same document, which the run
    // must find and delete, leaving one.
    const run = await runAction('actions/attach-policy', { repository: 'faulted_repo' }, env)
    expect(run.code).toBe(0)
    expect(run.outputs.changed).toBe('true')
    expect((await since(before, 'iam:CreatePolicyVersion'))[1]).toBe(1)

    const now = await versions()
    const added = now.filter(v => !old.includes(v.VersionId))
    expect(added.map(v => [v.VersionId, v.IsDefaultVersion])).toEqual([
      [run.outputs['policy-version'], true]
    ])
    expect(now).toHaveLength(old.length + 1)
    const { PolicyVersion } = await iam.send(
      new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: added[0]!.VersionId })
    )
    const document = JSON.parse(decodeURIComponent(PolicyVersion!.Document!)) as {
      Statement: Array<{ Sid: string; Resource: string }>
    }
    expect(document.Statement.find(s => s.Sid === 'PullComponentImage')?.Resource).toBe(
      `arn:aws:ecr:${sandbox.region}:${sandbox.accountId}:repository/faulted_repo`
    )
  })

  it('GetCallerIdentity held past the client timeout: retried, the run takes far less than the hold', async () => {
    const before = await sandbox.awsCalls()
    await sandbox.injectAwsFault({
      operation: 'sts:GetCallerIdentity',
      kind: 'held',
      holdSeconds: 300
    })
    const started = Date.now()
    // attach-policy resolves the account first (no account-id input): its first request.
    const run = await runAction('actions/attach-policy', {}, env)
    const seconds = (Date.now() - started) / 1000
    expect(run.code).toBe(0)
    expect(run.log).toContain(`Account ${sandbox.accountId} (from STS`)
    expect(await since(before, 'sts:GetCallerIdentity')).toEqual([2, 1])
    // The client's request timeout (30 s, src/core/shared/aws.ts), then the retry.
    expect(seconds).toBeGreaterThan(29)
    expect(seconds).toBeLessThan(60)
  }, 120_000)
})
