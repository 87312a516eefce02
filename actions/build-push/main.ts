import { runAction } from '../door/action.js'
import { logoutAfterBuild, runBuildPush } from '../toolkit/run/build-push.js'

await runAction('build-push', runBuildPush, { post: logoutAfterBuild })
