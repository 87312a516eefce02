// The root action and `ggcd pipeline` / `ggcd plan`.
import { parsePipelineInputs, type RawInputs } from '../inputs.js'
import type { StepOutcome } from '../outcome.js'
import { pipelineClients, runPipeline } from '../pipeline.js'
import type { StepContext } from '../report.js'
import { pipelineSummary } from '../summary.js'
import { deployOutputs } from './deploy.js'
import { smokeFailures } from './smoke.js'

export async function runPipelineStep(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  ctx: StepContext
): Promise<StepOutcome> {
  const inputs = parsePipelineInputs(raw, env)
  const result = await runPipeline(inputs, pipelineClients(inputs.region), ctx)
  const { build, deploy, policy, smoke } = result
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
      'smoke-result': smoke ? JSON.stringify(smoke.devices) : '{}'
    },
    summary: pipelineSummary(result),
    failures: [...deploy.failures, ...(smoke ? smokeFailures(smoke) : [])],
    state:
      build.reused || result.dryRun
        ? {}
        : {
            'logout-builder': inputs.build.builder,
            'logout-registry': raw.registry || build.registry
          }
  }
}
