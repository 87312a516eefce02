// The central claim, shown rather than read from the recipe: a simulated core device runs the
// pushed image in podman with the recipe's own `docker run` arguments. The shipped recipe
// succeeds; a copy without --net=host, or without the two AWS_CONTAINER_* variables, fails on
// the device with the app's own credentials error. Skipped (with the reason) where podman
// cannot run here: the sandbox then runs the app as a host process.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CreateComponentVersionCommand,
  CreateDeploymentCommand,
  DescribeComponentCommand,
  GetComponentCommand,
  GreengrassV2Client
} from '@aws-sdk/client-greengrassv2'
import { setTimeout as sleep } from 'node:timers/promises'
import { parse, stringify } from 'yaml'
import { containerRuntimeHere, startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { runAction } from './harness.js'
import { newestItem, sandboxInputs, thingArn } from './helpers.js'

const here = containerRuntimeHere()
const itInContainer = here.containerRuntime ? it : it.skip
if (!here.containerRuntime) {
  console.warn(
    `container tests skipped: no container runtime here (${here.containerRuntimeMissing})`
  )
}

let sandbox: Sandbox
let env: Record<string, string>
let greengrass: GreengrassV2Client
// The recipe the shipped template rendered into, as the device received it.
let rendered: {
  ComponentName: string
  Manifests: Array<{ Lifecycle: { Run: { Script: string } } }>
}

/** Deploys to a new device of its own; the action's exit code and the device's last run. */
async function deployTo(thing: string) {
  await sandbox.addDevice({ thingName: thing })
  const run = await runAction(
    '.',
    { ...sandboxInputs(sandbox), targets: `thing/${thing}`, 'image-tag': 'container' },
    env
  )
  const device = (await sandbox.devices()).find(d => d.thingName === thing)!
  return { run, last: device.runs[device.runs.length - 1]! }
}

/**
 * A copy of the rendered recipe with its Run script edited, deployed to a new device straight
 * through the Greengrass API: the toolkit refuses such a recipe before it leaves, so only the
 * device can show what it does. Returns the device's verdict and its run.
 */
async function deployEdited(thing: string, version: string, edit: (script: string) => string) {
  const copy = structuredClone(rendered) as typeof rendered & { ComponentVersion: string }
  const script = copy.Manifests[0]!.Lifecycle.Run.Script
  copy.Manifests[0]!.Lifecycle.Run.Script = edit(script)
  expect(copy.Manifests[0]!.Lifecycle.Run.Script).not.toBe(script)
  copy.ComponentVersion = version
  const { arn } = await greengrass.send(
    new CreateComponentVersionCommand({ inlineRecipe: Buffer.from(stringify(copy)) })
  )
  // As the toolkit does: a new version is deployable only once Greengrass has checked it.
  for (let state = ''; state !== 'DEPLOYABLE'; await sleep(500)) {
    const { status } = await greengrass.send(new DescribeComponentCommand({ arn }))
    state = status?.componentState ?? ''
    if (state === 'FAILED') throw new Error(`${arn} FAILED: ${status?.message}`)
  }
  await sandbox.addDevice({ thingName: thing })
  const { deploymentId } = await greengrass.send(
    new CreateDeploymentCommand({
      targetArn: thingArn(sandbox, thing),
      components: { [copy.ComponentName]: { componentVersion: version } }
    })
  )
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    const device = (await sandbox.devices()).find(d => d.thingName === thing)!
    const status = device.effectiveDeployments.find(
      e => e.deploymentId === deploymentId
    )?.coreDeviceExecutionStatus
    if (status && !['QUEUED', 'IN_PROGRESS'].includes(status)) {
      return { status, last: device.runs[device.runs.length - 1]! }
    }
    await sleep(500)
  }
  throw new Error(`${thing} did not finish deployment ${deploymentId} within 120 s`)
}

beforeAll(async () => {
  if (!here.containerRuntime) return
  sandbox = await startSandbox()
  env = { ...sandbox.env }
  greengrass = new GreengrassV2Client({
    region: sandbox.region,
    endpoint: sandbox.env.AWS_ENDPOINT_URL_GREENGRASSV2,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }
  })
})

afterAll(async () => {
  await sandbox?.stop()
})

describe('a core device runs the component in a real container', () => {
  itInContainer(
    'the shipped recipe: the app writes its item from inside the container',
    async () => {
      expect(sandbox.containerRuntime).toMatch(/^podman /)
      const { run, last } = await deployTo('container-shipped')
      expect({ code: run.code, reason: last.reason }).toEqual({ code: 0, reason: null })
      const { recipe } = await greengrass.send(
        new GetComponentCommand({ arn: run.outputs['component-arn'], recipeOutputFormat: 'YAML' })
      )
      rendered = parse(Buffer.from(recipe!).toString('utf8')) as typeof rendered
      expect(last.runtime).toBe(sandbox.containerRuntime)
      // podman ran the recipe's own arguments, the image pinned by digest among them.
      const argv = last.argv!
      expect(argv[0]).toBe('podman')
      expect(argv).toEqual(
        expect.arrayContaining(['--rm', '--net=host', '--env', 'AWS_IOT_THING_NAME'])
      )
      expect(argv[argv.length - 1]).toMatch(/@sha256:[a-f0-9]{64}$/)
      expect(last.stdout).toContain("wrote item device_name='container-shipped'")
      expect((await newestItem(sandbox, 'container-shipped'))?.component_version).toMatch(
        /^\d+\.\d+\.\d+$/
      )
    }
  )

  itInContainer(
    'without --net=host the container cannot reach the token exchange service',
    async () => {
      const { status, last } = await deployEdited('container-no-net', '9.0.1', script =>
        script.replace(/ --net=host\b/, '')
      )
      expect(status).toBe('FAILED')
      expect(last.argv).not.toContain('--net=host')
      // The app's own error, on its stderr, is the reason the device gives.
      expect(last.reason).toMatch(
        /^the container exited with 1: error: could not write to DynamoDB table/
      )
      expect(last.reason).toContain('AWS_CONTAINER_CREDENTIALS_FULL_URI')
      expect(last.reason).toMatch(
        /CredentialRetrievalError: .*Could not connect to the endpoint URL/
      )
      expect(await newestItem(sandbox, 'container-no-net')).toBeUndefined()
    }
  )

  itInContainer('without the AWS_CONTAINER_* variables the app finds no credentials', async () => {
    const { status, last } = await deployEdited('container-no-env', '9.0.2', script =>
      script.replace(/ --env AWS_CONTAINER_[A-Z_]+/g, '')
    )
    expect(status).toBe('FAILED')
    expect(last.argv!.join(' ')).not.toContain('AWS_CONTAINER_')
    expect(last.reason).toMatch(
      /^the container exited with 1: error: could not write to DynamoDB table/
    )
    expect(last.reason).toContain('NoCredentialsError')
    expect(await newestItem(sandbox, 'container-no-env')).toBeUndefined()
  })
})
