import { runAction } from '../door/action.js'
import { runDeploy } from '../toolkit/run/deploy.js'

await runAction('deploy', runDeploy)
