// The `ggcd` command: the same steps as the actions, from a laptop or any CI. Options are
// the action inputs; logs and the summary go to stderr, outputs to stdout as name=value
// lines (for scripts). Exit 0 on success, 1 when the work fails, 2 on bad input.
import { Command, CommanderError, Option } from 'commander'
import { ConfigurationError, StepFailure, summaryOf } from '../../core/shared/errors.js'
import {
  BOOLEAN_INPUTS,
  STEP_INPUTS,
  inputDescription,
  inputDefault,
  type InputName,
  type RawInputs,
  type StepName
} from '../../interface/catalogue.js'
import { shownFailures, type StepOutcome } from '../../interface/outcome.js'
import { systemClock, type StepContext } from '../../core/shared/report.js'
import { terminalDoor, type Terminal } from './terminal.js'
import { STEP_RUNNERS } from '../../interface/run/index.js'
import { credentialsHelp } from '../../core/account.js'
import { VERSION } from '../../core/shared/aws.js'
import { handleSignals } from '../../core/shared/interrupt.js'
import { commandHelp, programHelp } from './help.js'

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

export { terminalReporter, type Terminal } from './terminal.js'

const DESCRIPTIONS: Record<StepName, string> = {
  'build-push': 'Build the image and push it to ECR (creating the repository when missing).',
  'render-recipe': 'Render the recipe template with the account, region and image digest.',
  'attach-policy': 'Create or update the device policy and attach it to the token exchange role.',
  deploy: 'Create the component version and deploy it to the targets; wait for the devices.',
  smoke: 'Check that each device wrote its item into the DynamoDB table.',
  pipeline: 'All of the above, in order.',
  prune:
    'Delete the component versions and images no deployment uses, beyond the newest --keep; --dry-run lists them.'
}

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

const isBoolean = (name: InputName): boolean =>
  (BOOLEAN_INPUTS as readonly InputName[]).includes(name)

// A boolean input is a flag: --dry-run and --rollback turn on what is off by default,
// --no-wait and --no-smoke turn off what is on. The value form of the actions' inputs
// (--wait false, --dry-run=true) is still taken, so scripts written for it keep working; it
// is left out of the help.
const VALUE = ' [true|false]'

// Where the CLI's default comes from, which the actions' description leaves to GITHUB_SHA.
const CLI_NOTES: Partial<Record<InputName, string>> = {
  'image-tag': 'Outside GitHub Actions: git rev-parse HEAD of the work tree.'
}

function optionsOf(step: StepName, name: InputName): Option[] {
  const note = CLI_NOTES[name]
  const description = note
    ? `${optionDescription(step, name)} ${note}`
    : optionDescription(step, name)
  const d = inputDefault(step, name)
  if (!isBoolean(name)) {
    const option = new Option(`--${name} <value>`, description)
    if (d !== undefined) option.default(d)
    return [option]
  }
  if (d === 'true') {
    return [
      new Option(`--${name}${VALUE}`, description).hideHelp(),
      new Option(`--no-${name}`, `${description} On by default; --no-${name} turns it off.`)
    ]
  }
  return [new Option(`--${name}${VALUE}`, `${description} Off by default.`)]
}

/** An option's value as the inputs parser reads it: flags become 'true' or 'false'. */
const rawValue = (value: unknown): string | undefined =>
  value === undefined ? undefined : String(value)

// What the SDK says when credentials are missing, wrong or expired, wherever the call was
// (with account-id given, the first call is not STS's).
const CREDENTIALS =
  /CredentialsProviderError|Could not load credentials|ExpiredToken|InvalidClientTokenId|UnrecognizedClientException|SignatureDoesNotMatch|security token included in the request is (invalid|expired)/

/** Runs a step once the command line is read; tests give their own to see what was read. */
export type Launch = typeof runStep

