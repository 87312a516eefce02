// The root action rolling out in stages: a canary group first, smoke-checked, then the fleet;
// a canary that fails stops the rollout before the fleet is touched; and a target whose
// devices fail is rolled back to its previous deployment. Through all of it, the Greengrass
// emulator must never see a request the real API would reject.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox, type Call, type Sandbox } from '../../sandbox/sandbox.js'
import { runAction } from './harness.js'
import { groupArn, rejectedCalls, sandboxInputs, succeeded, workspaceTemp } from './helpers.js'

let sandbox: Sandbox
let env: Record<string, string>
/** Every call the emulator logged, kept across the scenarios that reset the log. */
const seen: Call[] = []

async function resetCalls(): Promise<void> {
  seen.push(...(await sandbox.calls()))
  await sandbox.resetCalls()
}

const createdFor = (calls: Call[]) =>
  succeeded(calls, 'CreateDeployment').map(c => (c.input as { targetArn: string }).targetArn)

beforeAll(async () => {
  sandbox = await startSandbox()
  env = { ...sandbox.env }
})

afterAll(async () => {
  await sandbox?.stop()
})

describe('canary, then the fleet', () => {
  it('deploys and smoke-checks the canary group first, then the fleet', async () => {
    await sandbox.addDevice({ thingName: 'canary-core', groups: ['CanaryGroup'] })
    await resetCalls()
    const run = await runAction(
      '.',
      {
        ...sandboxInputs(sandbox),
        'image-tag': 'canary-then-fleet',
        targets: 'thinggroup/MyGreengrassCoreGroup',
        canary: 'thinggroup/CanaryGroup'
      },
      env
    )
    expect(run.code).toBe(0)
    // The canary's deployment was created first, the fleet's after it.
    const canary = groupArn(sandbox, 'CanaryGroup')
    const fleet = groupArn(sandbox, 'MyGreengrassCoreGroup')
    expect(createdFor(await sandbox.calls())).toEqual([canary, fleet])
    // The canary's smoke check ran before the fleet was deployed to.
    const log = run.log
    expect(log.indexOf('Smoke check of the canary')).toBeGreaterThan(-1)
    expect(log.indexOf('Found canary-core')).toBeLessThan(log.indexOf('The canary succeeded'))
    expect(JSON.parse(run.outputs['smoke-result']!)).toEqual({
      'canary-core': 'found',
      'sandbox-core-1': 'found',
      'sandbox-core-2': 'found'
    })
    expect(run.summary).toContain('`thinggroup/CanaryGroup` (canary)')
    expect(run.summary).toContain('canary-core: SUCCEEDED')
    expect(run.summary).toContain('sandbox-core-1: SUCCEEDED')
  })

  it('a failing canary stops the rollout before the fleet is touched', async () => {
    await sandbox.addDevice({ thingName: 'bad-canary', groups: ['BadCanaryGroup'], failApp: true })
    await resetCalls()
    const run = await runAction(
      '.',
      {
        ...sandboxInputs(sandbox),
        'image-tag': 'bad-canary',
        'component-version': '5.0.0',
        targets: 'thinggroup/MyGreengrassCoreGroup',
        canary: 'thinggroup/BadCanaryGroup'
      },
      env
    )
    expect(run.code).not.toBe(0)
    // No deployment for the fleet: only the canary's.
    expect(createdFor(await sandbox.calls())).toEqual([groupArn(sandbox, 'BadCanaryGroup')])
    expect(run.summary).toContain(
      '**Canary**: Not deployed to thinggroup/MyGreengrassCoreGroup: the canary thinggroup/BadCanaryGroup failed.'
    )
    expect(run.summary).toContain('⛔ not deployed')
    expect(run.summary).toContain('bad-canary: FAILED')
    const errors = run.log.split('\n').filter(l => l.startsWith('::error'))
    expect(errors.join('\n')).toContain('thing bad-canary (thinggroup/BadCanaryGroup): FAILED')
  })
})

