// smoke as a door runs it. The step and IoT load once the inputs are valid, so that a door
// carrying every step (the CLI) does not load them before its own first request; DynamoDB
// loads after the first request (IoT: which devices to check).
import { clientConfig } from '../aws.js'
import { parseSmokeInputs, type RawInputs } from '../inputs.js'
import type { StepOutcome } from '../outcome.js'
import type { StepContext } from '../report.js'
import { smokeFailures } from '../results.js'
import { smokeSummary } from '../summary.js'

export async function runSmoke(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  ctx: StepContext
): Promise<StepOutcome> {
  const inputs = parseSmokeInputs(raw, env)
  const config = clientConfig(inputs.region)
  const [{ smoke }, { IoTClient }, { GreengrassV2Client }] = await Promise.all([
    import('../smoke.js'),
    import('@aws-sdk/client-iot'),
    import('@aws-sdk/client-greengrassv2')
  ])
  const dynamodb = async () => new (await import('@aws-sdk/client-dynamodb')).DynamoDBClient(config)
  const result = await ctx.reporter.group('Smoke check', () =>
    smoke(
      inputs,
      { dynamodb, iot: new IoTClient(config), greengrass: new GreengrassV2Client(config) },
      ctx
    )
  )
  return {
    outputs: { 'smoke-result': JSON.stringify(result.devices) },
    summary: smokeSummary(result),
    failures: smokeFailures(result)
  }
}
