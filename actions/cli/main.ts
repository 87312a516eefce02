// The `ggcd` command: the same steps as the actions, from a laptop or any CI. Options are
// the action inputs; logs and the summary go to stderr, outputs to stdout as name=value
// lines (for scripts). Exit 0 on success, 1 when the work fails, 2 on bad input.
import { Command, CommanderError, Option } from 'commander'
import { ConfigurationError, StepFailure, summaryOf } from '../toolkit/errors.js'
import {
  STEP_INPUTS,
  inputDescription,
  inputDefault,
  type InputName,
  type RawInputs,
  type StepName
} from '../toolkit/inputs.js'
import type { StepOutcome } from '../toolkit/outcome.js'
import { systemClock, type Reporter, type StepContext } from '../toolkit/report.js'
import { STEP_RUNNERS } from '../toolkit/run/index.js'
import { VERSION } from '../toolkit/aws.js'
import { handleSignals } from '../toolkit/interrupt.js'
import { commandHelp, programHelp } from './help.js'

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

export interface Terminal {
  out(line: string): void
  err(line: string): void
}

export function terminalReporter(term: Terminal, verbose = false): Reporter {
  const secrets: string[] = []
  const redact = (m: string) => secrets.reduce((acc, s) => acc.split(s).join('***'), m)
  return {
    info: m => term.err(redact(m)),
    warning: m => term.err(`warning: ${redact(m)}`),
    debug: m => {
      if (verbose) term.err(`debug: ${redact(m)}`)
    },
    mask: s => {
      if (s) secrets.push(s)
    },
    group: async (title, fn) => {
      term.err(`\n▶ ${title}`)
      return fn()
    }
  }
}

const DESCRIPTIONS: Record<StepName, string> = {
  'build-push': 'Build the image and push it to ECR (creating the repository when missing).',
  'render-recipe': 'Render the recipe template with the account, region and image digest.',
  'attach-policy': 'Create or update the device policy and attach it to the token exchange role.',
  deploy: 'Create the component version and deploy it to the targets; wait for the devices.',
  smoke: 'Check that each device wrote its item into the DynamoDB table.',
  pipeline: 'All of the above, in order.'
}

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

export function buildProgram(
  term: Terminal,
  env: NodeJS.ProcessEnv,
  done: (code: number) => void
): Command {
  const program = new Command('ggcd')
    .description('Continuously deploy a container-based AWS IoT Greengrass V2 component.')
    .version(VERSION)
    .option('--verbose', 'print debug messages')
    .configureOutput({ writeOut: s => term.out(s.trimEnd()), writeErr: s => term.err(s.trimEnd()) })
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
      const option = new Option(`--${name} <value>`, inputDescription(step, name))
      const d = inputDefault(step, name)
      if (d !== undefined) option.default(d)
      sub.addOption(option)
    }
    sub.action(async (opts: Record<string, string>) => {
      const raw: RawInputs = {}
      for (const name of STEP_INPUTS[step] as readonly InputName[]) raw[name] = opts[camel(name)]
      if (command === 'plan') raw['dry-run'] = 'true'
      const verbose = Boolean(program.opts().verbose)
      done(await runStep(step, raw, env, term, verbose))
    })
  }
  return program
}

export async function runStep(
  step: StepName,
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  term: Terminal,
  verbose = false
): Promise<number> {
  const ctx: StepContext = { reporter: terminalReporter(term, verbose), clock: systemClock }
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
    if (error instanceof StepFailure) {
      term.err(`error: ${error.message}`)
      return EXIT.failed
    }
    term.err(`error: ${step} failed: ${error instanceof Error ? error.message : String(error)}`)
    if (verbose && error instanceof Error && error.stack) term.err(error.stack)
    return EXIT.failed
  }
  if (outcome.summary) term.err(`\n${outcome.summary}`)
  for (const [name, value] of Object.entries(outcome.outputs)) {
    if (value !== undefined) term.out(`${name}=${value}`)
  }
  for (const failure of outcome.failures) term.err(`error: ${failure}`)
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
