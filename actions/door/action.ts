// The GitHub Actions door: reads a step's inputs with @actions/core, runs the library's
// step, sets outputs, writes the job summary, and turns failures into annotations. The
// same bundle runs the post step (registry logout) when GitHub calls it again.
import * as core from '@actions/core'
import { ConfigurationError, StepFailure } from '../toolkit/errors.js'
import { STEP_INPUTS, type RawInputs, type StepName } from '../toolkit/inputs.js'
import type { StepRunner } from '../toolkit/run/index.js'
import { systemClock, type Reporter, type StepContext } from '../toolkit/report.js'

export const actionsReporter: Reporter = {
  info: message => core.info(message),
  warning: message => core.warning(message),
  debug: message => core.debug(message),
  mask: secret => core.setSecret(secret),
  group: (title, fn) => core.group(title, fn)
}

export function readInputs(step: StepName): RawInputs {
  const raw: RawInputs = {}
  for (const name of STEP_INPUTS[step]) raw[name] = core.getInput(name)
  return raw
}

export interface ActionOptions {
  /** Runs in the post step, with the state the main step saved. */
  post?: (state: (key: string) => string, ctx: StepContext) => Promise<void>
}

export async function runAction(
  step: StepName,
  runner: StepRunner,
  options: ActionOptions = {}
): Promise<void> {
  const ctx: StepContext = { reporter: actionsReporter, clock: systemClock }
  if (core.getState('isPost') === 'true') {
    if (options.post) await options.post(key => core.getState(key), ctx)
    return
  }
  if (options.post) core.saveState('isPost', 'true')
  try {
    const outcome = await runner(readInputs(step), process.env, ctx)
    for (const [key, value] of Object.entries(outcome.state ?? {})) core.saveState(key, value)
    for (const [name, value] of Object.entries(outcome.outputs)) {
      if (value !== undefined) core.setOutput(name, value)
    }
    if (outcome.summary) await core.summary.addRaw(outcome.summary, true).write()
    for (const failure of outcome.failures) core.error(failure)
    if (outcome.failures.length > 0) {
      core.setFailed(`${step}: ${outcome.failures.length} failure(s); see the job summary.`)
    }
  } catch (error) {
    if (error instanceof ConfigurationError) {
      core.error(error.message, { title: `${step}: fix the configuration` })
      core.setFailed(error.message)
    } else if (error instanceof StepFailure) {
      core.setFailed(error.message)
    } else {
      const e = error instanceof Error ? error : new Error(String(error))
      core.setFailed(`${step} failed: ${e.message}`)
      core.debug(e.stack ?? '')
    }
  }
}
