// `npm run bench`: how fast the toolkit is, and how much it does, measured against the local
// sandbox. It prints figures and a verdict on each goal; it is not a test and exits 0 even
// when a goal is missed (or the sandbox is missing). The bundles measured are the committed
// ones (dist/*): rebuild them first (`npm run build`) to measure a change.
//
//   1. The root action, first deploy and then a no-op rerun (another commit that changed
//      only files the build cannot see): wall time (main and post step), AWS API calls per
//      service, total and mutating (through a counting proxy in front of moto and the
//      Greengrass emulator), and bytes pushed to the registry.
//   2. Each bundle: its dist/ size, the SDK clients in it against those its runner uses, and
//      its cold start on Node 24 (spawn to the first AWS request), median of N runs, beside
//      the floor: a minimal action importing only the one SDK client that makes the same
//      first request, bundled with ncc now.
//
//   3. The cached rebuild (scripts/bench/cache.ts): build-push with `cache: true`, a build
//      after an app-only change on fresh storage against the cold build, also on fresh storage.
//
// Goals: zero mutating calls on a no-op rerun; each cold start within 1.5 times its floor's;
// no SDK client bundled into an action that does not use it; the cached rebuild within 30 %
// of the cold build.
import { spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, runAction, type ActionRun } from '../../test/e2e/harness.js'
import { sandboxInputs } from '../../test/e2e/helpers.js'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { SLOW_LAYER_SECONDS, cachedRebuild } from './cache.js'
import { SDK_CLIENTS, bundledClients, folderSize, type SdkClient } from './clients.js'
import { FakeAws, actionEnv, median, type Sample, type Subject } from './coldstart.js'
import { countByService, startCountingProxy, type ProxiedCall } from './proxy.js'

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 9))
const COLD_START_GOAL = 1.5

type Floor = 'sts' | 'iot'

interface Bundle {
  name: string
  dist: string
  /** The folder of its action.yml; none for the CLI. */
  action?: string
  inputs?: Record<string, string>
  args?: string[]
  /** The SDK clients its runner imports. */
  uses: SdkClient[]
  /** The client of its first request. */
  floor: Floor
}

const ALL: SdkClient[] = [...SDK_CLIENTS]
const BUNDLES: Bundle[] = [
  {
    name: 'build-push',
    dist: 'dist/build-push',
    action: 'actions/build-push',
    uses: ['sts', 'ecr'],
    floor: 'sts'
  },
  {
    name: 'render-recipe',
    dist: 'dist/render-recipe',
    action: 'actions/render-recipe',
    inputs: {
      'image-uri': `123456789012.dkr.ecr.us-east-1.amazonaws.com/dynamodb_access_sample@sha256:${'0'.repeat(64)}`
    },
    uses: ['sts', 'greengrassv2'],
    floor: 'sts'
  },
  {
    name: 'attach-policy',
    dist: 'dist/attach-policy',
    action: 'actions/attach-policy',
    uses: ['sts', 'iam'],
    floor: 'sts'
  },
  {
    name: 'deploy',
    dist: 'dist/deploy',
    action: 'actions/deploy',
    // IoT: a large group is watched through its deployment's IoT job. CloudWatch Logs: the
    // tail of a failed device's component log.
    uses: ['sts', 'greengrassv2', 'iot', 'cloudwatch-logs'],
    floor: 'sts'
  },
  {
    name: 'smoke',
    dist: 'dist/smoke',
    action: 'actions/smoke',
    inputs: { targets: 'thinggroup/MyGreengrassCoreGroup', since: '2025-01-01T00:00:00Z' },
    uses: ['dynamodb', 'iot'],
    floor: 'iot'
  },
  {
    name: 'pipeline (root action)',
    dist: 'dist/pipeline',
    action: '.',
    uses: ALL,
    floor: 'sts'
  },
  {
    name: 'cli (ggcd pipeline)',
    dist: 'dist/cli',
    args: ['pipeline', '--image-tag', 'bench'],
    uses: ALL,
    floor: 'sts'
  }
]

// ---------------------------------------------------------------------------------------
// Output

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)
const say = (s = '') => process.stdout.write(`${s}\n`)

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  say(line(header))
  say(widths.map(w => '-'.repeat(w)).join('  '))
  for (const row of rows) say(line(row))
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`
const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} ms`)

const verdicts: string[] = []
function verdict(pass: boolean | undefined, goal: string, figures: string): void {
  const word = pass === undefined ? 'NOT MEASURED' : pass ? 'PASS' : 'FAIL'
  verdicts.push(`${word.padEnd(12)} ${goal}: ${figures}`)
}

// ---------------------------------------------------------------------------------------
// 1. Deploys through the sandbox

