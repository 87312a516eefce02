// smoke as a door runs it. The step and IoT load once the inputs are valid, so that a door
// carrying every step (the CLI) does not load them before its own first request; DynamoDB
// loads after the first request (IoT: which devices to check).
import { clientConfig, queryClientConfig } from '../../core/shared/aws.js'
import { checkRegion } from '../../core/region.js'
import { parseSmokeInputs } from '../parse.js'
import type { RawInputs } from '../catalogue.js'
import type { StepOutcome } from '../outcome.js'
import type { StepContext } from '../../core/shared/report.js'
import { smokeFailures } from '../../core/smoke/verdict.js'
import { smokeOutputs, writeSmokeReport } from '../smoke-report.js'
import { smokeSummary } from '../summary.js'

export async function runSmoke(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  ctx: StepContext
): Promise<StepOutcome> {
  const inputs = parseSmokeInputs(raw, env)
  await checkRegion(inputs.region, env, ctx)
  const config = clientConfig(inputs.region)
  const [{ smoke }, { IoTClient }, { GreengrassV2Client }] = await Promise.all([
    import('../../core/smoke/smoke.js'),
    import('@aws-sdk/client-iot'),
    import('@aws-sdk/client-greengrassv2')
  ])
  const dynamodb = async () =>
    new (await import('@aws-sdk/client-dynamodb')).DynamoDBClient(queryClientConfig(inputs.region))
  const result = await ctx.reporter.group('Smoke check', () =>
    smoke(
      inputs,
      { dynamodb, iot: new IoTClient(config), greengrass: new GreengrassV2Client(config) },
      ctx
    )
  )
  await writeSmokeReport(result, env)
  return {
    outputs: smokeOutputs(result),
    summary: smokeSummary(result),
    failures: smokeFailures(result)
  }
}
