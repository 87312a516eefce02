// Creating the deployments against a mocked Greengrass: content-derived client tokens, the
// start time, retries, refusals, and the devices that already run this version.
import { describe, it, expect } from '@jest/globals'
import {
  CreateDeploymentCommand,
  ListDeploymentsCommand,
  ListEffectiveDeploymentsCommand,
  ListInstalledComponentsCommand,
  ThrottlingException,
  type GetDeploymentResponse
} from '@aws-sdk/client-greengrassv2'
import { ListThingsInThingGroupCommand } from '@aws-sdk/client-iot'
import { unchangedTargets } from '../../../../src/core/smoke/verdict.js'
import { ConfigurationError } from '../../../../src/core/shared/errors.js'
import {
  fixture,
  gg,
  iotMock,
  NAME,
  VERSION,
  clock,
  group,
  effective,
  run,
  created,
  previousDeployment,
  withPrevious,
  freshMocks
} from './harness.js'

describe('deployments', () => {
  it('derives the deployment client token from the request and its base deployment', async () => {
    const tokenOf = async (previous: GetDeploymentResponse) => {
      freshMocks()
      withPrevious(previous)
      await run()
      return created()[0]!.clientToken
    }
    const tokens = [
      await tokenOf(previousDeployment()),
      await tokenOf(previousDeployment()),
      // Based on another deployment, e.g. going back to an earlier set within 8 hours.
      await tokenOf(previousDeployment({ deploymentId: 'dep-other' }))
    ]
    expect(tokens[0]).toMatch(/^[a-f0-9]{64}$/)
    expect(tokens[1]).toBe(tokens[0])
    expect(tokens[2]).not.toBe(tokens[0])
  })

  it('takes startedAt before the first deployment is created', async () => {
    let createdAt = 0
    gg.on(CreateDeploymentCommand).callsFake(() => {
      createdAt = clock.now().getTime()
      clock.time += 1000
      return { deploymentId: 'dep-new' }
    })
    const result = await run()
    expect(new Date(result.startedAt).getTime()).toBeLessThanOrEqual(createdAt)
    expect(result.startedAt).toMatch(/Z$/)
  })

  it('retries a throttled call without real waiting', async () => {
    gg.on(ListDeploymentsCommand)
      .rejectsOnce(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }))
      .resolves({ deployments: [] })
    const result = await run()
    expect(result.failures).toEqual([])
    expect(gg.commandCalls(ListDeploymentsCommand)).toHaveLength(2)
  })

  it('fails with the AWS message and the permission when CreateDeployment is refused', async () => {
    gg.on(CreateDeploymentCommand).rejects(
      Object.assign(new Error('User is not authorized to perform greengrass:CreateDeployment'), {
        name: 'AccessDeniedException'
      })
    )
    const attempt = run()
    // Access denied is configuration: the user grants the permission (exit 2 in the CLI).
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      /greengrass:CreateDeployment on thing\/core-1 was denied: User is not authorized.*Allow greengrass:CreateDeployment on thing\/core-1/
    )
  })

  it("derives the deployment client token from the request's content, not only its base", async () => {
    const tokenOf = async (deployment: string) => {
      freshMocks()
      withPrevious(previousDeployment())
      await run({ deployment, wait: false })
      return created()[0]!.clientToken
    }
    const policiesOnly = await tokenOf(fixture('deployment-policies-only.yaml'))
    // Same target, same base deployment, other policies: another request, another token, or
    // the API would answer with the first deployment and ignore the change.
    const seed = await tokenOf(fixture('deployment-seed.yaml'))
    expect(seed).toMatch(/^[a-f0-9]{64}$/)
    expect(seed).not.toBe(policiesOnly)
    expect(await tokenOf(fixture('deployment-policies-only.yaml'))).toBe(policiesOnly)
  })
})

describe('devices that already run this version', () => {
  it('are named, so the smoke check does not wait for an item they will not write', async () => {
    iotMock.on(ListThingsInThingGroupCommand, { thingGroupName: 'fleet' }).resolves({
      things: ['core-a', 'core-b']
    })
    gg.on(ListInstalledComponentsCommand, { coreDeviceThingName: 'core-a' }).resolves({
      installedComponents: [
        { componentName: NAME, componentVersion: VERSION, lifecycleState: 'FINISHED' }
      ]
    })
    gg.on(ListInstalledComponentsCommand, { coreDeviceThingName: 'core-b' }).resolves({
      installedComponents: [
        { componentName: NAME, componentVersion: '0.9.0', lifecycleState: 'RUNNING' }
      ]
    })
    gg.on(ListEffectiveDeploymentsCommand).resolves({
      effectiveDeployments: [effective('dep-new', 'SUCCEEDED')]
    })
    const result = await run({ targets: [group('fleet')] })
    expect(result.targets[0]!.unchanged).toBe(false)
    expect(result.targets[0]!.alreadyRunning).toEqual(['core-a'])
    expect(unchangedTargets(result)).toEqual([{ kind: 'thing', name: 'core-a' }])
    // The group's devices are listed once, not once for the check and again for the wait.
    expect(iotMock.commandCalls(ListThingsInThingGroupCommand)).toHaveLength(1)
  })
})
