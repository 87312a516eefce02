// The GitHub Actions door: reads a step's inputs, runs the library's step, sets outputs,
// writes the job summary, and turns failures into annotations. runPost is the door of the
// post steps (registry logout), which GitHub runs from their own small bundle.
//
// @actions/core is loaded when it is first needed, not at start: importing it costs about as
// much as an SDK client (it brings an HTTP client, for OIDC tokens ggcd never asks for), and a
// step needs nothing from it before its first AWS request. Inputs come from the variables the
// runner sets, read as core.getInput reads them.
import { ConfigurationError, StepFailure, summaryOf } from '../../core/shared/errors.js'
import { STEP_INPUTS, type RawInputs, type StepName } from '../../interface/catalogue.js'
import { handleSignals } from '../../core/shared/interrupt.js'
import { shownFailures, type StepOutcome } from '../../interface/outcome.js'
import {
  commandFree,
  systemClock,
  type Reporter,
  type StepContext
} from '../../core/shared/report.js'
import type { StepRunner } from '../../interface/run/index.js'
import { checkWorkspacePaths } from './workspace.js'
import { POST_STATE_KEY, PostStateWriter, decodePostState, type PostState } from './state.js'

type Core = typeof import('@actions/core')

let loading: Promise<Core> | undefined
const loadCore = (): Promise<Core> => (loading ??= import('@actions/core'))

/** An input as the runner passes it (INPUT_<NAME>, spaces as underscores) and getInput reads it. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function readInputs(step: StepName, env: NodeJS.ProcessEnv = process.env): RawInputs {
  const raw: RawInputs = {}
  for (const name of STEP_INPUTS[step]) raw[name] = getInput(name, env)
  return raw
}

/**
 * A Reporter on @actions/core that loads it on first use. Calls made while it loads are kept
 * and replayed in order, so a secret is always masked before anything after it is printed.
 */
export class ActionsReporter implements Reporter {
  private core?: Core
  private readonly waiting: Array<(core: Core) => void> = []
  private loadRequested = false
  private readonly secrets: string[] = []

  /** @actions/core, once every call made before it loaded has been replayed. */
  async ready(): Promise<Core> {
    const core = await loadCore()
    if (!this.core) {
      this.core = core
      for (const call of this.waiting.splice(0)) call(core)
    }
    return core
  }

  // core.info prints the text as it is; warning, error, debug and group titles go through
  // @actions/core's command escaping (% \r \n in the data, and : , in properties), so they
  // cannot start a line of their own. This is the one raw way out, hence the one guard.
  // Every line is also redacted here, not only by the runner's masking: what the log shows
  // is then the same in every door, and in files the runner does not mask.
  info(message: string): void {
    this.call(core => core.info(commandFree(this.redact(message))))
  }
  warning(message: string): void {
    this.call(core => core.warning(this.redact(message)))
  }
  debug(message: string): void {
    this.call(core => core.debug(this.redact(message)))
  }
  mask(secret: string): void {
    if (!secret) return
    this.secrets.push(secret)
    this.call(core => core.setSecret(secret))
  }
  /**
   * The text with every masked value replaced, for what the runner's own masking may not
   * reach: the job summary is a file, not the log.
   */
  redact(text: string): string {
    return [...this.secrets]
      .sort((a, b) => b.length - a.length)
      .reduce((acc, s) => acc.split(s).join('***'), text)
  }
  /** State for the post step, saved in order with everything else. */
  saveState(key: string, value: string): void {
    this.call(core => core.saveState(key, value))
  }
  /** A log group; its title alone does not load @actions/core, the first line in it does. */
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.call(core => core.startGroup(title), false)
    try {
      return await fn()
    } finally {
      this.call(core => core.endGroup(), false)
    }
  }

  private call(fn: (core: Core) => void, load = true): void {
    if (this.core) return fn(this.core)
    this.waiting.push(fn)
    if (load && !this.loadRequested) {
      this.loadRequested = true
      void this.ready()
    }
  }
}

export async function runAction(step: StepName, runner: StepRunner): Promise<void> {
  const reporter = new ActionsReporter()
  let outcome: StepOutcome | undefined
  let failure: unknown
  const stopSignals = handleSignals({
    log: message => reporter.warning(message),
    writeSummary: async markdown => writeSummary(await reporter.ready(), markdown),
    exit: code => process.exit(code)
  })
  try {
    const raw = readInputs(step)
    await checkWorkspacePaths(raw, process.env)
    const state = new PostStateWriter((key, value) => reporter.saveState(key, value))
    outcome = await runner(raw, process.env, {
      reporter,
      clock: systemClock,
      saveState: (key, value) => state.set(key, value)
    })
  } catch (error) {
    failure = error
  } finally {
    stopSignals()
  }
  const core = await reporter.ready()
  if (outcome) {
    for (const [name, value] of Object.entries(outcome.outputs)) {
      if (value !== undefined) core.setOutput(name, value)
    }
    if (outcome.summary) await writeSummary(core, reporter.redact(outcome.summary))
    for (const message of shownFailures(outcome.failures)) core.error(reporter.redact(message))
    if (outcome.failures.length > 0) {
      core.setFailed(`${step}: ${outcome.failures.length} failure(s); see the job summary.`)
    }
  } else {
    const summary = summaryOf(failure)
    if (summary) await writeSummary(core, reporter.redact(summary))
    reportFailure(core, step, failure, reporter)
  }
}

// Outside a runner (@github/local-action, a test) there may be no summary file, and
// core.summary.write() throws without one: the step's result must not depend on it.
async function writeSummary(core: Core, markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary written: GITHUB_STEP_SUMMARY is not set.')
    return
  }
  await core.summary.addRaw(markdown, true).write()
}

function reportFailure(
  core: Core,
  step: StepName,
  failure: unknown,
  reporter: ActionsReporter
): void {
  const redact = (text: string) => reporter.redact(text)
  if (failure instanceof ConfigurationError) {
    // One annotation, with a title (setFailed would add a second, untitled copy).
    core.error(redact(failure.message), { title: `${step}: fix the configuration` })
    process.exitCode = 1
  } else if (failure instanceof StepFailure) {
    core.setFailed(redact(failure.message))
  } else {
    const e = failure instanceof Error ? failure : new Error(String(failure))
    core.setFailed(redact(`${step} failed: ${e.message}`))
    core.debug(redact(e.stack ?? ''))
  }
}

/** Runs a post step with the state its main step saved; a post step never fails the job. */
export async function runPost(
  post: (state: PostState, ctx: StepContext) => Promise<void>
): Promise<void> {
  const reporter = new ActionsReporter()
  const core = await reporter.ready()
  try {
    const saved = decodePostState(core.getState(POST_STATE_KEY))
    if (!saved.ok) {
      core.warning(
        `Post step: the state the main step saved is unreadable (${saved.problem}); nothing is undone.`
      )
      return
    }
    await post(saved.state, { reporter, clock: systemClock })
  } catch (error) {
    core.warning(`Post step: ${error instanceof Error ? error.message : String(error)}`)
  }
}
