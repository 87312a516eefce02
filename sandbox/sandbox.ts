// Starts the local AWS sandbox (sandbox/sandbox.py) from Node tests and demos, and stops
// it. The Python process prints one JSON "ready" line; everything a client needs (endpoints,
// dummy credentials, buildah's registry and storage configuration) is in its `env`.
//
//   const sandbox = await startSandbox()
//   try { run the toolkit with { ...process.env, ...sandbox.env } } finally { await sandbox.stop() }
import { spawn, spawnSync } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const SANDBOX_SCRIPT = fileURLToPath(new URL('./sandbox.py', import.meta.url))
// Runs the Python scripts/install-prerequisites.sh chose (GGCD_PYTHON, .venv or python3).
const PYTHON = fileURLToPath(new URL('../scripts/python', import.meta.url))
// Minutes only the first time on a machine: the Python base image is made (then cached).
const READY_TIMEOUT_MS = 600_000
const STOP_TIMEOUT_MS = 20_000
const STDERR_LINES_KEPT = 200

export interface SandboxOptions {
  /** Keep state (registry storage, images, device work dirs) here; default: a temp dir removed at stop. */
  stateDir?: string
  /** `default` seeds the role, table, thing group, two core devices and a group deployment. */
  seed?: 'default' | 'none'
  region?: string
  /** The Python interpreter; default scripts/python (`$GGCD_PYTHON`, `.venv` or `python3`). */
  python?: string
  /** How long to wait for the ready line; default 10 min (the first start makes the base image). */
  timeoutMs?: number
  /** Receives each line the sandbox logs on stderr (default: kept, shown only on failure). */
  log?: (line: string) => void
}

/** One request the Greengrass emulator received (GET /_sandbox/calls). */
export interface Call {
  id: number
  time: string
  method: string
  path: string
  operation: string | null
  mutating: boolean
  status: number
  error: string | null
  message: string | null
  /** Why the emulator rejected the request against the API model, or null. */
  rejected: string | null
  /** Whether the answer was an injected fault. */
  injected: boolean
  durationMs: number
  input: unknown
  /** Where the emulator's own response broke the model (a sandbox bug), if anywhere. */
  responseProblems: string[]
}

export interface DeviceOptions {
  thingName: string
  groups?: string[]
  /** The device's token exchange service refuses the app, so the app exits non-zero. */
  failApp?: boolean
}

export interface FleetOptions {
  /** The thing group (created if missing); its devices are `<group>-00001` … */
  group: string
  count: number
  /** Percent of the devices (chosen with `seed`) whose deployment fails; default 0. */
  failPercent?: number
  /** How many devices are real simulated core devices that run the app; default 5. */
  sample?: number
  /** Chooses the failing and sample devices, and each rollout's order; default 1. */
  seed?: number
  /** A rollout over the light devices takes this long, whatever their number; default 3 s. */
  rolloutSeconds?: number
  /** Or: light devices start at this rate (devices per second); overrides rolloutSeconds. */
  ratePerSecond?: number
  /** How long a light device's execution stays IN_PROGRESS; default 0.2 s. */
  inProgressSeconds?: number
}

export interface Fleet {
  group: string
  groupArn: string
  count: number
  failPercent: number
  seed: number
  rolloutSeconds: number
  ratePerSecond: number | null
  inProgressSeconds: number
  /** The devices that really run the app. */
  sample: string[]
  /** The devices whose deployment fails. */
  failing: string[]
  /** How many devices are light (no thread, nothing run). */
  light: number
}

/** The sandbox's view of a deployment's IoT job (GET /_sandbox/jobs/{jobId}). */
export interface JobState {
  jobId: string
  deploymentId: string
  status: string
  counts: Record<string, number>
  executed: number
  aborted: { criteria: Record<string, unknown>; executed: number; failed: number } | null
  abortCriteria: Array<Record<string, unknown>>
  scheduled: number
  started: number
  ended: number
}

export interface DeviceRun {
  component: string
  version: string
  deploymentId: string
  exitCode?: number
  reason?: string | null
  stdout?: string
  stderr?: string
  envPassed?: string[]
  /** The container runtime that ran it (absent when the device ran a host process). */
  runtime?: string
  argv?: string[]
  [key: string]: unknown
}

export interface DeviceSnapshot {
  thingName: string
  groups: string[]
  failApp: boolean
  status: 'HEALTHY' | 'UNHEALTHY'
  installedComponents: Array<{
    componentName: string
    componentVersion: string
    lifecycleState: string
    isRoot: boolean
    lastInstallationSource: string
    [key: string]: unknown
  }>
  effectiveDeployments: Array<{
    deploymentId: string
    targetArn: string
    coreDeviceExecutionStatus: string
    reason?: string
    [key: string]: unknown
  }>
  runs: DeviceRun[]
  log: string[]
  tokenExchange: { granted: number; refused: number }
}

