// render-recipe as a door runs it. Only STS is loaded before the first request.
import { startStep } from './start.js'
import { parseRenderInputs } from '../parse.js'
import type { RawInputs } from '../catalogue.js'
import type { StepOutcome } from '../outcome.js'
import type { StepContext } from '../../core/shared/report.js'
import { renderSummary } from '../summary.js'

export async function runRenderRecipe(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  ctx: StepContext
): Promise<StepOutcome> {
  const inputs = parseRenderInputs(raw, env)
  const { config, accountId } = await startStep(inputs, env, ctx)
  const [{ renderRecipe }, { GreengrassV2Client }] = await Promise.all([
    import('../../core/recipe/render-recipe.js'),
    import('@aws-sdk/client-greengrassv2')
  ])
  const result = await ctx.reporter.group('Render the recipe', () =>
    renderRecipe({ ...inputs, accountId }, { greengrass: new GreengrassV2Client(config) }, ctx)
  )
  return {
    outputs: {
      'recipe-path': result.recipePath,
      'component-name': result.componentName,
      'component-version': result.componentVersion
    },
    summary: renderSummary(result),
    failures: []
  }
}
