// The rules that tie canary, rollback and wait together: one owner each, pure, and worded
// for the person who set the inputs. The input parser calls them so that the mistake is
// reported with the other input errors, before anything runs; deploymentPlan calls them again
// for library callers, whose inputs no parser read.
//
// A dry run is not exempt: it plans the run the same inputs would make, so inputs that the
// real run refuses are refused by the dry run too (a dry run that passes promises a real run
// that starts).

/** Canary targets are followed by the fleet only once their devices succeeded: that takes
 * waiting for them. */
export function canaryNeedsWait(rule: { canaries: number; wait: boolean }): string | undefined {
  return rule.canaries > 0 && !rule.wait
    ? "Input 'canary' needs wait: true: the other targets are deployed only after the canary's devices succeeded."
    : undefined
}

/** A failure is only known by waiting for the devices, so only then is there one to roll
 * back. */
export function rollbackNeedsWait(rule: { rollback: boolean; wait: boolean }): string | undefined {
  return rule.rollback && !rule.wait
    ? "Input 'rollback' needs wait: true: a failure is only known by waiting for the devices."
    : undefined
}

/** Canary targets need a fleet to follow them: at least one target that is not a canary.
 * `fromFile`: the targets came from the deployment file, not the 'targets' input. */
export function canaryNeedsFleet(rule: {
  canaries: number
  fleet: number
  fromFile?: boolean
}): string | undefined {
  return rule.canaries > 0 && rule.fleet === 0
    ? `Input 'canary' lists every target: name the canary targets in 'canary' and the rest of the fleet in ${rule.fromFile ? "the deployment file's targets" : "'targets'"}.`
    : undefined
}