export interface Fault {
  /** A Greengrass V2 operation name, e.g. `CreateDeployment` (or `greengrass:CreateDeployment`). */
  operation: string
  /** 403 answers AccessDeniedException (a permission the CI role lacks); 429
   * ThrottlingException with Retry-After: 0; 500/503 InternalServerException. */
  status?: 403 | 429 | 500 | 503
  /** How many of the next requests of that operation fail; default 1. */
  count?: number
  message?: string
  /**
   * `error` (the default) answers `status`; `lost` carries the request out and then resets
   * the connection (the answer lost on the way back); `held` neither answers nor acts until
   * the client gives up (or holdSeconds pass, default 120), then resets the connection.
   */
  kind?: 'error' | 'lost' | 'held'
  holdSeconds?: number
}

/** The services moto answers, by the name IAM gives their actions (their SigV4 signing name). */
export type AwsService = 'iam' | 'sts' | 'dynamodb' | 'ecr' | 'iot' | 'logs'

export interface AwsFault {
  /**
   * `service:Operation`, as IAM names the action: `iam:CreatePolicyVersion`,
   * `sts:GetCallerIdentity`, `dynamodb:Query`, `ecr:CreateRepository`,
   * `iot:ListThingsInThingGroup`, `logs:GetLogEvents` (sandbox/ggsandbox/motofaults.py).
   */
  operation: `${AwsService}:${string}`
  /** For `error`: 429 answers the service's throttling code (Throttling, ThrottlingException),
   * 403 AccessDenied(Exception), a 5xx its internal failure (ServiceFailure, InternalServerError,
   * ServerException, InternalFailureException; 503 ServiceUnavailable(Exception)). Default 429. */
  status?: 403 | 429 | 500 | 502 | 503 | 504
  /** How many of the next requests of that operation meet the fault; default 1. */
  count?: number
  message?: string
  /** As for Fault: `error` (the default), `lost` (done, then reset), `held` (no answer). */
  kind?: 'error' | 'lost' | 'held'
  holdSeconds?: number
}

/** Per `service:Operation`: the requests moto received (the sandbox's own not counted), and
 * how many of them met a fault. */
export type AwsCalls = Record<string, { calls: number; injected: number }>

export interface Sandbox {
  env: Record<string, string>
  /** `127.0.0.1:PORT`: the registry host; pass `http://` + this as the toolkit's `registry`. */
  registry: string
  /** `127.0.0.1:PORT`: the same registry through a door that fails uploads on request. */
  faultyRegistry: string
  /** The next `count` blob or manifest uploads through faultyRegistry answer a 5xx. */
  injectRegistryFault(fault: {
    kind: 'blob' | 'manifest'
    count?: number
    status?: number
  }): Promise<void>
  /** `http://127.0.0.1:PORT/_sandbox`: the control API. */
  control: string
  accountId: string
  region: string
  /** The registry password (what ECR GetAuthorizationToken hands out). */
  password: string
  stateDir: string
  /** What the devices run containers in (e.g. `podman 4.3.1 (runc, overlay storage)`), or null:
   * then they run the image's command as a host process, for `containerRuntimeMissing`. */
  containerRuntime: string | null
  containerRuntimeMissing: string | null
  stop(): Promise<void>
  calls(): Promise<Call[]>
  resetCalls(): Promise<void>
  addDevice(device: DeviceOptions): Promise<DeviceSnapshot>
  devices(): Promise<DeviceSnapshot[]>
  injectFault(fault: Fault): Promise<void>
  /** A fault in one of moto's services (IAM, STS, DynamoDB, ECR, IoT, Logs). */
  injectAwsFault(fault: AwsFault): Promise<void>
  /** How many requests of each moto operation came, and met a fault, since the start. */
  awsCalls(): Promise<AwsCalls>
  /** A thing group of `count` simulated core devices (ggsandbox/fleets.py). */
  addFleet(fleet: FleetOptions): Promise<Fleet>
  fleets(): Promise<Fleet[]>
  job(jobId: string): Promise<JobState>
}

interface ReadyLine {
  ready: boolean
  error?: string
  env: Record<string, string>
  registry: string
  faultyRegistry: string
  control: string
  accountId: string
  region: string
  password: string
  stateDir: string
  containerRuntime: string | null
  containerRuntimeMissing: string | null
}

/**
 * Whether the sandbox's devices can run containers on this machine (the check the sandbox
 * makes at start), known before any sandbox starts, so tests can skip with the reason.
 */
export function containerRuntimeHere(python = PYTHON): {
  containerRuntime: string | null
  containerRuntimeMissing: string | null
} {
  const result = spawnSync(python, [SANDBOX_SCRIPT, '--check-runtime'], { encoding: 'utf8' })
  if (result.status !== 0) {
    const why = (result.stderr || result.error?.message || '').trim().split('\n').pop()
    return { containerRuntime: null, containerRuntimeMissing: `the check failed: ${why}` }
  }
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as {
    containerRuntime: string | null
    containerRuntimeMissing: string | null
  }
}

