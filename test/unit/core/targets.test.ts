// The targets looked up before anything changes: a missing thing or group is bad input naming
// it, a thing that is not a core device a warning, and a group's members come from IoT.
import { FakeClock } from '../../support/fake-clock.js'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { mockClient } from 'aws-sdk-client-mock'
import {
  CreateComponentVersionCommand,
  DescribeComponentCommand,
  GetCoreDeviceCommand,
  GreengrassV2Client,
  ListDeploymentsCommand,
  ResourceNotFoundException as GreengrassNotFound
} from '@aws-sdk/client-greengrassv2'
import {
  DescribeThingCommand,
  DescribeThingGroupCommand,
  IoTClient,
  ListThingsInThingGroupCommand,
  ResourceNotFoundException,
  ThrottlingException
} from '@aws-sdk/client-iot'
import { deploy } from '../../../src/core/deploy/deploy.js'
import { ConfigurationError } from '../../../src/core/shared/errors.js'
import type { Target } from '../../../src/core/config.js'
import { MemoryReporter, type StepContext } from '../../../src/core/shared/report.js'
import { checkTargets, groupMembers } from '../../../src/core/targets.js'

const credentials = { accessKeyId: 'a', secretAccessKey: 'b' }
const greengrass = new GreengrassV2Client({ region: 'eu-west-1', credentials })
const gg = mockClient(greengrass)
const iot = new IoTClient({ region: 'eu-west-1', credentials })
const iotMock = mockClient(iot)
const clients = { iot, greengrass }
const WHERE = { region: 'eu-west-1', accountId: '123456789012' }

const thing = (name: string): Target => ({ kind: 'thing', name })
const group = (name: string): Target => ({ kind: 'thinggroup', name })
const fromInput = (...targets: Target[]) => [
  { targets, source: "input 'targets'", subject: 'targets' }
]
const iotNotFound = () => new ResourceNotFoundException({ message: 'not found', $metadata: {} })
const ggNotFound = () =>
  new GreengrassNotFound({
    message: 'Core device not found',
    resourceId: 'x',
    resourceType: 'coreDevice',
    $metadata: {}
  })

let clock: FakeClock
let reporter: MemoryReporter
let ctx: StepContext

beforeEach(() => {
  clock = new FakeClock(new Date('2026-12-01T00:00:00Z'))
  reporter = new MemoryReporter()
  ctx = { reporter, clock, random: () => 0 }
  gg.reset()
  iotMock.reset()
  iotMock.on(DescribeThingCommand).resolves({ thingName: 'core-1' })
  iotMock.on(DescribeThingGroupCommand).resolves({ thingGroupName: 'fleet' })
  gg.on(GetCoreDeviceCommand).resolves({ coreDeviceThingName: 'core-1', status: 'HEALTHY' })
})

