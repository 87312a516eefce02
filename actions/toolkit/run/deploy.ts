// deploy as a door runs it.
import { GreengrassV2Client } from '@aws-sdk/client-greengrassv2'
import { IoTClient } from '@aws-sdk/client-iot'
import { STSClient } from '@aws-sdk/client-sts'
import { resolveAccountId } from '../account.js'
import { clientConfig } from '../aws.js'
import { deploy, unchangedTargets, type DeployResult } from '../greengrass.js'
import { parseDeployInputs, targetLabel, type Outputs, type RawInputs } from '../inputs.js'
import type { StepOutcome } from '../outcome.js'
import type { StepContext } from '../report.js'
import { deploySummary } from '../summary.js'

export function deployOutputs(result: DeployResult): Outputs {
  const ids: Record<string, string> = {}
  for (const t of result.targets) if (t.deploymentId) ids[t.targetArn] = t.deploymentId
  return {
    'component-arn': result.componentArn,
    'component-name': result.componentName,
    'component-version': result.componentVersion,
    'deployment-ids': JSON.stringify(ids),
    'started-at': result.startedAt,
    'unchanged-targets': unchangedTargets(result).map(targetLabel).join(',')
  }
}

export async function runDeploy(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  ctx: StepContext
): Promise<StepOutcome> {
  const inputs = parseDeployInputs(raw, env)
  const config = clientConfig(inputs.region)
  const accountId = await resolveAccountId(inputs.accountId, new STSClient(config), ctx)
  const result = await ctx.reporter.group('Deploy', () =>
    deploy(
      { ...inputs, accountId },
      { greengrass: new GreengrassV2Client(config), iot: new IoTClient(config) },
      ctx
    )
  )
  return {
    outputs: deployOutputs(result),
    summary: deploySummary(result),
    failures: result.failures
  }
}
