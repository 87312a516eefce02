import { runAction } from '../door/action.js'
import { runSmoke } from '../toolkit/run/smoke.js'

await runAction('smoke', runSmoke)