export function buildProgram(
  term: Terminal,
  env: NodeJS.ProcessEnv,
  done: (code: number) => void,
  launch: Launch = runStep
): Command {
  const program = new Command('ggcd')
    .description('Continuously deploy a container-based AWS IoT Greengrass V2 component.')
    .version(VERSION)
    .option('--verbose', 'print debug messages')
    .configureOutput({ writeOut: s => term.out(s.trimEnd()), writeErr: s => term.err(s.trimEnd()) })
    .configureHelp({ optionTerm: option => option.flags.replace(VALUE, '') })
    .exitOverride()
    .showHelpAfterError()
  program.addHelpText('after', programHelp())

  const commands: [string, StepName, string][] = [
    ...(Object.keys(DESCRIPTIONS) as StepName[]).map(
      s => [s, s, DESCRIPTIONS[s]] as [string, StepName, string]
    ),
    ['plan', 'pipeline', 'The pipeline as a dry run: render and plan, change nothing.']
  ]
  for (const [command, step, description] of commands) {
    const sub = program.command(command).description(description).exitOverride()
    sub.addHelpText('after', commandHelp(command as StepName | 'plan'))
    for (const name of STEP_INPUTS[step] as readonly InputName[]) {
      if (command === 'plan' && name === 'dry-run') continue
      for (const option of optionsOf(step, name)) sub.addOption(option)
    }
    sub.action(async (opts: Record<string, unknown>) => {
      const raw: RawInputs = {}
      for (const name of STEP_INPUTS[step] as readonly InputName[]) {
        raw[name] = rawValue(opts[camel(name)])
      }
      // A command line is readable by every user of the machine: secrets come from the environment.
      if (raw.secrets === undefined && STEP_INPUTS[step].includes('secrets' as never)) {
        raw.secrets = env.GGCD_SECRETS
      }
      if (command === 'plan') raw['dry-run'] = 'true'
      const verbose = Boolean(program.opts().verbose)
      done(await launch(step, raw, env, term, verbose))
    })
  }
  return program
}

function optionDescription(step: StepName, name: InputName): string {
  const text = inputDescription(step, name)
  return name === 'secrets'
    ? `${text} Best given as GGCD_SECRETS in the environment: a command line is readable by every user of the machine.`
    : text
}

export async function runStep(
  step: StepName,
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  term: Terminal,
  verbose = false
): Promise<number> {
  // Every line from here on, errors included, is redacted of what the step masked.
  const door = terminalDoor(term, verbose, env)
  term = door.term
  const ctx: StepContext = { reporter: door.reporter, clock: systemClock }
  handleSignals({
    log: m => term.err(m),
    writeSummary: async s => term.err(`\n${s}`),
    exit: c => process.exit(c)
  })
  let outcome: StepOutcome
  try {
    outcome = await STEP_RUNNERS[step](raw, env, ctx)
  } catch (error) {
    const summary = summaryOf(error)
    if (summary) term.err(`\n${summary}`)
    if (error instanceof ConfigurationError) {
      term.err(`error: ${error.message}`)
      return EXIT.usage
    }
    const message = error instanceof Error ? error.message : String(error)
    term.err(
      error instanceof StepFailure ? `error: ${message}` : `error: ${step} failed: ${message}`
    )
    if (CREDENTIALS.test(message)) term.err(`hint: ${credentialsHelp(env)}`)
    if (verbose && !(error instanceof StepFailure) && error instanceof Error && error.stack) {
      term.err(error.stack)
    }
    return EXIT.failed
  }
  if (outcome.summary) term.err(`\n${outcome.summary}`)
  for (const [name, value] of Object.entries(outcome.outputs)) {
    if (value !== undefined) term.out(`${name}=${value}`)
  }
  for (const failure of shownFailures(outcome.failures)) term.err(`error: ${failure}`)
  return outcome.failures.length > 0 ? EXIT.failed : EXIT.ok
}

export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv,
  term: Terminal
): Promise<number> {
  let code: number = EXIT.ok
  const program = buildProgram(term, env, c => (code = c))
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; every other parse error is usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    throw error
  }
  return code
}