describe('checkTargets', () => {
  it('passes targets that exist, asking each once, read-only', async () => {
    const checked = await checkTargets(
      [
        { targets: [thing('core-1')], source: "input 'canary'", subject: 'canary' },
        ...fromInput(thing('core-1'), group('fleet'))
      ],
      WHERE,
      clients,
      ctx
    )
    expect(checked.notCoreDevices).toEqual([])
    expect(iotMock.commandCalls(DescribeThingCommand).map(c => c.args[0].input)).toEqual([
      { thingName: 'core-1' }
    ])
    expect(iotMock.commandCalls(DescribeThingGroupCommand).map(c => c.args[0].input)).toEqual([
      { thingGroupName: 'fleet' }
    ])
    expect(gg.commandCalls(GetCoreDeviceCommand).map(c => c.args[0].input)).toEqual([
      { coreDeviceThingName: 'core-1' }
    ])
    expect(reporter.text()).not.toContain('warning')
  })

  it('names every missing thing and group, where it was named, and the fix', async () => {
    iotMock.on(DescribeThingCommand, { thingName: 'no-such-thing' }).rejects(iotNotFound())
    iotMock
      .on(DescribeThingGroupCommand, { thingGroupName: 'no-such-group' })
      .rejects(iotNotFound())
    const attempt = checkTargets(
      fromInput(thing('core-1'), thing('no-such-thing'), group('no-such-group')),
      WHERE,
      clients,
      ctx
    )
    await expect(attempt).rejects.toThrow(ConfigurationError)
    const error = (await attempt.catch(e => e)) as ConfigurationError
    expect(error.subject).toBe('targets')
    expect(error.message.split('\n')).toEqual([
      "Target thing/no-such-thing (input 'targets') does not exist: there is no IoT thing named no-such-thing in eu-west-1 (account 123456789012). Check the name and the region, or provision the device first (Greengrass core setup with --provision true creates its thing).",
      "Target thinggroup/no-such-group (input 'targets') does not exist: there is no IoT thing group named no-such-group in eu-west-1 (account 123456789012). Check the name and the region, or create the group (aws iot create-thing-group --thing-group-name no-such-group) and add the core devices to it.",
      'Nothing was changed.'
    ])
  })

  it('warns about a thing that is not a Greengrass core device, naming it', async () => {
    gg.on(GetCoreDeviceCommand, { coreDeviceThingName: 'sensor-7' }).rejects(ggNotFound())
    const checked = await checkTargets(
      fromInput(thing('core-1'), thing('sensor-7')),
      WHERE,
      clients,
      ctx
    )
    expect(checked.notCoreDevices).toEqual(['sensor-7'])
    expect(reporter.lines.filter(l => l.startsWith('warning: '))).toEqual([
      'warning: Target thing/sensor-7 is an IoT thing but not a Greengrass core device: its deployment waits until the device is provisioned as one (install the Greengrass nucleus on it), so waiting for it reports no success.'
    ])
  })

  it('retries throttling and server errors on the lookups', async () => {
    iotMock
      .on(DescribeThingCommand)
      .rejectsOnce(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }))
      .rejectsOnce(
        Object.assign(new Error('Internal'), {
          name: 'InternalFailureException',
          $metadata: { httpStatusCode: 500 }
        })
      )
      .resolves({ thingName: 'core-1' })
    await checkTargets(fromInput(thing('core-1')), WHERE, clients, ctx)
    expect(iotMock.commandCalls(DescribeThingCommand)).toHaveLength(3)
    expect(clock.sleeps).toHaveLength(2)
  })

  it('says which permission is missing when a lookup is denied', async () => {
    iotMock.on(DescribeThingGroupCommand).rejects(
      Object.assign(new Error('User is not authorized to perform iot:DescribeThingGroup'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 403 }
      })
    )
    const attempt = checkTargets(fromInput(group('fleet')), WHERE, clients, ctx)
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      'iot:DescribeThingGroup on arn:aws:iot:eu-west-1:123456789012:thinggroup/fleet was denied: User is not authorized to perform iot:DescribeThingGroup. Allow iot:DescribeThingGroup on arn:aws:iot:eu-west-1:123456789012:thinggroup/fleet'
    )
  })

  it('names greengrass:GetCoreDevice, in the partition of the region, when that is denied', async () => {
    gg.on(GetCoreDeviceCommand).rejects(
      Object.assign(new Error('denied'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 403 }
      })
    )
    await expect(
      checkTargets(
        fromInput(thing('core-1')),
        { region: 'cn-north-1', accountId: '123456789012' },
        clients,
        ctx
      )
    ).rejects.toThrow(
      'Allow greengrass:GetCoreDevice on arn:aws-cn:greengrass:cn-north-1:123456789012:coreDevices:core-1'
    )
  })
})

