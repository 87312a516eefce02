// The root action where things go wrong or the fleet is not the seeded two devices: a
// mistake in the inputs, a device whose app fails, a group of several devices, a single
// thing. Through all of it, the Greengrass emulator must never see a request the real API
// would reject.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox, type Call, type Sandbox } from '../../sandbox/sandbox.js'
import { runAction } from './harness.js'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  buildahLoggedIn,
  groupArn,
  rejectedCalls,
  sandboxInputs,
  succeeded,
  thingArn,
  workspaceTemp
} from './helpers.js'

let sandbox: Sandbox
let env: Record<string, string>
/** Every call the emulator logged, kept across the scenarios that reset the log. */
const seen: Call[] = []

async function resetCalls(): Promise<void> {
  seen.push(...(await sandbox.calls()))
  await sandbox.resetCalls()
}

beforeAll(async () => {
  sandbox = await startSandbox()
  env = { ...sandbox.env }
})

afterAll(async () => {
  await sandbox?.stop()
})

describe('the root action when something is wrong', () => {
  it('bad input in the action: fails naming component-version, before any Greengrass call', async () => {
    await resetCalls()
    const run = await runAction(
      '.',
      { ...sandboxInputs(sandbox), 'image-tag': 'bad-input', 'component-version': '1.0' },
      env
    )
    expect(run.code).not.toBe(0)
    // An error annotation that names the input and says what it must be.
    const errors = run.log.split('\n').filter(l => l.startsWith('::error'))
    expect(errors.join('\n')).toContain(
      "Input 'component-version' must be MAJOR.MINOR.PATCH such as 1.0.3, or 'auto'; got '1.0'"
    )
    expect(run.outputs).toEqual({})
    expect(await sandbox.calls()).toEqual([])
  })

  it('a build that fails: the step fails quoting the builder, and leaves no registry login behind', async () => {
    const context = workspaceTemp('ggcd-e2e-broken-')
    try {
      writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY not-there.txt /app/\n')
      const run = await runAction(
        'actions/build-push',
        {
          builder: 'buildah',
          registry: `http://${sandbox.registry}`,
          context,
          'image-tag': 'broken-build'
        },
        env
      )
      expect(run.code).not.toBe(0)
      expect(run.log).toContain('not-there.txt')
      expect(run.log).toContain(`Logged out of ${sandbox.registry}`)
      expect(buildahLoggedIn(sandbox.registry, env)).toBe(false)
      expect(run.post?.code).toBe(0)
    } finally {
      rmSync(context, { recursive: true, force: true })
    }
  })

  it('a device role that does not exist: found before anything is built', async () => {
    await resetCalls()
    const run = await runAction(
      '.',
      { ...sandboxInputs(sandbox), 'image-tag': 'no-role', 'role-name': 'NoSuchDeviceRole' },
      env
    )
    expect(run.code).not.toBe(0)
    expect(run.log).toContain('Role NoSuchDeviceRole does not exist')
    expect(run.log).not.toContain('Logged in to')
    expect(await sandbox.calls()).toEqual([])
  })

  it('a pipeline that stops halfway (CreateDeployment denied): the summary says what was done', async () => {
    await resetCalls()
    await sandbox.injectFault({ operation: 'CreateDeployment', status: 403 })
    const run = await runAction(
      '.',
      { ...sandboxInputs(sandbox), 'image-tag': 'denied', targets: 'thing/sandbox-core-1' },
      env
    )
    // Access denied is configuration: the permission to grant, on what (exit 2 in the CLI).
    expect(run.code).not.toBe(0)
    expect(run.log).toContain(
      '::error title=pipeline%3A fix the configuration::greengrass:CreateDeployment on thing/sandbox-core-1 was denied: '
    )
    expect(run.summary).toContain('stopped at 4/5 Deploy')
    for (const section of ['### Image', '### Recipe', '### Device policy']) {
      expect(run.summary).toContain(section)
    }
    expect(run.summary).not.toContain('### Deployment')
    // The error itself, not a pointer to it.
    expect(run.summary).toMatch(
      /### Stopped\n4\/5 Deploy failed:\n- greengrass:CreateDeployment on thing\/sandbox-core-1 was denied: .*Allow greengrass:CreateDeployment/
    )
  })

  it('a device that fails: the run fails, names the device, its status and reason, and skips the smoke check', async () => {
    await sandbox.addDevice({ thingName: 'broken-core', groups: ['BrokenGroup'], failApp: true })
    const run = await runAction(
      '.',
      { ...sandboxInputs(sandbox), 'image-tag': 'broken', targets: 'thinggroup/BrokenGroup' },
      env
    )
    expect(run.code).not.toBe(0)

    // The outputs still say what was deployed where, so a later step can look it up.
    const ids = JSON.parse(run.outputs['deployment-ids']!) as Record<string, string>
    expect(Object.keys(ids)).toEqual([groupArn(sandbox, 'BrokenGroup')])
    const deploymentId = ids[groupArn(sandbox, 'BrokenGroup')]!

    // The device's own verdict and reason, as the emulator reported it.
    const broken = (await sandbox.devices()).find(d => d.thingName === 'broken-core')!
    const verdict = broken.effectiveDeployments.find(d => d.deploymentId === deploymentId)
    expect(verdict?.coreDeviceExecutionStatus).toBe('FAILED')
    expect(verdict?.reason).toBeTruthy()
    const reason = verdict!.reason!

    // The job summary: the device, FAILED, and why; the smoke check skipped, and why.
    expect(run.summary).toContain(`broken-core: FAILED (${reason}`)
    expect(run.summary).toContain('❌ failed')
    expect(run.summary).toContain('### Smoke check\nskipped: the deployment failed')
    expect(run.summary).not.toContain('✅ found')
    expect(JSON.parse(run.outputs['smoke-result']!)).toEqual({})

    // The log: an error annotation naming the device, its status and the reason.
    const errors = run.log.split('\n').filter(l => l.startsWith('::error'))
    const named = `::error::thing broken-core (thinggroup/BrokenGroup): FAILED — ${reason}`
    expect(errors.filter(l => l.startsWith(named))).toHaveLength(1)
    expect(run.log).not.toContain('Smoke check')

    // The user fixes the device and reruns the same commit: the group's deployment is still
    // ACTIVE with the same component set, but a device failed it, so it is deployed again.
    await sandbox.addDevice({ thingName: 'broken-core', groups: ['BrokenGroup'], failApp: false })
    const rerun = await runAction(
      '.',
      { ...sandboxInputs(sandbox), 'image-tag': 'broken', targets: 'thinggroup/BrokenGroup' },
      env
    )
    expect(rerun.log).toContain(`but broken-core (FAILED) failed it; deploying it again`)
    expect(rerun.code).toBe(0)
    const again = JSON.parse(rerun.outputs['deployment-ids']!) as Record<string, string>
    expect(again[groupArn(sandbox, 'BrokenGroup')]).not.toBe(deploymentId)
    expect(JSON.parse(rerun.outputs['smoke-result']!)).toEqual({ 'broken-core': 'found' })
  })
})

