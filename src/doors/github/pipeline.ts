// The root action.yml runs this bundle: the whole pipeline in one step. Its post step is
// build-push's (dist/post): the registry logout.
import { runAction } from './run-action.js'
import { runPipelineStep } from '../../interface/run/pipeline.js'

/** The action's logic; index.ts runs it, and so does @github/local-action (it imports run()). */
export async function run(): Promise<void> {
  await runAction('pipeline', runPipelineStep)
}
