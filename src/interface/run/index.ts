// Every step's runner by name, for the CLI (which carries them all). Each action imports
// only its own runner, so its bundle carries only the SDK clients that step uses.
import type { StepName } from '../catalogue.js'
import type { StepOutcome } from '../outcome.js'
import type { StepContext } from '../../core/shared/report.js'
import type { RawInputs } from '../catalogue.js'
import { runAttachPolicy } from './attach-policy.js'
import { runBuildPush } from './build-push.js'
import { runDeploy } from './deploy.js'
import { runPipelineStep } from './pipeline.js'
import { runPrune } from './prune.js'
import { runRenderRecipe } from './render-recipe.js'
import { runSmoke } from './smoke.js'

export type StepRunner = (
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  ctx: StepContext
) => Promise<StepOutcome>

export const STEP_RUNNERS: Record<StepName, StepRunner> = {
  'build-push': runBuildPush,
  'render-recipe': runRenderRecipe,
  'attach-policy': runAttachPolicy,
  deploy: runDeploy,
  smoke: runSmoke,
  pipeline: runPipelineStep,
  prune: runPrune
}
