// Fleet-scale rollouts against mocked Greengrass and IoT, on a fake clock: a large group is
// followed through its IoT job (one DescribeJob per poll, never a device list), the failure
// threshold and the job's abort criteria decide, canary targets go first and stop the rollout
// when they fail, a failed target can be rolled back to its previous deployment, and many
// thing targets are created a few at a time.
import { FakeClock } from '../../../support/fake-clock.js'
import { describe, it, expect, beforeEach } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { mockClient } from 'aws-sdk-client-mock'
import {
  CreateComponentVersionCommand,
  CreateDeploymentCommand,
  DescribeComponentCommand,
  GetDeploymentCommand,
  GreengrassV2Client,
  ListDeploymentsCommand,
  ListEffectiveDeploymentsCommand,
  ListInstalledComponentsCommand,
  ResourceNotFoundException,
  ThrottlingException,
  type EffectiveDeployment,
  type GetDeploymentResponse
} from '@aws-sdk/client-greengrassv2'
import {
  DescribeJobCommand,
  IoTClient,
  ListJobExecutionsForJobCommand,
  ListThingsInThingGroupCommand,
  type JobProcessDetails
} from '@aws-sdk/client-iot'
import {
  CREATE_CONCURRENCY,
  deploy,
  type DeployOptions,
  type DeployResult
} from '../../../../src/core/deploy/deploy.js'
import {
  countsText,
  jobCounts,
  mapLimit,
  pastThreshold
} from '../../../../src/core/deploy/fleet.js'
import { deploySummary } from '../../../../src/interface/summary.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'
import type { DeployInputs, Target } from '../../../../src/core/config.js'

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/deploy/${name}`, import.meta.url))

const credentials = { accessKeyId: 'a', secretAccessKey: 'b' }
const greengrass = new GreengrassV2Client({ region: 'eu-west-1', credentials })
const gg = mockClient(greengrass)
const iot = new IoTClient({ region: 'eu-west-1', credentials })
const iotMock = mockClient(iot)

const ACCOUNT = '123456789012'
const NAME = 'com.example.AccessDynamoDb'
const VERSION = '1.0.1'
const ARN = `arn:aws:greengrass:eu-west-1:${ACCOUNT}:components:${NAME}:versions:${VERSION}`
const arnOf = (t: Target) => `arn:aws:iot:eu-west-1:${ACCOUNT}:${t.kind}/${t.name}`
const START = new Date('2026-11-29T03:00:00.000Z')

let clock: FakeClock
let reporter: MemoryReporter
let ctx: StepContext

const thing = (name: string): Target => ({ kind: 'thing', name })
const group = (name: string): Target => ({ kind: 'thinggroup', name })

function effective(
  deploymentId: string,
  coreDeviceExecutionStatus: EffectiveDeployment['coreDeviceExecutionStatus'],
  extra: Partial<EffectiveDeployment> = {}
): EffectiveDeployment {
  return {
    deploymentId,
    deploymentName: 'x',
    targetArn: 'arn',
    coreDeviceExecutionStatus,
    creationTimestamp: START,
    modifiedTimestamp: START,
    ...extra
  }
}

function inputs(over: Partial<DeployInputs> = {}): DeployInputs & { accountId: string } {
  return {
    region: 'eu-west-1',
    accountId: ACCOUNT,
    recipePath: fixture('recipe.yaml'),
    deployment: fixture('deployment-policies-only.yaml'),
    targets: [group('fleet')],
    wait: true,
    waitTimeoutSeconds: 600,
    dryRun: false,
    ...over
  }
}

const run = (
  over: Partial<DeployInputs> = {},
  options: DeployOptions = {}
): Promise<DeployResult> => deploy(inputs(over), { greengrass, iot }, ctx, options)

const createdFor = () =>
  gg.commandCalls(CreateDeploymentCommand).map(c => c.args[0].input.targetArn)

/** A group of `n` things, listed 250 to a page as IoT does (the first page is all a large
 * group's listing may read). */
function groupOf(name: string, n: number): void {
  const names = Array.from({ length: Math.min(n, 250) }, (_, i) => `${name}-${i + 1}`)
  iotMock.on(ListThingsInThingGroupCommand, { thingGroupName: name }).resolves({
    things: names,
    ...(n > 250 ? { nextToken: 'page-2' } : {})
  })
}

function details(over: Partial<JobProcessDetails>): JobProcessDetails {
  return {
    numberOfSucceededThings: 0,
    numberOfFailedThings: 0,
    numberOfRejectedThings: 0,
    numberOfTimedOutThings: 0,
    numberOfCanceledThings: 0,
    numberOfRemovedThings: 0,
    numberOfInProgressThings: 0,
    numberOfQueuedThings: 0,
    ...over
  }
}

function previous(
  target: Target,
  over: Partial<GetDeploymentResponse> = {}
): GetDeploymentResponse {
  return {
    deploymentId: `dep-old-${target.name}`,
    targetArn: arnOf(target),
    deploymentName: 'baseline',
    deploymentStatus: 'ACTIVE',
    components: {
      [NAME]: { componentVersion: '1.0.0' },
      'aws.greengrass.Cli': { componentVersion: '2.12.6' }
    },
    deploymentPolicies: { failureHandlingPolicy: 'ROLLBACK' },
    iotJobConfiguration: { timeoutConfig: { inProgressTimeoutInMinutes: 30 } },
    ...over
  }
}

function withPrevious(target: Target, over: Partial<GetDeploymentResponse> = {}): void {
  const p = previous(target, over)
  gg.on(ListDeploymentsCommand, { targetArn: arnOf(target) }).resolves({
    deployments: [{ deploymentId: p.deploymentId, targetArn: p.targetArn, isLatestForTarget: true }]
  })
  gg.on(GetDeploymentCommand, { deploymentId: p.deploymentId }).resolves(p)
}

beforeEach(() => {
  clock = new FakeClock(START)
  reporter = new MemoryReporter()
  ctx = { reporter, clock, random: () => 0 }
  gg.reset()
  iotMock.reset()
  gg.on(DescribeComponentCommand)
    .rejectsOnce(
      new ResourceNotFoundException({
        message: 'not found',
        resourceId: ARN,
        resourceType: 'component',
        $metadata: {}
      })
    )
    .resolves({ arn: ARN, status: { componentState: 'DEPLOYABLE' } })
  gg.on(CreateComponentVersionCommand).resolves({ arn: ARN })
  gg.on(ListDeploymentsCommand).resolves({ deployments: [] })
  gg.on(ListInstalledComponentsCommand).resolves({ installedComponents: [] })
  gg.on(CreateDeploymentCommand).callsFake(input => ({
    deploymentId: `dep-${input.targetArn.slice(input.targetArn.lastIndexOf('/') + 1)}`
  }))
  gg.on(GetDeploymentCommand, { deploymentId: 'dep-fleet' }).resolves({
    deploymentId: 'dep-fleet',
    iotJobId: 'job-fleet'
  })
  gg.on(ListEffectiveDeploymentsCommand).callsFake(input => ({
    effectiveDeployments: [effective(`dep-${input.coreDeviceThingName}`, 'COMPLETED')]
  }))
})

describe('a large group, followed through its IoT job', () => {
  it('makes one DescribeJob per poll and never lists or asks the devices', async () => {
    groupOf('fleet', 10_000)
    iotMock
      .on(DescribeJobCommand)
      .resolvesOnce({
        job: { status: 'IN_PROGRESS', jobProcessDetails: details({ numberOfQueuedThings: 10_000 }) }
      })
      .resolvesOnce({
        job: {
          status: 'IN_PROGRESS',
          jobProcessDetails: details({
            numberOfSucceededThings: 4000,
            numberOfInProgressThings: 6000
          })
        }
      })
      .resolves({
        job: {
          status: 'IN_PROGRESS',
          jobProcessDetails: details({ numberOfSucceededThings: 10_000 })
        }
      })
    const result = await run()

    const target = result.targets[0]!
    expect(target.status).toBe('succeeded')
    expect(target.jobId).toBe('job-fleet')
    expect(target.counts).toMatchObject({ succeeded: 10_000, failed: 0 })
    expect(target.devices).toEqual([])
    expect(result.failures).toEqual([])
    // Three polls, one DescribeJob each; the job id from one GetDeployment.
    expect(iotMock.commandCalls(DescribeJobCommand)).toHaveLength(3)
    expect(clock.sleeps).toEqual([1000, 2000])
    expect(gg.commandCalls(GetDeploymentCommand)).toHaveLength(1)
    // The group's devices: one page to learn that it is large, no per-device call.
    expect(iotMock.commandCalls(ListThingsInThingGroupCommand)).toHaveLength(1)
    expect(gg.commandCalls(ListEffectiveDeploymentsCommand)).toHaveLength(0)
    expect(gg.commandCalls(ListInstalledComponentsCommand)).toHaveLength(0)
    expect(iotMock.commandCalls(ListJobExecutionsForJobCommand)).toHaveLength(0)
    expect(deploySummary(result)).toContain('10,000 succeeded, 0 failed (0.0%)')
  })

  it('backs off from 1 s to 30 s and honours the timeout', async () => {
    groupOf('fleet', 500)
    iotMock.on(DescribeJobCommand).resolves({
      job: {
        status: 'IN_PROGRESS',
        jobProcessDetails: details({ numberOfSucceededThings: 100, numberOfQueuedThings: 400 })
      }
    })
    const result = await run({ waitTimeoutSeconds: 120 })
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 29_000])
    expect(result.targets[0]!.status).toBe('timed-out')
    expect(result.failures).toEqual([
      'thinggroup/fleet: TIMED_OUT (waited 120s): 100 succeeded, 0 failed (0.0%), 400 queued.'
    ])
  })

  it('tolerates failures within the threshold, and fails past it, listing at most 20 failed devices with reasons', async () => {
    groupOf('fleet', 10_000)
    iotMock.on(DescribeJobCommand).resolves({
      job: {
        status: 'IN_PROGRESS',
        jobProcessDetails: details({ numberOfSucceededThings: 9500, numberOfFailedThings: 500 })
      }
    })
    iotMock.on(ListJobExecutionsForJobCommand).callsFake(input => ({
      executionSummaries: Array.from({ length: input.maxResults ?? 100 }, (_, i) => ({
        thingArn: `arn:aws:iot:eu-west-1:${ACCOUNT}:thing/fleet-${i + 1}`,
        jobExecutionSummary: { status: 'FAILED' }
      })),
      nextToken: 'more'
    }))
    gg.on(ListEffectiveDeploymentsCommand).callsFake(input => ({
      effectiveDeployments: [
        effective('dep-fleet', 'FAILED', { reason: `${input.coreDeviceThingName} broke` })
      ]
    }))

    const tolerated = await run({ failureThreshold: 10 })
    expect(tolerated.targets[0]!.status).toBe('succeeded')
    expect(tolerated.failures).toEqual([])
    expect(reporter.text()).toContain(
      'warning: thing fleet-1 (thinggroup/fleet): FAILED — fleet-1 broke'
    )

    iotMock.resetHistory()
    gg.resetHistory()
    const failed = await run({ failureThreshold: 1 })
    const target = failed.targets[0]!
    expect(target.status).toBe('failed')
    // One poll: failures only grow, so the verdict is known.
    expect(iotMock.commandCalls(DescribeJobCommand)).toHaveLength(1)
    expect(iotMock.commandCalls(ListJobExecutionsForJobCommand)[0]!.args[0].input).toMatchObject({
      jobId: 'job-fleet',
      status: 'FAILED',
      maxResults: 20
    })
    expect(target.devices).toHaveLength(20)
    expect(target.devices[0]).toEqual({
      thingName: 'fleet-1',
      status: 'FAILED',
      ok: false,
      reason: 'fleet-1 broke'
    })
    expect(gg.commandCalls(ListEffectiveDeploymentsCommand)).toHaveLength(20)
    expect(failed.failures[0]).toBe(
      'thinggroup/fleet: 500 of 10,000 failed (5.0%), more than the failure-threshold of 1%.'
    )
    expect(failed.failures).toContain('thing fleet-20 (thinggroup/fleet): FAILED — fleet-20 broke')
    expect(failed.failures.at(-1)).toBe('thinggroup/fleet: 480 more failed devices not listed.')
    const summary = deploySummary(failed)
    expect(summary).toContain('9,500 succeeded, 500 failed (5.0%)')
    expect(summary).toContain('fleet-1: FAILED (fleet-1 broke)')
    expect(summary).toContain('… and 480 more failed')
  })

  it('fails a rollout its abort criteria cancelled', async () => {
    groupOf('fleet', 100)
    iotMock.on(DescribeJobCommand).resolves({
      job: {
        status: 'CANCELED',
        jobProcessDetails: details({
          numberOfSucceededThings: 20,
          numberOfFailedThings: 30,
          numberOfCanceledThings: 50
        })
      }
    })
    iotMock.on(ListJobExecutionsForJobCommand).resolves({ executionSummaries: [] })
    const result = await run({ failureThreshold: 50 })
    expect(result.targets[0]).toMatchObject({ status: 'failed', aborted: true })
    expect(result.failures[0]).toBe(
      "thinggroup/fleet: aborted by the rollout's abort criteria: 30 of 100 failed (30.0%)."
    )
    expect(deploySummary(result)).toContain('aborted by the abort criteria')
  })
  it("reads a large group's earlier failures from the IoT job, not device by device", async () => {
    groupOf('fleet', 500)
    // The latest deployment already has this component set, but 3 of its devices failed it.
    withPrevious(group('fleet'), {
      iotJobId: 'job-old',
      components: { [NAME]: { componentVersion: VERSION } },
      deploymentPolicies: {
        failureHandlingPolicy: 'ROLLBACK',
        componentUpdatePolicy: { timeoutInSeconds: 90 }
      }
    })
    iotMock.on(DescribeJobCommand, { jobId: 'job-old' }).resolves({
      job: {
        status: 'COMPLETED',
        jobProcessDetails: details({ numberOfSucceededThings: 497, numberOfFailedThings: 3 })
      }
    })
    const result = await run({ wait: false })
    expect(createdFor()).toEqual([arnOf(group('fleet'))])
    expect(result.targets[0]).toMatchObject({ unchanged: false, retried: true })
    expect(reporter.text()).toContain('3 of its devices failed it; deploying it again')
    expect(iotMock.commandCalls(DescribeJobCommand).map(c => c.args[0].input.jobId)).toEqual([
      'job-old'
    ])
    expect(gg.commandCalls(ListEffectiveDeploymentsCommand)).toHaveLength(0)
  })
})

describe('a small group, watched device by device', () => {
  beforeEach(() => {
    groupOf('fleet', 4)
    gg.on(ListEffectiveDeploymentsCommand).resolves({
      effectiveDeployments: [effective('dep-fleet', 'SUCCEEDED')]
    })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'fleet-4' }).resolves({
      effectiveDeployments: [effective('dep-fleet', 'FAILED', { reason: 'app exited 1' })]
    })
  })

  it('fails with one device of four failed and the default threshold of 0', async () => {
    const result = await run()
    expect(result.targets[0]!.status).toBe('failed')
    expect(result.failures).toEqual(['thing fleet-4 (thinggroup/fleet): FAILED — app exited 1'])
    // Device by device: the group's job is not asked about.
    expect(iotMock.commandCalls(DescribeJobCommand)).toHaveLength(0)
    expect(iotMock.commandCalls(ListJobExecutionsForJobCommand)).toHaveLength(0)
  })

  it('tolerates it within a threshold of 25%, with a warning', async () => {
    const result = await run({ failureThreshold: 25 })
    expect(result.targets[0]!.status).toBe('succeeded')
    expect(result.failures).toEqual([])
    expect(reporter.text()).toContain(
      'warning: thing fleet-4 (thinggroup/fleet): FAILED — app exited 1'
    )
    expect(reporter.text()).toContain(
      'thinggroup/fleet: 1 of 4 devices failed (25.0%), within the failure-threshold of 25%.'
    )
  })
})

describe('failures growing during the rollout', () => {
  it('lists the failed devices as they grow, at most one page per poll', async () => {
    groupOf('fleet', 100)
    const poll = (failed: number, inProgress: number) => ({
      job: {
        status: 'IN_PROGRESS' as const,
        jobProcessDetails: details({
          numberOfSucceededThings: 100 - failed - inProgress,
          numberOfFailedThings: failed,
          numberOfInProgressThings: inProgress
        })
      }
    })
    iotMock
      .on(DescribeJobCommand)
      .resolvesOnce(poll(0, 100))
      .resolvesOnce(poll(2, 50))
      .resolvesOnce(poll(4, 10))
      .resolves(poll(4, 0))
    let listed = 0
    iotMock.on(ListJobExecutionsForJobCommand).callsFake(() => ({
      executionSummaries: [1, 2].map(() => ({
        thingArn: `arn:aws:iot:eu-west-1:${ACCOUNT}:thing/fleet-${++listed}`,
        jobExecutionSummary: { status: 'FAILED' }
      }))
    }))
    const result = await run({ failureThreshold: 5 })
    expect(iotMock.commandCalls(DescribeJobCommand)).toHaveLength(4)
    // Only the polls where the failed count grew listed, one page each.
    expect(iotMock.commandCalls(ListJobExecutionsForJobCommand)).toHaveLength(2)
    expect(reporter.text()).toContain('thinggroup/fleet: failed on fleet-1, fleet-2.')
    expect(reporter.text()).toContain('thinggroup/fleet: failed on fleet-3, fleet-4.')
    expect(result.targets[0]!.status).toBe('succeeded')
    expect(result.targets[0]!.devices.map(d => d.thingName)).toEqual([
      'fleet-1',
      'fleet-2',
      'fleet-3',
      'fleet-4'
    ])
  })
})

describe('canary targets', () => {
  it('a failed canary stops before the fleet is touched', async () => {
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'canary-1' }).resolves({
      effectiveDeployments: [effective('dep-canary-1', 'FAILED', { reason: 'app exited 1' })]
    })
    const result = await run({ targets: [group('fleet')], canary: [thing('canary-1')] })
    expect(createdFor()).toEqual([arnOf(thing('canary-1'))])
    expect(result.targets.map(t => [t.stage, t.status])).toEqual([
      ['canary', 'failed'],
      ['fleet', 'not-deployed']
    ])
    expect(result.stopped).toBe(
      'Not deployed to thinggroup/fleet: the canary thing/canary-1 failed.'
    )
    expect(result.failures).toEqual(['thing canary-1 (thing/canary-1): FAILED — app exited 1'])
    expect(deploySummary(result)).toContain(
      '**Canary**: Not deployed to thinggroup/fleet: the canary thing/canary-1 failed.'
    )
  })

  it('a canary that fails its check stops the rollout too', async () => {
    const result = await run(
      { targets: [thing('core-1')], canary: [thing('canary-1')] },
      {
        checkCanary: async () => ({
          failures: ['device canary-1 wrote no item'],
          missing: ['canary-1']
        })
      }
    )
    expect(createdFor()).toEqual([arnOf(thing('canary-1'))])
    expect(result.stopped).toMatch(
      /^Not deployed to thing\/core-1: the canary's smoke check failed/
    )
  })

  it('a canary that succeeded and passed its check is followed by the fleet', async () => {
    groupOf('fleet', 2)
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'fleet-1' }).resolves({
      effectiveDeployments: [effective('dep-fleet', 'SUCCEEDED')]
    })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'fleet-2' }).resolves({
      effectiveDeployments: [effective('dep-fleet', 'SUCCEEDED')]
    })
    const checked: Array<Array<string | undefined>> = []
    const result = await run(
      { targets: [thing('canary-1'), group('fleet')], canary: [thing('canary-1')] },
      {
        checkCanary: async canary => {
          // The fleet is not deployed yet when the canary is checked.
          checked.push(
            createdFor(),
            canary.map(t => t.target.name)
          )
          return { failures: [], missing: [] }
        }
      }
    )
    expect(checked).toEqual([[arnOf(thing('canary-1'))], ['canary-1']])
    expect(createdFor()).toEqual([arnOf(thing('canary-1')), arnOf(group('fleet'))])
    expect(result.targets.map(t => [t.target.name, t.stage, t.status])).toEqual([
      ['canary-1', 'canary', 'succeeded'],
      ['fleet', 'fleet', 'succeeded']
    ])
    expect(result.stopped).toBeUndefined()
    expect(result.fleetStartedAt).toBeDefined()
  })
  it('a canary that timed out stops before the fleet is touched', async () => {
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'canary-1' }).resolves({
      effectiveDeployments: [effective('dep-canary-1', 'IN_PROGRESS')]
    })
    const result = await run({
      targets: [group('fleet')],
      canary: [thing('canary-1')],
      waitTimeoutSeconds: 60
    })
    expect(createdFor()).toEqual([arnOf(thing('canary-1'))])
    expect(result.targets.map(t => [t.stage, t.status])).toEqual([
      ['canary', 'timed-out'],
      ['fleet', 'not-deployed']
    ])
    expect(result.stopped).toBe(
      'Not deployed to thinggroup/fleet: the canary thing/canary-1 timed-out.'
    )
  })
})

describe('rollback', () => {
  it("redeploys a failed target's previous component set, and the summary says so", async () => {
    withPrevious(thing('core-1'))
    gg.on(CreateDeploymentCommand)
      .resolvesOnce({ deploymentId: 'dep-new' })
      .resolves({ deploymentId: 'dep-rollback' })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-1' }).resolves({
      effectiveDeployments: [
        effective('dep-new', 'FAILED', { reason: 'app exited 1' }),
        effective('dep-rollback', 'COMPLETED')
      ]
    })
    const result = await run({ targets: [thing('core-1')], rollback: true })

    const [, back] = gg.commandCalls(CreateDeploymentCommand).map(c => c.args[0].input)
    const old = previous(thing('core-1'))
    expect(back).toEqual({
      targetArn: arnOf(thing('core-1')),
      deploymentName: 'baseline',
      components: old.components,
      deploymentPolicies: old.deploymentPolicies,
      iotJobConfiguration: old.iotJobConfiguration,
      clientToken: expect.stringMatching(/^[a-f0-9]{64}$/)
    })
    const target = result.targets[0]!
    expect(target.status).toBe('failed')
    expect(target.rollback).toEqual({
      toDeploymentId: 'dep-old-core-1',
      deploymentId: 'dep-rollback',
      components: `${NAME} 1.0.0, aws.greengrass.Cli 2.12.6`,
      status: 'succeeded',
      message: `rolled back to deployment dep-old-core-1 (${NAME} 1.0.0, aws.greengrass.Cli 2.12.6)`
    })
    // The run still fails: the change did.
    expect(result.failures).toEqual(['thing core-1 (thing/core-1): FAILED — app exited 1'])
    const summary = deploySummary(result)
    expect(summary).toContain(
      `rolled back to deployment dep-old-core-1 (${NAME} 1.0.0, aws.greengrass.Cli 2.12.6)`
    )
    expect(summary).toContain('❌ failed, ↩️ rolled back')
  })

  it("keeps the target's deployment tags in the new deployment and in the rollback", async () => {
    const tags = { team: 'plant-7' }
    withPrevious(thing('core-1'), { tags })
    gg.on(CreateDeploymentCommand)
      .resolvesOnce({ deploymentId: 'dep-new' })
      .resolves({ deploymentId: 'dep-rollback' })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-1' }).resolves({
      effectiveDeployments: [
        effective('dep-new', 'FAILED', { reason: 'app exited 1' }),
        effective('dep-rollback', 'COMPLETED')
      ]
    })
    await run({ targets: [thing('core-1')], rollback: true })
    const [first, back] = gg.commandCalls(CreateDeploymentCommand).map(c => c.args[0].input)
    expect(first!.tags).toEqual(tags)
    expect(back!.tags).toEqual(tags)
  })

  it('says when a target has no previous deployment to roll back to', async () => {
    gg.on(ListEffectiveDeploymentsCommand).resolves({
      effectiveDeployments: [effective('dep-core-1', 'FAILED')]
    })
    const result = await run({ targets: [thing('core-1')], rollback: true })
    expect(gg.commandCalls(CreateDeploymentCommand)).toHaveLength(1)
    expect(result.targets[0]!.rollback).toEqual({
      status: 'impossible',
      message: 'cannot roll back: thing/core-1 had no deployment before this one'
    })
    expect(deploySummary(result)).toContain(
      'cannot roll back: thing/core-1 had no deployment before this one'
    )
  })

  it('does not roll back without rollback: true', async () => {
    withPrevious(thing('core-1'))
    gg.on(ListEffectiveDeploymentsCommand).resolves({
      effectiveDeployments: [effective('dep-core-1', 'FAILED')]
    })
    const result = await run({ targets: [thing('core-1')] })
    expect(gg.commandCalls(CreateDeploymentCommand)).toHaveLength(1)
    expect(result.targets[0]!.rollback).toBeUndefined()
  })

  it('rolls back a failed canary and leaves the fleet alone', async () => {
    withPrevious(thing('canary-1'))
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'canary-1' }).resolves({
      effectiveDeployments: [effective('dep-canary-1', 'FAILED')]
    })
    const result = await run({
      targets: [group('fleet')],
      canary: [thing('canary-1')],
      rollback: true
    })
    expect(createdFor()).toEqual([arnOf(thing('canary-1')), arnOf(thing('canary-1'))])
    expect(result.targets[0]!.rollback?.toDeploymentId).toBe('dep-old-canary-1')
  })
  it('never touches a target this run left unchanged', async () => {
    // core-1's latest deployment already has this component set; core-2 gets a new one.
    withPrevious(thing('core-1'), {
      components: { [NAME]: { componentVersion: VERSION } },
      deploymentPolicies: {
        failureHandlingPolicy: 'ROLLBACK',
        componentUpdatePolicy: { timeoutInSeconds: 90 }
      }
    })
    withPrevious(thing('core-2'))
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-1' }).resolves({
      effectiveDeployments: [effective('dep-old-core-1', 'FAILED', { reason: 'disk full' })]
    })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-2' }).resolves({
      effectiveDeployments: [effective('dep-core-2', 'FAILED', { reason: 'app exited 1' })]
    })
    const result = await run({ targets: [thing('core-1'), thing('core-2')], rollback: true })
    expect(result.targets.map(t => [t.target.name, t.unchanged, t.status])).toEqual([
      ['core-1', true, 'failed'],
      ['core-2', false, 'failed']
    ])
    // One deployment and its rollback, both for core-2.
    expect(createdFor()).toEqual([arnOf(thing('core-2')), arnOf(thing('core-2'))])
    expect(result.targets[0]!.rollback).toBeUndefined()
    expect(result.targets[1]!.rollback?.toDeploymentId).toBe('dep-old-core-2')
  })
})

describe('a status that could not be read', () => {
  const throttled = () =>
    new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 429 } })

  it('is asked again within the deadline: 40 throttled reads, then the device COMPLETED', async () => {
    withPrevious(group('fleet'))
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['core-a', 'core-b'] })
    let reads = 0
    gg.on(ListEffectiveDeploymentsCommand).callsFake(async () => {
      if (++reads <= 40) throw throttled()
      return { effectiveDeployments: [effective('dep-fleet', 'COMPLETED')] }
    })
    gg.on(CreateDeploymentCommand).resolves({ deploymentId: 'dep-fleet' })
    const result = await run({ targets: [group('fleet')], rollback: true, waitTimeoutSeconds: 600 })
    expect(result.targets[0]!.status).toBe('succeeded')
    expect(result.failures).toEqual([])
    expect(createdFor()).toHaveLength(1)
  })

  it('is unknown, never failed, and rolls nothing back; the wait-timeout bounds the retries', async () => {
    withPrevious(thing('core-1'))
    gg.on(CreateDeploymentCommand).resolves({ deploymentId: 'dep-new' })
    gg.on(ListEffectiveDeploymentsCommand).rejects(throttled())
    const before = clock.time
    const result = await run({
      targets: [thing('core-1')],
      rollback: true,
      waitTimeoutSeconds: 120
    })
    const target = result.targets[0]!
    expect(target.status).toBe('unknown')
    expect(target.rollback).toBeUndefined()
    expect(createdFor()).toHaveLength(1)
    expect(target.devices[0]).toMatchObject({ thingName: 'core-1', status: 'UNKNOWN', ok: false })
    expect(result.failures).toEqual([
      expect.stringMatching(
        /^thing core-1 \(thing\/core-1\): UNKNOWN — its status could not be read: ThrottlingException: Rate exceeded \(until the wait-timeout, 12\ds\)$/
      )
    ])
    // The retries are part of the wait: no more than the wait-timeout and one short backoff.
    expect(clock.time - before).toBeLessThanOrEqual(122_000)
    expect(clock.time - before).toBeGreaterThanOrEqual(120_000)
  })

  it('of a large group (its IoT job) is unknown too, and rolls nothing back', async () => {
    withPrevious(group('fleet'))
    groupOf('fleet', 300)
    gg.on(CreateDeploymentCommand).resolves({ deploymentId: 'dep-fleet' })
    gg.on(GetDeploymentCommand, { deploymentId: 'dep-fleet' }).resolves({
      deploymentId: 'dep-fleet',
      iotJobId: 'job-1'
    })
    iotMock
      .on(DescribeJobCommand)
      .rejects(
        new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 429 } })
      )
    const result = await run({ targets: [group('fleet')], rollback: true, waitTimeoutSeconds: 120 })
    expect(result.targets[0]!.status).toBe('unknown')
    expect(result.targets[0]!.rollback).toBeUndefined()
    expect(createdFor()).toHaveLength(1)
    expect(result.failures[0]).toMatch(/cannot follow its IoT job job-1: ThrottlingException/)
  })
})

describe('a wait-timeout that bounds every retry', () => {
  const throttled = () =>
    new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 429 } })

  it("ends the retries of a large group's IoT job by the deadline: unknown, never failed", async () => {
    // The longest backoffs: retries that ignored the deadline would run far past it.
    ctx.random = () => 1
    withPrevious(group('fleet'))
    groupOf('fleet', 300)
    iotMock.on(DescribeJobCommand).rejects(throttled())
    const before = clock.time
    const result = await run({ targets: [group('fleet')], rollback: true, waitTimeoutSeconds: 60 })
    const target = result.targets[0]!
    expect(target.status).toBe('unknown')
    expect(target.rollback).toBeUndefined()
    expect(createdFor()).toHaveLength(1)
    expect(result.failures).toEqual([
      expect.stringMatching(
        /^thinggroup\/fleet: cannot follow its IoT job job-fleet: ThrottlingException: Rate exceeded \(until the wait-timeout, 6\ds\)$/
      )
    ])
    // No more than the wait-timeout and one short backoff.
    expect(clock.time - before).toBeLessThanOrEqual(62_000)
    expect(clock.time - before).toBeGreaterThanOrEqual(60_000)
  })

  it('a group with one device FAILED and one unknown is rolled back, and the unknown stays unknown', async () => {
    withPrevious(group('fleet'))
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['core-a', 'core-b'] })
    gg.on(CreateDeploymentCommand)
      .resolvesOnce({ deploymentId: 'dep-fleet' })
      .resolves({ deploymentId: 'dep-rollback' })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-a' }).resolves({
      effectiveDeployments: [
        effective('dep-fleet', 'FAILED', { reason: 'app exited 1' }),
        effective('dep-rollback', 'COMPLETED')
      ]
    })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-b' }).rejects(throttled())
    const result = await run({ targets: [group('fleet')], rollback: true, waitTimeoutSeconds: 60 })
    const target = result.targets[0]!
    // A failure is a failure: the target failed and is rolled back.
    expect(target.status).toBe('failed')
    expect(createdFor()).toEqual([arnOf(group('fleet')), arnOf(group('fleet'))])
    expect(target.rollback).toMatchObject({
      toDeploymentId: 'dep-old-fleet',
      deploymentId: 'dep-rollback',
      // core-b's status could not be read for the rollback either: unknown, not timed out.
      status: 'unknown'
    })
    expect(target.rollback!.message).toBe(
      `rolled back to deployment dep-old-fleet (${NAME} 1.0.0, aws.greengrass.Cli 2.12.6), but the rollback's result is unknown (a device's status could not be read)`
    )
    // core-b was not read: unknown, never failed.
    expect(target.devices.map(d => [d.thingName, d.status])).toEqual([
      ['core-a', 'FAILED'],
      ['core-b', 'UNKNOWN']
    ])
    expect(result.failures).toEqual([
      'thing core-a (thinggroup/fleet): FAILED — app exited 1',
      expect.stringMatching(
        /^thing core-b \(thinggroup\/fleet\): UNKNOWN — its status could not be read: ThrottlingException: Rate exceeded \(until the wait-timeout, 6\ds\)$/
      ),
      expect.stringMatching(/^rollback: thing core-b \(thinggroup\/fleet\): UNKNOWN — /)
    ])
    const summary = deploySummary(result)
    expect(summary).toContain('core-a: FAILED (app exited 1)')
    expect(summary).toMatch(/core-b: UNKNOWN \(its status could not be read: ThrottlingException/)
    expect(summary).not.toMatch(/core-b: FAILED/)
    expect(summary).toContain("but the rollback's result is unknown")
  })
})

describe('many thing targets', () => {
  it(`creates at most ${CREATE_CONCURRENCY} deployments at a time, retrying throttling`, async () => {
    const things = Array.from({ length: 12 }, (_, i) => thing(`core-${i + 1}`))
    let inFlight = 0
    let most = 0
    let throttled = false
    gg.on(CreateDeploymentCommand).callsFake(async input => {
      inFlight++
      most = Math.max(most, inFlight)
      await new Promise(resolve => setTimeout(resolve, 5))
      inFlight--
      if (!throttled) {
        throttled = true
        throw new ThrottlingException({ message: 'Rate exceeded', $metadata: {} })
      }
      return { deploymentId: `dep-${input.targetArn.slice(input.targetArn.lastIndexOf('/') + 1)}` }
    })
    const result = await run({ targets: things, wait: false })
    expect(most).toBe(CREATE_CONCURRENCY)
    expect(gg.commandCalls(CreateDeploymentCommand)).toHaveLength(13)
    // The results in the order of the targets, whatever order the creates finished in.
    expect(result.targets.map(t => t.deploymentId)).toEqual(things.map(t => `dep-${t.name}`))
  })
})

describe('fleet helpers', () => {
  it('mapLimit keeps order, bounds concurrency and throws the first error after settling', async () => {
    let inFlight = 0
    let most = 0
    const out = await mapLimit([1, 2, 3, 4, 5, 6, 7], 3, async n => {
      inFlight++
      most = Math.max(most, inFlight)
      await new Promise(resolve => setTimeout(resolve, 8 - n))
      inFlight--
      return n * 2
    })
    expect(out).toEqual([2, 4, 6, 8, 10, 12, 14])
    expect(most).toBe(3)
    const started: number[] = []
    await expect(
      mapLimit([1, 2, 3, 4], 2, async n => {
        started.push(n)
        if (n === 1) throw new Error('boom')
        await new Promise(resolve => setTimeout(resolve, 2))
      })
    ).rejects.toThrow('boom')
    expect(started).toEqual([1, 2])
  })

  it('reads and words the counts', () => {
    const c = jobCounts(
      details({
        numberOfSucceededThings: 9500,
        numberOfTimedOutThings: 500,
        numberOfInProgressThings: 3
      })
    )
    expect(countsText(c)).toBe('9,500 succeeded, 500 failed (5.0%), 3 in progress')
    expect(pastThreshold(500, 10_000, 5)).toBe(false)
    expect(pastThreshold(501, 10_000, 5)).toBe(true)
    expect(pastThreshold(0, 10_000, 0)).toBe(false)
    expect(pastThreshold(1, 10_000, 0)).toBe(true)
  })
})
