import { runAction } from '../door/action.js'
import { runBuildPush } from '../toolkit/run/build-push.js'

await runAction('build-push', runBuildPush)
