// prune as a door runs it. Only STS is loaded before the first request; the step and its
// two clients load after it.
import { startStep } from './start.js'
import { INPUTS, type RawInputs } from '../catalogue.js'
import { parsePruneInputs } from '../parse.js'
import type { PruneInputs } from '../../core/config.js'
import { defaultRegistryHost } from '../../core/registry.js'
import type { StepOutcome } from '../outcome.js'
import { pruneSummary } from '../summary.js'
import { MemoryReporter, type StepContext } from '../../core/shared/report.js'

export async function runPrune(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  ctx: StepContext
): Promise<StepOutcome> {
  const inputs = parsePruneInputs(raw, env)
  const { config, accountId } = await startStep(inputs, env, ctx)
  const componentName = await componentNameOf(inputs, accountId)
  const [{ prune }, { GreengrassV2Client }, { ECRClient }] = await Promise.all([
    import('../../core/prune/prune.js'),
    import('@aws-sdk/client-greengrassv2'),
    import('@aws-sdk/client-ecr')
  ])
  const result = await ctx.reporter.group('Prune', () =>
    prune(
      { ...inputs, accountId, componentName },
      { greengrass: new GreengrassV2Client(config), ecr: new ECRClient(config) },
      ctx
    )
  )
  return {
    outputs: {
      'pruned-versions': JSON.stringify(result.versions),
      'pruned-images': JSON.stringify(result.images)
    },
    summary: pruneSummary(result),
    failures: result.failures
  }
}

/** The component-name input, else the name the recipe template gives (as render-recipe reads it). */
export async function componentNameOf(inputs: PruneInputs, accountId: string): Promise<string> {
  if (inputs.componentName) return inputs.componentName
  const { prepareRecipe } = await import('../../core/recipe/render-recipe.js')
  // The name does not depend on the image: any well-formed URI renders the template.
  const registry = defaultRegistryHost(accountId, inputs.region)
  const prepared = await prepareRecipe(
    {
      ...inputs,
      accountId,
      componentVersion: 'auto',
      imageUri: `${registry}/${inputs.repository}@sha256:${'0'.repeat(64)}`,
      tableName: INPUTS['table-name'].default,
      roleName: INPUTS['role-name'].default,
      output: INPUTS.output.default
    },
    new MemoryReporter()
  )
  return prepared.componentName
}