describe('the root action on other targets', () => {
  it('a single thing target: deploys to the thing, and the device reports COMPLETED', async () => {
    await resetCalls()
    const run = await runAction(
      '.',
      { ...sandboxInputs(sandbox), 'image-tag': 'single-thing', targets: 'sandbox-core-1' },
      env
    )
    expect(run.code).toBe(0)
    const arn = thingArn(sandbox, 'sandbox-core-1')
    const ids = JSON.parse(run.outputs['deployment-ids']!) as Record<string, string>
    expect(Object.keys(ids)).toEqual([arn])
    const creates = succeeded(await sandbox.calls(), 'CreateDeployment')
    expect(creates.map(c => (c.input as { targetArn: string }).targetArn)).toEqual([arn])

    // A thing's deployment completes (a group's succeeds), on the device and in the summary.
    const device = (await sandbox.devices()).find(d => d.thingName === 'sandbox-core-1')!
    const verdict = device.effectiveDeployments.find(d => d.deploymentId === ids[arn])
    expect(verdict?.coreDeviceExecutionStatus).toBe('COMPLETED')
    expect(run.summary).toContain('sandbox-core-1: COMPLETED')
    // Only that thing was deployed to and checked.
    expect(JSON.parse(run.outputs['smoke-result']!)).toEqual({ 'sandbox-core-1': 'found' })
  })

  it('a thing group of several devices: every device in it is deployed to and found', async () => {
    await sandbox.addDevice({ thingName: 'extra-core-1', groups: ['MyGreengrassCoreGroup'] })
    await sandbox.addDevice({ thingName: 'extra-core-2', groups: ['MyGreengrassCoreGroup'] })
    const run = await runAction(
      '.',
      {
        ...sandboxInputs(sandbox),
        'image-tag': 'several-devices',
        targets: 'thinggroup/MyGreengrassCoreGroup'
      },
      env
    )
    expect(run.code).toBe(0)
    const devices = ['sandbox-core-1', 'sandbox-core-2', 'extra-core-1', 'extra-core-2']
    expect(JSON.parse(run.outputs['smoke-result']!)).toEqual(
      Object.fromEntries(devices.map(d => [d, 'found']))
    )
    for (const d of devices) expect(run.summary).toContain(`${d}: SUCCEEDED`)
  })
})

describe('the Greengrass emulator', () => {
  it('never received a request the real API would reject, in any scenario above', async () => {
    const calls = [...seen, ...(await sandbox.calls())]
    // The scenarios did reach the emulator: the check below is not vacuous.
    expect(succeeded(calls, 'CreateDeployment').length).toBeGreaterThanOrEqual(3)
    expect(rejectedCalls(calls)).toEqual([])
  })
})
