// render-recipe as a door runs it. Only STS is loaded before the first request.
import { STSClient } from '@aws-sdk/client-sts'
import { resolveAccountId } from '../../core/account.js'
import { clientConfig } from '../../core/shared/aws.js'
import { checkRegion } from '../../core/region.js'
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
  await checkRegion(inputs.region, env, ctx)
  const config = clientConfig(inputs.region)
  const accountId = await resolveAccountId(inputs.accountId, new STSClient(config), ctx, env)
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
