import { runAction } from '../door/action.js'
import { runAttachPolicy } from '../toolkit/run/attach-policy.js'

await runAction('attach-policy', runAttachPolicy)
