// The smoke check against mocked DynamoDB and IoT: which items count for which device, the
// polling (on a fake clock), group expansion, and the failures a user has to act on.
import { FakeClock } from '../../../support/fake-clock.js'
import { describe, it, expect, beforeEach } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  DynamoDBClient,
  QueryCommand,
  type AttributeValue,
  type QueryCommandInput
} from '@aws-sdk/client-dynamodb'
import { IoTClient, ListThingsInThingGroupCommand } from '@aws-sdk/client-iot'
import {
  GetCoreDeviceCommand,
  GreengrassV2Client,
  ResourceNotFoundException
} from '@aws-sdk/client-greengrassv2'
import { CORE_CHECK_LIMIT, smoke } from '../../../../src/core/smoke/smoke.js'
import { smokeFailures } from '../../../../src/core/smoke/verdict.js'
import { ConfigurationError, StepFailure } from '../../../../src/core/shared/errors.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'
import type { SmokeInputs, Target } from '../../../../src/core/config.js'

const credentials = { accessKeyId: 'a', secretAccessKey: 'b' }
const dynamodb = new DynamoDBClient({ region: 'eu-west-1', credentials })
const iot = new IoTClient({ region: 'eu-west-1', credentials })
const ddbMock = mockClient(dynamodb)
const iotMock = mockClient(iot)
const greengrass = new GreengrassV2Client({ region: 'eu-west-1', credentials })
const ggMock = mockClient(greengrass)

const SINCE = new Date('2026-11-29T03:00:00.000Z')
const AFTER = '2026-11-29T03:16:14.123Z'
const BEFORE = '2026-11-28T22:00:00.000Z'

let clock: FakeClock
let reporter: MemoryReporter
let ctx: StepContext

beforeEach(() => {
  ddbMock.reset()
  iotMock.reset()
  ggMock.reset()
  clock = new FakeClock(new Date(SINCE.getTime() + 60_000))
  reporter = new MemoryReporter()
  ctx = { reporter, clock, random: () => 0 }
})

const thing = (name: string): Target => ({ kind: 'thing', name })
const group = (name: string): Target => ({ kind: 'thinggroup', name })

function inputs(over: Partial<SmokeInputs> = {}): SmokeInputs {
  return {
    region: 'eu-west-1',
    tableName: 'SampleDynamoTable',
    targets: [thing('core-1')],
    since: SINCE,
    timeoutSeconds: 30,
    componentVersion: '1.0.3',
    unchangedTargets: [],
    ...over
  }
}

function item(device: string, timestamp: string, version?: string): Record<string, AttributeValue> {
  const it: Record<string, AttributeValue> = {
    device_name: { S: device },
    timestamp: { S: timestamp }
  }
  if (version !== undefined) it.component_version = { S: version }
  return it
}

/** Answers every Query with the items of the device it asks about. */
function table(items: Record<string, Record<string, AttributeValue>[]>): void {
  ddbMock.on(QueryCommand).callsFake((input: QueryCommandInput) => {
    const device = input.ExpressionAttributeValues?.[':d']?.S ?? ''
    return { Items: items[device] ?? [] }
  })
}

const queries = () => ddbMock.commandCalls(QueryCommand).map(c => c.args[0].input)
const queriesFor = (device: string) =>
  queries().filter(q => q.ExpressionAttributeValues?.[':d']?.S === device)

const run = (over: Partial<SmokeInputs> = {}) => smoke(inputs(over), { dynamodb, iot }, ctx)

