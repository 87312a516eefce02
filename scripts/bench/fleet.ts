// Fleet-scale monitoring benchmark (`npm run bench:fleet`): figures, not a timed test; not run
// in CI. In the local sandbox (sandbox), for thing groups of 10, 1,000 and 10,000 simulated
// core devices with 5 % of them failing, it deploys and watches the rollout two ways:
//
//   aggregate: GetDeployment once (for the IoT job id), then per poll ONE IoT DescribeJob, plus
//              one ListJobExecutionsForJob page only when the failed count grew (the toolkit's
//              JobWatch from src/core/deploy/fleet.ts when it is there, else the same here);
//   naive:     per poll ListCoreDevices (every page) + ListEffectiveDeployments per device.
//
// Each deployment carries an abortConfig (FAILED ≥ 3 % after at least 10 executed things), which
// the sandbox honours as AWS IoT does. It reports API calls per poll (average, max), total calls
// to a verdict, and the time from CreateDeployment to the verdict that the rollout failed and
// was aborted. The naive monitor gets one poll only at 10,000 devices (a poll is 10,100 calls);
// when that poll does not reach a verdict the totals are extrapolated, and the table says so.
// Then the smoke check and the deploy verdict's latency at fleet size (./fleet-smoke.ts);
// BENCH_SMOKE_ONLY=1 runs only the smoke check.
import {
  CancelDeploymentCommand,
  CreateDeploymentCommand,
  GetDeploymentCommand,
  GreengrassV2Client,
  ListCoreDevicesCommand,
  ListEffectiveDeploymentsCommand,
  type EffectiveDeployment
} from '@aws-sdk/client-greengrassv2'
import {
  DescribeJobCommand,
  IoTClient,
  ListJobExecutionsForJobCommand,
  type JobProcessDetails
} from '@aws-sdk/client-iot'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { benchSmoke, benchVerdict } from './fleet-smoke.js'

const SIZES = [10, 1_000, 10_000]
const FAIL_PERCENT = 5
const ABORT = { thresholdPercentage: 3, minNumberOfExecutedThings: 10 }
/** Light devices start at this rate (as a job's rollout does), whatever the fleet's size. */
const RATE_PER_SECOND = 100
const POLL_MS = 250
const NAIVE_CONCURRENCY = 8
/** Polls the naive monitor gets, by fleet size (it is capped at 10,000 devices). */
const naivePollCap = (size: number): number => (size >= 10_000 ? 1 : 200)
const AGGREGATE_TIMEOUT_MS = 60_000
const GOAL_CALLS_PER_POLL = 3

interface Counter {
  total: number
  byOperation: Map<string, number>
}

interface MonitorResult {
  monitor: 'aggregate' | 'naive'
  implementation: string
  size: number
  polls: number
  callsPerPoll: number[]
  /** Calls outside the polls (GetDeployment for the job id). */
  setupCalls: number
  totalCalls: number
  verdict: string
  detectSeconds: number | null
  failedSeen: number
  executedSeen: number
  /** The naive monitor was capped before its verdict: totals are extrapolated. */
  extrapolated: boolean
  note?: string
}

function counted<T extends GreengrassV2Client | IoTClient>(client: T, counter: Counter): T {
  client.middlewareStack.add(
    (next, context) => async args => {
      counter.total++
      const name = String(context.commandName ?? 'unknown').replace(/Command$/, '')
      counter.byOperation.set(name, (counter.byOperation.get(name) ?? 0) + 1)
      return next(args)
    },
    { step: 'initialize', name: 'benchCallCounter' }
  )
  return client
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>
): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await fn(items[i]!)
      }
    })
  )
  return out
}

// --- the aggregate monitor ------------------------------------------------------------------

interface JobWatchLike {
  counts?: {
    failed: number
    rejected: number
    timedOut: number
    succeeded: number
    inProgress: number
    queued: number
  }
  status?: string
  poll(): Promise<void>
  listNewFailures(): Promise<string[]>
}

type JobWatchFactory = (iot: IoTClient, jobId: string) => JobWatchLike

