// The smoke check at fleet size, as the smoke door runs it (mocked AWS, fake clock): what a
// person reads stays a few dozen lines and a small summary whatever the fleet's size, the
// outputs keep under GitHub's limits, and the report file has every device.
import { FakeClock } from '../../../support/fake-clock.js'
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DynamoDBClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/client-dynamodb'
import { IoTClient, ListThingsInThingGroupCommand } from '@aws-sdk/client-iot'
import { runSmoke } from '../../../../src/interface/run/smoke.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'

const ddbMock = mockClient(DynamoDBClient)
const iotMock = mockClient(IoTClient)
const SINCE = '2026-11-29T03:00:00.000Z'
const AFTER = '2026-11-29T03:16:14.123Z'
const temp = mkdtempSync(join(tmpdir(), 'smoke-fleet-'))
const env = {
  RUNNER_TEMP: temp,
  AWS_ACCESS_KEY_ID: 'a',
  AWS_SECRET_ACCESS_KEY: 'b',
  AWS_EC2_METADATA_DISABLED: 'true'
}

let clock: FakeClock
let reporter: MemoryReporter
let ctx: StepContext

beforeEach(() => {
  ddbMock.reset()
  iotMock.reset()
  clock = new FakeClock('2026-11-29T03:20:00.000Z')
  reporter = new MemoryReporter()
  ctx = { reporter, clock, random: () => 0 }
})

afterAll(() => rmSync(temp, { recursive: true, force: true }))

const names = (n: number) =>
  Array.from({ length: n }, (_, i) => `core-${String(i).padStart(5, '0')}`)

/** A thing group of `n` devices, 250 a page; every device but `missing` wrote its item. */
function fleet(n: number, missing: (name: string, i: number) => boolean = () => false) {
  const all = names(n)
  const pages = Math.ceil(n / 250)
  iotMock.on(ListThingsInThingGroupCommand).callsFake(input => {
    const page = Number(input.nextToken ?? 0)
    return {
      things: all.slice(page * 250, page * 250 + 250),
      nextToken: page + 1 < pages ? String(page + 1) : undefined
    }
  })
  const absent = new Set(all.filter(missing))
  ddbMock.on(QueryCommand).callsFake((input: QueryCommandInput) => {
    const device = input.ExpressionAttributeValues![':d']!.S!
    if (absent.has(device)) return { Items: [] }
    return {
      Items: [
        { device_name: { S: device }, timestamp: { S: AFTER }, component_version: { S: '1.0.3' } }
      ]
    }
  })
  return { all, absent }
}

const raw = (over: Record<string, string> = {}) => ({
  region: 'eu-west-1',
  'table-name': 'SampleDynamoTable',
  targets: 'thinggroup/fleet',
  since: SINCE,
  timeout: '30',
  'component-version': '1.0.3',
  ...over
})

/** What the job log shows: the step's lines and an annotation per failure. */
const logLines = (failures: string[]) => reporter.lines.length + failures.length

