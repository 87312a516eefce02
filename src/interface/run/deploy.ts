// deploy as a door runs it. Only STS is loaded before the first request; the step and its
// clients load after it, so the action starts as fast as one SDK client allows.
import { startStep } from './start.js'
import { parseDeployInputs } from '../parse.js'
import type { RawInputs } from '../catalogue.js'
import type { StepOutcome } from '../outcome.js'
import type { StepContext } from '../../core/shared/report.js'
import { deployOutputs } from '../results.js'
import { deploySummary } from '../summary.js'

export async function runDeploy(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  ctx: StepContext
): Promise<StepOutcome> {
  const inputs = parseDeployInputs(raw, env)
  const { config, accountId } = await startStep(inputs, env, ctx)
  const [{ deploy }, { GreengrassV2Client }, { IoTClient }, { CloudWatchLogsClient }] =
    await Promise.all([
      import('../../core/deploy/deploy.js'),
      import('@aws-sdk/client-greengrassv2'),
      import('@aws-sdk/client-iot'),
      import('@aws-sdk/client-cloudwatch-logs')
    ])
  const result = await ctx.reporter.group('Deploy', () =>
    deploy(
      { ...inputs, accountId },
      {
        greengrass: new GreengrassV2Client(config),
        iot: new IoTClient(config),
        logs: new CloudWatchLogsClient(config)
      },
      ctx
    )
  )
  return {
    outputs: deployOutputs(result),
    summary: deploySummary(result),
    failures: result.failures
  }
}