/** The toolkit's JobWatch when src/core/deploy/fleet.ts exports it, else the bench's own. */
async function jobWatchFactory(): Promise<{ make: JobWatchFactory; implementation: string }> {
  try {
    const fleet = (await import('../../src/core/deploy/fleet.js')) as Record<string, unknown>
    const report = (await import('../../src/core/shared/report.js')) as Record<string, unknown>
    const JobWatch = fleet.JobWatch as
      (new (iot: IoTClient, ctx: unknown, jobId: string) => JobWatchLike) | undefined
    const MemoryReporter = report.MemoryReporter as (new () => unknown) | undefined
    if (
      typeof JobWatch === 'function' &&
      typeof MemoryReporter === 'function' &&
      report.systemClock
    ) {
      const ctx = { reporter: new MemoryReporter(), clock: report.systemClock }
      return {
        make: (iot, jobId) => new JobWatch(iot, ctx, jobId),
        implementation: "toolkit's JobWatch (src/core/deploy/fleet.ts)"
      }
    }
  } catch {
    // fall through to the bench's own
  }
  return { make: (iot, jobId) => new OwnJobWatch(iot, jobId), implementation: "the bench's own" }
}

/** Same calls as the toolkit's: one DescribeJob per poll; one ListJobExecutionsForJob page
 * (FAILED) only when the failed count grew, until 20 failures are listed. */
class OwnJobWatch implements JobWatchLike {
  counts?: JobWatchLike['counts']
  status?: string
  private listed = new Set<string>()
  private seenFailed = 0
  private token?: string
  constructor(
    private readonly iot: IoTClient,
    private readonly jobId: string
  ) {}
  async poll(): Promise<void> {
    const { job } = await this.iot.send(new DescribeJobCommand({ jobId: this.jobId }))
    const d: JobProcessDetails = job?.jobProcessDetails ?? {}
    this.counts = {
      succeeded: d.numberOfSucceededThings ?? 0,
      failed: d.numberOfFailedThings ?? 0,
      rejected: d.numberOfRejectedThings ?? 0,
      timedOut: d.numberOfTimedOutThings ?? 0,
      inProgress: d.numberOfInProgressThings ?? 0,
      queued: d.numberOfQueuedThings ?? 0
    }
    this.status = job?.status
  }
  async listNewFailures(): Promise<string[]> {
    if (!this.counts || this.counts.failed <= this.seenFailed || this.listed.size >= 20) return []
    const page = await this.iot.send(
      new ListJobExecutionsForJobCommand({
        jobId: this.jobId,
        status: 'FAILED',
        maxResults: 20 - this.listed.size,
        nextToken: this.token
      })
    )
    this.token = page.nextToken
    if (!page.nextToken) this.seenFailed = this.counts.failed
    const added: string[] = []
    for (const e of page.executionSummaries ?? []) {
      const thing = e.thingArn?.split('/').pop()
      if (thing && !this.listed.has(thing)) {
        this.listed.add(thing)
        added.push(thing)
      }
    }
    return added
  }
}

async function aggregateMonitor(
  gg: GreengrassV2Client,
  iot: IoTClient,
  counter: Counter,
  size: number,
  deploymentId: string,
  created: number,
  watch: { make: JobWatchFactory; implementation: string }
): Promise<MonitorResult> {
  const before = counter.total
  const deployment = await gg.send(new GetDeploymentCommand({ deploymentId }))
  const setupCalls = counter.total - before
  const job = watch.make(iot, deployment.iotJobId!)
  const callsPerPoll: number[] = []
  let verdict = 'timed out'
  let detectSeconds: number | null = null
  while (Date.now() - created < AGGREGATE_TIMEOUT_MS) {
    const start = counter.total
    await job.poll()
    await job.listNewFailures()
    callsPerPoll.push(counter.total - start)
    const c = job.counts!
    const failed = c.failed + c.rejected + c.timedOut
    const executed = failed + c.succeeded
    const pending = c.inProgress + c.queued
    if (job.status === 'CANCELED') {
      verdict = `failed ${pct(failed, executed)}; aborted by the job's abortConfig (DescribeJob: CANCELED)`
    } else if (pastAbort(failed, executed)) {
      verdict = `failed ${pct(failed, executed)}; ${await abort(gg, deploymentId)}`
    } else if (pending === 0 && executed > 0) {
      verdict = failed ? `failed (${pct(failed, executed)})` : 'succeeded'
    } else {
      await sleep(POLL_MS)
      continue
    }
    detectSeconds = (Date.now() - created) / 1000
    return {
      monitor: 'aggregate',
      implementation: watch.implementation,
      size,
      polls: callsPerPoll.length,
      callsPerPoll,
      setupCalls,
      totalCalls: counter.total - before,
      verdict,
      detectSeconds,
      failedSeen: failed,
      executedSeen: executed,
      extrapolated: false
    }
  }
  return {
    monitor: 'aggregate',
    implementation: watch.implementation,
    size,
    polls: callsPerPoll.length,
    callsPerPoll,
    setupCalls,
    totalCalls: counter.total - before,
    verdict,
    detectSeconds,
    failedSeen: 0,
    executedSeen: 0,
    extrapolated: false
  }
}

