// The root action.yml runs this bundle: the whole pipeline in one step.
import { runAction } from '../door/action.js'
import { logoutAfterBuild } from '../toolkit/run/build-push.js'
import { runPipelineStep } from '../toolkit/run/pipeline.js'

await runAction('pipeline', runPipelineStep, { post: logoutAfterBuild })