describe('rollback', () => {
  it('a group whose devices fail past the threshold is rolled back to its previous deployment', async () => {
    // A group with a deployment that works: what the rollback restores.
    await sandbox.addDevice({ thingName: 'rollback-core', groups: ['RollbackGroup'] })
    const good = await runAction(
      '.',
      {
        ...sandboxInputs(sandbox),
        'image-tag': 'rollback-good',
        targets: 'thinggroup/RollbackGroup'
      },
      env
    )
    expect(good.code).toBe(0)
    const arn = groupArn(sandbox, 'RollbackGroup')
    const goodId = (JSON.parse(good.outputs['deployment-ids']!) as Record<string, string>)[arn]!
    const goodVersion = good.outputs['component-version']!

    // Now its device fails the new version.
    await sandbox.addDevice({
      thingName: 'rollback-core',
      groups: ['RollbackGroup'],
      failApp: true
    })
    await resetCalls()
    const bad = await runAction(
      '.',
      {
        ...sandboxInputs(sandbox),
        'image-tag': 'rollback-bad',
        'component-version': '6.0.0',
        targets: 'thinggroup/RollbackGroup',
        rollback: 'true'
      },
      env
    )
    // The run fails (the change did), and says it rolled back.
    expect(bad.code).not.toBe(0)
    const creates = succeeded(await sandbox.calls(), 'CreateDeployment')
    expect(creates.map(c => (c.input as { targetArn: string }).targetArn)).toEqual([arn, arn])
    // The second deployment restores the good one's component set.
    const restored = creates[1]!.input as {
      components: Record<string, { componentVersion: string }>
    }
    expect(restored.components['com.example.AccessDynamoDb']?.componentVersion).toBe(goodVersion)
    expect(bad.summary).toContain(
      `rolled back to deployment ${goodId} (com.example.AccessDynamoDb ${goodVersion}`
    )
    expect(bad.summary).toContain('❌ failed, ↩️ rolled back')
    expect(bad.summary).toContain('### Smoke check\nskipped: the deployment failed')

    // The device runs the good version again.
    const device = (await sandbox.devices()).find(d => d.thingName === 'rollback-core')!
    expect(device.installedComponents).toContainEqual(
      expect.objectContaining({
        componentName: 'com.example.AccessDynamoDb',
        componentVersion: goodVersion
      })
    )
  })
})

describe('abort', () => {
  it("a fleet whose failures pass the job's abort criteria is aborted by IoT, watched at a flat cost", async () => {
    // 1,000 devices, 5 % of which fail; the rollout aborts past 3 % failed.
    await sandbox.addFleet({ group: 'AbortFleet', count: 1000, failPercent: 5, sample: 2 })
    const dir = workspaceTemp('ggcd-abort-')
    const deployment = join(dir, 'deployment.yaml')
    writeFileSync(
      deployment,
      readFileSync('recipe/deployment.yaml', 'utf8').replace(
        /thresholdPercentage: \d+/,
        'thresholdPercentage: 3'
      )
    )
    await resetCalls()
    const run = await runAction(
      '.',
      {
        ...sandboxInputs(sandbox),
        'image-tag': 'abort-fleet',
        'component-version': '7.0.0',
        targets: 'thinggroup/AbortFleet',
        // Tolerate failures ourselves, so that the verdict is the job's own abort.
        'failure-threshold': '50',
        deployment
      },
      env
    )
    rmSync(dir, { recursive: true, force: true })
    expect(run.code).not.toBe(0)
    expect(run.log).toContain("aborted by the rollout's abort criteria")
    expect(run.summary).toContain('aborted by the abort criteria')
    expect(run.summary).toMatch(/\d+ failed \(\d+\.\d%\)/)
    // Watched through the IoT job: the group's 1,000 devices were never asked one by one.
    const calls = await sandbox.calls()
    expect(
      calls.filter(c => c.operation === 'ListEffectiveDeployments').length
    ).toBeLessThanOrEqual(20)
    expect(calls.filter(c => c.operation === 'ListCoreDevices').length).toBeLessThanOrEqual(2)
  })
})

describe('the Greengrass emulator', () => {
  it('never received a request the real API would reject, in any scenario above', async () => {
    const calls = [...seen, ...(await sandbox.calls())]
    expect(succeeded(calls, 'CreateDeployment').length).toBeGreaterThanOrEqual(4)
    expect(rejectedCalls(calls)).toEqual([])
  })
})
