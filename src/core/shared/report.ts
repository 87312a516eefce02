// How the library talks to the person running it. Step functions log only through a
// Reporter; the action door implements it with @actions/core, the CLI with the terminal,
// tests with memory. Masking comes first so that nothing can print a secret.
import { randomBytes } from 'node:crypto'

export interface Reporter {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** Registers a value that must never be printed (masked in GitHub logs). */
  mask(secret: string): void
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
}

/** A reporter that keeps what it was told; for tests and for quiet library use. */
export class MemoryReporter implements Reporter {
  readonly lines: string[] = []
  readonly masked: string[] = []
  /** What it was told, as it was told, for replayTo. */
  private readonly told: Array<{ level: 'info' | 'warning' | 'debug'; message: string }> = []

  info(message: string): void {
    this.told.push({ level: 'info', message })
    this.lines.push(this.redact(message))
  }
  warning(message: string): void {
    this.told.push({ level: 'warning', message })
    this.lines.push(`warning: ${this.redact(message)}`)
  }
  debug(message: string): void {
    this.told.push({ level: 'debug', message })
    this.lines.push(`debug: ${this.redact(message)}`)
  }
  mask(secret: string): void {
    if (secret) this.masked.push(secret)
  }
  /** Says again to `reporter` what this one was told (its secrets masked there too): work
   * done quietly ahead of time reports where it would have been done. */
  replayTo(reporter: Reporter): void {
    for (const secret of this.masked) reporter.mask(secret)
    for (const { level, message } of this.told) reporter[level](message)
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`## ${title}`)
    return fn()
  }
  text(): string {
    return this.lines.join('\n')
  }
  private redact(message: string): string {
    return this.masked.reduce((m, s) => m.split(s).join('***'), message)
  }
}

/** Time, as the steps see it: injectable so that tests never wait. */
export interface Clock {
  now(): Date
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
}

/** What every step function receives besides its inputs and clients. */
export interface StepContext {
  reporter: Reporter
  clock: Clock
  /** Jitter source; Math.random unless a test fixes it. */
  random?: () => number
  /**
   * Keeps a value for the action's post step, at once: what a process that dies halfway
   * leaves behind (a registry login) is undone there. Absent outside GitHub Actions.
   */
  saveState?: (key: PostStateKey, value: string) => void
}

/**
 * What a step keeps for the post step, by name: the run's own registry auth directory, or the
 * builder and registry (as the registry input writes it) of a login in the builder's own auth
 * file. An empty value takes it back. The GitHub door stores them (src/doors/github/state.ts).
 */
export type PostStateKey = 'registry-auth-dir' | 'logout-builder' | 'logout-registry'

// The GitHub runner reads a workflow command from any line of a step's output that starts
// with `::` (after leading blanks), and the older `##[name]` form anywhere in a line. Text
// from outside (a device's item, an AWS message, a builder's log) printed as it is could
// therefore annotate, mask a name or stop the log's commands. Lines break at \r too: the
// runner reads its output line by line as .NET does.
const COMMAND_LINE = /^[ \t]*::|##\[/

/** Whether some line of the text would be read by the GitHub runner as a workflow command. */
export function readsAsCommand(text: string): boolean {
  return text.split(/\r\n|\r|\n/).some(line => COMMAND_LINE.test(line))
}

/**
 * The text, printable as a log line in a GitHub Actions step: as it is when no line of it
 * reads as a command, else between `::stop-commands::` and its end token (GitHub's documented
 * way to print untrusted text), a fresh random token each time so that the text cannot end
 * the pause itself. Masking still applies inside.
 */
export function commandFree(text: string, token = randomBytes(16).toString('hex')): string {
  if (!readsAsCommand(text)) return text
  return `::stop-commands::${token}\n${text}\n::${token}::`
}
