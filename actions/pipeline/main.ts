// The root action.yml runs this bundle: the whole pipeline in one step. Its post step is
// build-push's (actions/build-push/dist/post): the registry logout.
import { runAction } from '../door/action.js'
import { runPipelineStep } from '../toolkit/run/pipeline.js'

/** The action's logic; index.ts runs it, and so does @github/local-action (it imports run()). */
export async function run(): Promise<void> {
  await runAction('pipeline', runPipelineStep)
}
