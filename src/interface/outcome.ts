// What a step hands back to whichever door ran it: the outputs to set, a markdown summary
// for the job page or terminal, and the failures that make the run red. A step returns its
// failures instead of throwing them, so that the summary of what happened is written first.
import type { Outputs } from './catalogue.js'

export interface StepOutcome {
  outputs: Outputs
  /** Markdown: the job summary in GitHub, printed as is in a terminal. */
  summary: string
  /** One line each; empty when the step succeeded. */
  failures: string[]
}

/** Failure lines a door prints (an error annotation each), at most; then a count. */
export const SHOWN_FAILURES = 50

export function shownFailures(failures: string[]): string[] {
  const more = failures.length - SHOWN_FAILURES
  if (more <= 0) return failures
  return [
    ...failures.slice(0, SHOWN_FAILURES),
    `${more.toLocaleString('en-US')} more failures, not shown one by one.`
  ]
}

export function mergeOutcomes(outcomes: StepOutcome[]): StepOutcome {
  return {
    outputs: Object.assign({}, ...outcomes.map(o => o.outputs)),
    summary: outcomes.map(o => o.summary).join('\n'),
    failures: outcomes.flatMap(o => o.failures)
  }
}