// --- the naive monitor ----------------------------------------------------------------------

async function naiveMonitor(
  gg: GreengrassV2Client,
  counter: Counter,
  size: number,
  groupArn: string,
  deploymentId: string,
  created: number,
  pollCap: number
): Promise<MonitorResult> {
  const before = counter.total
  const callsPerPoll: number[] = []
  let failed = 0
  let executed = 0
  for (let poll = 0; poll < pollCap; poll++) {
    const start = counter.total
    const things: string[] = []
    let nextToken: string | undefined
    do {
      const page = await gg.send(
        new ListCoreDevicesCommand({ thingGroupArn: groupArn, maxResults: 100, nextToken })
      )
      for (const d of page.coreDevices ?? [])
        if (d.coreDeviceThingName) things.push(d.coreDeviceThingName)
      nextToken = page.nextToken
    } while (nextToken)
    const statuses = await mapLimit(things, NAIVE_CONCURRENCY, async thing => {
      const page = await gg.send(
        new ListEffectiveDeploymentsCommand({ coreDeviceThingName: thing })
      )
      const mine = (page.effectiveDeployments ?? []).find(
        (e: EffectiveDeployment) => e.deploymentId === deploymentId
      )
      return mine?.coreDeviceExecutionStatus ?? 'PENDING'
    })
    callsPerPoll.push(counter.total - start)
    failed = statuses.filter(s => s === 'FAILED' || s === 'TIMED_OUT' || s === 'REJECTED').length
    const succeeded = statuses.filter(s => s === 'SUCCEEDED' || s === 'COMPLETED').length
    executed = failed + succeeded
    const pending = statuses.filter(
      s => s === 'PENDING' || s === 'QUEUED' || s === 'IN_PROGRESS'
    ).length
    let verdict: string | undefined
    if (pastAbort(failed, executed)) {
      verdict = `failed ${pct(failed, executed)}; ${await abort(gg, deploymentId)}`
    } else if (pending === 0) {
      const canceled = statuses.filter(s => s === 'CANCELED').length
      verdict = canceled
        ? `failed ${pct(failed, executed)}; aborted by the job's abortConfig (${fmt(canceled)} devices report CANCELED)`
        : failed
          ? `failed (${pct(failed, executed)})`
          : 'succeeded'
    }
    if (verdict) {
      return {
        monitor: 'naive',
        implementation: 'the bench (per device)',
        size,
        polls: callsPerPoll.length,
        callsPerPoll,
        setupCalls: 0,
        totalCalls: counter.total - before,
        verdict,
        detectSeconds: (Date.now() - created) / 1000,
        failedSeen: failed,
        executedSeen: executed,
        extrapolated: false
      }
    }
    await sleep(POLL_MS)
  }
  return {
    monitor: 'naive',
    implementation: 'the bench (per device)',
    size,
    polls: callsPerPoll.length,
    callsPerPoll,
    setupCalls: 0,
    totalCalls: counter.total - before,
    verdict: `no verdict within ${pollCap} poll(s)`,
    detectSeconds: null,
    failedSeen: failed,
    executedSeen: executed,
    extrapolated: true
  }
}

// --- both: the same abort rule as the job's abortConfig, applied by the monitor --------------

