// The job summary: what was built, what was deployed where, and what the devices said.
// Markdown, written to the GitHub job page by the action and printed by the CLI.
import type { BuildPushResult } from './ecr.js'
import { countsText, failedOf } from './counts.js'
import type { DeployResult, TargetResult } from './greengrass.js'
import { targetLabel } from './inputs.js'
import type { PipelineResult } from './pipeline.js'
import type { PolicyResult } from './policy.js'
import type { RenderResult } from './recipe.js'
import type { SmokeResult } from './smoke.js'

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const code = (s: string) => `\`${cell(s)}\``

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(r => `| ${r.map(cell).join(' | ')} |`)
  ].join('\n')
}

export function buildSummary(r: BuildPushResult): string {
  const repo = r.repositoryCreated ? ` (repository \`${r.repository}\` created)` : ''
  let what: string
  if (r.reusedBecause === 'inputs') {
    const builtFor = r.builtFor?.length
      ? `, first built for ${r.builtFor.map(t => `\`${t}\``).join(', ')}`
      : ''
    what = `reused: an image with the same build inputs was already in the repository (tag \`${r.inputsTag}\`${builtFor}); nothing was built or pushed, and \`${r.imageTag}\` was not added to it (that would be a change)`
  } else if (r.reused) {
    what = `reused: an image tagged \`${r.imageTag}\` was already in the repository (a rerun of this commit); nothing was built or pushed`
  } else if (!r.imageDigest) {
    what = `would be built and pushed as \`${r.imageTag}\` and \`${r.inputsTag}\` (no image with these build inputs yet)`
  } else {
    what = `built and pushed as \`${r.imageTag}\` and \`${r.inputsTag}\` (no image with these build inputs yet)`
  }
  return `### Image\n${code(r.imageUri)}: ${what}${repo}\n`
}

export function renderSummary(r: RenderResult): string {
  const why = r.versionReused
    ? `the rendered recipe equals version ${r.componentVersion}, which is reused`
    : r.latestVersion
      ? `the recipe changed since ${r.latestVersion}`
      : 'first version'
  return `### Recipe\n${code(r.componentName)} ${code(r.componentVersion)}: ${why}; rendered to ${code(r.recipePath)}\n`
}

export function policySummary(r: PolicyResult, roleName: string): string {
  const what = r.created
    ? 'created'
    : r.changed
      ? `new default version ${r.policyVersion}${r.deletedVersion ? ` (deleted ${r.deletedVersion}, the oldest)` : ''}`
      : `unchanged (${r.policyVersion})`
  const attached = r.attached
    ? `attached to ${code(roleName)}`
    : `already attached to ${code(roleName)}`
  return `### Device policy\n${code(r.policyName)}: ${what}; ${attached}\n`
}

const ICON: Record<string, string> = {
  succeeded: '✅ succeeded',
  failed: '❌ failed',
  'timed-out': '⏱️ timed out',
  'not-waited': '⏩ not waited for',
  planned: '📝 planned',
  'not-deployed': '⛔ not deployed'
}

function devicesCell(t: TargetResult): string {
  const listed = t.devices.map(
    d => `${d.thingName}: ${d.status}${d.reason ? ` (${d.reason})` : ''}`
  )
  if (t.counts) {
    const aborted = t.aborted ? ' — aborted by the abort criteria' : ''
    const unlisted = failedOf(t.counts) - t.devices.length
    const more = unlisted > 0 ? [`… and ${unlisted.toLocaleString('en-US')} more failed`] : []
    return [`${countsText(t.counts)}${aborted}`, ...listed, ...more].join('<br>')
  }
  return listed.length === 0 ? '—' : listed.join('<br>')
}

export function deploySummary(r: DeployResult): string {
  const component = `${code(r.componentName)} ${code(r.componentVersion)} ${
    r.componentCreated ? '(new version)' : '(existing version)'
  }`
  const rows = r.targets.map(t => [
    `${code(targetLabel(t.target))}${t.stage === 'canary' ? ' (canary)' : ''}`,
    t.deploymentId ? code(t.deploymentId) : '—',
    t.unchanged
      ? 'unchanged: already deployed'
      : t.status === 'planned'
        ? 'would deploy'
        : t.status === 'not-deployed'
          ? 'not deployed'
          : 'deployed',
    `${ICON[t.status] ?? t.status}${t.rollback?.status === 'succeeded' ? ', ↩️ rolled back' : ''}`,
    devicesCell(t)
  ])
  const stopped = r.stopped ? `\n\n**Canary**: ${r.stopped}` : ''
  const rollbacks = r.targets.filter(t => t.rollback)
  const rollback = rollbacks.length
    ? `\n\n**Rollback**\n${rollbacks
        .map(
          t =>
            `- ${code(targetLabel(t.target))}: ${t.rollback!.message}${t.rollback!.deploymentId ? ` (deployment ${code(t.rollback!.deploymentId)})` : ''}`
        )
        .join('\n')}`
    : ''
  const failures = r.failures.length
    ? `\n\n**Failures**\n${r.failures.map(f => `- ${f}`).join('\n')}`
    : ''
  return `### Deployment\n${component}\n\n${table(
    ['target', 'deployment', 'change', 'status', 'devices'],
    rows
  )}${stopped}${rollback}${failures}\n`
}

export function smokeSummary(r: SmokeResult): string {
  const rows = Object.entries(r.devices).map(([thing, verdict]) => {
    const item = r.items[thing]
    return [
      code(thing),
      verdict === 'found' ? '✅ found' : '❌ missing',
      item
        ? `${item.timestamp ?? ''}${item.component_version ? ` (v${item.component_version})` : ''}`
        : '—'
    ]
  })
  const empty = r.emptyGroups.map(g => `\n- thing group ${code(g)} has no things`).join('')
  return `### Smoke check (${code(r.tableName)}, since ${r.since})\n${table(
    ['device', 'item', 'written at'],
    rows
  )}${empty}\n`
}

export function pipelineSummary(r: PipelineResult): string {
  const title = r.dryRun
    ? '## Greengrass deployment plan (dry run: nothing was changed)'
    : '## Greengrass deployment'
  const parts = [
    title,
    `Account ${code(r.accountId)}, region ${code(r.region)}\n`,
    buildSummary(r.build),
    renderSummary(r.render),
    policySummary(r.policy, r.policy.roleName ?? ''),
    deploySummary(r.deploy),
    r.smoke ? smokeSummary(r.smoke) : `### Smoke check\nskipped: ${r.smokeSkipped}\n`
  ]
  return parts.join('\n')
}