interface Scenario {
  name: string
  run: ActionRun
  wallMs: number
  calls: ProxiedCall[]
  greengrassLog: { total: number; mutating: number }
  pushedBytes: number
  pushedBlobs: number
}

/** Every blob the registry stores (layers, configs, manifests), by digest, with its size. */
async function registryBlobs(stateDir: string): Promise<Map<string, number>> {
  const blobs = new Map<string, number>()
  const root = join(stateDir, 'registry')
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (entry.name === 'data' && path.includes('/blobs/')) {
        blobs.set(dir.split('/').at(-1)!, (await stat(path)).size)
      }
    }
  }
  await walk(root)
  return blobs
}

async function deploys(): Promise<Scenario[] | string> {
  let sandbox: Sandbox
  try {
    sandbox = await startSandbox()
  } catch (error) {
    return `the sandbox did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
  }
  const proxy = await startCountingProxy({
    default: sandbox.env.AWS_ENDPOINT_URL!,
    services: { greengrass: sandbox.env.AWS_ENDPOINT_URL_GREENGRASSV2! }
  })
  const work = await mkdtemp(join(tmpdir(), 'ggcd-bench-'))
  try {
    await cp(join(ROOT, 'container'), join(work, 'container'), { recursive: true })
    const env = { ...sandbox.env, ...proxy.env }
    const scenario = async (name: string, imageTag: string): Promise<Scenario> => {
      proxy.reset()
      await sandbox.resetCalls()
      const before = await registryBlobs(sandbox.stateDir)
      const started = process.hrtime.bigint()
      const run = await runAction(
        '.',
        { ...sandboxInputs(sandbox), context: join(work, 'container'), 'image-tag': imageTag },
        env
      )
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6
      const after = await registryBlobs(sandbox.stateDir)
      const added = [...after].filter(([digest]) => !before.has(digest))
      const log = await sandbox.calls()
      return {
        name,
        run,
        wallMs,
        calls: proxy.calls(),
        greengrassLog: { total: log.length, mutating: log.filter(c => c.mutating).length },
        pushedBytes: added.reduce((sum, [, size]) => sum + size, 0),
        pushedBlobs: added.length
      }
    }
    const first = await scenario('first deploy', 'bench-commit-1')
    // A docs-only commit: only files that container/.dockerignore keeps from the build change.
    await writeFile(join(work, 'container/README.md'), '# Documented at last\n')
    await mkdir(join(work, 'container/docs'), { recursive: true })
    await writeFile(join(work, 'container/docs/notes.md'), 'notes\n')
    const rerun = await scenario('no-op rerun', 'bench-commit-2-docs-only')
    return [first, rerun]
  } finally {
    await proxy.close()
    await sandbox.stop()
    await rm(work, { recursive: true, force: true })
  }
}

function reportDeploys(result: Scenario[] | string): void {
  say(bold('1. The root action against the sandbox'))
  if (typeof result === 'string') {
    say(`   not measured: ${result}`)
    verdict(undefined, 'zero mutating calls on a no-op rerun', result)
    return
  }
  table(
    ['scenario', 'exit', 'wall time', 'API calls', 'mutating', 'bytes pushed', 'blobs pushed'],
    result.map(s => {
      const mutating = s.calls.filter(c => c.mutating).length
      return [
        s.name,
        String(s.run.code),
        `${(s.wallMs / 1000).toFixed(2)} s`,
        String(s.calls.length),
        String(mutating),
        kb(s.pushedBytes),
        String(s.pushedBlobs)
      ]
    })
  )
  say()
  const services = [...new Set(result.flatMap(s => s.calls.map(c => c.service)))].sort()
  const counts = result.map(s => countByService(s.calls))
  table(
    ['service', ...result.map(s => `${s.name}: calls / mutating`)],
    services.map(service => [
      service,
      ...counts.map(c => `${c[service]?.total ?? 0} / ${c[service]?.mutating ?? 0}`)
    ])
  )
  say()
  for (const [i, s] of result.entries()) {
    const ops = s.calls.filter(c => c.mutating).map(c => `${c.service}:${c.operation}`)
    say(`   ${s.name}, mutating calls: ${ops.length ? ops.join(', ') : 'none'}`)
    say(
      `   ${s.name}, Greengrass emulator's own log: ${s.greengrassLog.total} calls, ${s.greengrassLog.mutating} mutating (proxy: ${counts[i]!.greengrass?.total ?? 0} / ${counts[i]!.greengrass?.mutating ?? 0})`
    )
    if (s.run.code !== 0) say(`   ${s.name} failed; its log ends:\n${s.run.log.slice(-1500)}`)
  }
  const image = result[1]!.run.summary.split('\n').find(l => l.includes('@sha256:'))
  if (image) say(`   no-op rerun, the summary's image line: ${image}`)
  say(
    '   API calls: every request the action sent to IAM, ECR, STS, DynamoDB, IoT and Greengrass V2,\n' +
      '   counted by a proxy in front of moto and the emulator. Bytes pushed: the blobs (layers,\n' +
      "   configs, manifests) new in the registry's storage after the run, at their stored size."
  )
  say()

  const rerun = result[1]!
  const mutating = rerun.calls.filter(c => c.mutating).length + rerun.greengrassLog.mutating
  const ok = rerun.run.code === 0 && mutating === 0 && rerun.pushedBytes === 0
  verdict(
    ok,
    'zero mutating calls on a no-op rerun',
    `${rerun.calls.filter(c => c.mutating).length} mutating API calls (emulator log: ${rerun.greengrassLog.mutating}), ${rerun.pushedBytes} bytes pushed, exit ${rerun.run.code}, ${(rerun.wallMs / 1000).toFixed(2)} s (first deploy: ${result[0]!.calls.filter(c => c.mutating).length} mutating, ${kb(result[0]!.pushedBytes)} pushed, ${(result[0]!.wallMs / 1000).toFixed(2)} s)`
  )
}

