// Targets that do not exist are bad input, found before anything changes: the CLI exits 2
// naming the target, and no service sees a mutating call (counted by a proxy in front of
// moto and the Greengrass emulator). A thing that is not a core device gets a warning.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CreateThingCommand, IoTClient } from '@aws-sdk/client-iot'
import { startCountingProxy, type CountingProxy } from '../../scripts/bench/proxy.js'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { ROOT, runAction, runCli } from './harness.js'
import { sandboxInputs } from './helpers.js'

let sandbox: Sandbox
let proxy: CountingProxy
let env: Record<string, string>

const flags = (inputs: Record<string, string>) =>
  Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v])

beforeAll(async () => {
  sandbox = await startSandbox()
  proxy = await startCountingProxy({
    default: sandbox.env.AWS_ENDPOINT_URL!,
    services: { greengrass: sandbox.env.AWS_ENDPOINT_URL_GREENGRASSV2! }
  })
  env = { ...sandbox.env, ...proxy.env }
})

afterAll(async () => {
  await proxy?.close()
  await sandbox?.stop()
})

/** Every call the proxy saw that changes something, as service:operation. */
function mutating(): string[] {
  return proxy
    .calls()
    .filter(c => c.mutating)
    .map(c => `${c.service}:${c.operation}`)
}

describe('a target that does not exist', () => {
  it('pipeline: a missing thing exits 2 naming it; nothing is created anywhere', async () => {
    proxy.reset()
    await sandbox.resetCalls()
    const run = await runCli(
      [
        'pipeline',
        ...flags({
          ...sandboxInputs(sandbox),
          'image-tag': 'missing-thing',
          repository: 'targets_e2e',
          targets: 'no-such-thing'
        })
      ],
      env
    )
    expect(run.code).toBe(2)
    expect(run.log).toContain(
      "Target thing/no-such-thing (input 'targets') does not exist: there is no IoT thing named no-such-thing"
    )
    expect(run.log).not.toContain('Created component')
    // The lookup happened, through the proxy, and nothing else changed anything.
    expect(proxy.calls().map(c => c.operation)).toContain('DescribeThing')
    expect(mutating()).toEqual([])
    expect((await sandbox.calls()).filter(c => c.mutating)).toEqual([])
  })

  it('pipeline: a missing group exits 2 naming it; no component, no deployment', async () => {
    proxy.reset()
    await sandbox.resetCalls()
    const run = await runCli(
      [
        'pipeline',
        ...flags({
          ...sandboxInputs(sandbox),
          'image-tag': 'missing-group',
          repository: 'targets_e2e',
          targets: 'thinggroup/MyGreengrassCoreGroup,thinggroup/no-such-group'
        })
      ],
      env
    )
    expect(run.code).toBe(2)
    expect(run.log).toContain(
      "Target thinggroup/no-such-group (input 'targets') does not exist: there is no IoT thing group named no-such-group"
    )
    expect(run.log).not.toContain('MyGreengrassCoreGroup (input')
    expect(proxy.calls().map(c => c.operation)).toContain('DescribeThingGroup')
    expect(mutating()).toEqual([])
    expect((await sandbox.calls()).filter(c => c.mutating)).toEqual([])
  })

  it('the root action: the job summary carries the error and says nothing was changed', async () => {
    proxy.reset()
    const run = await runAction(
      '.',
      { ...sandboxInputs(sandbox), 'image-tag': 'missing-in-action', targets: 'no-such-thing' },
      env
    )
    expect(run.code).not.toBe(0)
    expect(run.summary).toContain(
      "### Stopped\nthe checks before any change failed:\n- Target thing/no-such-thing (input 'targets') does not exist"
    )
    expect(run.summary).toContain('\nNothing was changed.\n')
    expect(mutating()).toEqual([])
  })

  it('deploy used alone: a missing group exits 2 before any Greengrass call', async () => {
    proxy.reset()
    await sandbox.resetCalls()
    const run = await runCli(
      [
        'deploy',
        '--recipe-path',
        `${ROOT}test/fixtures/deploy/recipe.yaml`,
        '--targets',
        'thinggroup/no-such-group'
      ],
      env
    )
    expect(run.code).toBe(2)
    expect(run.log).toContain('Target thinggroup/no-such-group')
    expect(mutating()).toEqual([])
    expect(await sandbox.calls()).toEqual([])
  })
})

describe('a thing that is not a Greengrass core device', () => {
  it('is named in a warning of the plan', async () => {
    const iot = new IoTClient({
      region: sandbox.region,
      endpoint: sandbox.env.AWS_ENDPOINT_URL_IOT,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }
    })
    await iot.send(new CreateThingCommand({ thingName: 'plain-sensor' }))
    proxy.reset()
    const run = await runCli(
      [
        'plan',
        ...flags({
          ...sandboxInputs(sandbox),
          'image-tag': 'plain-sensor',
          targets: 'plain-sensor,sandbox-core-1'
        })
      ],
      env
    )
    expect(run.code).toBe(0)
    expect(run.log).toMatch(
      /Target thing\/plain-sensor is an IoT thing but not a Greengrass core device: its deployment waits until the device is provisioned/
    )
    expect(run.log).not.toMatch(/thing\/sandbox-core-1 is an IoT thing but not/)
    expect(proxy.calls().map(c => c.operation)).toContain('GetCoreDevice')
    expect(mutating()).toEqual([])
    // The CLI prints the plan's summary: what would be done, not what was.
    expect(run.log).toContain('`MyGreengrassV2AccessPolicy`: would be created; would be attached')
    expect(run.log).toMatch(/`com\.example\.AccessDynamoDb` `1\.0\.\d+`: would be created/)
  })
})
