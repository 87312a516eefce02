// The smoke check and the deploy verdict at fleet size, for `npm run bench:fleet`: figures,
// not a timed test. The smoke step as its door runs it (runSmoke: the toolkit's smoke() with
// the door's clients, summary, failure lines and outputs), against thing groups of 10, 1,000
// and 10,000 sandbox devices whose items are already in the table (all of them, and all but
// 5 %), at the default concurrency and one query after another (concurrency 1) in the same run.
// Every DynamoDB request is held BENCH_SMOKE_LATENCY_MS (default 20 ms) on the way, as AWS is
// that far from a runner (./latency.ts). Then the time from the devices' last report to the
// toolkit's deploy verdict.
//
// To compare fleet sizes quickly (issue 15: 2,000 devices within 10x the time of 10):
//   BENCH_SMOKE_ONLY=1 BENCH_SMOKE_SIZES=10,2000 BENCH_SMOKE_QUICK=1 BENCH_SMOKE_RUNS=3 npm run bench:fleet
// BENCH_SMOKE_QUICK: only "all present" at the default concurrency; BENCH_SMOKE_RUNS: runs of
// each (the table shows the median); BENCH_SMOKE_BUNDLE=dist/smoke/index.js runs that bundle
// in a child process as GitHub runs it (INPUT_* variables) instead of runSmoke in this one.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
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
import type { RawInputs } from '../../src/interface/catalogue.js'
import { MemoryReporter, systemClock } from '../../src/core/shared/report.js'
import { runSmoke } from '../../src/interface/run/smoke.js'
import type { Sandbox } from '../../sandbox/sandbox.js'
import { startLatencyProxy } from './latency.js'

const numbers = (raw: string | undefined, fallback: number[]): number[] =>
  raw ? raw.split(',').map(n => Number(n.trim().replace(/_/g, ''))) : fallback
const SIZES = numbers(process.env.BENCH_SMOKE_SIZES, [10, 1_000, 10_000])
const LATENCY_MS = Number(process.env.BENCH_SMOKE_LATENCY_MS ?? 20)
const RUNS = Math.max(1, Number(process.env.BENCH_SMOKE_RUNS ?? 1))
const QUICK = Boolean(process.env.BENCH_SMOKE_QUICK)
const BUNDLE = process.env.BENCH_SMOKE_BUNDLE
/** AWS keeps connections open, and so do the sandbox and the latency proxy, unless
 * BENCH_SMOKE_CLOSE=1 has the proxy close each one after its answer. */
const CLOSE_EACH = Boolean(process.env.BENCH_SMOKE_CLOSE)
/** BENCH_SMOKE_PHASES=1: each run's log lines, with when they came (in this process only). */
const PHASES = Boolean(process.env.BENCH_SMOKE_PHASES)
/** Node's options for the bundle's process, e.g. BENCH_SMOKE_NODE_ARGS='--cpu-prof'. */
const NODE_ARGS = (process.env.BENCH_SMOKE_NODE_ARGS ?? '').split(' ').filter(Boolean)
/** Issue 15: the largest fleet's check within this many times the smallest's. */
const RATIO_LIMIT = 10
const MISSING_PERCENT = 5
/** The 5 % missing never write: the check polls this long, then explains them. */
const MISSING_TIMEOUT_S = 5
const TABLE = 'SampleDynamoTable'

interface SmokeRun {
  size: number
  scenario: string
  concurrency: number
  seconds: number
  /** Every run's seconds (seconds is their median). */
  allSeconds: number[]
  calls: number
  /** The connections the DynamoDB calls came on. */
  connections: number
  found: number
  missing: number
  logLines: number
  summaryBytes: number
  resultBytes: number
}