// ---------------------------------------------------------------------------------------
// 2. Bundles

function ncc(entry: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      ['ncc', 'build', entry, '--out', out, '--target', 'es2022', '--quiet'],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] }
    )
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', reject)
    child.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`ncc build ${entry} failed: ${err}`))
    )
  })
}

async function bundles(floorDir: string): Promise<void> {
  say(bold(`2. Bundles: size, SDK clients, cold start on Node 24 (median of ${RUNS})`))
  const floors: Record<Floor, string> = {
    sts: join(floorDir, 'sts'),
    iot: join(floorDir, 'iot')
  }
  await Promise.all([
    ncc('scripts/bench/floor/sts.mjs', floors.sts),
    ncc('scripts/bench/floor/iot.mjs', floors.iot)
  ])

  const cleanups: Array<() => void> = []
  const subjects = new Map<string, Subject>()
  for (const b of BUNDLES) {
    const script = join(ROOT, b.dist, 'index.js')
    if (b.action) {
      const { env, cleanup } = actionEnv(b.action, b.inputs ?? {})
      cleanups.push(cleanup)
      subjects.set(b.name, { name: b.name, script, env })
    } else subjects.set(b.name, { name: b.name, script, args: b.args })
  }
  for (const floor of ['sts', 'iot'] as const) {
    subjects.set(`floor:${floor}`, {
      name: `floor:${floor}`,
      script: join(floors[floor], 'index.mjs')
    })
  }
  subjects.set('node24, no SDK', {
    name: 'node24, no SDK',
    script: '-e',
    args: ['fetch(process.env.AWS_ENDPOINT_URL, { method: "POST" }).catch(() => {})']
  })

  const fake = await FakeAws.start()
  const samples = new Map<string, Sample[]>([...subjects.keys()].map(k => [k, []]))
  try {
    // One warm-up round (file cache), then RUNS rounds, every subject once per round.
    for (let round = 0; round <= RUNS; round++) {
      for (const [name, subject] of subjects) {
        const sample = await fake.measure(subject)
        if (round > 0) samples.get(name)!.push(sample)
      }
    }
  } finally {
    await fake.close()
    for (const cleanup of cleanups) cleanup()
  }

  const medianOf = (name: string) => median(samples.get(name)!.map(s => s.ms))
  const firstOf = (name: string) =>
    [...new Set(samples.get(name)!.map(s => s.first ?? 'no request'))].join(', ')
  const floorMs: Record<Floor, number> = { sts: medianOf('floor:sts'), iot: medianOf('floor:iot') }

  const rows: string[][] = []
  const slow: string[] = []
  const extra: string[] = []
  const unseen: string[] = []
  const ratios: string[] = []
  for (const b of BUNDLES) {
    const clients = bundledClients(join(ROOT, b.dist))
    const extras = clients.filter(c => !b.uses.includes(c))
    const missing = b.uses.filter(c => !clients.includes(c))
    if (extras.length) extra.push(`${b.name} carries ${extras.join(', ')}`)
    if (missing.length) unseen.push(`${b.name}: no marker of ${missing.join(', ')}`)
    const cold = medianOf(b.name)
    const ratio = cold / floorMs[b.floor]
    ratios.push(`${b.name} ${Number.isNaN(ratio) ? 'n/a' : `${ratio.toFixed(2)}x`}`)
    if (!(ratio <= COLD_START_GOAL)) slow.push(b.name)
    rows.push([
      b.name,
      mib(folderSize(join(ROOT, b.dist))),
      clients.join(',') || '-',
      extras.join(',') || '-',
      ms(cold),
      `floor:${b.floor} ${ms(floorMs[b.floor])}`,
      Number.isNaN(ratio) ? 'n/a' : `${ratio.toFixed(2)}x`,
      firstOf(b.name)
    ])
  }
  for (const floor of ['sts', 'iot'] as const) {
    const name = `floor:${floor}`
    rows.push([
      name,
      mib(folderSize(floors[floor])),
      bundledClients(floors[floor]).join(',') || '-',
      '-',
      ms(medianOf(name)),
      '',
      '1.00x',
      firstOf(name)
    ])
  }
  rows.push(['node24, no SDK', '', '', '', ms(medianOf('node24, no SDK')), '', '', 'fetch()'])
  table(
    [
      'bundle',
      'dist size',
      'SDK clients',
      'unused',
      'cold start',
      'floor',
      'ratio',
      'first request'
    ],
    rows
  )
  for (const [name, list] of samples) {
    const failed = list.find(s => s.first === undefined)
    if (failed)
      say(`   ${name}: no AWS request within 20 s; it printed: ${failed.output?.slice(-400)}`)
  }
  say(
    '   Cold start: spawn of node24 to the first HTTP request at a loopback server posing as AWS\n' +
      '   (answered AccessDenied; the process is then killed). Floors: scripts/bench/floor/*.mjs,\n' +
      '   bundled with ncc as the actions are. SDK clients: by class and module markers in dist/.'
  )
  say()

  const measured = BUNDLES.every(b => !Number.isNaN(medianOf(b.name)))
  verdict(
    measured ? slow.length === 0 : undefined,
    `each bundle's cold start within ${COLD_START_GOAL}x its floor's`,
    `${ratios.join('; ')} (floors: sts ${ms(floorMs.sts)}, iot ${ms(floorMs.iot)})${slow.length ? `; over: ${slow.join(', ')}` : ''}`
  )
  verdict(
    extra.length === 0 && unseen.length === 0,
    'no SDK client bundled into an action that does not use it',
    extra.length || unseen.length
      ? [...extra, ...unseen.map(u => `cannot tell (${u})`)].join('; ')
      : BUNDLES.map(b => `${b.name}: ${b.uses.join(',')}`).join('; ')
  )
}

