// The plan's details against a mocked Greengrass: which of a target's deployments is its
// latest, where each target came from, what the plan says of each target, and when a group's
// deployment that failed on some devices is given again (device by device, or from its job).
import { describe, it, expect } from '@jest/globals'
import {
  GetDeploymentCommand,
  ListDeploymentsCommand,
  ListEffectiveDeploymentsCommand
} from '@aws-sdk/client-greengrassv2'
import { DescribeJobCommand, ListThingsInThingGroupCommand } from '@aws-sdk/client-iot'
import { deploymentPlan, targetSources } from '../../../../src/core/deploy/plan.js'
import { ConfigurationError } from '../../../../src/core/shared/errors.js'
import {
  GROUP_ARN,
  NAME,
  THING_ARN,
  VERSION,
  created,
  effective,
  gg,
  group,
  inputs,
  iotMock,
  previousDeployment,
  reporter,
  run,
  sameSet,
  thing
} from './harness.js'

const at = (day: number) => new Date(`2026-11-${String(day).padStart(2, '0')}T00:00:00Z`)

/** The deployments ListDeployments lists, and each one's GetDeployment. */
function listed(...deployments: Array<Parameters<typeof previousDeployment>[0]>): void {
  gg.on(ListDeploymentsCommand).resolves({
    deployments: deployments.map(d => ({
      deploymentId: d!.deploymentId,
      targetArn: d!.targetArn,
      isLatestForTarget: d!.isLatestForTarget,
      creationTimestamp: d!.creationTimestamp
    }))
  })
  for (const d of deployments) {
    if (d!.deploymentId) {
      gg.on(GetDeploymentCommand, { deploymentId: d!.deploymentId }).resolves(previousDeployment(d))
    }
  }
}

const basedOn = () => created()[0]!.clientToken

describe("the target's latest deployment", () => {
  it('is the one marked latest, whatever the order and the dates', async () => {
    listed(
      { deploymentId: 'dep-a', targetArn: THING_ARN, creationTimestamp: at(20) },
      {
        deploymentId: 'dep-b',
        targetArn: THING_ARN,
        isLatestForTarget: true,
        creationTimestamp: at(2)
      },
      {
        deploymentId: 'dep-c',
        targetArn: THING_ARN,
        isLatestForTarget: false,
        creationTimestamp: at(25)
      }
    )
    await run()
    expect(reporter.text()).toContain('based on deployment dep-b')
  })

  it('is the newest when none is marked, and never one without an id or of another target', async () => {
    listed(
      { deploymentId: 'dep-old', targetArn: THING_ARN, creationTimestamp: at(1) },
      { deploymentId: 'dep-new', creationTimestamp: at(10) },
      { deploymentId: 'dep-mid', targetArn: THING_ARN, creationTimestamp: at(5) },
      { deploymentId: 'dep-none', targetArn: THING_ARN },
      {
        deploymentId: 'dep-other',
        targetArn: GROUP_ARN,
        isLatestForTarget: true,
        creationTimestamp: at(28)
      },
      { targetArn: THING_ARN, isLatestForTarget: true, creationTimestamp: at(29) }
    )
    await run()
    expect(reporter.text()).toContain('based on deployment dep-new')
    expect(gg.commandCalls(GetDeploymentCommand).map(c => c.args[0].input.deploymentId)).toEqual([
      'dep-new'
    ])
    expect(basedOn()).toMatch(/^[a-f0-9]{64}$/)
  })

  it('is looked for on every page of the listing', async () => {
    gg.on(ListDeploymentsCommand)
      .resolvesOnce({ deployments: [], nextToken: 'page-2' })
      .resolves({
        deployments: [{ deploymentId: 'dep-2', targetArn: THING_ARN, isLatestForTarget: true }]
      })
    gg.on(GetDeploymentCommand, { deploymentId: 'dep-2' }).resolves(
      previousDeployment({ deploymentId: 'dep-2' })
    )
    await run()
    const asked = gg.commandCalls(ListDeploymentsCommand).map(c => c.args[0].input)
    expect(asked).toEqual([
      { targetArn: THING_ARN, historyFilter: 'LATEST_ONLY', nextToken: undefined },
      { targetArn: THING_ARN, historyFilter: 'LATEST_ONLY', nextToken: 'page-2' }
    ])
    expect(reporter.text()).toContain('based on deployment dep-2')
  })
})

