// The root action and `ggcd pipeline` / `ggcd plan`.
// Only STS is loaded before the first request (the account); the rest of the toolkit and
// its five other SDK clients load after it.
import { startStep } from './start.js'
import { parsePipelineInputs } from '../parse.js'
import type { RawInputs } from '../catalogue.js'
import type { StepOutcome } from '../outcome.js'
import type { StepContext } from '../../core/shared/report.js'
import { deployOutputs } from '../results.js'
import { smokeFailures } from '../../core/smoke/verdict.js'
import { smokeOutputs, writeSmokeReport } from '../smoke-report.js'
import { pipelineSummary, pruneSummary, stoppedSummary } from '../summary.js'
import { setProgress } from '../../core/shared/interrupt.js'
import { withSummary } from '../../core/shared/errors.js'

export async function runPipelineStep(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  ctx: StepContext
): Promise<StepOutcome> {
  const inputs = parsePipelineInputs(raw, env)
  const { accountId, sts } = await startStep(inputs, env, ctx)
  const { pipelineClients, runPipeline, stopOf } = await import('../../core/pipeline/pipeline.js')
  const clients = { ...pipelineClients(inputs.region), sts }
  let result
  try {
    result = await runPipeline({ ...inputs, accountId }, clients, ctx, {
      // An interruption writes the summary of what was done before the step it stopped.
      onStep: ({ progress, step }) =>
        setProgress(() => stoppedSummary(progress, step, undefined, 'was interrupted'))
    })
  } catch (error) {
    // A step that throws leaves the job summary of the steps before it.
    const stop = stopOf(error)
    throw stop ? withSummary(error, stoppedSummary(stop.progress, stop.step, error)) : error
  }
  const { build, deploy, policy, smoke } = result
  if (smoke) await writeSmokeReport(smoke, env)
  const deployed = deployOutputs(deploy)
  return {
    outputs: {
      'image-uri': build.imageUri,
      'image-digest': build.imageDigest,
      'component-name': deploy.componentName,
      'component-version': deploy.componentVersion,
      'component-arn': deploy.componentArn,
      'policy-arn': policy.policyArn,
      'deployment-ids': deployed['deployment-ids'],
      'deployment-url': deployed['deployment-url'],
      ...(smoke ? smokeOutputs(smoke) : { 'smoke-result': '{}' })
    },
    summary: pipelineSummary(result) + (result.prune ? `\n\n${pruneSummary(result.prune)}` : ''),
    failures: [
      ...deploy.failures,
      ...(smoke ? smokeFailures(smoke) : []),
      ...(result.prune?.failures.map(f => `prune: ${f}`) ?? [])
    ]
  }
}
