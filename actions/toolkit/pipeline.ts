// The whole pipeline in one process: build-push → render-recipe → attach-policy → deploy →
// smoke, sharing one set of clients and handing each step's results to the next as values.
// With dry-run every step plans instead of acting: read-only calls at most.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { ECRClient } from '@aws-sdk/client-ecr'
import { GreengrassV2Client } from '@aws-sdk/client-greengrassv2'
import { IAMClient } from '@aws-sdk/client-iam'
import { IoTClient } from '@aws-sdk/client-iot'
import { STSClient } from '@aws-sdk/client-sts'
import { resolveAccountId } from './account.js'
import { clientConfig } from './aws.js'
import { buildPush, type BuildPushResult } from './ecr.js'
import { deploy, unchangedTargets, type DeployResult } from './greengrass.js'
import type { PipelineInputs } from './inputs.js'
import { attachPolicy, type PolicyResult } from './policy.js'
import { renderRecipe, type RenderResult } from './recipe.js'
import type { StepContext } from './report.js'
import { smoke, type SmokeResult } from './smoke.js'

export interface PipelineClients {
  sts: STSClient
  ecr: ECRClient
  greengrass: GreengrassV2Client
  iam: IAMClient
  dynamodb: DynamoDBClient
  iot: IoTClient
}

export function pipelineClients(region: string): PipelineClients {
  const config = clientConfig(region)
  return {
    sts: new STSClient(config),
    ecr: new ECRClient(config),
    greengrass: new GreengrassV2Client(config),
    iam: new IAMClient(config),
    dynamodb: new DynamoDBClient(config),
    iot: new IoTClient(config)
  }
}

export interface PipelineResult {
  dryRun: boolean
  accountId: string
  region: string
  build: BuildPushResult
  render: RenderResult
  policy: PolicyResult
  deploy: DeployResult
  /** Absent when the smoke check did not run, with the reason in smokeSkipped. */
  smoke?: SmokeResult
  smokeSkipped?: string
}

/** Where the pipeline writes the rendered recipe (relative to the working directory). */
export const RENDERED_RECIPE = 'build/recipe.yaml'

export async function runPipeline(
  inputs: PipelineInputs,
  clients: PipelineClients,
  ctx: StepContext
): Promise<PipelineResult> {
  const { region, dryRun } = inputs
  const { reporter } = ctx
  const accountId = await resolveAccountId(inputs.accountId, clients.sts, ctx)
  const common = { region, accountId }
  if (dryRun) reporter.info('Dry run: planning only; no call that changes anything is made.')

  const build = await reporter.group('1/5 Build and push the image', () =>
    buildPush({ ...common, ...inputs.build }, { ecr: clients.ecr }, ctx, { dryRun })
  )
  const render = await reporter.group('2/5 Render the recipe', () =>
    renderRecipe(
      { ...common, ...inputs.render, imageUri: build.imageUri, output: RENDERED_RECIPE },
      { greengrass: clients.greengrass },
      ctx
    )
  )
  // The plan shows what would be deployed: the whole rendered recipe.
  if (dryRun) reporter.info(`The rendered recipe:\n${render.recipe}`)
  const policy = await reporter.group('3/5 Device policy', () =>
    attachPolicy({ ...common, ...inputs.policy, dryRun }, { iam: clients.iam }, ctx)
  )
  const deployed = await reporter.group('4/5 Deploy', () =>
    deploy(
      { ...common, ...inputs.deploy, recipePath: render.recipePath, dryRun },
      { greengrass: clients.greengrass },
      ctx,
      { recipeText: render.recipe }
    )
  )
  const result: PipelineResult = {
    dryRun,
    accountId,
    region,
    build,
    render,
    policy,
    deploy: deployed
  }
  const skipped = smokeSkipReason(inputs, deployed)
  if (skipped) {
    result.smokeSkipped = skipped
    return result
  }
  result.smoke = await reporter.group('5/5 Smoke check', () =>
    smoke(
      {
        region,
        tableName: inputs.policy.tableName,
        targets: deployed.targets.map(t => t.target),
        since: new Date(deployed.startedAt),
        timeoutSeconds: inputs.smokeTimeoutSeconds,
        componentVersion: deployed.componentVersion,
        unchangedTargets: unchangedTargets(deployed)
      },
      { dynamodb: clients.dynamodb, iot: clients.iot },
      ctx
    )
  )
  return result
}

function smokeSkipReason(inputs: PipelineInputs, deployed: DeployResult): string | undefined {
  if (inputs.dryRun) return 'dry run'
  if (!inputs.smoke) return 'smoke: false'
  if (!inputs.deploy.wait) return 'wait: false (the devices had not reported yet)'
  if (deployed.failures.length > 0) return 'the deployment failed'
  return undefined
}
