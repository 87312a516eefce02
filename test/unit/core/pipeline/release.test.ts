// What a release depends on besides its component, against mocked DynamoDB and IAM: the table
// checked before anything changes, and the device policy's previous default version restored
// only when every target this run deployed was rolled back.
import { FakeClock } from '../../../support/fake-clock.js'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException
} from '@aws-sdk/client-dynamodb'
import { GetPolicyCommand, IAMClient, SetDefaultPolicyVersionCommand } from '@aws-sdk/client-iam'
import { ConfigurationError } from '../../../../src/core/shared/errors.js'
import type { DeployResult, TargetResult } from '../../../../src/core/deploy/deploy.js'
import type { PolicyResult } from '../../../../src/core/policy/attach-policy.js'
import {
  checkTable,
  defaultPolicyVersion,
  restorePolicy
} from '../../../../src/core/pipeline/release.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'

const credentials = { accessKeyId: 'a', secretAccessKey: 'b' }
const dynamodb = new DynamoDBClient({ region: 'eu-west-1', credentials })
const ddbMock = mockClient(dynamodb)
const iam = new IAMClient({ region: 'eu-west-1', credentials })
const iamMock = mockClient(iam)
const POLICY_ARN = 'arn:aws:iam::123456789012:policy/DevicePolicy'
const where = { region: 'eu-west-1', accountId: '123456789012', tableName: 'SampleDynamoTable' }

let reporter: MemoryReporter
let ctx: StepContext

beforeEach(() => {
  ddbMock.reset()
  iamMock.reset()
  reporter = new MemoryReporter()
  ctx = { reporter, clock: new FakeClock(), random: () => 0 }
})

describe('checkTable', () => {
  it('passes when the table exists, with one read-only call', async () => {
    ddbMock.on(DescribeTableCommand).resolves({ Table: { TableName: 'SampleDynamoTable' } })
    await checkTable(dynamodb, ctx, where)
    expect(ddbMock.calls()).toHaveLength(1)
  })

  it("refuses a table that does not exist, naming 'table-name'", async () => {
    ddbMock
      .on(DescribeTableCommand)
      .rejects(
        new ResourceNotFoundException({ message: 'Requested resource not found', $metadata: {} })
      )
    const error = await checkTable(dynamodb, ctx, {
      ...where,
      tableName: 'SampleDynamoTabel'
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).subject).toBe('table-name')
    expect((error as Error).message).toContain(
      "Input 'table-name': the DynamoDB table SampleDynamoTabel does not exist in eu-west-1"
    )
  })

  it('warns, and goes on, when the CI role may not describe the table', async () => {
    ddbMock.on(DescribeTableCommand).rejects(
      Object.assign(new Error('not authorized to perform: dynamodb:DescribeTable'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 400 }
      })
    )
    await checkTable(dynamodb, ctx, where)
    expect(reporter.text()).toContain(
      'Allow dynamodb:DescribeTable on arn:aws:dynamodb:eu-west-1:123456789012:table/SampleDynamoTable'
    )
  })
})

describe('restorePolicy', () => {
  const policy: PolicyResult = {
    policyArn: POLICY_ARN,
    policyName: 'DevicePolicy',
    roleName: 'TokenRole',
    policyVersion: 'v4',
    changed: true,
    created: false,
    attached: false,
    document: '{}'
  }
  const target = (name: string, over: Partial<TargetResult> = {}): TargetResult => ({
    target: { kind: 'thing', name },
    targetArn: `arn:aws:iot:eu-west-1:123456789012:thing/${name}`,
    deploymentId: `dep-${name}`,
    unchanged: false,
    alreadyRunning: [],
    devices: [],
    status: 'failed',
    ...over
  })
  const rolledBack = {
    deploymentId: 'dep-back',
    status: 'succeeded' as const,
    message: 'rolled back'
  }
  const deployed = (targets: TargetResult[]): DeployResult => ({
    componentName: 'c',
    componentVersion: '1.0.1',
    componentArn: 'arn',
    componentCreated: true,
    startedAt: '2026-11-29T03:00:00.000Z',
    targets,
    failures: []
  })

  it('restores the previous default version when every deployed target was rolled back', async () => {
    iamMock.on(SetDefaultPolicyVersionCommand).resolves({})
    const result = await restorePolicy(
      iam,
      ctx,
      deployed([target('core-1', { rollback: rolledBack }), target('core-2', { unchanged: true })]),
      policy,
      'v3'
    )
    expect(iamMock.commandCalls(SetDefaultPolicyVersionCommand).map(c => c.args[0].input)).toEqual([
      { PolicyArn: POLICY_ARN, VersionId: 'v3' }
    ])
    expect(result?.restoredVersion).toBe('v3')
  })

  it('keeps the new version while another deployed target still runs the new release', async () => {
    const result = await restorePolicy(
      iam,
      ctx,
      deployed([
        target('core-1', { rollback: rolledBack }),
        target('core-2', { status: 'succeeded' })
      ]),
      policy,
      'v3'
    )
    expect(iamMock.commandCalls(SetDefaultPolicyVersionCommand)).toHaveLength(0)
    expect(result?.restoredVersion).toBeUndefined()
    expect(reporter.text()).toContain(
      'keeps v4: targets this run deployed still run the new release'
    )
  })

  it('does nothing without a rollback, an unchanged policy or a policy created in this run', async () => {
    expect(
      await restorePolicy(iam, ctx, deployed([target('core-1')]), policy, 'v3')
    ).toBeUndefined()
    const back = deployed([target('core-1', { rollback: rolledBack })])
    expect(await restorePolicy(iam, ctx, back, { ...policy, changed: false }, 'v3')).toBeUndefined()
    expect(
      await restorePolicy(iam, ctx, back, { ...policy, created: true }, undefined)
    ).toBeUndefined()
    expect(iamMock.calls()).toHaveLength(0)
  })

  it('says how to restore by hand when IAM refuses, and fails the run', async () => {
    iamMock.on(SetDefaultPolicyVersionCommand).rejects(
      Object.assign(new Error('not authorized'), {
        name: 'AccessDenied',
        $metadata: { httpStatusCode: 403 }
      })
    )
    const back = deployed([target('core-1', { rollback: rolledBack })])
    await restorePolicy(iam, ctx, back, policy, 'v3')
    expect(back.failures).toEqual([
      expect.stringContaining(
        `Allow iam:SetDefaultPolicyVersion on ${POLICY_ARN} to the CI role. Restore it by hand: aws iam set-default-policy-version --policy-arn ${POLICY_ARN} --version-id v3`
      )
    ])
  })
})

describe('defaultPolicyVersion', () => {
  it('reads the default version, and nothing when the policy does not exist', async () => {
    iamMock.on(GetPolicyCommand).resolvesOnce({ Policy: { DefaultVersionId: 'v3' } })
    expect(await defaultPolicyVersion(iam, ctx, POLICY_ARN)).toBe('v3')
    iamMock
      .on(GetPolicyCommand)
      .rejects(Object.assign(new Error('not found'), { name: 'NoSuchEntity' }))
    expect(await defaultPolicyVersion(iam, ctx, POLICY_ARN)).toBeUndefined()
  })
})
