// What the doors make of the steps' results: outputs and failure lines. Pure and free of
// SDK clients, so a door can import it before the step itself is loaded.
import type { DeployResult } from '../core/deploy/deploy.js'
import { targetLabel } from '../core/target-names.js'
import type { Outputs } from './catalogue.js'
import type { Target } from '../core/config.js'
import type { SmokeResult } from '../core/smoke/smoke.js'
import { deploymentConsoleUrl, regionOfArn } from '../core/shared/console.js'

/** Targets left as they were (or deployed again as they were), and devices that already
 * ran this version: their devices write no new item, which the smoke check must know. */
export function unchangedTargets(result: Pick<DeployResult, 'targets'>): Target[] {
  return [
    ...result.targets.filter(t => t.unchanged || t.retried).map(t => t.target),
    ...result.targets.flatMap(t => t.alreadyRunning.map(name => ({ kind: 'thing' as const, name })))
  ]
}

export function deployOutputs(result: DeployResult): Outputs {
  const ids: Record<string, string> = {}
  for (const t of result.targets) if (t.deploymentId) ids[t.targetArn] = t.deploymentId
  return {
    'component-arn': result.componentArn,
    'component-name': result.componentName,
    'component-version': result.componentVersion,
    'deployment-ids': JSON.stringify(ids),
    'deployment-url': deploymentUrl(result),
    'started-at': result.startedAt,
    'unchanged-targets': unchangedTargets(result).map(targetLabel).join(',')
  }
}

/**
 * The console page of the first target's deployment (the canary's, when there is one), or ''
 * when none was made: one URL, as a workflow's `environment: url:` takes; deployment-ids has
 * every target's.
 */
export function deploymentUrl(result: Pick<DeployResult, 'targets' | 'componentArn'>): string {
  const region = regionOfArn(result.componentArn)
  const id = result.targets.find(t => t.deploymentId)?.deploymentId
  return region && id ? deploymentConsoleUrl(region, id) : ''
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