describe('what the plan says of each target', () => {
  it('without a deployment yet', async () => {
    await run()
    expect(reporter.text()).toContain(
      `thing/core-1: no deployment yet; the new one has only ${NAME}.`
    )
  })

  it('a change, naming the version before and the components kept', async () => {
    listed({ deploymentId: 'dep-old', targetArn: THING_ARN, isLatestForTarget: true })
    await run()
    expect(reporter.text()).toContain(
      `thing/core-1: ${NAME} 1.0.0 → ${VERSION}, based on deployment dep-old; keeps aws.greengrass.Nucleus 2.12.0, aws.greengrass.DockerApplicationManager 2.0.11.`
    )
  })

  it('a first version of ours on a target that runs nothing else', async () => {
    listed({
      deploymentId: 'dep-old',
      targetArn: THING_ARN,
      isLatestForTarget: true,
      components: {}
    })
    await run()
    expect(reporter.text()).toContain(
      `thing/core-1: ${NAME} (new) → ${VERSION}, based on deployment dep-old; keeps no other component.`
    )
  })

  it('a deployment without components at all is a change too', async () => {
    listed({
      deploymentId: 'dep-old',
      targetArn: THING_ARN,
      isLatestForTarget: true,
      components: undefined
    })
    await run()
    expect(created()).toHaveLength(1)
    expect(reporter.text()).toContain(`${NAME} (new) → ${VERSION}`)
  })

  it('unchanged, when the latest COMPLETED deployment has this set', async () => {
    listed(sameSet({ deploymentStatus: 'COMPLETED', isLatestForTarget: true } as never))
    const result = await run({ deployment: inputs().deployment })
    expect(created()).toHaveLength(0)
    expect(result.targets[0]!.unchanged).toBe(true)
    expect(reporter.text()).toContain(
      `thing/core-1: the latest deployment dep-old already has ${NAME} ${VERSION} and the same policies; no new deployment.`
    )
  })

  it('warns of DO_NOTHING only when it comes from the current deployment', async () => {
    listed({
      deploymentId: 'dep-old',
      targetArn: THING_ARN,
      isLatestForTarget: true,
      deploymentPolicies: { failureHandlingPolicy: 'ROLLBACK' }
    })
    await run()
    expect(reporter.text()).not.toContain('DO_NOTHING')
  })

  it('does not warn of DO_NOTHING that the deployment file sets itself', async () => {
    listed({
      deploymentId: 'dep-old',
      targetArn: THING_ARN,
      isLatestForTarget: true,
      deploymentPolicies: { failureHandlingPolicy: 'DO_NOTHING' }
    })
    await run({ deployment: fixtureWithDoNothing })
    expect(created()[0]!.deploymentPolicies!.failureHandlingPolicy).toBe('DO_NOTHING')
    expect(reporter.text()).not.toContain('sets failureHandlingPolicy DO_NOTHING')
  })

  it('warns of a configurationUpdate of ours only when there is one', async () => {
    listed({
      deploymentId: 'dep-old',
      targetArn: THING_ARN,
      isLatestForTarget: true,
      components: { [NAME]: { componentVersion: '1.0.0' } }
    })
    await run()
    expect(reporter.text()).not.toContain('configurationUpdate')
  })
})

const fixtureWithDoNothing = new URL(
  '../../../fixtures/deploy/deployment-do-nothing.yaml',
  import.meta.url
).pathname

describe('where the targets came from', () => {
  it('the inputs, or the deployment file, with the subject to name', () => {
    const plan = { canary: [thing('c')], fleet: [thing('f')] }
    expect(targetSources({ targets: [thing('f')], deployment: 'd.yaml' }, plan)).toEqual([
      { targets: [thing('c')], source: "input 'canary'", subject: 'canary' },
      { targets: [thing('f')], source: "input 'targets'", subject: 'targets' }
    ])
    expect(targetSources({ targets: undefined, deployment: 'd.yaml' }, plan)).toEqual([
      { targets: [thing('c')], source: "input 'canary'", subject: 'canary' },
      { targets: [thing('f')], source: 'the deployment file d.yaml', subject: 'deployment' }
    ])
  })

  it("names 'targets' for targets of another account, one line each", async () => {
    const foreign = (name: string) => {
      const text = `arn:aws:iot:eu-west-1:999999999999:thing/${name}`
      return {
        kind: 'thing' as const,
        name,
        arn: { text, partition: 'aws', region: 'eu-west-1', account: '999999999999' }
      }
    }
    const error = await deploymentPlan(inputs({ targets: [foreign('a'), foreign('b')] })).then(
      () => undefined,
      (e: unknown) => e as ConfigurationError
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error!.subject).toBe('targets')
    const lines = error!.message.split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toContain('arn:aws:iot:eu-west-1:999999999999:thing/a')
    expect(lines[1]).toContain('arn:aws:iot:eu-west-1:999999999999:thing/b')
  })

  it("names 'targets' when there are none", async () => {
    const error = await deploymentPlan(inputs({ targets: [] })).then(
      () => undefined,
      (e: unknown) => e as ConfigurationError
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error!.subject).toBe('targets')
  })
})