describe('smoke', () => {
  it('finds an item written after the deployment on the first poll', async () => {
    table({ 'core-1': [item('core-1', AFTER, '1.0.3')] })
    const result = await run()
    expect(result.devices).toEqual({ 'core-1': 'found' })
    expect(result.missing).toEqual([])
    expect(result.items['core-1']).toEqual({
      device_name: 'core-1',
      timestamp: AFTER,
      component_version: '1.0.3'
    })
    expect(result.since).toBe(SINCE.toISOString())
    expect(result.tableName).toBe('SampleDynamoTable')
    expect(clock.sleeps).toEqual([])
    expect(reporter.lines.slice(-2)).toEqual([
      'Poll 1: 1 of 1 found.',
      'All 1 device wrote their item.'
    ])
  })

  it('keeps polling, with growing intervals and no real waiting, until the item appears', async () => {
    ddbMock
      .on(QueryCommand)
      .resolvesOnce({ Items: [] })
      .resolvesOnce({ Items: [] })
      .resolves({ Items: [item('core-1', AFTER, '1.0.3')] })
    const result = await run()
    expect(result.devices).toEqual({ 'core-1': 'found' })
    expect(queries()).toHaveLength(3)
    expect(clock.sleeps).toEqual([1000, 2000])
    expect(reporter.text()).toMatch(/Poll 1: 0 of 1 found; waiting for core-1/)
  })

  it('asks for items at or after since, strongly consistent and newest first', async () => {
    table({ 'core-1': [item('core-1', AFTER, '1.0.3')] })
    await run()
    const [q] = queries()
    expect(q).toMatchObject({
      TableName: 'SampleDynamoTable',
      ConsistentRead: true,
      ScanIndexForward: false,
      KeyConditionExpression: 'device_name = :d AND #ts >= :since',
      ExpressionAttributeNames: { '#ts': 'timestamp' },
      ExpressionAttributeValues: { ':d': { S: 'core-1' }, ':since': { S: SINCE.toISOString() } }
    })
    expect(q!.Limit).toBeLessThanOrEqual(25)
  })

  it('does not count an item older than since', async () => {
    table({ 'core-1': [item('core-1', BEFORE, '1.0.3')] })
    const result = await run({ timeoutSeconds: 10 })
    expect(result.devices).toEqual({ 'core-1': 'missing' })
    expect(result.missing).toEqual(['core-1'])
    expect(result.items).toEqual({})
  })

  it('does not count an item of another component version', async () => {
    table({ 'core-1': [item('core-1', AFTER, '1.0.2')] })
    const result = await run({ timeoutSeconds: 10 })
    expect(result.missing).toEqual(['core-1'])
    expect(reporter.text()).toContain(
      `core-1 wrote its newest item into SampleDynamoTable at ${AFTER} with component_version 1.0.2, not the deployed 1.0.3.`
    )
  })

  it('counts an item without component_version', async () => {
    table({ 'core-1': [item('core-1', AFTER)] })
    const result = await run()
    expect(result.devices).toEqual({ 'core-1': 'found' })
    expect(result.items['core-1']).toEqual({ device_name: 'core-1', timestamp: AFTER })
  })

  it('counts any recent item when no component version is given', async () => {
    table({ 'core-1': [item('core-1', AFTER, '9.9.9')] })
    const result = await run({ componentVersion: undefined })
    expect(result.devices).toEqual({ 'core-1': 'found' })
  })

  it('pages past newer items of another version to the one that counts', async () => {
    ddbMock
      .on(QueryCommand)
      .resolvesOnce({
        Items: [item('core-1', '2026-11-29T03:20:00.000Z', '1.0.2')],
        LastEvaluatedKey: { device_name: { S: 'core-1' }, timestamp: { S: 'x' } }
      })
      .resolves({ Items: [item('core-1', AFTER, '1.0.3')] })
    const result = await run()
    expect(result.devices).toEqual({ 'core-1': 'found' })
    expect(clock.sleeps).toEqual([])
    expect(queries()[1]!.ExclusiveStartKey).toEqual({
      device_name: { S: 'core-1' },
      timestamp: { S: 'x' }
    })
  })

  describe('unchanged targets', () => {
    it('accepts an old item of the deployed version, querying without since', async () => {
      table({ 'core-1': [item('core-1', BEFORE, '1.0.3')] })
      const result = await run({ unchangedTargets: [thing('core-1')] })
      expect(result.devices).toEqual({ 'core-1': 'found' })
      const [q] = queries()
      expect(q!.KeyConditionExpression).toBe('device_name = :d')
      expect(q!.ExpressionAttributeValues).toEqual({ ':d': { S: 'core-1' } })
      expect(q!.ConsistentRead).toBe(true)
      expect(q!.ScanIndexForward).toBe(false)
    })

    it('does not accept an old item of another version, nor one without a version', async () => {
      table({ 'core-1': [item('core-1', AFTER, '1.0.2'), item('core-1', BEFORE)] })
      const result = await run({ unchangedTargets: [thing('core-1')], timeoutSeconds: 10 })
      expect(result.missing).toEqual(['core-1'])
    })

    it('applies to the members of an unchanged group only', async () => {
      iotMock
        .on(ListThingsInThingGroupCommand, { thingGroupName: 'old' })
        .resolves({ things: ['core-old'] })
      iotMock
        .on(ListThingsInThingGroupCommand, { thingGroupName: 'new' })
        .resolves({ things: ['core-new'] })
      table({
        'core-old': [item('core-old', BEFORE, '1.0.3')],
        'core-new': [item('core-new', BEFORE, '1.0.3')]
      })
      const result = await run({
        targets: [group('old'), group('new')],
        unchangedTargets: [group('old')],
        timeoutSeconds: 10
      })
      expect(result.devices).toEqual({ 'core-old': 'found', 'core-new': 'missing' })
      expect(queriesFor('core-new')[0]!.ExpressionAttributeValues?.[':since']).toEqual({
        S: SINCE.toISOString()
      })
    })
  })

  it('treats a group member named as an unchanged thing as unchanged', async () => {
    // deploy lists thing/<name> when the device already ran this version through another target.
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['core-a', 'core-b'] })
    table({
      'core-a': [item('core-a', BEFORE, '1.0.3')],
      'core-b': [item('core-b', BEFORE, '1.0.3')]
    })
    const result = await run({
      targets: [group('fleet')],
      unchangedTargets: [thing('core-a')],
      timeoutSeconds: 10
    })
    expect(result.devices).toEqual({ 'core-a': 'found', 'core-b': 'missing' })
  })

  it('expands a thing group across pages and checks every member once', async () => {
    iotMock
      .on(ListThingsInThingGroupCommand)
      .resolvesOnce({ things: ['core-1', 'core-2'], nextToken: 't2' })
      .resolves({ things: ['core-3'] })
    table({
      'core-1': [item('core-1', AFTER, '1.0.3')],
      'core-2': [item('core-2', AFTER, '1.0.3')],
      'core-3': [item('core-3', AFTER, '1.0.3')]
    })
    const result = await run({ targets: [group('fleet'), thing('core-2')] })
    expect(result.devices).toEqual({ 'core-1': 'found', 'core-2': 'found', 'core-3': 'found' })
    const lists = iotMock.commandCalls(ListThingsInThingGroupCommand).map(c => c.args[0].input)
    expect(lists).toEqual([
      { thingGroupName: 'fleet', recursive: true, maxResults: 250, nextToken: undefined },
      { thingGroupName: 'fleet', recursive: true, maxResults: 250, nextToken: 't2' }
    ])
    expect(queriesFor('core-2')).toHaveLength(1)
  })

  it('says there was nothing to check in an empty thing group: neither failed nor passed', async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: [] })
    const result = await run({ targets: [group('empty')] })
    expect(result.emptyGroups).toEqual(['empty'])
    expect(result.devices).toEqual({})
    expect(queries()).toHaveLength(0)
    expect(smokeFailures(result)).toEqual([])
    expect(reporter.text()).toContain(
      'warning: thinggroup/empty has no core device yet: nothing there to check.'
    )
    expect(reporter.text()).toContain('Nothing to check: no target has a core device yet')
  })

  it("checks only a group's core devices, naming the plain IoT thing it skips", async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['core-1', 'sensor-1'] })
    ggMock.on(GetCoreDeviceCommand, { coreDeviceThingName: 'core-1' }).resolves({})
    ggMock.on(GetCoreDeviceCommand, { coreDeviceThingName: 'sensor-1' }).rejects(
      new ResourceNotFoundException({
        message: 'no such core device',
        resourceId: 'sensor-1',
        resourceType: 'coreDevice',
        $metadata: {}
      })
    )
    table({ 'core-1': [item('core-1', AFTER, '1.0.3')] })
    const result = await smoke(
      inputs({ targets: [group('mixed')] }),
      { dynamodb, iot, greengrass },
      ctx
    )
    expect(result.devices).toEqual({ 'core-1': 'found' })
    expect(result.missing).toEqual([])
    expect(result.skipped).toEqual([
      { name: 'sensor-1', why: 'an IoT thing that is not a Greengrass core device' }
    ])
    expect(queriesFor('sensor-1')).toHaveLength(0)
    expect(reporter.text()).toContain('thinggroup/mixed: not checking sensor-1 (an IoT thing')
  })

  it('asks no core-device question of a group above CORE_CHECK_LIMIT members', async () => {
    const things = Array.from({ length: CORE_CHECK_LIMIT + 1 }, (_, i) => `core-${i}`)
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things })
    table(Object.fromEntries(things.map(t => [t, [item(t, AFTER, '1.0.3')]])))
    const result = await smoke(
      inputs({ targets: [group('fleet')] }),
      { dynamodb, iot, greengrass },
      ctx
    )
    expect(result.missing).toEqual([])
    expect(ggMock.commandCalls(GetCoreDeviceCommand)).toHaveLength(0)
  })

  it('says there is nothing to check in a group of plain IoT things only', async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['sensor-1'] })
    ggMock.on(GetCoreDeviceCommand).rejects(
      new ResourceNotFoundException({
        message: 'no such core device',
        resourceId: 'sensor-1',
        resourceType: 'coreDevice',
        $metadata: {}
      })
    )
    const result = await smoke(
      inputs({ targets: [group('sensors')] }),
      { dynamodb, iot, greengrass },
      ctx
    )
    expect(result.emptyGroups).toEqual(['sensors'])
    expect(smokeFailures(result)).toEqual([])
    expect(queries()).toHaveLength(0)
  })

  describe('a persistent 5xx', () => {
    const serverError = () =>
      Object.assign(new Error('We encountered an internal error'), {
        name: 'InternalServerError',
        $metadata: { httpStatusCode: 500 }
      })

    it('from DynamoDB is retried until the smoke-timeout, then says what to do', async () => {
      ctx = { ...ctx, random: () => 1 }
      ddbMock.on(QueryCommand).rejects(serverError())
      const before = clock.time
      const error = await run({ timeoutSeconds: 60 }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(StepFailure)
      expect((error as Error).message).toContain(
        'kept failing until the smoke-timeout (60 s): InternalServerError'
      )
      expect((error as Error).message).toContain('rerun the smoke check once DynamoDB answers')
      expect(clock.time - before).toBeGreaterThanOrEqual(60_000)
      expect(clock.time - before).toBeLessThanOrEqual(65_000)
    })

    it('from DynamoDB that clears within the timeout finds the item', async () => {
      ctx = { ...ctx, random: () => 1 }
      let calls = 0
      ddbMock.on(QueryCommand).callsFake(async () => {
        if (++calls <= 3) throw serverError()
        return { Items: [item('core-1', AFTER, '1.0.3')] }
      })
      const result = await run({ timeoutSeconds: 60 })
      expect(result.devices).toEqual({ 'core-1': 'found' })
    })

    it('from IoT is retried until the smoke-timeout, then says what to do', async () => {
      ctx = { ...ctx, random: () => 1 }
      iotMock.on(ListThingsInThingGroupCommand).rejects(serverError())
      const before = clock.time
      const error = await run({ targets: [group('fleet')], timeoutSeconds: 60 }).catch(
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(StepFailure)
      expect((error as Error).message).toContain('rerun the smoke check once IoT answers')
      expect(clock.time - before).toBeGreaterThanOrEqual(60_000)
    })
  })

  it('fails naming a thing group that does not exist', async () => {
    iotMock.on(ListThingsInThingGroupCommand).rejects(
      Object.assign(new Error('Thing group ghost not found'), {
        name: 'ResourceNotFoundException'
      })
    )
    const error = await run({ targets: [group('ghost')] }).catch(e => e)
    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain('ghost')
    expect(queries()).toHaveLength(0)
  })

  it('names every missing device at the timeout, re-querying only those still missing', async () => {
    table({ 'core-1': [item('core-1', AFTER, '1.0.3')] })
    const result = await run({
      targets: [thing('core-1'), thing('core-2'), thing('core-3')],
      timeoutSeconds: 20
    })
    expect(result.devices).toEqual({
      'core-1': 'found',
      'core-2': 'missing',
      'core-3': 'missing'
    })
    expect(result.missing).toEqual(['core-2', 'core-3'])
    // 1 + 2 + 4 + 8 s, then the rest up to the timeout; never past it.
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 5000])
    expect(queriesFor('core-1')).toHaveLength(1)
    // Six polls plus one look at the newest item to say why.
    expect(queriesFor('core-2')).toHaveLength(7)
    expect(reporter.text()).toContain('2 devices of 3 wrote no item that counts: core-2, core-3')
    expect(reporter.text()).toContain('core-3 wrote no item at all into SampleDynamoTable.')
  })

  describe("a missing device's failure line", () => {
    const LOG = ': check its component log (/greengrass/v2/logs/<component>.log)'

    it('says when the device wrote no item at all', async () => {
      table({})
      const result = await run({ timeoutSeconds: 10 })
      expect(smokeFailures(result)).toEqual([
        `device core-1 wrote no item at all into SampleDynamoTable${LOG}`
      ])
    })

    it('says when its items all predate the deployment of a changed target', async () => {
      table({ 'core-1': [item('core-1', BEFORE, '1.0.3')] })
      const result = await run({ timeoutSeconds: 10 })
      expect(smokeFailures(result)).toEqual([
        `device core-1 wrote no item into SampleDynamoTable since ${SINCE.toISOString()} (its newest is from ${BEFORE})${LOG}`
      ])
    })

    it('names the version its newest item carries, and the deployed one', async () => {
      table({ 'core-1': [item('core-1', AFTER, '1.0.2'), item('core-1', BEFORE, '1.0.1')] })
      const result = await run({ timeoutSeconds: 10 })
      expect(smokeFailures(result)).toEqual([
        `device core-1 wrote its newest item into SampleDynamoTable at ${AFTER} with component_version 1.0.2, not the deployed 1.0.3${LOG}`
      ])
    })

    it('does not speak of since for an unchanged target, which lacks an item of the version', async () => {
      table({ 'core-1': [item('core-1', AFTER, '1.0.2'), item('core-1', BEFORE)] })
      const result = await run({ unchangedTargets: [thing('core-1')], timeoutSeconds: 10 })
      const [line] = smokeFailures(result)
      expect(line).toBe(
        `device core-1 has no item of the deployed component_version 1.0.3 in SampleDynamoTable (its deployment was unchanged, so one from any time would count; its newest, from ${AFTER}, has component_version 1.0.2)${LOG}`
      )
      expect(line).not.toContain('since')
    })

    it('says how far back it looked when the history of an unchanged device was too long', async () => {
      const page = Array.from({ length: 100 }, () => item('core-1', BEFORE, '1.0.2'))
      ddbMock.on(QueryCommand).resolves({
        Items: page,
        LastEvaluatedKey: { device_name: { S: 'core-1' }, timestamp: { S: BEFORE } }
      })
      const result = await run({ unchangedTargets: [thing('core-1')], timeoutSeconds: 2 })
      expect(result.reasons?.['core-1']).toMatch(
        /^has no item of the deployed component_version 1\.0\.3 in SampleDynamoTable among its newest 5000 items \(/
      )
    })

    it('says when its timestamp cannot be compared', async () => {
      table({ 'core-1': [item('core-1', '2026-11-29 04:16:14.123456', '1.0.3')] })
      const result = await run({ timeoutSeconds: 10 })
      expect(result.reasons).toEqual({
        'core-1':
          "wrote its newest item into SampleDynamoTable with timestamp '2026-11-29 04:16:14.123456', which the smoke check can't compare (it needs ISO 8601 UTC with Z)"
      })
    })

    it('finds a device whose item that counts came only after the last poll', async () => {
      // The polls find nothing; the look at the newest item, after the timeout, finds it.
      ddbMock.on(QueryCommand).callsFake((input: QueryCommandInput) => ({
        Items: input.Limit === 1 ? [item('core-1', AFTER, '1.0.3')] : []
      }))
      const result = await run({ timeoutSeconds: 10 })
      expect(result.missing).toEqual([])
      expect(result.devices).toEqual({ 'core-1': 'found' })
      expect(result.items['core-1']).toMatchObject({ timestamp: AFTER })
      expect(smokeFailures(result)).toEqual([])
    })

    it('gives every missing device its own case, past the ten the log names', async () => {
      const names = Array.from({ length: 12 }, (_, i) => `core-${i + 1}`)
      table({ 'core-12': [item('core-12', AFTER, '1.0.2')] })
      const result = await run({ targets: names.map(thing), timeoutSeconds: 2 })
      const failures = smokeFailures(result)
      expect(failures).toHaveLength(12)
      expect(failures[0]).toBe(`device core-1 wrote no item at all into SampleDynamoTable${LOG}`)
      expect(failures[11]).toBe(
        `device core-12 wrote its newest item into SampleDynamoTable at ${AFTER} with component_version 1.0.2, not the deployed 1.0.3${LOG}`
      )
      expect(reporter.text()).toContain('core-10 wrote no item at all')
      expect(reporter.text()).not.toContain('core-11 wrote')
    })

    it('keeps the verdict when the look at the newest item fails, and says only what holds', async () => {
      ddbMock.on(QueryCommand).callsFake((input: QueryCommandInput) => {
        if (input.Limit === 1) {
          throw Object.assign(new Error('User is not authorized'), {
            name: 'AccessDeniedException'
          })
        }
        return { Items: [item('core-1', AFTER, '1.0.2')] }
      })
      const result = await run({ timeoutSeconds: 2 })
      expect(result.devices).toEqual({ 'core-1': 'missing' })
      expect(smokeFailures(result)).toEqual([
        `device core-1 wrote no item that counts into SampleDynamoTable${LOG}`
      ])
      expect(reporter.text()).toContain('debug: core-1: could not read its newest item')
    })

    it('says only what holds in every case for a result without reasons', () => {
      const failures = smokeFailures({
        devices: { 'core-1': 'missing' },
        missing: ['core-1'],
        items: {},
        tableName: 'SampleDynamoTable',
        since: SINCE.toISOString(),
        emptyGroups: []
      })
      expect(failures).toEqual([
        `device core-1 wrote no item that counts into SampleDynamoTable${LOG}`
      ])
    })
  })

  it('backs off to 15 s between polls', async () => {
    table({})
    await run({ timeoutSeconds: 60 })
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 15000, 15000, 15000])
  })

  it('reads strongly consistently in every Query', async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['core-2', 'core-3'] })
    table({ 'core-3': [item('core-3', BEFORE, '1.0.3')] })
    await run({
      targets: [thing('core-1'), group('g')],
      unchangedTargets: [group('g')],
      timeoutSeconds: 10
    })
    expect(queries().length).toBeGreaterThan(3)
    for (const q of queries()) expect(q.ConsistentRead).toBe(true)
  })

  it('ignores a timestamp it cannot compare and warns once per device', async () => {
    ddbMock
      .on(QueryCommand)
      .resolvesOnce({ Items: [item('core-1', '2026-11-29 04:16:14.123456', '1.0.3')] })
      .resolvesOnce({ Items: [item('core-1', '2026-11-29 04:16:14.123456', '1.0.3')] })
      .resolves({
        Items: [item('core-1', '2026-11-29 04:16:14.123456', '1.0.3'), item('core-1', AFTER)]
      })
    const result = await run()
    expect(result.items['core-1']!.timestamp).toBe(AFTER)
    const warnings = reporter.lines.filter(l => l.includes("can't compare"))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain("'2026-11-29 04:16:14.123456'")
  })

  it('fails with the create-table command when the table does not exist', async () => {
    ddbMock.on(QueryCommand).rejects(
      Object.assign(new Error('Requested resource not found'), {
        name: 'ResourceNotFoundException'
      })
    )
    const error = await run().catch(e => e)
    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain('SampleDynamoTable does not exist in eu-west-1')
    expect(error.message).toContain(
      'aws dynamodb create-table --table-name SampleDynamoTable --attribute-definitions AttributeName=device_name,AttributeType=S AttributeName=timestamp,AttributeType=S --key-schema AttributeName=device_name,KeyType=HASH AttributeName=timestamp,KeyType=RANGE --billing-mode PAY_PER_REQUEST'
    )
    expect(queries()).toHaveLength(1)
  })

  it('fails at once on access denied, naming the permission', async () => {
    ddbMock.on(QueryCommand).rejects(
      Object.assign(new Error('User is not authorized to perform: dynamodb:Query'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 400 }
      })
    )
    const error = await run().catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain('User is not authorized')
    expect(error.message).toContain(
      'dynamodb:Query on arn:aws:dynamodb:eu-west-1:<account>:table/SampleDynamoTable'
    )
    expect(queries()).toHaveLength(1)
  })

  it('retries a throttled Query', async () => {
    ddbMock
      .on(QueryCommand)
      .rejectsOnce(
        Object.assign(new Error('Rate exceeded'), {
          name: 'ProvisionedThroughputExceededException'
        })
      )
      .resolves({ Items: [item('core-1', AFTER, '1.0.3')] })
    const result = await run()
    expect(result.devices).toEqual({ 'core-1': 'found' })
    expect(queries()).toHaveLength(2)
  })
})
