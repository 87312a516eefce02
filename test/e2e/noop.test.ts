// A no-op rerun: the root action deploys once, then runs again for another commit that
// changed nothing the build sees (docs only). The second run must build nothing, push
// nothing and change nothing in any service: no mutating call to IAM, ECR, STS, DynamoDB, IoT
// (counted by a proxy in front of moto, which logs nothing itself) or Greengrass (counted by
// the proxy, and by the emulator's own call log); and the smoke check still passes on the
// targets the run left unchanged.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  countByService,
  startCountingProxy,
  type CountingProxy
} from '../../scripts/bench/proxy.js'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { ROOT, runAction, type ActionRun } from './harness.js'
import { rejectedCalls, sandboxInputs, workspaceTemp } from './helpers.js'

let sandbox: Sandbox
let proxy: CountingProxy
let env: Record<string, string>
let work: string
let first: ActionRun

const GREENGRASS_CHANGES = /^(Create|Delete|Cancel)/

/** The root action on the sandbox, with a copy of container/ as the build context. */
function pipeline(imageTag: string): Promise<ActionRun> {
  return runAction(
    '.',
    { ...sandboxInputs(sandbox), context: join(work, 'container'), 'image-tag': imageTag },
    env
  )
}

beforeAll(async () => {
  sandbox = await startSandbox()
  proxy = await startCountingProxy({
    default: sandbox.env.AWS_ENDPOINT_URL!,
    services: { greengrass: sandbox.env.AWS_ENDPOINT_URL_GREENGRASSV2! }
  })
  env = { ...sandbox.env, ...proxy.env }
  work = workspaceTemp('ggcd-noop-')
  await cp(join(ROOT, 'container'), join(work, 'container'), { recursive: true })
})

afterAll(async () => {
  await proxy?.close()
  await sandbox?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('a rerun for a commit that changed nothing the build sees', () => {
  it('first deploys for real, every call through the counting proxy', async () => {
    first = await pipeline('commit-1')
    expect(first.code).toBe(0)
    expect(first.log).toContain('buildah bud')
    expect(first.summary).toContain('built and pushed as `commit-1` and `ggcd-inputs-')
    const counts = countByService(proxy.calls())
    // The proxy sees the whole run: it is not a no-op, and each service was reached through it.
    for (const service of ['sts', 'ecr', 'iam', 'greengrass', 'iot', 'dynamodb']) {
      expect(counts[service]?.total).toBeGreaterThan(0)
    }
    expect(counts.ecr?.mutatingOperations).toContain('CreateRepository')
    expect(counts.greengrass?.mutatingOperations).toEqual(
      expect.arrayContaining(['CreateComponentVersion', 'CreateDeployment'])
    )
    expect(proxy.calls().filter(c => c.service === '?')).toEqual([])
  })

  it('builds, pushes, creates and deploys nothing, and the smoke check still passes', async () => {
    // The docs-only commit: files the build cannot see (container/.dockerignore) change.
    await writeFile(join(work, 'container/README.md'), '# Documented at last\n')
    await mkdir(join(work, 'container/docs'))
    await writeFile(join(work, 'container/docs/notes.md'), 'notes\n')
    await writeFile(join(work, 'container/tests/test_more.py'), 'def test(): pass\n')
    proxy.reset()
    await sandbox.resetCalls()

    const run = await pipeline('commit-2-docs-only')
    expect(run.code).toBe(0)
    expect(run.log).not.toContain('buildah bud')
    expect(run.log).not.toContain('buildah push')
    expect(run.log).not.toContain('Logged in to')
    expect(run.outputs['image-uri']).toBe(first.outputs['image-uri'])
    expect(run.outputs['component-version']).toBe(first.outputs['component-version'])
    expect(run.summary).toContain('reused: an image with the same build inputs')
    expect(run.summary).toContain('first built for `commit-1`')
    expect(run.summary).toContain('unchanged: already deployed')
    expect(JSON.parse(run.outputs['smoke-result']!)).toEqual({
      'sandbox-core-1': 'found',
      'sandbox-core-2': 'found'
    })

    // Zero mutating calls, across all services.
    const calls = proxy.calls()
    expect(calls.filter(c => c.mutating).map(c => `${c.service}:${c.operation}`)).toEqual([])
    const counts = countByService(calls)
    for (const service of ['sts', 'ecr', 'greengrass', 'iot', 'dynamodb']) {
      expect(counts[service]?.total).toBeGreaterThan(0)
    }
    const greengrass = await sandbox.calls()
    expect(greengrass.length).toBeGreaterThan(0)
    expect(greengrass.filter(c => GREENGRASS_CHANGES.test(c.operation ?? ''))).toEqual([])
    expect(greengrass.filter(c => c.mutating)).toEqual([])
    expect(rejectedCalls(greengrass)).toEqual([])
    // The emulator saw exactly what the proxy forwarded to it.
    expect(greengrass).toHaveLength(counts.greengrass?.total ?? 0)
  })
})
