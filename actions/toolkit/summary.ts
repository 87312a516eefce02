// The job summary: what was built, what was deployed where, and what the devices said.
// Markdown, written to the GitHub job page by the action and printed by the CLI.
import type { BuildPushResult } from './ecr.js'
import { countsText, failedOf } from './counts.js'
import type { DeployResult, TargetResult } from './greengrass.js'
import { targetLabel } from './inputs.js'
import type { PipelineProgress, PipelineResult } from './pipeline.js'
import type { PolicyResult } from './policy.js'
import type { RenderResult } from './recipe.js'
import type { SmokeResult } from './smoke.js'

// Free text from devices and AWS (a device's failure reason, a failure line, a rollback message)
// must show as written, not as markup. A backslash before a character that could start markup
// makes GitHub show the character itself, and a terminal, where the CLI prints this summary,
// still reads it; it also works in the table cells, between the <br> tags. A _ between letters
// or digits and a & that starts no entity such as &lt; cannot become markup, so names like
// dynamodb_access_sample and FAILED_ROLLBACK_COMPLETE keep their look.
const MARKUP = /[\\`*[\]<>~]|&(?=#?[A-Za-z0-9]+;)|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu
// At the start of a list item these would open a block: a heading, a list, a thematic break.
const BLOCK_MARKER = /^(?:#(?=#{0,5}(?:\s|$))|[-+](?=\s|$)|-(?=[-\s]*$))/
const ORDERED_MARKER = /^(\d{1,9})([.)])(?=\s|$)/

/** Line breaks become spaces: one would end a table row or a list item. `|` is left to
 * table(), which escapes it once, in code spans too (GitHub reads \| in a cell as a pipe). */
function text(s: string): string {
  return s
    .replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ')
    .trim()
    .replace(MARKUP, '\\$&')
    .replace(BLOCK_MARKER, '\\$&')
    .replace(ORDERED_MARKER, '$1\\$2')
}

/** A code span shows its content as is, so nothing in it is escaped; a backtick inside needs a
 * longer run of backticks around it (CommonMark), and a space pad when it is at either end. */
function code(s: string): string {
  const content = s.replace(/\r\n|\r|\n/g, ' ')
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = /^`|`$/.test(content) ? ' ' : ''
  return `${fence}${pad}${content}${pad}${fence}`
}

/** Cells are Markdown already (text() and code() made them); only `|` is left to escape. */
function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(r => `| ${r.map(c => c.replace(/\|/g, '\\|')).join(' | ')} |`)
  ].join('\n')
}

export function buildSummary(r: BuildPushResult): string {
  const repo = r.repositoryCreated ? ` (repository ${code(r.repository)} created)` : ''
  let what: string
  if (r.reusedBecause === 'inputs') {
    const builtFor = r.builtFor?.length
      ? `, first built for ${r.builtFor.map(code).join(', ')}`
      : ''
    what = `reused: an image with the same build inputs was already in the repository (tag ${code(r.inputsTag)}${builtFor}); nothing was built or pushed, and ${code(r.imageTag)} was not added to it (that would be a change)`
  } else if (r.reused) {
    what = `reused: an image tagged ${code(r.imageTag)} was already in the repository (a rerun of this commit); nothing was built or pushed`
  } else if (!r.imageDigest) {
    what = `would be built and pushed as ${code(r.imageTag)} and ${code(r.inputsTag)} (no image with these build inputs yet)`
  } else {
    what = `built and pushed as ${code(r.imageTag)} and ${code(r.inputsTag)} (no image with these build inputs yet)`
  }
  return `### Image\n${code(r.imageUri)}: ${what}${repo}\n`
}

export function renderSummary(r: RenderResult): string {
  const why = r.versionReused
    ? `the rendered recipe equals version ${text(r.componentVersion)}, which is reused`
    : r.latestVersion
      ? `the recipe changed since ${text(r.latestVersion)}`
      : 'first version'
  // What the recipe check could not verify: warnings, listed so a reader of the summary sees them.
  const warnings = (r.warnings ?? []).map(w => `\n- ⚠️ ${text(w)}`).join('')
  return `### Recipe\n${code(r.componentName)} ${code(r.componentVersion)}: ${why}; rendered to ${code(r.recipePath)}\n${warnings ? `${warnings.slice(1)}\n` : ''}`
}

export function policySummary(r: PolicyResult, roleName: string): string {
  const what = r.created
    ? 'created'
    : r.changed
      ? `new default version ${text(r.policyVersion)}${r.deletedVersion ? ` (deleted ${text(r.deletedVersion)}, the oldest)` : ''}`
      : `unchanged (${text(r.policyVersion)})`
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
    d => `${text(d.thingName)}: ${text(d.status)}${d.reason ? ` (${text(d.reason)})` : ''}`
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
    `${ICON[t.status] ?? text(t.status)}${t.rollback?.status === 'succeeded' ? ', ↩️ rolled back' : ''}`,
    devicesCell(t)
  ])
  const stopped = r.stopped ? `\n\n**Canary**: ${text(r.stopped)}` : ''
  const rollbacks = r.targets.filter(t => t.rollback)
  const rollback = rollbacks.length
    ? `\n\n**Rollback**\n${rollbacks
        .map(
          t =>
            `- ${code(targetLabel(t.target))}: ${text(t.rollback!.message)}${t.rollback!.deploymentId ? ` (deployment ${code(t.rollback!.deploymentId)})` : ''}`
        )
        .join('\n')}`
    : ''
  const failures = r.failures.length
    ? `\n\n**Failures**\n${r.failures.map(f => `- ${text(f)}`).join('\n')}`
    : ''
  return `### Deployment\n${component}\n\n${table(
    ['target', 'deployment', 'change', 'status', 'devices'],
    rows
  )}${stopped}${rollback}${failures}\n`
}

export function smokeSummary(r: SmokeResult): string {
  const rows = Object.entries(r.devices).map(([thing, verdict]) => {
    const item = r.items[thing]
    const reason = r.reasons?.[thing]
    return [
      code(thing),
      verdict === 'found' ? '✅ found' : `❌ missing${reason ? `: ${text(reason)}` : ''}`,
      item
        ? `${text(item.timestamp ?? '')}${item.component_version ? ` (v${text(item.component_version)})` : ''}`
        : '—'
    ]
  })
  const empty = r.emptyGroups.map(g => `\n- thing group ${code(g)} has no things`).join('')
  return `### Smoke check (${code(r.tableName)}, since ${text(r.since)})\n${table(
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
    r.smoke ? smokeSummary(r.smoke) : `### Smoke check\nskipped: ${text(r.smokeSkipped ?? '')}\n`
  ]
  return parts.join('\n')
}

/** The summary of a pipeline that stopped at a step that threw: what was done before it. */
export function stoppedSummary(r: PipelineProgress, step: string): string {
  const parts = [
    `## Greengrass deployment: stopped at ${text(step)}`,
    `Account ${code(r.accountId)}, region ${code(r.region)}\n`,
    r.build ? buildSummary(r.build) : undefined,
    r.render ? renderSummary(r.render) : undefined,
    r.policy ? policySummary(r.policy, r.policy.roleName ?? '') : undefined,
    r.deploy ? deploySummary(r.deploy) : undefined,
    r.dryRun
      ? `### Stopped\n${text(step)} failed; the error says why. Nothing was changed; what is listed above is the plan so far.\n`
      : `### Stopped\n${text(step)} failed; the error says why. What is listed above was done; a rerun of this commit reuses it and carries on from there.\n`
  ]
  return parts.filter(Boolean).join('\n')
}
