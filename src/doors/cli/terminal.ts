// How the CLI prints: through a Terminal (stdout for outputs, stderr for the log), with every
// value the step masked redacted from every line, errors and summaries included, not only the
// reporter's own lines. Inside a GitHub Actions job (a workflow step running `ggcd`) the runner
// reads our output for workflow commands too, so text from outside is printed command-free.
import { commandFree, type Reporter } from '../../core/shared/report.js'

export interface Terminal {
  out(line: string): void
  err(line: string): void
}

export interface TerminalDoor {
  reporter: Reporter
  /** The terminal with the reporter's redaction applied to each line. */
  term: Terminal
}

export function terminalDoor(
  term: Terminal,
  verbose = false,
  env: NodeJS.ProcessEnv = {}
): TerminalDoor {
  const secrets: string[] = []
  // Longest first, so that a secret containing another is hidden whole.
  const redact = (m: string) =>
    [...secrets].sort((a, b) => b.length - a.length).reduce((acc, s) => acc.split(s).join('***'), m)
  const inActions = env.GITHUB_ACTIONS === 'true'
  const safe = (m: string) => (inActions ? commandFree(redact(m)) : redact(m))
  const printer: Terminal = { out: m => term.out(safe(m)), err: m => term.err(safe(m)) }
  const reporter: Reporter = {
    info: m => printer.err(m),
    warning: m => printer.err(`warning: ${m}`),
    debug: m => {
      if (verbose) printer.err(`debug: ${m}`)
    },
    mask: s => {
      if (s) secrets.push(s)
    },
    group: async (title, fn) => {
      printer.err(`\n▶ ${title}`)
      return fn()
    }
  }
  return { reporter, term: printer }
}

export function terminalReporter(term: Terminal, verbose = false): Reporter {
  return terminalDoor(term, verbose).reporter
}
