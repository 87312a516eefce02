// smoke as a door runs it.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { IoTClient } from '@aws-sdk/client-iot'
import { clientConfig } from '../aws.js'
import { parseSmokeInputs, type RawInputs } from '../inputs.js'
import type { StepOutcome } from '../outcome.js'
import type { StepContext } from '../report.js'
import { smoke, type SmokeResult } from '../smoke.js'
import { smokeSummary } from '../summary.js'

export function smokeFailures(result: SmokeResult): string[] {
  return [
    ...result.emptyGroups.map(g => `thing group ${g} has no things: add the core devices to it`),
    ...result.missing.map(
      thing =>
        `device ${thing} wrote no item into ${result.tableName} since ${result.since}: check its component log (/greengrass/v2/logs/<component>.log)`
    )
  ]
}

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