// ---------------------------------------------------------------------------------------
// 3. The cached rebuild

const CACHE_GOAL = 0.3

async function cache(): Promise<void> {
  say(bold('3. Cached rebuild: build-push with cache: true (buildah), each build on fresh storage'))
  const result = await cachedRebuild()
  const goal = `a rebuild after an app-only change within ${CACHE_GOAL * 100} % of a cold build`
  if (typeof result === 'string') {
    say(`   not measured: ${result}`)
    verdict(undefined, goal, result)
  } else {
    table(
      ['build', 'wall time', 'steps from the cache'],
      [
        ['cold (registry cache empty)', ms(result.coldMs), '0'],
        ['app changed', ms(result.rebuildMs), String(result.cacheHits)]
      ]
    )
    say(
      `   The dependency layer is a RUN of ${SLOW_LAYER_SECONDS} s; the app a COPY after it. Wall time of the\n` +
        '   whole action (node24, ECR calls, login, build, push, logout).'
    )
    verdict(
      result.ratio <= CACHE_GOAL,
      goal,
      `${(result.ratio * 100).toFixed(0)} % (${ms(result.rebuildMs)} against ${ms(result.coldMs)})`
    )
  }
  say()
}

// ---------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = Date.now()
  say(bold('ggcd bench') + ` (committed bundles in ${ROOT}; node24; ${RUNS} runs per cold start)`)
  say()
  reportDeploys(await deploys())
  const floorDir = await mkdtemp(join(tmpdir(), 'ggcd-bench-floor-'))
  try {
    await bundles(floorDir)
  } catch (error) {
    say(`   bundles not measured: ${error instanceof Error ? error.message : String(error)}`)
    verdict(undefined, "each bundle's cold start within 1.5x its floor's", 'see above')
    verdict(undefined, 'no SDK client bundled into an action that does not use it', 'see above')
  } finally {
    await rm(floorDir, { recursive: true, force: true })
  }
  await cache()
  say(bold('Verdicts'))
  for (const line of verdicts) say(line)
  say(`(bench took ${((Date.now() - started) / 1000).toFixed(0)} s; it never fails: exit 0)`)
}

try {
  await main()
} catch (error) {
  say(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
}
process.exitCode = 0