interface Measured {
  seconds: number
  found: number
  missing: number
  logLines: number
  summaryBytes: number
  resultBytes: number
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

/** The door's smoke step in this process: what the bundle runs, less its loading. */
/** A MemoryReporter that also notes when each line came, for the phases. */
class TimedReporter extends MemoryReporter {
  readonly at: number[] = []
  override info(message: string): void {
    this.at.push(performance.now())
    super.info(message)
  }
}

async function inProcess(raw: RawInputs, env: NodeJS.ProcessEnv): Promise<Measured> {
  const reporter = new TimedReporter()
  const started = performance.now()
  const outcome = await runSmoke(raw, env, { reporter, clock: systemClock })
  const seconds = (performance.now() - started) / 1000
  if (PHASES) {
    const lines = reporter.lines.filter(
      l => !l.startsWith('warning: ') && !l.startsWith('debug: ') && !l.startsWith('## ')
    )
    console.log(
      lines
        .map((l, i) => `  +${((reporter.at[i]! - started) / 1000).toFixed(3)} s ${l.slice(0, 90)}`)
        .join('\n')
    )
  }
  const counts = JSON.parse(outcome.outputs['smoke-counts'] ?? '{}') as {
    found?: number
    missing?: number
  }
  return {
    seconds,
    found: counts.found ?? 0,
    missing: counts.missing ?? 0,
    // The step's lines, plus an annotation per failure line.
    logLines: reporter.lines.length + outcome.failures.length,
    summaryBytes: Buffer.byteLength(outcome.summary ?? ''),
    resultBytes: Buffer.byteLength(outcome.outputs['smoke-result'] ?? '')
  }
}

/** The bundle as GitHub runs it: INPUT_* variables, its log on stdout, files for the rest. */
async function asBundle(
  bundle: string,
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  dir: string
): Promise<Measured> {
  const output = join(dir, 'output')
  const summary = join(dir, 'summary.md')
  await writeFile(output, '')
  await writeFile(summary, '')
  const inputs = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])
  )
  const started = performance.now()
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, bundle], {
      env: { ...env, ...inputs, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary },
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', reject)
    child.on('close', () => resolve(out))
  })
  const seconds = (performance.now() - started) / 1000
  const outputs = await readFile(output, 'utf8')
  // GITHUB_OUTPUT's multiline form: name<<delimiter, the value, the delimiter.
  const value = (name: string): string => {
    const m = new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(outputs)
    return m?.[2] ?? ''
  }
  const counts = JSON.parse(value('smoke-counts') || '{}') as { found?: number; missing?: number }
  return {
    seconds,
    found: counts.found ?? 0,
    missing: counts.missing ?? 0,
    logLines: stdout.split('\n').filter(Boolean).length,
    summaryBytes: (await stat(summary)).size,
    resultBytes: Buffer.byteLength(value('smoke-result'))
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

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
  const proxy = await startLatencyProxy(env.AWS_ENDPOINT_URL_DYNAMODB!, LATENCY_MS, CLOSE_EACH)
  // The door's clients read their endpoints and credentials from the environment.
  const stepEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    AWS_REGION: sandbox.region,
    AWS_ENDPOINT_URL_DYNAMODB: proxy.url,
    RUNNER_TEMP: reports
  }
  const saved = { ...process.env }
  Object.assign(process.env, stepEnv)
  const runs: SmokeRun[] = []
  let warm = Boolean(BUNDLE)
  const scenarios = QUICK ? ['all present'] : ['all present', `${MISSING_PERCENT} % missing`]
  try {
    for (const size of SIZES) {
      for (const scenario of scenarios) {
        const group = `bench-smoke-${size}-${scenario.startsWith('all') ? 'all' : 'missing'}`
        await sandbox.addFleet({ group, count: size, sample: 0 })
        const devices = await members(iot, group)
        const writes = scenario.startsWith('all')
          ? devices
          : devices.filter((_, i) => i % (100 / MISSING_PERCENT) !== 0)
        const since = new Date(Date.now() - 1000)
        await writeItems(writer, writes, '1.0.0')
        for (const concurrency of QUICK ? [DEFAULT_CONCURRENCY] : [DEFAULT_CONCURRENCY, 1]) {
          const raw: RawInputs = {
            region: sandbox.region,
            'table-name': TABLE,
            targets: `thinggroup/${group}`,
            since: since.toISOString(),
            timeout: String(scenario.startsWith('all') ? 300 : MISSING_TIMEOUT_S),
            concurrency: String(concurrency),
            'component-version': '1.0.0'
          }
          // In this process the first run also loads the SDK's clients: that run is not timed.
          if (!warm) await inProcess(raw, stepEnv)
          warm = true
          const measured: Measured[] = []
          const before = await proxy.requests()
          for (let run = 0; run < RUNS; run++) {
            measured.push(
              BUNDLE ? await asBundle(BUNDLE, raw, stepEnv, reports) : await inProcess(raw, stepEnv)
            )
          }
          const after = await proxy.requests()
          const calls = (after.requests - before.requests) / RUNS
          const connections = (after.connections - before.connections) / RUNS
          const seconds = measured.map(m => m.seconds)
          const mid = measured.find(m => m.seconds === median(seconds))!
          runs.push({
            size,
            scenario,
            concurrency,
            ...mid,
            allSeconds: seconds,
            calls,
            connections,
            logLines: Math.max(...measured.map(m => m.logLines)),
            summaryBytes: Math.max(...measured.map(m => m.summaryBytes))
          })
        }
      }
    }
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
    await proxy.close()
    await rm(reports, { recursive: true, force: true })
  }

  const header = [
    'devices',
    'items',
    'concurrency',
    RUNS > 1 ? `wall time (median of ${RUNS}; all runs)` : 'wall time',
    'DynamoDB calls',
    'calls/device',
    'connections',
    'found/missing',
    'log lines',
    'summary bytes',
    'smoke-result bytes'
  ]
  const rows = runs.map(r => [
    fmt(r.size),
    r.scenario,
    r.concurrency === 1 ? '1 (baseline)' : String(r.concurrency),
    `${r.seconds.toFixed(2)} s` +
      (RUNS > 1 ? ` (${r.allSeconds.map(s => s.toFixed(2)).join(', ')})` : ''),
    fmt(r.calls),
    fmt(r.calls / r.size),
    fmt(r.connections),
    `${fmt(r.found)}/${fmt(r.missing)}`,
    fmt(r.logLines),
    fmt(r.summaryBytes),
    fmt(r.resultBytes)
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')
  console.log('')
  console.log(
    `Smoke check (${BUNDLE ? `the bundle ${BUNDLE}, run as GitHub runs it` : "the door's runSmoke: smoke() with the door's clients, summary, failure lines and outputs"}; ${LATENCY_MS} ms added to every DynamoDB request; ${CLOSE_EACH ? 'a connection per request (the proxy closes each)' : 'connections kept open, as AWS keeps them'}; items already written${QUICK ? '' : `; the ${MISSING_PERCENT} % missing never write, so that check polls for ${MISSING_TIMEOUT_S} s, then explains them`})`
  )
  console.log('')
  console.log(line(header))
  console.log(widths.map(w => '-'.repeat(w)).join('-|-'))
  for (const row of rows) console.log(line(row))
  console.log('')
  const all = 'all present'
  const of = (size: number, scenario: string, c: number) =>
    runs.find(r => r.size === size && r.scenario === scenario && r.concurrency === c)
  if (!QUICK) {
    for (const size of SIZES) {
      const fast = of(size, all, DEFAULT_CONCURRENCY)!
      const slow = of(size, all, 1)!
      console.log(
        `${fmt(size)} devices, all present: ${fast.seconds.toFixed(2)} s at concurrency ${DEFAULT_CONCURRENCY} vs ${slow.seconds.toFixed(2)} s one after another (${(slow.seconds / fast.seconds).toFixed(1)}x faster)`
      )
    }
  }
  const smallest = of(SIZES[0]!, all, DEFAULT_CONCURRENCY)!
  for (const size of SIZES.slice(1)) {
    const r = of(size, all, DEFAULT_CONCURRENCY)!
    const ratio = r.seconds / smallest.seconds
    console.log(
      `${fmt(size)} vs ${fmt(smallest.size)} devices, all present, concurrency ${DEFAULT_CONCURRENCY}: ${ratio.toFixed(1)}x the time (${r.seconds.toFixed(2)} s vs ${smallest.seconds.toFixed(2)} s; goal for 2,000 vs 10: ≤ ${RATIO_LIMIT}x)`
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