export class SandboxError extends Error {
  override name = 'SandboxError'
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const python = options.python ?? PYTHON
  const args = [SANDBOX_SCRIPT, '--seed', options.seed ?? 'default']
  if (options.stateDir) args.push('--state-dir', options.stateDir)
  if (options.region) args.push('--region', options.region)

  const child = spawn(python, args, { stdio: ['pipe', 'pipe', 'pipe'] })
  const stderr: string[] = []
  createInterface({ input: child.stderr }).on('line', line => {
    stderr.push(line)
    if (stderr.length > STDERR_LINES_KEPT) stderr.shift()
    options.log?.(line)
  })
  const exited = new Promise<number | null>(resolve => {
    child.once('exit', code => resolve(code))
    child.once('error', () => resolve(null))
  })
  const stderrTail = (): string =>
    stderr.length ? `\n--- sandbox stderr ---\n${stderr.join('\n')}` : ''

  let ready: ReadyLine
  try {
    ready = await new Promise<ReadyLine>((resolve, reject) => {
      const timeoutMs = options.timeoutMs ?? READY_TIMEOUT_MS
      const timer = setTimeout(
        () => reject(new SandboxError(`the sandbox was not ready within ${timeoutMs} ms`)),
        timeoutMs
      )
      const done = (fn: () => void): void => {
        clearTimeout(timer)
        fn()
      }
      child.once('error', err =>
        done(() =>
          reject(
            new SandboxError(
              `cannot run ${python}: ${err.message}. Install Python 3 with moto: ` +
                'scripts/install-prerequisites.sh'
            )
          )
        )
      )
      // 'close' comes after stdout has ended, so a last line (ready: false) is read first.
      child.once('close', code =>
        done(() => reject(new SandboxError(`the sandbox exited with ${code} before it was ready`)))
      )
      createInterface({ input: child.stdout }).once('line', line => {
        let parsed: ReadyLine
        try {
          parsed = JSON.parse(line) as ReadyLine
        } catch {
          done(() => reject(new SandboxError(`the sandbox printed something else: ${line}`)))
          return
        }
        if (parsed.ready) done(() => resolve(parsed))
        else done(() => reject(new SandboxError(parsed.error ?? 'the sandbox did not start')))
      })
    })
  } catch (err) {
    child.kill('SIGKILL')
    await exited
    const message = err instanceof Error ? err.message : String(err)
    throw new SandboxError(message + stderrTail())
  }

  // The sandbox stops by itself when its stdin closes, so a test run that forgets stop() (or
  // dies) does not leave it behind; unref'd, it does not keep Node alive either.
  child.unref()
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    ;(stream as unknown as { unref?: () => void }).unref?.()
  }

  const request = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${ready.control}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await response.text()
    if (!response.ok) {
      throw new SandboxError(`${method} ${ready.control}${path}: HTTP ${response.status}: ${text}`)
    }
    return JSON.parse(text) as T
  }

  let stopping: Promise<void> | undefined
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.stdin.end()
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
      await exited
      clearTimeout(timer)
    })()
    return stopping
  }

  return {
    env: ready.env,
    registry: ready.registry,
    faultyRegistry: ready.faultyRegistry,
    injectRegistryFault: async fault => {
      await request('POST', '/registry/faults', fault)
    },
    control: ready.control,
    accountId: ready.accountId,
    region: ready.region,
    password: ready.password,
    stateDir: ready.stateDir,
    containerRuntime: ready.containerRuntime ?? null,
    containerRuntimeMissing: ready.containerRuntimeMissing ?? null,
    stop,
    calls: async () => (await request<{ calls: Call[] }>('GET', '/calls')).calls,
    resetCalls: async () => {
      await request('POST', '/calls/reset')
    },
    addDevice: async device =>
      (await request<{ device: DeviceSnapshot }>('POST', '/devices', device)).device,
    devices: async () => (await request<{ devices: DeviceSnapshot[] }>('GET', '/devices')).devices,
    injectFault: async fault => {
      await request('POST', '/faults', { count: 1, ...fault })
    },
    injectAwsFault: async fault => {
      await request('POST', '/faults', { count: 1, ...fault })
    },
    awsCalls: async () => (await request<{ awsCalls: AwsCalls }>('GET', '/faults')).awsCalls,
    addFleet: async fleet => (await request<{ fleet: Fleet }>('POST', '/fleet', fleet)).fleet,
    fleets: async () => (await request<{ fleets: Fleet[] }>('GET', '/fleet')).fleets,
    job: async jobId => request<JobState>('GET', `/jobs/${encodeURIComponent(jobId)}`)
  }
}