describe('the smoke check of a large fleet', () => {
  it('at 2,000 devices with 5% missing: a few dozen log lines, a small summary, bounded outputs, every device in the report', async () => {
    const { absent } = fleet(2000, (_, i) => i % 20 === 7)
    const outcome = await runSmoke(raw(), env, ctx)

    // Every poll line names at most five devices; no line per found device.
    const polls = reporter.lines.filter(l => l.startsWith('Poll '))
    expect(polls.length).toBeGreaterThan(1)
    for (const line of polls) expect((line.match(/core-\d+/g) ?? []).length).toBeLessThanOrEqual(5)
    expect(polls[0]).toMatch(/^Poll 1: 1900 of 2000 found; waiting for .* and 95 more; next check/)
    expect(reporter.lines.filter(l => /core-\d+/.test(l)).length).toBeLessThanOrEqual(
      polls.length + 12
    )
    expect(logLines(outcome.failures)).toBeLessThanOrEqual(60)

    // 20 devices with their reason, then one line with the count and where the rest is.
    expect(outcome.failures).toHaveLength(21)
    expect(outcome.failures[20]).toMatch(
      /^80 more devices wrote no item that counts into SampleDynamoTable \(every device: .*smoke-report\.json\)$/
    )

    expect(Buffer.byteLength(outcome.summary)).toBeLessThan(64 * 1024)
    expect(outcome.summary).toContain('1,900 of 2,000 devices found, 100 missing.')
    expect(outcome.summary).toContain('Not listed here: 1,900 found, 50 more missing.')
    expect(outcome.summary).toMatch(
      /Every device's verdict, item and reason: `.*smoke-report\.json`/
    )

    // Above 1,000 devices smoke-result names the missing devices only.
    const result = JSON.parse(outcome.outputs['smoke-result']!) as Record<string, string>
    expect(Object.keys(result).sort()).toEqual([...absent].sort())
    expect(new Set(Object.values(result))).toEqual(new Set(['missing']))
    expect(JSON.parse(outcome.outputs['smoke-counts']!)).toEqual({ found: 1900, missing: 100 })
    const report = JSON.parse(readFileSync(outcome.outputs['smoke-report']!, 'utf8'))
    expect(outcome.outputs['smoke-report']!.startsWith(temp)).toBe(true)
    expect(Object.keys(report.devices)).toHaveLength(2000)
    expect(report.counts).toEqual({ found: 1900, missing: 100 })
    expect(report.devices['core-00007']).toEqual({
      verdict: 'missing',
      reason: 'wrote no item at all into SampleDynamoTable'
    })
    expect(report.devices['core-00000']).toMatchObject({
      verdict: 'found',
      item: { timestamp: AFTER }
    })
  })

  it('lists the group once, and each poll asks only about the devices still missing', async () => {
    fleet(2000, (_, i) => i % 20 === 7)
    await runSmoke(raw(), env, ctx)
    expect(iotMock.commandCalls(ListThingsInThingGroupCommand)).toHaveLength(8)
    for (const call of iotMock.commandCalls(ListThingsInThingGroupCommand)) {
      expect(call.args[0].input.maxResults).toBe(250)
    }
    const polls = clock.sleeps.length + 1
    // The first poll asks every device, the others the 100 missing; then one look at each.
    expect(ddbMock.commandCalls(QueryCommand)).toHaveLength(2000 + (polls - 1) * 100 + 100)
  })

  it('keeps every device in smoke-result up to 1,000 devices', async () => {
    fleet(1000, (_, i) => i === 3)
    const outcome = await runSmoke(raw(), env, ctx)
    const result = JSON.parse(outcome.outputs['smoke-result']!) as Record<string, string>
    expect(Object.keys(result)).toHaveLength(1000)
    expect(result['core-00003']).toBe('missing')
    expect(result['core-00004']).toBe('found')
    expect(JSON.parse(outcome.outputs['smoke-counts']!)).toEqual({ found: 999, missing: 1 })
  })

  it('names at most 1,000 missing devices in smoke-result, whatever the fleet', async () => {
    fleet(3000, (_, i) => i % 2 === 0)
    const outcome = await runSmoke(raw({ timeout: '2' }), env, ctx)
    expect(Buffer.byteLength(outcome.outputs['smoke-result']!)).toBeLessThan(1_000_000)
    expect(Object.keys(JSON.parse(outcome.outputs['smoke-result']!))).toHaveLength(1000)
    expect(JSON.parse(outcome.outputs['smoke-counts']!)).toEqual({ found: 1500, missing: 1500 })
    expect(Buffer.byteLength(outcome.summary)).toBeLessThan(64 * 1024)
    expect(logLines(outcome.failures)).toBeLessThanOrEqual(60)
  })

  it('runs at most `concurrency` queries at once', async () => {
    fleet(200)
    let inFlight = 0
    let most = 0
    ddbMock.on(QueryCommand).callsFake(async (input: QueryCommandInput) => {
      inFlight++
      most = Math.max(most, inFlight)
      await new Promise(resolve => setImmediate(resolve))
      inFlight--
      const device = input.ExpressionAttributeValues![':d']!.S!
      return { Items: [{ device_name: { S: device }, timestamp: { S: AFTER } }] }
    })
    const outcome = await runSmoke(raw({ concurrency: '7' }), env, ctx)
    expect(outcome.failures).toEqual([])
    expect(most).toBe(7)
  })

  it('quotes only the start of what a device wrote, in the log and the summary', async () => {
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: ['core-1'] })
    const huge = 'x'.repeat(100_000)
    ddbMock.on(QueryCommand).resolves({
      Items: [
        { device_name: { S: 'core-1' }, timestamp: { S: AFTER }, component_version: { S: huge } }
      ]
    })
    const outcome = await runSmoke(raw({ timeout: '2' }), env, ctx)
    expect(outcome.failures[0]).toContain('component_version xxxx')
    expect(outcome.failures[0]).toContain('… (100000 characters)')
    expect(outcome.failures[0]!.length).toBeLessThan(500)
    expect(Buffer.byteLength(outcome.summary)).toBeLessThan(2000)
    expect(reporter.text().length).toBeLessThan(3000)
  })

  it('names five devices whose timestamps it cannot compare, and counts the rest', async () => {
    const all = names(40)
    iotMock.on(ListThingsInThingGroupCommand).resolves({ things: all })
    ddbMock.on(QueryCommand).callsFake((input: QueryCommandInput) => ({
      Items: [
        {
          device_name: input.ExpressionAttributeValues![':d']!,
          timestamp: { S: '2026-11-29 04:16:14' }
        }
      ]
    }))
    await runSmoke(raw({ timeout: '2' }), env, ctx)
    const warnings = reporter.lines.filter(l => l.startsWith('warning:'))
    expect(warnings.filter(l => l.includes("wrote timestamp '"))).toHaveLength(5)
    expect(warnings).toContain(
      "warning: 35 more devices wrote timestamps the smoke check can't compare (not named here); their items are ignored."
    )
  })
})
