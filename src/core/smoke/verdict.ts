// What the smoke check's result means for the run: which targets it must accept an old item
// from, and the failure line of each missing device. Free of SDK clients, so that the doors
// use it before the step itself is loaded.
import type { DeployResult } from '../deploy/deploy.js'
import type { Target } from '../config.js'
import type { SmokeResult } from './smoke.js'

/** Targets left as they were (or deployed again as they were), and devices that already
 * ran this version: their devices write no new item, which the smoke check must know. */
export function unchangedTargets(result: Pick<DeployResult, 'targets'>): Target[] {
  return [
    ...result.targets.filter(t => t.unchanged || t.retried).map(t => t.target),
    ...result.targets.flatMap(t => t.alreadyRunning.map(name => ({ kind: 'thing' as const, name })))
  ]
}

/** Missing devices with a failure line (an error annotation) each, at most; then a count. */
export const FAILURE_LINES = 20

/** One line per missing device, up to FAILURE_LINES devices (a group without a core device
 * yet is not a failure: there was nothing to check). A device's line says its case (no item
 * at all, none since the deployment, one of another version...), which the smoke check found
 * out; without it, it says only what holds in every case. */
export function smokeFailures(result: SmokeResult): string[] {
  const more = result.missing.length - FAILURE_LINES
  const where = result.reportPath ? ` (every device: ${result.reportPath})` : ''
  return [
    ...result.missing.slice(0, FAILURE_LINES).map(thing => {
      const why = result.reasons?.[thing] ?? `wrote no item that counts into ${result.tableName}`
      return `device ${thing} ${why}: check its component log (/greengrass/v2/logs/<component>.log)`
    }),
    ...(more > 0
      ? [
          `${more.toLocaleString('en-US')} more devices wrote no item that counts into ${result.tableName}${where}`
        ]
      : [])
  ]
}