describe('groupMembers', () => {
  it('pages ListThingsInThingGroup 250 at a time, child groups included', async () => {
    iotMock
      .on(ListThingsInThingGroupCommand)
      .resolvesOnce({ things: ['a', 'b'], nextToken: 't2' })
      .resolvesOnce({ things: ['c'] })
    expect(await groupMembers(iot, ctx, 'fleet')).toEqual({ names: ['a', 'b', 'c'], more: false })
    expect(iotMock.commandCalls(ListThingsInThingGroupCommand).map(c => c.args[0].input)).toEqual([
      { thingGroupName: 'fleet', recursive: true, maxResults: 250, nextToken: undefined },
      { thingGroupName: 'fleet', recursive: true, maxResults: 250, nextToken: 't2' }
    ])
  })

  it('stops at the limit and says there are more', async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['a', 'b'], nextToken: 'more' })
    expect(await groupMembers(iot, ctx, 'fleet', 2)).toEqual({ names: ['a', 'b'], more: true })
    expect(iotMock.commandCalls(ListThingsInThingGroupCommand)).toHaveLength(1)
  })

  const serverError = () =>
    Object.assign(new Error('We encountered an internal error'), {
      name: 'InternalServerError',
      $metadata: { httpStatusCode: 500 }
    })

  it('retries a 5xx page as the caller says, then throws what the caller makes of it', async () => {
    ctx = { ...ctx, random: () => 1 }
    iotMock
      .on(ListThingsInThingGroupCommand)
      .resolvesOnce({ things: ['a'], nextToken: 't2' })
      .rejects(serverError())
    const before = clock.time
    const error = await groupMembers(iot, ctx, 'fleet', Infinity, {
      retry: { attempts: 3, maxDelayMs: 600 },
      failure: e => new Error(`wrapped: ${(e as Error).name}`)
    }).catch((e: unknown) => e)
    expect((error as Error).message).toBe('wrapped: InternalServerError')
    // The first page, then 3 attempts at the second (not the default 8), 500 and 600 ms apart.
    expect(iotMock.commandCalls(ListThingsInThingGroupCommand)).toHaveLength(4)
    expect(clock.time - before).toBe(1_100)
  })

  it('a 5xx page that clears is listed on from where it failed', async () => {
    iotMock
      .on(ListThingsInThingGroupCommand)
      .resolvesOnce({ things: ['a'], nextToken: 't2' })
      .rejectsOnce(serverError())
      .resolvesOnce({ things: ['b'] })
    expect(await groupMembers(iot, ctx, 'fleet')).toEqual({ names: ['a', 'b'], more: false })
    expect(
      iotMock.commandCalls(ListThingsInThingGroupCommand).map(c => c.args[0].input.nextToken)
    ).toEqual([undefined, 't2', 't2'])
  })

  it('by default fails naming the action and the group', async () => {
    iotMock.on(ListThingsInThingGroupCommand).rejects(
      Object.assign(new Error('not allowed'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 403 }
      })
    )
    await expect(groupMembers(iot, ctx, 'fleet')).rejects.toThrow(
      'iot:ListThingsInThingGroup on thing group fleet was denied: not allowed'
    )
  })
})

describe('the deploy step used alone', () => {
  const fixture = (name: string) =>
    fileURLToPath(new URL(`../../fixtures/deploy/${name}`, import.meta.url))
  const run = (targets: Target[], options = {}, dryRun = false) =>
    deploy(
      {
        region: 'eu-west-1',
        accountId: '123456789012',
        recipePath: fixture('recipe.yaml'),
        deployment: fixture('deployment-policies-only.yaml'),
        targets,
        wait: true,
        waitTimeoutSeconds: 60,
        dryRun
      },
      clients,
      ctx,
      options
    )

  beforeEach(() => {
    gg.on(DescribeComponentCommand).rejects(ggNotFound())
    gg.on(ListDeploymentsCommand).resolves({ deployments: [] })
  })

  it('refuses a missing target before any Greengrass call', async () => {
    iotMock.on(DescribeThingCommand).rejects(iotNotFound())
    await expect(run([thing('no-such-thing')])).rejects.toThrow(
      /Target thing\/no-such-thing \(input 'targets'\) does not exist/
    )
    // Not a component, not a deployment, not even a read of them.
    expect(gg.calls()).toHaveLength(0)
  })

  it('names the deployment file when the targets came from it', async () => {
    iotMock.on(DescribeThingGroupCommand).rejects(iotNotFound())
    const attempt = deploy(
      {
        region: 'eu-west-1',
        accountId: '123456789012',
        recipePath: fixture('recipe.yaml'),
        deployment: fixture('deployment.yaml'),
        wait: false,
        waitTimeoutSeconds: 60,
        dryRun: true
      },
      clients,
      ctx
    )
    const error = (await attempt.catch(e => e)) as ConfigurationError
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.subject).toBe('deployment')
    expect(error.message).toContain(
      `Target thinggroup/sample-fleet (the deployment file ${fixture('deployment.yaml')}) does not exist`
    )
    expect(gg.commandCalls(CreateComponentVersionCommand)).toHaveLength(0)
  })

  it('does not look again when the pipeline already did', async () => {
    const planned = await run([thing('core-1')], { targetsChecked: true }, true)
    expect(planned.targets.map(t => t.status)).toEqual(['planned'])
    expect(iotMock.commandCalls(DescribeThingCommand)).toHaveLength(0)
    expect(gg.commandCalls(GetCoreDeviceCommand)).toHaveLength(0)
  })
})
