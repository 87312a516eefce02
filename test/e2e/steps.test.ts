// The five sub-actions, each run as its own step and fed only the outputs of the steps before
// it, as a workflow chains them: build-push → render-recipe → attach-policy → deploy → smoke.
// Then the same deploy again, which must change nothing, and a smoke check that still passes
// for the target it left alone.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { runAction, type ActionRun } from './harness.js'
import {
  buildahLoggedIn,
  groupArn,
  newestItem,
  rejectedCalls,
  succeeded,
  workspaceTemp
} from './helpers.js'

let sandbox: Sandbox
let env: Record<string, string>
let workDir: string

const GROUP = 'thinggroup/MyGreengrassCoreGroup'
const DEVICES = ['sandbox-core-1', 'sandbox-core-2']

// What the first chain handed on, for the rerun.
let rendered: ActionRun
let deployed: ActionRun

beforeAll(async () => {
  sandbox = await startSandbox()
  env = { ...sandbox.env }
  workDir = workspaceTemp('ggcd-steps-')
})

afterAll(async () => {
  await sandbox?.stop()
  // It is inside the repository now (the actions accept workspace paths only): not left there.
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

describe('the five sub-actions chained through their outputs as a workflow chains them', () => {
  it('builds, renders, attaches, deploys and smoke-checks, each step fed the outputs of the one before', async () => {
    await sandbox.resetCalls()

    const built = await runAction(
      'actions/build-push',
      {
        builder: 'buildah',
        registry: `http://${sandbox.registry}`,
        dockerfile: 'sandbox/Dockerfile',
        'image-tag': 'steps-chain'
      },
      env
    )
    expect(built.code).toBe(0)
    expect(built.outputs['image-digest']).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(built.outputs['image-uri']).toBe(
      `${sandbox.registry}/dynamodb_access_sample@${built.outputs['image-digest']}`
    )
    // The login is undone as soon as the push is over; the post step (post-if: always()),
    // there for a main step that dies holding it, finds nothing left to do.
    expect(built.log).toContain(`Logged out of ${sandbox.registry}`)
    expect(buildahLoggedIn(sandbox.registry, env)).toBe(false)
    expect(built.post?.code).toBe(0)
    expect(built.post?.log).not.toContain('Logged out')

    rendered = await runAction(
      'actions/render-recipe',
      { 'image-uri': built.outputs['image-uri']!, output: join(workDir, 'recipe.yaml') },
      env
    )
    expect(rendered.code).toBe(0)
    expect(rendered.outputs['recipe-path']).toBe(join(workDir, 'recipe.yaml'))
    expect(rendered.outputs['component-name']).toBe('com.example.AccessDynamoDb')
    expect(rendered.outputs['component-version']).toBe('1.0.0')
    // The recipe pins exactly the image build-push pushed.
    const recipe = readFileSync(rendered.outputs['recipe-path']!, 'utf8')
    expect(recipe).toContain(built.outputs['image-uri'])

    const attached = await runAction('actions/attach-policy', {}, env)
    expect(attached.code).toBe(0)
    expect(attached.outputs['policy-arn']).toBe(
      `arn:aws:iam::${sandbox.accountId}:policy/MyGreengrassV2AccessPolicy`
    )
    expect(attached.outputs.changed).toBe('true')

    deployed = await runAction(
      'actions/deploy',
      { 'recipe-path': rendered.outputs['recipe-path']!, 'wait-timeout': '120' },
      env
    )
    expect(deployed.code).toBe(0)
    expect(deployed.outputs['component-name']).toBe(rendered.outputs['component-name'])
    expect(deployed.outputs['component-version']).toBe(rendered.outputs['component-version'])
    expect(deployed.outputs['component-arn']).toBe(
      `arn:aws:greengrass:${sandbox.region}:${sandbox.accountId}:components:com.example.AccessDynamoDb:versions:1.0.0`
    )
    expect(deployed.outputs['started-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(deployed.outputs['unchanged-targets']).toBe('')
    const ids = JSON.parse(deployed.outputs['deployment-ids']!) as Record<string, string>
    expect(Object.keys(ids)).toEqual([groupArn(sandbox, 'MyGreengrassCoreGroup')])
    // Every device runs the version deploy reported, from the deployment it named.
    for (const device of await sandbox.devices()) {
      const ours = device.installedComponents.find(
        c => c.componentName === 'com.example.AccessDynamoDb'
      )
      expect(ours?.componentVersion).toBe('1.0.0')
      expect(device.effectiveDeployments.map(d => d.deploymentId)).toContain(Object.values(ids)[0])
    }

    const checked = await runAction(
      'actions/smoke',
      {
        targets: GROUP,
        since: deployed.outputs['started-at']!,
        'component-version': deployed.outputs['component-version']!,
        'unchanged-targets': deployed.outputs['unchanged-targets']!,
        timeout: '60'
      },
      env
    )
    expect(checked.code).toBe(0)
    expect(JSON.parse(checked.outputs['smoke-result']!)).toEqual({
      'sandbox-core-1': 'found',
      'sandbox-core-2': 'found'
    })
    expect(JSON.parse(checked.outputs['smoke-counts']!)).toEqual({ found: 2, missing: 0 })
    const report = JSON.parse(readFileSync(checked.outputs['smoke-report']!, 'utf8'))
    expect(Object.keys(report.devices).sort()).toEqual(['sandbox-core-1', 'sandbox-core-2'])
    expect(report.devices['sandbox-core-1']).toMatchObject({ verdict: 'found' })

    const calls = await sandbox.calls()
    expect(rejectedCalls(calls)).toEqual([])
    expect(succeeded(calls, 'CreateComponentVersion')).toHaveLength(1)
    expect(succeeded(calls, 'CreateDeployment')).toHaveLength(1)
  })

  it('a second deploy of the same recipe changes nothing, and smoke still passes for the unchanged group', async () => {
    expect(deployed?.code).toBe(0)
    await sandbox.resetCalls()

    const again = await runAction(
      'actions/deploy',
      { 'recipe-path': rendered.outputs['recipe-path']!, 'wait-timeout': '120' },
      env
    )
    expect(again.code).toBe(0)
    const calls = await sandbox.calls()
    expect(rejectedCalls(calls)).toEqual([])
    expect(calls.filter(c => c.operation === 'CreateComponentVersion')).toEqual([])
    expect(calls.filter(c => c.operation === 'CreateDeployment')).toEqual([])
    expect(again.outputs['unchanged-targets']).toBe(GROUP)
    expect(again.outputs['component-version']).toBe(deployed.outputs['component-version'])
    // The group's deployment is still the one the first run created.
    expect(JSON.parse(again.outputs['deployment-ids']!)).toEqual(
      JSON.parse(deployed.outputs['deployment-ids']!)
    )
    expect(again.summary).toContain('unchanged: already deployed')
    const since = again.outputs['started-at']!
    expect(since > deployed.outputs['started-at']!).toBe(true)

    // Nothing restarted, so every device's newest item is older than this run: only the rule
    // for unchanged targets (an item of the deployed version from any time counts) lets the
    // smoke check pass.
    for (const device of DEVICES) {
      const item = await newestItem(sandbox, device)
      expect(item?.component_version).toBe('1.0.0')
      expect(item!.timestamp! < since).toBe(true)
    }

    const checked = await runAction(
      'actions/smoke',
      {
        targets: GROUP,
        since,
        'component-version': again.outputs['component-version']!,
        'unchanged-targets': again.outputs['unchanged-targets']!,
        timeout: '20'
      },
      env
    )
    expect(checked.code).toBe(0)
    expect(JSON.parse(checked.outputs['smoke-result']!)).toEqual({
      'sandbox-core-1': 'found',
      'sandbox-core-2': 'found'
    })
    expect(rejectedCalls(await sandbox.calls())).toEqual([])
  })
})
