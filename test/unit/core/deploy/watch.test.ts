// Waiting for the devices against a mocked Greengrass, on a fake clock so that no test waits.
import { describe, it, expect } from '@jest/globals'
import {
  GetCoreDeviceCommand,
  ListEffectiveDeploymentsCommand,
  ResourceNotFoundException
} from '@aws-sdk/client-greengrassv2'
import { ListThingsInThingGroupCommand } from '@aws-sdk/client-iot'
import { gg, iotMock, clock, reporter, group, effective, run } from './harness.js'

describe('waiting for the devices', () => {
  it('a thing that COMPLETED is ok', async () => {
    const result = await run()
    expect(result.targets[0]!.status).toBe('succeeded')
    expect(result.targets[0]!.devices).toEqual([
      { thingName: 'core-1', status: 'COMPLETED', ok: true }
    ])
    expect(result.failures).toEqual([])
    expect(gg.commandCalls(ListEffectiveDeploymentsCommand)[0]!.args[0].input).toMatchObject({
      coreDeviceThingName: 'core-1'
    })
  })

  it('names the thing, the status and the reason of a FAILED device, without throwing', async () => {
    gg.on(ListEffectiveDeploymentsCommand)
      .resolvesOnce({ effectiveDeployments: [effective('dep-new', 'IN_PROGRESS')] })
      .resolves({
        effectiveDeployments: [
          effective('dep-old', 'COMPLETED'),
          effective('dep-new', 'FAILED', {
            reason: 'FAILED_ROLLBACK_COMPLETE: component com.example.AccessDynamoDb broke',
            statusDetails: {
              errorStack: ['DEPLOYMENT_FAILURE', 'COMPONENT_BROKEN'],
              errorTypes: ['USER_COMPONENT_ERROR']
            }
          })
        ]
      })
    const result = await run()
    expect(result.targets[0]!.status).toBe('failed')
    expect(result.failures).toEqual([
      'thing core-1 (thing/core-1): FAILED — FAILED_ROLLBACK_COMPLETE: component com.example.AccessDynamoDb broke; error stack: DEPLOYMENT_FAILURE > COMPONENT_BROKEN; error types: USER_COMPONENT_ERROR'
    ])
    expect(clock.sleeps).toEqual([1000])
  })

  it('in a group, names only the device that failed', async () => {
    iotMock
      .on(ListThingsInThingGroupCommand, { thingGroupName: 'fleet' })
      .resolvesOnce({ things: ['core-a'], nextToken: 'p2' })
      .resolves({ things: ['core-b'] })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-a' }).resolves({
      effectiveDeployments: [effective('dep-new', 'SUCCEEDED')]
    })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-b' }).resolves({
      effectiveDeployments: [
        effective('dep-new', 'FAILED', { statusDetails: { errorTypes: ['DEPENDENCY_ERROR'] } })
      ]
    })
    const result = await run({ targets: [group('fleet')] })
    expect(result.targets[0]!.devices.map(d => [d.thingName, d.status, d.ok])).toEqual([
      ['core-a', 'SUCCEEDED', true],
      ['core-b', 'FAILED', false]
    ])
    expect(result.failures).toEqual([
      'thing core-b (thinggroup/fleet): FAILED — error types: DEPENDENCY_ERROR'
    ])
    expect(result.targets[0]!.status).toBe('failed')
  })

  it('warns about a group without a core device yet, and does not fail it', async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: [] })
    const result = await run({ targets: [group('fleet')] })
    expect(result.failures).toEqual([])
    expect(result.targets[0]!.status).toBe('not-waited')
    expect(reporter.text()).toContain(
      'warning: thinggroup/fleet: no core device in the group yet; the deployment waits for devices to join it.'
    )
  })

  it("waits only for a group's core devices and names the plain IoT thing it skipped", async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['core-a', 'sensor-1'] })
    gg.on(GetCoreDeviceCommand, { coreDeviceThingName: 'sensor-1' }).rejects(
      new ResourceNotFoundException({
        message: 'no such core device',
        resourceId: 'sensor-1',
        resourceType: 'coreDevice',
        $metadata: {}
      })
    )
    gg.on(GetCoreDeviceCommand, { coreDeviceThingName: 'core-a' }).resolves({})
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-a' }).resolves({
      effectiveDeployments: [effective('dep-new', 'SUCCEEDED')]
    })
    const result = await run({ targets: [group('fleet')] })
    expect(result.failures).toEqual([])
    expect(result.targets[0]!.status).toBe('succeeded')
    expect(result.targets[0]!.devices.map(d => d.thingName)).toEqual(['core-a'])
    expect(result.targets[0]!.skipped).toEqual([
      { name: 'sensor-1', why: 'an IoT thing that is not a Greengrass core device' }
    ])
    expect(
      gg.commandCalls(ListEffectiveDeploymentsCommand).map(c => c.args[0].input.coreDeviceThingName)
    ).not.toContain('sensor-1')
    expect(reporter.text()).toContain('thinggroup/fleet: not waiting for sensor-1 (an IoT thing')
  })

  it('a group whose only member is a plain IoT thing is a warning, with the thing named', async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['sensor-1'] })
    gg.on(GetCoreDeviceCommand).rejects(
      new ResourceNotFoundException({
        message: 'no such core device',
        resourceId: 'sensor-1',
        resourceType: 'coreDevice',
        $metadata: {}
      })
    )
    const result = await run({ targets: [group('fleet')] })
    expect(result.failures).toEqual([])
    expect(result.targets[0]!.status).toBe('not-waited')
    expect(reporter.text()).toContain(
      'thinggroup/fleet: no core device in the group yet (only sensor-1, not core devices)'
    )
  })

  it('on timeout names each pending device, on a fake clock', async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['core-a', 'core-b'] })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-a' }).resolves({
      effectiveDeployments: [effective('dep-new', 'SUCCEEDED')]
    })
    gg.on(ListEffectiveDeploymentsCommand, { coreDeviceThingName: 'core-b' }).resolves({
      effectiveDeployments: [effective('dep-new', 'IN_PROGRESS')]
    })
    const before = clock.time
    const result = await run({ targets: [group('fleet')], waitTimeoutSeconds: 60 })
    expect(clock.time - before).toBe(60_000)
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 16_000, 29_000])
    expect(result.targets[0]!.status).toBe('timed-out')
    expect(result.failures).toEqual([
      'thing core-b (thinggroup/fleet): TIMED_OUT (waited 60s) — last status IN_PROGRESS'
    ])
  })

  it('says when a device never reported the deployment', async () => {
    gg.on(ListEffectiveDeploymentsCommand).resolves({ effectiveDeployments: [] })
    const result = await run({ waitTimeoutSeconds: 10 })
    expect(result.failures).toEqual([
      'thing core-1 (thing/core-1): TIMED_OUT (waited 10s) — the device has not reported this deployment yet (is it online?)'
    ])
  })

  it('does not poll the devices when wait is false', async () => {
    const result = await run({ wait: false })
    expect(gg.commandCalls(ListEffectiveDeploymentsCommand)).toHaveLength(0)
    expect(result.targets[0]!.status).toBe('not-waited')
    expect(result.failures).toEqual([])
  })
})
