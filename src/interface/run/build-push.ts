// build-push as a door runs it: inputs → account → build and push → outputs and summary.
// Only STS is loaded before the first request; ECR and the builders load after it.
import { startStep } from './start.js'
import { parseBuildPushInputs } from '../parse.js'
import type { RawInputs } from '../catalogue.js'
import type { StepOutcome } from '../outcome.js'
import type { StepContext } from '../../core/shared/report.js'
import { buildSummary } from '../summary.js'

export async function runBuildPush(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  ctx: StepContext
): Promise<StepOutcome> {
  const inputs = parseBuildPushInputs(raw, env)
  const { config, accountId } = await startStep(inputs, env, ctx)
  const [{ buildPush }, { ECRClient }] = await Promise.all([
    import('../../core/build/build-push.js'),
    import('@aws-sdk/client-ecr')
  ])
  const result = await ctx.reporter.group('Build and push the image', () =>
    buildPush({ ...inputs, accountId }, { ecr: new ECRClient(config) }, ctx, { env })
  )
  return {
    outputs: {
      'image-uri': result.imageUri,
      'image-digest': result.imageDigest,
      registry: result.registry
    },
    summary: buildSummary(result),
    failures: []
  }
}