describe('a group whose latest deployment has this set and failed on some of its devices', () => {
  const latest = () =>
    listed(
      sameSet({
        deploymentId: 'dep-old',
        targetArn: GROUP_ARN,
        isLatestForTarget: true,
        iotJobId: 'job-old'
      } as never)
    )

  it('a large group: from its IoT job, the count of devices that failed it', async () => {
    latest()
    iotMock.on(ListThingsInThingGroupCommand).resolves({
      things: Array.from({ length: 30 }, (_, i) => `core-${i}`)
    })
    iotMock.on(DescribeJobCommand).resolves({
      job: {
        jobId: 'job-old',
        status: 'IN_PROGRESS',
        jobProcessDetails: { numberOfFailedThings: 2 }
      }
    })
    const result = await run({ targets: [group('fleet')], wait: false })
    expect(created()).toHaveLength(1)
    expect(result.targets[0]!.retried).toBe(true)
    expect(reporter.text()).toContain(
      `thinggroup/fleet: the latest deployment dep-old already has ${NAME} ${VERSION}, but 2 of its devices failed it; deploying it again.`
    )
  })

  it('a large group whose IoT job was canceled', async () => {
    latest()
    iotMock.on(ListThingsInThingGroupCommand).resolves({
      things: Array.from({ length: 30 }, (_, i) => `core-${i}`)
    })
    iotMock.on(DescribeJobCommand).resolves({ job: { jobId: 'job-old', status: 'CANCELED' } })
    await run({ targets: [group('fleet')], wait: false })
    expect(created()).toHaveLength(1)
    expect(reporter.text()).toContain('but its IoT job job-old was canceled; deploying it again.')
  })

  it('a large group whose IoT job saw no failure is unchanged', async () => {
    latest()
    iotMock.on(ListThingsInThingGroupCommand).resolves({
      things: Array.from({ length: 30 }, (_, i) => `core-${i}`)
    })
    iotMock.on(DescribeJobCommand).resolves({
      job: {
        jobId: 'job-old',
        status: 'IN_PROGRESS',
        jobProcessDetails: { numberOfSucceededThings: 30 }
      }
    })
    const result = await run({ targets: [group('fleet')], wait: false })
    expect(created()).toHaveLength(0)
    expect(result.targets[0]!.unchanged).toBe(true)
  })

  it('a large group without an IoT job id is unchanged, and its job is not asked', async () => {
    listed(
      sameSet({ deploymentId: 'dep-old', targetArn: GROUP_ARN, isLatestForTarget: true } as never)
    )
    iotMock.on(ListThingsInThingGroupCommand).resolves({
      things: ['core-1'],
      nextToken: 'more'
    })
    const result = await run({ targets: [group('fleet')], wait: false })
    expect(created()).toHaveLength(0)
    expect(result.targets[0]!.unchanged).toBe(true)
    expect(iotMock.commandCalls(DescribeJobCommand)).toHaveLength(0)
  })

  it('a small group: the devices that failed it, by name', async () => {
    latest()
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['core-a', 'core-b'] })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-a' }).resolves({
      effectiveDeployments: [effective('dep-old', 'COMPLETED')]
    })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-b' }).resolves({
      effectiveDeployments: [effective('dep-old', 'REJECTED')]
    })
    await run({ targets: [group('fleet')], wait: false })
    expect(created()).toHaveLength(1)
    expect(reporter.text()).toContain('but core-b (REJECTED) failed it; deploying it again.')
    expect(iotMock.commandCalls(DescribeJobCommand)).toHaveLength(0)
  })
})
