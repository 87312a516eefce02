// Which image is deployed when what the build sees changes but the commit does not: the same
// image-tag, rerun after a change to the build context, then to the platforms. ECR tags are
// immutable, so the tag keeps its first image; each rerun must build, push the new image as
// <image-tag>-<12 hex> and deploy that, and the devices must run it — never the image built
// before. A rerun with nothing changed stays a no-op: it finds the suffixed image by its
// inputs tag and changes nothing anywhere.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  countByService,
  startCountingProxy,
  type CountingProxy
} from '../../scripts/bench/proxy.js'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { ROOT, runAction, runCli, type ActionRun } from './harness.js'
import { rejectedCalls, sandboxInputs, workspaceTemp } from './helpers.js'

const TAG = 'same-commit'
const COMPONENT = 'com.example.AccessDynamoDb'
const APP = 'container/app/dynamodb_access_sample.py'
const MARKER = 'ggcd e2e: the changed build context'

let sandbox: Sandbox
let proxy: CountingProxy
let env: Record<string, string>
let work: string
const runs: ActionRun[] = []

/** The root action on the sandbox, always with the same image-tag (one commit). */
function pipeline(platforms: string): Promise<ActionRun> {
  return runAction(
    '.',
    {
      ...sandboxInputs(sandbox),
      context: join(work, 'container'),
      'image-tag': TAG,
      platforms
    },
    env
  )
}

/** A run that succeeded; the end of its log shows in the failure when it did not. */
function expectSuccess(run: ActionRun): void {
  expect({ code: run.code, log: run.code === 0 ? '' : run.log.slice(-4000) }).toEqual({
    code: 0,
    log: ''
  })
}

function digestOf(run: ActionRun): string {
  const uri = run.outputs['image-uri'] ?? ''
  expect(uri).toMatch(
    new RegExp(`^${sandbox.registry}/dynamodb_access_sample@sha256:[a-f0-9]{64}$`)
  )
  return uri.slice(uri.indexOf('@') + 1)
}

/** Each device's last run of the component: the `docker run` it started, and how it ended. */
async function lastRuns(): Promise<
  Array<{ device: string; script: string; exitCode?: number; stdout: string }>
> {
  return (await sandbox.devices()).map(device => {
    const run = device.runs.filter(r => r.component === COMPONENT).at(-1)
    return {
      device: device.thingName,
      script: String(run?.['script'] ?? ''),
      exitCode: run?.exitCode,
      stdout: run?.stdout ?? ''
    }
  })
}

/** Every device ran the image by this digest, and the app in it exited 0. */
async function expectDevicesRun(digest: string): Promise<void> {
  const last = await lastRuns()
  expect(last.map(r => r.device).sort()).toEqual(['sandbox-core-1', 'sandbox-core-2'])
  for (const run of last) {
    expect(run.script).toContain(`/dynamodb_access_sample@${digest}`)
    expect(run.exitCode).toBe(0)
  }
}

beforeAll(async () => {
  sandbox = await startSandbox()
  proxy = await startCountingProxy({
    default: sandbox.env.AWS_ENDPOINT_URL!,
    services: { greengrass: sandbox.env.AWS_ENDPOINT_URL_GREENGRASSV2! }
  })
  env = { ...sandbox.env, ...proxy.env }
  work = workspaceTemp('ggcd-image-')
  await cp(join(ROOT, 'container'), join(work, 'container'), { recursive: true })
})

