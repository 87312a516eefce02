// The crash sweep: `ggcd pipeline` killed (SIGKILL, no cleanup at all) right after one of its
// mutating calls, then run again. The rerun must finish with what a clean run leaves: one new
// component version, one active deployment per target, no registry login, no temporary
// build directory, no run's local image (ggcd-run-*) in the builder's storage. Shared by the
// e2e suite (a sample of the points) and scripts/crash-sweep.ts (all of them, with figures).
//
// "Right after the call" is read from the pipeline's own log: each mutating call is
// followed by a line saying it was done, and the process is killed on that line.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Sandbox } from '../../sandbox/sandbox.js'
import { CLI, NODE24, ROOT, baseEnv } from './harness.js'
import { buildahLoggedIn, sandboxInputs } from './helpers.js'

export interface CrashPoint {
  name: string
  /** The log line that follows the mutating call. */
  after: RegExp
  /** Only in a first deploy (the repository and the policy exist in an update). */
  firstOnly?: boolean
}

export const CRASH_POINTS: CrashPoint[] = [
  { name: 'ecr:CreateRepository', after: /Created ECR repository/, firstOnly: true },
  { name: 'ecr:PutLifecyclePolicy', after: /Set the lifecycle policy/, firstOnly: true },
  { name: 'registry login', after: /Logged in to \S+ as/ },
  // The second push starts once the first (the inputs tag) is done.
  { name: 'push of the inputs tag', after: /\$ buildah push[^]*\$ buildah push/ },
  { name: 'push of the image tag', after: /Pushed \S+/ },
  { name: 'iam:CreatePolicy', after: /Created arn:\S+:policy\//, firstOnly: true },
  { name: 'iam:AttachRolePolicy', after: /Attached policy/, firstOnly: true },
  { name: 'greengrass:CreateComponentVersion', after: /Created component \S+ \S+\./ },
  { name: 'greengrass:CreateDeployment', after: /created deployment/ }
]

export interface CaseResult {
  point: string
  update: boolean
  /** The crash happened (the line was seen before the run ended). */
  crashed: boolean
  /** The exit code of the run meant to crash (null when killed). */
  crashCode: number | null
  crashMs: number
  rerunCode: number
  rerunMs: number
  /** Component versions of the case's component after the rerun. */
  versions: number
  /** Per target, how many deployments are ACTIVE after the rerun. */
  activePerTarget: Record<string, number>
  loggedIn: boolean
  leftDirs: string[]
  /** The runs' local names (localImageName) left in buildah's storage (the sandbox's). */
  leftImages: string[]
  log: string
}

function run(
  args: string[],
  env: NodeJS.ProcessEnv,
  killOn?: RegExp
): Promise<{ code: number | null; killed: boolean; log: string; ms: number }> {
  const started = Date.now()
  return new Promise((done, fail) => {
    const child = spawn(NODE24, [CLI, 'pipeline', ...args], {
      env,
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let log = ''
    let killed = false
    const watch = (d: Buffer) => {
      log += d.toString()
      if (killOn && !killed && killOn.test(log)) {
        killed = true
        child.kill('SIGKILL')
      }
    }
    child.stdout.on('data', watch)
    child.stderr.on('data', watch)
    child.on('error', fail)
    child.on('close', code => done({ code, killed, log, ms: Date.now() - started }))
  })
}

interface SandboxState {
  components: Array<{ componentName: string; componentVersion: string }>
  deployments: Array<{ targetArn: string; deploymentStatus: string }>
}

/** The local names of runs in the storage `env` points buildah at (CONTAINERS_STORAGE_CONF). */
function runImages(env: NodeJS.ProcessEnv): string[] {
  const listed = spawnSync('buildah', ['images', '--format', '{{.Name}}'], {
    env,
    encoding: 'utf8'
  })
  if (listed.status !== 0) throw new Error(`buildah images failed: ${listed.stderr}`)
  return listed.stdout.split('\n').filter(name => name.startsWith('localhost/ggcd-run-'))
}

async function state(sandbox: Sandbox): Promise<SandboxState> {
  const response = await fetch(`${sandbox.control}/state`)
  return (await response.json()) as SandboxState
}

/**
 * One case: fresh names (repository, component, policy) so that it is a first deploy; with
 * `update`, a clean deploy first, then the crash in a deploy of changed build inputs.
 */
export async function crashCase(
  sandbox: Sandbox,
  point: CrashPoint,
  options: { id: string; update: boolean; temp: string }
): Promise<CaseResult> {
  const { id, update, temp } = options
  const context = mkdtempSync(join(options.temp, 'context-'))
  cpSync(join(ROOT, 'container'), context, { recursive: true })
  const component = `com.example.Crash${id.replace(/[^A-Za-z0-9]/g, '')}`
  // The shipped recipe under this case's component name.
  const recipe = join(context, 'recipe.yaml')
  writeFileSync(
    recipe,
    readFileSync(join(ROOT, 'recipe', 'recipe.yaml'), 'utf8').replace(
      /^ComponentName: .*$/m,
      "ComponentName: '{COMPONENT_NAME}'"
    )
  )
  const inputs = {
    ...sandboxInputs(sandbox),
    context,
    recipe,
    repository: `crash-${id.toLowerCase()}`,
    'component-name': component,
    'policy-name': `CrashPolicy${id.replace(/[^A-Za-z0-9]/g, '')}`,
    'image-tag': `${id.toLowerCase()}-1`
  }
  const env = baseEnv({ ...sandbox.env, TMPDIR: temp, GGCD_STATE_DIR: join(temp, 'state') })
  const argv = (extra: Record<string, string> = {}) =>
    Object.entries({ ...inputs, ...extra }).flatMap(([k, v]) => [`--${k}`, v])

  if (update) {
    const first = await run(argv(), env)
    if (first.code !== 0) throw new Error(`the deploy before the update failed:\n${first.log}`)
    // New build inputs: a new image, component version and deployment.
    writeFileSync(join(context, 'app', 'crash-update.txt'), `${id}\n`)
    inputs['image-tag'] = `${id.toLowerCase()}-2`
  }
  const crash = await run(argv(), env, point.after)
  const rerun = await run(argv(), env)
  const after = await state(sandbox)
  const activePerTarget: Record<string, number> = {}
  for (const d of after.deployments) {
    activePerTarget[d.targetArn] =
      (activePerTarget[d.targetArn] ?? 0) + (d.deploymentStatus === 'ACTIVE' ? 1 : 0)
  }
  return {
    point: point.name,
    update,
    crashed: crash.killed,
    crashCode: crash.code,
    crashMs: crash.ms,
    rerunCode: rerun.code ?? 1,
    rerunMs: rerun.ms,
    versions: after.components.filter(c => c.componentName === component).length,
    activePerTarget,
    loggedIn: buildahLoggedIn(sandbox.registry, env as Record<string, string>),
    leftDirs: readdirSync(temp).filter(n => n.startsWith('ggcd-build-')),
    leftImages: runImages(env),
    log: `${crash.log}\n--- rerun ---\n${rerun.log}`
  }
}

/** What a case must leave: the state of a clean run. */
export function problems(result: CaseResult): string[] {
  const found: string[] = []
  if (!result.crashed) found.push('the crash point was never reached')
  if (result.rerunCode !== 0) found.push(`the rerun exited ${result.rerunCode}`)
  const expected = result.update ? 2 : 1
  if (result.versions !== expected) {
    found.push(`${result.versions} component versions, expected ${expected}`)
  }
  for (const [target, active] of Object.entries(result.activePerTarget)) {
    if (active > 1) found.push(`${active} active deployments for ${target}`)
  }
  if (result.loggedIn) found.push('a registry login is left')
  if (result.leftDirs.length) found.push(`temporary dirs left: ${result.leftDirs.join(', ')}`)
  if (result.leftImages.length) found.push(`local images left: ${result.leftImages.join(', ')}`)
  return found
}

export function crashTemp(): string {
  return mkdtempSync(join(tmpdir(), 'ggcd-crash-'))
}
