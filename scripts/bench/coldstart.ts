// Cold start: from spawning `node` (Node 24, as GitHub runs actions) to the first HTTP
// request arriving at a loopback server that poses as every AWS endpoint. The process is
// given what it needs to get that far (inputs as INPUT_* variables, a region, dummy
// credentials), the request is answered with an AccessDenied error, and the process is then
// killed: only the time to the first request counts.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { NODE24, ROOT, baseEnv } from '../../test/e2e/harness.js'
import { PROXIED_ENDPOINTS, classify } from './proxy.js'

export interface Subject {
  name: string
  /** The script node runs. */
  script: string
  args?: string[]
  env?: Record<string, string>
}

export interface Sample {
  ms: number
  /** `<service>:<operation>` of the first request, or undefined when none came in time. */
  first?: string
  /** What the process printed, when no request came. */
  output?: string
}

interface Pending {
  started: bigint
  resolve: (sample: Sample) => void
}

/** A loopback server that records the first request of each run and answers it with an error. */
export class FakeAws {
  private pending?: Pending
  private readonly server: Server
  url = ''

  private constructor() {
    this.server = createServer((req, res) => {
      const arrived = process.hrtime.bigint()
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const what = classify(
          req.method ?? 'GET',
          req.url ?? '/',
          req.headers,
          Buffer.concat(chunks)
        )
        res.writeHead(403, { 'content-type': 'text/xml', 'x-amzn-errortype': 'AccessDenied' })
        res.end(
          '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>bench</Message></Error></ErrorResponse>'
        )
        const pending = this.pending
        if (!pending) return
        this.pending = undefined
        pending.resolve({
          ms: Number(arrived - pending.started) / 1e6,
          first: `${what.service}:${what.operation}`
        })
      })
    })
  }

  static async start(): Promise<FakeAws> {
    const fake = new FakeAws()
    await new Promise<void>(resolve => fake.server.listen(0, '127.0.0.1', resolve))
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`
    return fake
  }

  /** The environment that sends every AWS client of a process here. */
  env(): Record<string, string> {
    const env: Record<string, string> = {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ENDPOINT_URL: this.url
    }
    for (const name of PROXIED_ENDPOINTS) env[`AWS_ENDPOINT_URL_${name}`] = this.url
    return env
  }

  /** Spawns the subject and waits for its first request (at most timeoutMs), then kills it. */
  async measure(subject: Subject, timeoutMs = 20_000): Promise<Sample> {
    let child: ChildProcess | undefined
    let output = ''
    const sample = await new Promise<Sample>(resolve => {
      const timer = setTimeout(() => {
        this.pending = undefined
        resolve({ ms: NaN, output })
      }, timeoutMs)
      const started = process.hrtime.bigint()
      this.pending = {
        started,
        resolve: s => {
          clearTimeout(timer)
          resolve(s)
        }
      }
      child = spawn(NODE24, [subject.script, ...(subject.args ?? [])], {
        cwd: ROOT,
        env: baseEnv({ ...this.env(), ...subject.env }),
        stdio: ['ignore', 'pipe', 'pipe']
      })
      child.stdout!.on('data', (d: Buffer) => (output += d.toString()))
      child.stderr!.on('data', (d: Buffer) => (output += d.toString()))
      child.on('exit', () => {
        // Exited before any request: give it a moment in case the request is still in flight.
        setTimeout(() => {
          if (this.pending?.started !== started) return
          this.pending = undefined
          clearTimeout(timer)
          resolve({ ms: NaN, output })
        }, 200)
      })
    })
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise(resolve => child!.once('exit', resolve))
      child.kill('SIGKILL')
      await exited
    }
    return sample
  }

  close(): Promise<void> {
    return new Promise(resolve => {
      this.server.closeAllConnections()
      this.server.close(() => resolve())
    })
  }
}

/** The environment GitHub's runner gives an action: its inputs over the action.yml defaults. */
export function actionEnv(
  actionDir: string,
  inputs: Record<string, string>
): { env: Record<string, string>; cleanup: () => void } {
  const action = parse(readFileSync(join(ROOT, actionDir, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: string }>
  }
  const dir = mkdtempSync(join(tmpdir(), 'ggcd-bench-runner-'))
  const files: Record<string, string> = {}
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV']) {
    files[name] = join(dir, name.toLowerCase())
    writeFileSync(files[name], '')
  }
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_SHA: 'bench000000000000000000000000000000000000',
    GITHUB_WORKSPACE: ROOT,
    RUNNER_TEMP: dir,
    ...files
  }
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? spec.default ?? ''
  }
  return { env, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export function median(values: number[]): number {
  const sorted = values.filter(v => !Number.isNaN(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
