// The smoke check and the deploy verdict at fleet size, for `npm run bench:fleet`: figures,
// not a timed test. The toolkit's own smoke() (src/core/smoke/smoke.ts), with what its door
// makes of the result (summary, failure lines, outputs), against thing groups of 10, 1,000 and
// 10,000 sandbox devices whose items are already in the table (all of them, and all but 5 %),
// at the default concurrency and one query after another (concurrency 1) in the same run.
// Then the time from the devices' last report to the toolkit's deploy verdict.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  BatchWriteItemCommand,
  DynamoDBClient,
  type BatchWriteItemCommandOutput,
  type WriteRequest
} from '@aws-sdk/client-dynamodb'
import { GreengrassV2Client, ListEffectiveDeploymentsCommand } from '@aws-sdk/client-greengrassv2'
import { IoTClient, ListThingsInThingGroupCommand } from '@aws-sdk/client-iot'
import { deploy } from '../../src/core/deploy/deploy.js'
import { DEFAULT_CONCURRENCY } from '../../src/core/config.js'
import { MemoryReporter, systemClock } from '../../src/core/shared/report.js'
import { smokeFailures } from '../../src/core/smoke/verdict.js'
import { smoke } from '../../src/core/smoke/smoke.js'
import { smokeOutputs, writeSmokeReport } from '../../src/interface/smoke-report.js'
import { smokeSummary } from '../../src/interface/summary.js'
import type { Sandbox } from '../../sandbox/sandbox.js'

const SIZES = [10, 1_000, 10_000]
const MISSING_PERCENT = 5
/** The 5 % missing never write: the check polls this long, then explains them. */
const MISSING_TIMEOUT_S = 5
const TABLE = 'SampleDynamoTable'

interface SmokeRun {
  size: number
  scenario: string
  concurrency: number
  seconds: number
  calls: number
  found: number
  missing: number
  logLines: number
  summaryBytes: number
  resultBytes: number
}

function counting(client: DynamoDBClient): { client: DynamoDBClient; calls: () => number } {
  let calls = 0
  client.middlewareStack.add(
    next => async args => {
      calls++
      return next(args)
    },
    { step: 'initialize', name: 'benchSmokeCounter' }
  )
  return { client, calls: () => calls }
}

async function members(iot: IoTClient, group: string): Promise<string[]> {
  const names: string[] = []
  let nextToken: string | undefined
  do {
    const page = await iot.send(
      new ListThingsInThingGroupCommand({ thingGroupName: group, maxResults: 250, nextToken })
    )
    names.push(...(page.things ?? []))
    nextToken = page.nextToken
  } while (nextToken)
  return names
}

/** Each device's item, as the app writes it, 25 to a BatchWriteItem, 8 batches at a time. */
async function writeItems(ddb: DynamoDBClient, devices: string[], version: string): Promise<void> {
  const timestamp = new Date().toISOString()
  const batches: WriteRequest[][] = []
  for (let i = 0; i < devices.length; i += 25) {
    batches.push(
      devices.slice(i, i + 25).map(d => ({
        PutRequest: {
          Item: {
            device_name: { S: d },
            timestamp: { S: timestamp },
            component_version: { S: version }
          }
        }
      }))
    )
  }
  let next = 0
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < batches.length) {
        let request: Record<string, WriteRequest[]> | undefined = { [TABLE]: batches[next++]! }
        while (request && Object.keys(request).length > 0) {
          const out: BatchWriteItemCommandOutput = await ddb.send(
            new BatchWriteItemCommand({ RequestItems: request })
          )
          request = out.UnprocessedItems
        }
      }
    })
  )
}

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 })