const pastAbort = (failed: number, executed: number): boolean =>
  executed >= ABORT.minNumberOfExecutedThings &&
  failed * 100 >= ABORT.thresholdPercentage * executed

/** The monitor saw the failure rate first: it cancels the deployment (and so its job) itself,
 * unless the job's abortConfig already did (ConflictException: it is no longer ACTIVE). */
async function abort(gg: GreengrassV2Client, deploymentId: string): Promise<string> {
  try {
    await gg.send(new CancelDeploymentCommand({ deploymentId }))
    return 'aborted by the monitor (CancelDeployment)'
  } catch (error) {
    if ((error as { name?: string }).name === 'ConflictException') {
      return "aborted by the job's abortConfig (CancelDeployment: already canceled)"
    }
    throw error
  }
}

// --- the run --------------------------------------------------------------------------------

const pct = (part: number, whole: number): string =>
  whole > 0 ? `${((part / whole) * 100).toFixed(1)} %` : '0 %'
const avg = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)
const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 })

async function deploy(
  gg: GreengrassV2Client,
  groupArn: string,
  name: string
): Promise<{ id: string; created: number }> {
  const created = Date.now()
  const { deploymentId } = await gg.send(
    new CreateDeploymentCommand({
      targetArn: groupArn,
      deploymentName: name,
      components: { 'aws.greengrass.Cli': { componentVersion: '2.12.6' } },
      iotJobConfiguration: {
        abortConfig: {
          criteriaList: [{ failureType: 'FAILED', action: 'CANCEL', ...ABORT }]
        }
      }
    })
  )
  return { id: deploymentId!, created }
}

