// How the library talks to the person running it. Step functions log only through a
// Reporter; the action door implements it with @actions/core, the CLI with the terminal,
// tests with memory. Masking comes first so that nothing can print a secret.

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

  info(message: string): void {
    this.lines.push(this.redact(message))
  }
  warning(message: string): void {
    this.lines.push(`warning: ${this.redact(message)}`)
  }
  debug(message: string): void {
    this.lines.push(`debug: ${this.redact(message)}`)
  }
  mask(secret: string): void {
    if (secret) this.masked.push(secret)
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
  saveState?: (key: string, value: string) => void
}