export async function benchSmoke(sandbox: Sandbox): Promise<void> {
  const env = sandbox.env
  const common = {
    region: sandbox.region,
    credentials: {
      accessKeyId: env.AWS_ACCESS_KEY_ID!,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY!
    }
  }
  const iot = new IoTClient({ ...common, endpoint: env.AWS_ENDPOINT_URL_IOT })
  const writer = new DynamoDBClient({ ...common, endpoint: env.AWS_ENDPOINT_URL_DYNAMODB })
  const reports = await mkdtemp(join(tmpdir(), 'bench-smoke-'))
  const runs: SmokeRun[] = []
  try {
    for (const size of SIZES) {
      for (const scenario of ['all present', `${MISSING_PERCENT} % missing`]) {
        const group = `bench-smoke-${size}-${scenario.startsWith('all') ? 'all' : 'missing'}`
        await sandbox.addFleet({ group, count: size, sample: 0 })
        const devices = await members(iot, group)
        const writes = scenario.startsWith('all')
          ? devices
          : devices.filter((_, i) => i % (100 / MISSING_PERCENT) !== 0)
        const since = new Date(Date.now() - 1000)
        await writeItems(writer, writes, '1.0.0')
        for (const concurrency of [DEFAULT_CONCURRENCY, 1]) {
          const reporter = new MemoryReporter()
          const ctx = { reporter, clock: systemClock }
          const { client, calls } = counting(
            new DynamoDBClient({
              ...common,
              endpoint: env.AWS_ENDPOINT_URL_DYNAMODB,
              maxAttempts: 5,
              retryMode: 'adaptive'
            })
          )
          const started = performance.now()
          const result = await smoke(
            {
              region: sandbox.region,
              tableName: TABLE,
              targets: [{ kind: 'thinggroup', name: group }],
              since,
              timeoutSeconds: scenario.startsWith('all') ? 300 : MISSING_TIMEOUT_S,
              concurrency,
              componentVersion: '1.0.0',
              unchangedTargets: []
            },
            { dynamodb: client, iot },
            ctx
          )
          const seconds = (performance.now() - started) / 1000
          await writeSmokeReport(result, { RUNNER_TEMP: reports })
          const failures = smokeFailures(result)
          const outputs = smokeOutputs(result)
          runs.push({
            size,
            scenario,
            concurrency,
            seconds,
            calls: calls(),
            found: size - result.missing.length,
            missing: result.missing.length,
            // The step's lines, plus an annotation per failure line.
            logLines: reporter.lines.length + failures.length,
            summaryBytes: Buffer.byteLength(smokeSummary(result)),
            resultBytes: Buffer.byteLength(outputs['smoke-result'] ?? '')
          })
        }
      }
    }
  } finally {
    await rm(reports, { recursive: true, force: true })
  }

  const header = [
    'devices',
    'items',
    'concurrency',
    'wall time',
    'DynamoDB calls',
    'calls/device',
    'found/missing',
    'log lines',
    'summary bytes',
    'smoke-result bytes'
  ]
  const rows = runs.map(r => [
    fmt(r.size),
    r.scenario,
    r.concurrency === 1 ? '1 (baseline)' : String(r.concurrency),
    `${r.seconds.toFixed(2)} s`,
    fmt(r.calls),
    fmt(r.calls / r.size),
    `${fmt(r.found)}/${fmt(r.missing)}`,
    fmt(r.logLines),
    fmt(r.summaryBytes),
    fmt(r.resultBytes)
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')
  console.log('')
  console.log(
    `Smoke check (the toolkit's smoke() and its door's summary, failure lines and outputs; items already written; the ${MISSING_PERCENT} % missing never write, so that check polls for ${MISSING_TIMEOUT_S} s, then explains them)`
  )
  console.log('')
  console.log(line(header))
  console.log(widths.map(w => '-'.repeat(w)).join('-|-'))
  for (const row of rows) console.log(line(row))
  console.log('')
  for (const size of SIZES) {
    const of = (scenario: string, c: number) =>
      runs.find(r => r.size === size && r.scenario === scenario && r.concurrency === c)!
    const all = 'all present'
    console.log(
      `${fmt(size)} devices, all present: ${of(all, DEFAULT_CONCURRENCY).seconds.toFixed(2)} s at concurrency ${DEFAULT_CONCURRENCY} vs ${of(all, 1).seconds.toFixed(2)} s one after another (${(of(all, 1).seconds / of(all, DEFAULT_CONCURRENCY).seconds).toFixed(1)}x faster)`
    )
  }
  const biggest = runs.filter(r => r.size === SIZES.at(-1))
  console.log(
    `at ${fmt(SIZES.at(-1)!)} devices: at most ${Math.max(...biggest.map(r => r.logLines))} log lines, ${fmt(Math.max(...biggest.map(r => r.summaryBytes)))} summary bytes (limit 65,536), ${fmt(Math.max(...biggest.map(r => r.resultBytes)))} smoke-result bytes (limit 1,000,000)`
  )
}

/** From the devices' last report to the toolkit's verdict: deploy() to a small group (watched
 * device by device) and a large one (watched through its IoT job), each device taking about a
 * second; the devices' report time is their effective deployment's modifiedTimestamp. */
export async function benchVerdict(sandbox: Sandbox): Promise<void> {
  const env = sandbox.env
  const common = {
    region: sandbox.region,
    endpoint: env.AWS_ENDPOINT_URL_GREENGRASSV2,
    credentials: {
      accessKeyId: env.AWS_ACCESS_KEY_ID!,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY!
    }
  }
  const gg = new GreengrassV2Client(common)
  const iot = new IoTClient({ ...common, endpoint: env.AWS_ENDPOINT_URL_IOT })
  const dir = await mkdtemp(join(tmpdir(), 'bench-verdict-'))
  const deployment = join(dir, 'deployment.yaml')
  await writeFile(deployment, 'deploymentName: bench verdict\n')
  console.log('')
  console.log(
    "Deploy verdict latency (the toolkit's deploy(); devices report about 1 s after the deployment; polls at 0, 1, 3, 7 s, … up to every 30 s)"
  )
  try {
    for (const size of [10, 1_000]) {
      const group = `bench-verdict-${size}`
      const fleet = await sandbox.addFleet({
        group,
        count: size,
        sample: 0,
        rolloutSeconds: 0.8,
        inProgressSeconds: 0.2
      })
      const reporter = new MemoryReporter()
      const created = Date.now()
      const result = await deploy(
        {
          region: sandbox.region,
          accountId: sandbox.accountId,
          recipePath: 'test/fixtures/deploy/recipe.yaml',
          deployment,
          targets: [{ kind: 'thinggroup', name: group }],
          wait: true,
          waitTimeoutSeconds: 120,
          dryRun: false
        },
        { greengrass: gg, iot },
        { reporter, clock: systemClock }
      )
      const verdict = Date.now()
      const target = result.targets[0]!
      // The last report among the devices (a sample of them for the large group).
      const sample = (await members(iot, group)).filter(
        (_, i, all) => i % Math.ceil(all.length / 50) === 0 || i === all.length - 1
      )
      let last = 0
      for (const thing of sample) {
        const page = await gg.send(
          new ListEffectiveDeploymentsCommand({ coreDeviceThingName: thing })
        )
        const mine = page.effectiveDeployments?.find(e => e.deploymentId === target.deploymentId)
        if (mine?.modifiedTimestamp) last = Math.max(last, mine.modifiedTimestamp.getTime())
      }
      console.log(
        `${fmt(fleet.count)} devices (${target.counts ? 'through the IoT job' : 'device by device'}): ${target.status}; deployment to verdict ${((verdict - created) / 1000).toFixed(2)} s, last device report to verdict ${last ? `${((verdict - last) / 1000).toFixed(2)} s` : 'n/a'}`
      )
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