async function main(): Promise<void> {
  const benchStarted = Date.now()
  const sandbox: Sandbox = await startSandbox({ seed: 'default' })
  try {
    // Only the smoke check (./fleet-smoke.ts, whose header lists its own variables).
    if (process.env.BENCH_SMOKE_ONLY) {
      await benchSmoke(sandbox)
      console.log(`bench took ${((Date.now() - benchStarted) / 1000).toFixed(1)} s`)
      return
    }
    const env = sandbox.env
    const common = {
      region: sandbox.region,
      credentials: {
        accessKeyId: env.AWS_ACCESS_KEY_ID!,
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY!
      },
      maxAttempts: 3
    }
    const counter: Counter = { total: 0, byOperation: new Map() }
    const gg = counted(
      new GreengrassV2Client({ ...common, endpoint: env.AWS_ENDPOINT_URL_GREENGRASSV2 }),
      counter
    )
    const iot = counted(new IoTClient({ ...common, endpoint: env.AWS_ENDPOINT_URL_IOT }), counter)
    const watch = await jobWatchFactory()
    const results: MonitorResult[] = []
    const created: string[] = []

    for (const size of SIZES) {
      const t = Date.now()
      const fleet = await sandbox.addFleet({
        group: `bench-fleet-${size}`,
        count: size,
        failPercent: FAIL_PERCENT,
        sample: 0,
        seed: 7,
        ratePerSecond: RATE_PER_SECOND
      })
      created.push(
        `${fmt(size)} devices (${fleet.failing.length} failing) in ${((Date.now() - t) / 1000).toFixed(2)} s`
      )

      const a = await deploy(gg, fleet.groupArn, `bench-aggregate-${size}`)
      results.push(await aggregateMonitor(gg, iot, counter, size, a.id, a.created, watch))

      const n = await deploy(gg, fleet.groupArn, `bench-naive-${size}`)
      const naive = await naiveMonitor(
        gg,
        counter,
        size,
        fleet.groupArn,
        n.id,
        n.created,
        naivePollCap(size)
      )
      if (naive.extrapolated) {
        // Per poll the cost is fixed by the fleet's size; the polls to a verdict are taken from
        // the largest fleet measured in full (at least one more than were made).
        const reference = results.find(
          r => r.monitor === 'naive' && !r.extrapolated && r.size < size
        )
        const polls = Math.max(naive.polls + 1, reference?.polls ?? naive.polls + 1)
        naive.totalCalls = Math.round(avg(naive.callsPerPoll) * polls)
        naive.note = `capped at ${naive.polls} poll(s) (${avg(naive.callsPerPoll).toFixed(0)} calls each); total extrapolated to ${polls} polls`
      }
      results.push(naive)
    }

    // --- report -----------------------------------------------------------------------------
    const rows = results.map(r => [
      fmt(r.size),
      r.monitor,
      String(r.polls),
      fmt(avg(r.callsPerPoll)),
      fmt(Math.max(...r.callsPerPoll, 0)),
      (r.extrapolated ? '~' : '') + fmt(r.totalCalls),
      r.detectSeconds === null ? 'n/a' : `${r.detectSeconds.toFixed(2)} s`,
      r.verdict + (r.note ? ` [${r.note}]` : '')
    ])
    const header = [
      'devices',
      'monitor',
      'polls',
      'calls/poll avg',
      'calls/poll max',
      'calls to verdict',
      'time to verdict',
      'verdict'
    ]
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i]!.length)))
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join(' | ')
    console.log('')
    console.log(
      `Fleet monitoring benchmark (local sandbox; ${FAIL_PERCENT} % of devices fail; abortConfig FAILED ≥ ${ABORT.thresholdPercentage} % after ${ABORT.minNumberOfExecutedThings} executed; rollout ${RATE_PER_SECOND} devices/s; poll every ${POLL_MS} ms)`
    )
    console.log(`Fleets: ${created.join('; ')}`)
    console.log(
      `Aggregate monitor: ${watch.implementation}; GetDeployment once, then per poll DescribeJob + ListJobExecutionsForJob (FAILED) only when the failed count grew.`
    )
    console.log(
      `Naive monitor: per poll ListCoreDevices (all pages of 100) + ListEffectiveDeployments per device (${NAIVE_CONCURRENCY} at a time).`
    )
    console.log(
      '"calls to verdict" includes the aggregate monitor\'s one GetDeployment; "time to verdict" runs from CreateDeployment to the monitor\'s verdict that the rollout failed and was aborted (by the job\'s abortConfig, or by the monitor\'s CancelDeployment, counted, when it saw the failure rate first).'
    )
    console.log('')
    console.log(line(header))
    console.log(widths.map(w => '-'.repeat(w)).join('-|-'))
    for (const row of rows) console.log(line(row))
    console.log('')

    const aggregate = results.filter(r => r.monitor === 'aggregate')
    const at = (size: number) => aggregate.find(r => r.size === size)!
    const big = at(10_000)
    const bigMax = Math.max(...big.callsPerPoll)
    const perDeployment = big.callsPerPoll.length ? bigMax : Infinity
    console.log(
      `calls per poll at 10,000 devices: ${fmt(perDeployment)} (avg ${fmt(avg(big.callsPerPoll))}; goal ≤ ${GOAL_CALLS_PER_POLL}) ${perDeployment <= GOAL_CALLS_PER_POLL ? 'PASS' : 'FAIL'}`
    )
    const maxes = aggregate.map(r => Math.max(...r.callsPerPoll))
    const flat =
      Math.max(...maxes) <= GOAL_CALLS_PER_POLL && bigMax <= Math.max(...maxes.slice(0, -1))
    console.log(
      `flat in fleet size: ${flat ? 'PASS' : 'FAIL'} (max calls per poll by fleet size ${aggregate.map((r, i) => `${fmt(r.size)}: ${maxes[i]}`).join(', ')}; naive: ${results
        .filter(r => r.monitor === 'naive')
        .map(r => `${fmt(r.size)}: ${fmt(avg(r.callsPerPoll))}`)
        .join(', ')})`
    )
    const allAborted = aggregate.every(r => r.detectSeconds !== null)
    console.log(
      `5 % failure detected and aborted by the aggregate monitor at every size: ${allAborted ? 'PASS' : 'FAIL'}`
    )
    console.log(
      `calls by operation: ${[...counter.byOperation].map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`
    )
    await benchSmoke(sandbox)
    await benchVerdict(sandbox)
    console.log('')
    console.log(`bench took ${((Date.now() - benchStarted) / 1000).toFixed(1)} s`)
  } finally {
    await sandbox.stop()
  }
}

main().catch(error => {
  console.error(error)
  process.exitCode = 1
})
