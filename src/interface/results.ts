// What the doors make of deploy's result: its outputs. Pure and free of
// SDK clients, so a door can import it before the step itself is loaded.
import type { DeployResult } from '../core/deploy/deploy.js'
import { targetLabel } from '../core/target-names.js'
import type { Outputs } from './catalogue.js'
import { unchangedTargets } from '../core/smoke/verdict.js'
import { deploymentConsoleUrl, regionOfArn } from '../core/shared/console.js'

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