afterAll(async () => {
  await proxy?.close()
  await sandbox?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('one commit, rerun after what the build sees changed', () => {
  it('first deploys the image of the context as it is, under the tag', async () => {
    const run = await pipeline('linux/amd64')
    runs.push(run)
    expectSuccess(run)
    expect(run.summary).toContain(`built and pushed as \`${TAG}\` and \`ggcd-inputs-`)
    expect(run.outputs['component-version']).toBe('1.0.0')
    await expectDevicesRun(digestOf(run))
  })

  it('the plan after a change to the context says the tag is taken and what would be pushed instead', async () => {
    const app = join(work, APP)
    // A line the app prints, so that the devices' output shows which build they run.
    const source = await readFile(app, 'utf8')
    const main = source.indexOf('if __name__ == "__main__":')
    expect(main).toBeGreaterThan(0)
    await writeFile(
      app,
      `${source.slice(0, main)}print(${JSON.stringify(MARKER)})\n\n\n${source.slice(main)}`
    )
    proxy.reset()
    const args = Object.entries({
      ...sandboxInputs(sandbox),
      context: join(work, 'container'),
      'image-tag': TAG,
      platforms: 'linux/amd64'
    }).flatMap(([k, v]) => [`--${k}`, v])
    const plan = await runCli(['plan', ...args], env)
    expect(plan.code).toBe(0)
    expect(plan.log).not.toContain('reusing it')
    expect(plan.log).toContain(
      `${sandbox.registry}/dynamodb_access_sample:${TAG} holds ${digestOf(runs[0]!)}, an image of other build inputs`
    )
    expect(plan.log).toMatch(
      new RegExp(`so this build would be pushed as ${TAG}-[a-f0-9]{12} instead`)
    )
    expect(plan.log).toContain(
      `held an image of other build inputs (\`${digestOf(runs[0]!)}\`), so it is not used; would be built and pushed as \`${TAG}-`
    )
    expect(
      proxy
        .calls()
        .filter(c => c.mutating)
        .map(c => `${c.service}:${c.operation}`)
    ).toEqual([])
  })

  it('rebuilds after a change to the context: the new digest is deployed and the devices run it', async () => {
    const run = await pipeline('linux/amd64')
    runs.push(run)
    expectSuccess(run)
    const [before, now] = [digestOf(runs[0]!), digestOf(run)]
    expect(now).not.toBe(before)
    expect(run.log).toContain('buildah bud')
    const suffixed = new RegExp(`built and pushed as \`(${TAG}-[a-f0-9]{12})\` and \`ggcd-inputs-`)
    expect(run.summary).toMatch(suffixed)
    expect(run.summary).toContain(
      `tag \`${TAG}\` held an image of other build inputs (\`${before}\`)`
    )
    expect(run.outputs['component-version']).toBe('1.0.1')
    await expectDevicesRun(now)
    for (const device of await lastRuns()) expect(device.stdout).toContain(MARKER)
  })

  it('rebuilds after a change to the platforms: the new digest is deployed and the devices run it', async () => {
    const run = await pipeline('linux/amd64,linux/arm64')
    runs.push(run)
    expectSuccess(run)
    const now = digestOf(run)
    expect(runs.slice(0, 2).map(digestOf)).not.toContain(now)
    expect(run.log).toContain('--platform linux/amd64,linux/arm64')
    const pushed = (r: ActionRun) => /built and pushed as `([^`]+)`/.exec(r.summary)?.[1]
    expect(pushed(run)).toMatch(new RegExp(`^${TAG}-[a-f0-9]{12}$`))
    expect(pushed(run)).not.toBe(pushed(runs[1]!))
    expect(run.outputs['component-version']).toBe('1.0.2')
    await expectDevicesRun(now)
  })

  it('reruns with nothing changed: the suffixed image is reused, nothing pushed or changed anywhere', async () => {
    proxy.reset()
    await sandbox.resetCalls()
    const run = await pipeline('linux/amd64,linux/arm64')
    expectSuccess(run)
    expect(run.outputs['image-uri']).toBe(runs[2]!.outputs['image-uri'])
    expect(run.outputs['component-version']).toBe('1.0.2')
    expect(run.log).not.toContain('buildah bud')
    expect(run.log).not.toContain('Logged in to')
    expect(run.summary).toMatch(
      new RegExp(`\`${TAG}-[a-f0-9]{12}\` was already in the repository with these build inputs`)
    )
    expect(run.summary).toContain('unchanged: already deployed')
    const calls = proxy.calls()
    expect(calls.filter(c => c.mutating).map(c => `${c.service}:${c.operation}`)).toEqual([])
    expect(countByService(calls).ecr?.total).toBeGreaterThan(0)
    expect(rejectedCalls(await sandbox.calls())).toEqual([])
  })
})
