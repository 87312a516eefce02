// smoke as a door runs it.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { IoTClient } from '@aws-sdk/client-iot'
import { clientConfig } from '../aws.js'
import { parseSmokeInputs, type RawInputs } from '../inputs.js'
import type { StepOutcome } from '../outcome.js'
import type { StepContext } from '../report.js'
import { smoke } from '../smoke.js'
import { smokeFailures } from '../results.js'
import { smokeSummary } from '../summary.js'

export async function runSmoke(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  ctx: StepContext
): Promise<StepOutcome> {
  const inputs = parseSmokeInputs(raw, env)
  const config = clientConfig(inputs.region)
  const result = await ctx.reporter.group('Smoke check', () =>
    smoke(inputs, { dynamodb: new DynamoDBClient(config), iot: new IoTClient(config) }, ctx)
  )
  return {
    outputs: { 'smoke-result': JSON.stringify(result.devices) },
    summary: smokeSummary(result),
    failures: smokeFailures(result)
  }
}
