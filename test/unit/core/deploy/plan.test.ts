// The plan against a mocked Greengrass: each target's deployment is its latest one with only
// our component changed, or none when that is what it already has.
import { describe, it, expect, beforeEach } from '@jest/globals'
import {
  CreateComponentVersionCommand,
  ListDeploymentsCommand,
  ListEffectiveDeploymentsCommand
} from '@aws-sdk/client-greengrassv2'
import { ListThingsInThingGroupCommand } from '@aws-sdk/client-iot'
import { unchangedTargets } from '../../../../src/core/smoke/verdict.js'
import { ConfigurationError } from '../../../../src/core/shared/errors.js'
import {
  fixture,
  gg,
  iotMock,
  ACCOUNT,
  NAME,
  VERSION,
  THING_ARN,
  GROUP_ARN,
  reporter,
  group,
  effective,
  run,
  created,
  previousDeployment,
  sameSet,
  withPrevious
} from './harness.js'

describe('deployments', () => {
  it("merges with the target's latest deployment and warns about the dropped configuration", async () => {
    withPrevious(previousDeployment())
    const result = await run()
    const [request] = created()
    expect(request!.targetArn).toBe(THING_ARN)
    expect(Object.keys(request!.components!).sort()).toEqual([
      'aws.greengrass.DockerApplicationManager',
      'aws.greengrass.Nucleus',
      NAME
    ])
    expect(request!.components![NAME]).toEqual({
      componentVersion: VERSION,
      runWith: { posixUser: 'app' }
    })
    expect(request!.deploymentPolicies!.componentUpdatePolicy).toEqual({
      timeoutInSeconds: 90,
      action: 'SKIP_NOTIFY_COMPONENTS'
    })
    expect(gg.commandCalls(ListDeploymentsCommand)[0]!.args[0].input).toMatchObject({
      targetArn: THING_ARN,
      historyFilter: 'LATEST_ONLY'
    })
    expect(result.targets[0]).toMatchObject({
      deploymentId: 'dep-new',
      previousDeploymentId: 'dep-old',
      unchanged: false,
      status: 'succeeded'
    })
    expect(reporter.text()).toMatch(/warning: thing\/core-1: .*configurationUpdate.*drops it/)
  })

  it('creates no deployment when the latest already has this component set, and still checks the devices', async () => {
    const same = previousDeployment({
      components: {
        ...previousDeployment().components,
        [NAME]: { componentVersion: VERSION, runWith: { posixUser: 'app' } }
      },
      deploymentPolicies: {
        failureHandlingPolicy: 'ROLLBACK',
        componentUpdatePolicy: { timeoutInSeconds: 90, action: 'SKIP_NOTIFY_COMPONENTS' },
        configurationValidationPolicy: { timeoutInSeconds: 45 }
      }
    })
    withPrevious(same)
    gg.on(ListEffectiveDeploymentsCommand).resolves({
      effectiveDeployments: [effective('dep-old', 'COMPLETED')]
    })
    const result = await run()
    expect(created()).toHaveLength(0)
    expect(result.targets[0]).toMatchObject({
      deploymentId: 'dep-old',
      unchanged: true,
      status: 'succeeded',
      devices: [{ thingName: 'core-1', status: 'COMPLETED', ok: true }]
    })
  })

  it.each(['FAILED', 'CANCELED'] as const)(
    'redeploys an identical set whose latest deployment is %s (a rerun is a retry)',
    async deploymentStatus => {
      // Everything the same as a reused deployment but its status.
      withPrevious(sameSet({ deploymentStatus }))
      gg.on(ListEffectiveDeploymentsCommand).resolves({
        effectiveDeployments: [effective('dep-new', 'COMPLETED')]
      })
      const result = await run()
      expect(created()).toHaveLength(1)
      expect(result.targets[0]).toMatchObject({ unchanged: false, deploymentId: 'dep-new' })
    }
  )

  it('refuses a target ARN of another account before creating anything', async () => {
    const text = 'arn:aws:iot:eu-west-1:999999999999:thing/core-1'
    const error = await run({
      targets: [
        {
          kind: 'thing',
          name: 'core-1',
          arn: { text, partition: 'aws', region: 'eu-west-1', account: '999999999999' }
        }
      ]
    }).catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(`${text} is in eu-west-1, account 999999999999`)
    expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(0)
    expect(created()).toHaveLength(0)
  })

  it('warns when DO_NOTHING comes from the current deployment and the file is silent', async () => {
    withPrevious(
      previousDeployment({
        deploymentPolicies: { failureHandlingPolicy: 'DO_NOTHING' }
      })
    )
    await run({ wait: false })
    expect(created()[0]!.deploymentPolicies!.failureHandlingPolicy).toBe('DO_NOTHING')
    expect(reporter.text()).toMatch(
      /warning: thing\/core-1: the current deployment dep-old sets failureHandlingPolicy DO_NOTHING.*ROLLBACK/
    )
  })

  describe('a group whose latest deployment is ACTIVE with this component set', () => {
    const sameForGroup = () =>
      previousDeployment({
        targetArn: GROUP_ARN,
        components: { [NAME]: { componentVersion: VERSION } },
        deploymentPolicies: {
          failureHandlingPolicy: 'ROLLBACK',
          componentUpdatePolicy: { timeoutInSeconds: 90, action: 'SKIP_NOTIFY_COMPONENTS' },
          configurationValidationPolicy: { timeoutInSeconds: 45 }
        },
        iotJobConfiguration: { timeoutConfig: { inProgressTimeoutInMinutes: 30 } }
      })
    beforeEach(() => {
      withPrevious(sameForGroup())
      iotMock.on(ListThingsInThingGroupCommand, { thingGroupName: 'fleet' }).resolves({
        things: ['core-1', 'core-2']
      })
    })

    it('deploys it again when a device failed it: the rerun after a fix is a retry', async () => {
      gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-1' }).resolves({
        effectiveDeployments: [effective('dep-old', 'COMPLETED')]
      })
      gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-2' }).resolves({
        effectiveDeployments: [
          effective('dep-old', 'FAILED', { reason: 'docker: permission denied' })
        ]
      })
      const result = await run({ targets: [group('fleet')], wait: false })
      expect(created()).toHaveLength(1)
      expect(result.targets[0]).toMatchObject({
        unchanged: false,
        retried: true,
        previousDeploymentId: 'dep-old'
      })
      expect(reporter.text()).toContain('but core-2 (FAILED) failed it; deploying it again')
      // core-1 still runs this version and will not restart: for the smoke check, the group
      // is one whose earlier item of this version counts, however large it is.
      expect(unchangedTargets(result)).toEqual([group('fleet')])
    })

    it('reuses it when no device failed it', async () => {
      gg.on(ListEffectiveDeploymentsCommand).resolves({
        effectiveDeployments: [effective('dep-old', 'SUCCEEDED')]
      })
      const result = await run({ targets: [group('fleet')], wait: false })
      expect(created()).toHaveLength(0)
      expect(result.targets[0]).toMatchObject({ unchanged: true, deploymentId: 'dep-old' })
    })
  })

  it('without a previous deployment deploys only our component, with ROLLBACK', async () => {
    const result = await run()
    const [request] = created()
    expect(request!.components).toEqual({ [NAME]: { componentVersion: VERSION } })
    expect(request!.deploymentPolicies!.failureHandlingPolicy).toBe('ROLLBACK')
    expect(request!.deploymentName).toBe(`${NAME} ${VERSION}`)
    expect(result.targets[0]!.previousDeploymentId).toBeUndefined()
  })

  it("uses the deployment file's targets when the input names none", async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['core-1'] })
    const result = await run({ targets: undefined, deployment: fixture('deployment.yaml') })
    expect(result.targets.map(t => t.targetArn)).toEqual([
      `arn:aws:iot:eu-west-1:${ACCOUNT}:thinggroup/sample-fleet`,
      THING_ARN
    ])
    expect(created()[0]!.iotJobConfiguration?.jobExecutionsRolloutConfig).toEqual({
      maximumPerMinute: 10
    })
  })

  it("names 'targets' when neither the input nor the file has any", async () => {
    const attempt = run({ targets: undefined })
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(/No targets: set the 'targets' input.*policies-only/)
    expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(0)
  })

  it("makes a new deployment when only the deployment file's policies changed", async () => {
    // The latest deployment has this component set; the file now says 90 s where it had 30.
    withPrevious(
      sameSet({
        deploymentPolicies: {
          ...sameSet().deploymentPolicies,
          componentUpdatePolicy: { timeoutInSeconds: 30, action: 'SKIP_NOTIFY_COMPONENTS' }
        }
      })
    )
    const result = await run({ wait: false })
    expect(created()).toHaveLength(1)
    expect(created()[0]!.deploymentPolicies!.componentUpdatePolicy).toEqual({
      timeoutInSeconds: 90,
      action: 'SKIP_NOTIFY_COMPONENTS'
    })
    expect(result.targets[0]).toMatchObject({ unchanged: false, previousDeploymentId: 'dep-old' })
  })
})
