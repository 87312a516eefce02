// `npm run demo`: the whole pipeline, for real, on this machine. It starts the local AWS
// sandbox (moto, a registry, the Greengrass emulator and two simulated core devices), runs
// the committed `ggcd pipeline` bundle against it exactly as a user would against AWS,
// prints the items the devices wrote and the smoke verdict, and stops the sandbox.
import { spawn } from 'node:child_process'
import { DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb'
import { startSandbox, SandboxError } from '../sandbox/sandbox.js'

const CLI = 'dist/cli/index.js'
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.on('error', reject)
    child.on('close', code => resolve({ code: code ?? 1, out }))
  })
}

async function main(): Promise<number> {
  console.log(
    bold('▶ Starting the local AWS sandbox (moto, registry, Greengrass emulator, devices)…')
  )
  let sandbox
  try {
    sandbox = await startSandbox()
  } catch (error) {
    if (error instanceof SandboxError) {
      console.error(`\n${error.message}`)
      console.error('All prerequisites at once: sudo scripts/install-prerequisites.sh')
      return 1
    }
    throw error
  }
  try {
    const devices = await sandbox.devices()
    console.log(
      sandbox.containerRuntime
        ? `  the devices run the image in ${sandbox.containerRuntime}`
        : `  no container runtime (${sandbox.containerRuntimeMissing}): the devices run the app as a host process`
    )
    console.log(
      `  account ${sandbox.accountId}, region ${sandbox.region}, registry ${sandbox.registry}, devices ${devices.map(d => d.thingName).join(', ')}\n`
    )
    const env: NodeJS.ProcessEnv = { ...process.env, ...sandbox.env }
    delete env.AWS_PROFILE
    // The same commit built twice makes the same image (reproducible timestamps).
    env.SOURCE_DATE_EPOCH ??= '0'
    const args = [
      'pipeline',
      '--builder',
      'buildah',
      '--registry',
      `http://${sandbox.registry}`,
      // No base image can be pulled offline: the sandbox's Dockerfile starts FROM a Debian 13
      // Python base the sandbox made with mmdebstrap; the devices run it in podman.
      '--dockerfile',
      'sandbox/Dockerfile',
      '--image-tag',
      'demo',
      '--targets',
      'thinggroup/MyGreengrassCoreGroup',
      '--wait-timeout',
      '120',
      '--smoke-timeout',
      '60'
    ]
    console.log(bold(`▶ ggcd ${args.join(' ')}`))
    const { code, out } = await runCli(args, env)
    const outputs = Object.fromEntries(
      out
        .split('\n')
        .filter(l => l.includes('='))
        .map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
    )

    console.log(bold('\n▶ What the devices wrote into SampleDynamoTable'))
    const dynamodb = new DynamoDBClient({
      region: sandbox.region,
      endpoint: sandbox.env.AWS_ENDPOINT_URL_DYNAMODB,
      credentials: {
        accessKeyId: sandbox.env.AWS_ACCESS_KEY_ID!,
        secretAccessKey: sandbox.env.AWS_SECRET_ACCESS_KEY!
      }
    })
    for (const device of devices) {
      const { Items } = await dynamodb.send(
        new QueryCommand({
          TableName: 'SampleDynamoTable',
          KeyConditionExpression: 'device_name = :d',
          ExpressionAttributeValues: { ':d': { S: device.thingName } },
          ScanIndexForward: false,
          Limit: 1,
          ConsistentRead: true
        })
      )
      const item = Items?.[0]
      const flat = item
        ? Object.fromEntries(Object.entries(item).map(([k, v]) => [k, v.S ?? JSON.stringify(v)]))
        : 'no item'
      console.log(`  ${device.thingName}: ${JSON.stringify(flat)}`)
    }
    console.log(bold('\n▶ How each device ran the component'))
    for (const device of await sandbox.devices()) {
      const run = device.runs[device.runs.length - 1]
      if (!run) continue
      const how = run.runtime ? `${run.argv?.join(' ')}` : 'a host process (no container runtime)'
      console.log(`  ${device.thingName}: exit ${run.exitCode}: ${how}`)
    }
    console.log(bold('\n▶ Smoke verdict'))
    console.log(`  ${outputs['smoke-result'] ?? '(none)'}`)
    console.log(
      code === 0
        ? bold('\n✔ Deployed, and every device wrote its item.')
        : bold(`\n✘ The pipeline failed (exit ${code}); see above.`)
    )
    return code
  } finally {
    await sandbox.stop()
    console.log('Sandbox stopped.')
  }
}

process.exitCode = await main()
