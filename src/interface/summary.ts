// The job summary: what was built, what was deployed where, and what the devices said.
// Markdown, written to the GitHub job page by the action and printed by the CLI.
import {
  componentConsoleUrl,
  coreDeviceConsoleUrl,
  deploymentConsoleUrl,
  regionOfArn
} from '../core/shared/console.js'
import type { BuildPushResult } from '../core/build/build-push.js'
import { errorMessage } from '../core/shared/errors.js'
import { countsText, failedOf } from '../core/deploy/counts.js'
import type { DeployResult, TargetResult } from '../core/deploy/deploy.js'
import { targetLabel } from '../core/target-names.js'
import type { DeviceLogs, LogLine } from '../core/deploy/logs.js'
import type { PipelineProgress, PipelineResult } from '../core/pipeline/pipeline.js'
import type { PolicyResult } from '../core/policy/attach-policy.js'
import type { RenderResult } from '../core/recipe/render-recipe.js'
import { SHOWN_FAILURES } from './outcome.js'
import type { SmokeResult } from '../core/smoke/smoke.js'
import type { PruneResult } from '../core/prune/prune.js'
import { smokeCounts } from './smoke-report.js'
import { clip } from '../core/shared/text.js'

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
  // Why this run's image is not the one under image-tag, when it is not.
  const held = r.tagHeldBy
    ? `tag ${code(r.imageTag)} held an image of other build inputs (${code(r.tagHeldBy)}), so it is not used; `
    : ''
  const tags = `${code(r.tag)}${r.tag === r.inputsTag ? '' : ` and ${code(r.inputsTag)}`}`
  let what: string
  if (r.reusedBecause === 'inputs') {
    const builtFor = r.builtFor?.length
      ? `, first built for ${r.builtFor.map(code).join(', ')}`
      : ''
    what = `reused: ${held}an image with the same build inputs was already in the repository (tag ${code(r.inputsTag)}${builtFor}); nothing was built or pushed, and ${code(r.imageTag)} was not added to it (that would be a change)`
  } else if (r.reused) {
    what = r.tagHeldBy
      ? `reused: ${held}${code(r.tag)} was already in the repository with these build inputs (it carries ${code(r.inputsTag)}); nothing was built or pushed`
      : `reused: an image tagged ${code(r.imageTag)} was already in the repository, built from the same build inputs (it carries ${code(r.inputsTag)}); nothing was built or pushed`
  } else if (!r.imageDigest) {
    what = `${held}would be built and pushed as ${tags} (no image with these build inputs yet)`
  } else {
    what = `${held}built and pushed as ${tags} (no image with these build inputs yet)`
  }
  return `### Image\n${code(r.imageUri)}: ${what}${repo}\n`
}

/** A Markdown link; the URL is ours (no outside text in it), so only its label is escaped. */
function link(label: string, url: string): string {
  return `[${text(label)}](${url})`
}

export function renderSummary(r: RenderResult): string {
  // With an explicit version the existing versions were not asked about: say only where the
  // version came from (the deploy section says whether it exists).
  const why = r.explicit
    ? 'the version set in component-version'
    : r.versionReused
      ? `the rendered recipe equals version ${text(r.componentVersion)}, the latest, which is reused`
      : r.latestVersion
        ? `the recipe changed since ${text(r.latestVersion)}, the latest version`
        : 'first version: the component has no versions yet'
  // What the recipe check could not verify: warnings, listed so a reader of the summary sees them.
  const warnings = (r.warnings ?? []).map(w => `\n- ⚠️ ${text(w)}`).join('')
  return `### Recipe\n${code(r.componentName)} ${code(r.componentVersion)}: ${why}; rendered to ${code(r.recipePath)}\n${warnings ? `${warnings.slice(1)}\n` : ''}`
}

export function policySummary(r: PolicyResult, roleName: string, dryRun = false): string {
  const deleted = r.deletedVersion
    ? ` (${dryRun ? 'deleting' : 'deleted'} ${text(r.deletedVersion)}, the oldest)`
    : ''
  let what: string
  if (dryRun) {
    what = r.created
      ? 'would be created'
      : r.changed
        ? `would get a new default version (the current one is ${text(r.policyVersion)})${deleted}`
        : `unchanged (${text(r.policyVersion)})`
  } else {
    what = r.created
      ? `created (${text(r.policyVersion)})`
      : r.changed
        ? `new default version ${text(r.policyVersion)}${deleted}`
        : `unchanged (${text(r.policyVersion)})`
  }
  const attached = r.attached
    ? `${dryRun ? 'would be attached' : 'attached'} to ${code(roleName)}`
    : `already attached to ${code(roleName)}`
  return `### Device policy\n${code(r.policyName)}: ${what}; ${attached}\n`
}

const ICON: Record<string, string> = {
  succeeded: '✅ succeeded',
  failed: '❌ failed',
  'timed-out': '⏱️ timed out',
  unknown: '❔ unknown (status not readable)',
  'not-waited': '⏩ not waited for',
  planned: '📝 planned',
  'not-deployed': '⛔ not deployed'
}

function devicesCell(t: TargetResult, region: string | undefined): string {
  // A device that did not succeed links to its own page, where its status details are.
  const page = (d: TargetResult['devices'][number]) =>
    region && d.status !== 'SUCCEEDED'
      ? ` (${link('device', coreDeviceConsoleUrl(region, d.thingName))})`
      : ''
  const listed = t.devices.map(
    d =>
      `${text(d.thingName)}: ${text(d.status)}${d.reason ? ` (${text(d.reason)})` : ''}${page(d)}`
  )
  for (const m of t.skipped ?? []) listed.push(`${text(m.name)}: skipped (${text(m.why)})`)
  if (t.counts) {
    const aborted = t.aborted ? ' — aborted by the abort criteria' : ''
    const unlisted = failedOf(t.counts) - t.devices.length
    const more = unlisted > 0 ? [`… and ${unlisted.toLocaleString('en-US')} more failed`] : []
    return [`${countsText(t.counts)}${aborted}`, ...listed, ...more].join('<br>')
  }
  return listed.length === 0 ? '—' : listed.join('<br>')
}

function componentLine(r: DeployResult, plan: boolean, region: string | undefined): string {
  const name = `${code(r.componentName)} ${code(r.componentVersion)}`
  const what = plan
    ? r.componentCreated
      ? 'would be created (no such version yet)'
      : 'exists with the same recipe; would be reused'
    : r.componentCreated
      ? 'created in this run'
      : 'existed already with the same recipe; reused'
  // A version that does not exist yet has no page to link to.
  const page =
    region && !(plan && r.componentCreated)
      ? ` (${link('console', componentConsoleUrl(region, r.componentName, r.componentVersion))})`
      : ''
  return `${name}: ${what}${page}`
}

function changeCell(t: TargetResult): string {
  if (t.unchanged) return 'unchanged: already deployed'
  if (t.status === 'planned') return 'would deploy'
  if (t.status === 'not-deployed') return 'not deployed'
  return t.retried ? 'deployed again (devices had failed it)' : 'deployed'
}

export function deploySummary(r: DeployResult): string {
  const plan = r.targets.some(t => t.status === 'planned')
  const region = regionOfArn(r.componentArn)
  const component = componentLine(r, plan, region)
  const deployment = (id: string) =>
    region ? `${code(id)} (${link('console', deploymentConsoleUrl(region, id))})` : code(id)
  const rows = r.targets.map(t => [
    `${code(targetLabel(t.target))}${t.stage === 'canary' ? ' (canary)' : ''}`,
    t.deploymentId ? deployment(t.deploymentId) : '—',
    changeCell(t),
    `${ICON[t.status] ?? text(t.status)}${t.rollback?.status === 'succeeded' ? ', ↩️ rolled back' : ''}`,
    devicesCell(t, region)
  ])
  const stopped = r.stopped ? `\n\n**Canary**: ${text(r.stopped)}` : ''
  const rollbacks = r.targets.filter(t => t.rollback)
  const rollback = rollbacks.length
    ? `\n\n**Rollback**\n${rollbacks
        .map(
          t =>
            `- ${code(targetLabel(t.target))}: ${text(t.rollback!.message)}${t.rollback!.deploymentId ? ` (deployment ${deployment(t.rollback!.deploymentId)})` : ''}`
        )
        .join('\n')}`
    : ''
  const more = r.failures.length - SHOWN_FAILURES
  const failures = r.failures.length
    ? `\n\n**Failures**\n${r.failures
        .slice(0, SHOWN_FAILURES)
        .map(f => `- ${text(f)}`)
        .join('\n')}${more > 0 ? `\n- … and ${more.toLocaleString('en-US')} more` : ''}`
    : ''
  return `### Deployment\n${component}\n\n${table(
    ['target', 'deployment', 'change', 'status', 'devices'],
    rows
  )}${stopped}${rollback}${failures}${r.logs ? logsSection(r.logs) : ''}\n`
}

// A device's log line is data: it shows in a code block, where nothing is markup, behind the
// time it was logged (so no line of it starts a workflow command, `::`, or closes the block),
// with what a terminal or a reader would take for something else (control characters, a
// line break, bidirectional overrides) shown as U+FFFD. The CLI prints the summary
// command-free inside a GitHub job, as everything from outside (doors/cli/terminal.ts).
// Control characters are what this pattern is for.
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
/** Characters of a log line shown; the rest is cut (a line can be a whole stack trace). */
export const LOG_LINE_CHARS = 400

function logLine(l: LogLine): string {
  const clean = l.text.replace(UNPRINTABLE, '\ufffd')
  const clipped = clean.length > LOG_LINE_CHARS ? `${clean.slice(0, LOG_LINE_CHARS)}…` : clean
  return `${l.time.slice(11, 19)} ${clipped}`
}

/** A fenced block that no run of backticks in its lines can close. */
function codeBlock(lines: string[]): string {
  const longest = Math.max(0, ...lines.flatMap(l => l.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}text\n${lines.join('\n')}\n${fence}`
}

function logsSection(logs: DeviceLogs): string {
  const tails = logs.tails.map(t => {
    const who = `${code(t.thingName)} (${code(t.target)})`
    const where = `${code(t.logGroup)} ${code(t.logStream)}`
    const note = t.note ? ` ⚠️ ${text(t.note)}` : ''
    if (t.lines.length === 0) return `${who}:${note}`
    const last = `the last ${t.lines.length} line${t.lines.length === 1 ? '' : 's'}`
    return `${who}, ${last} of ${where} (UTC):${note}\n\n${codeBlock(t.lines.map(logLine))}`
  })
  const notes = logs.notes.map(n => `- ${text(n)}`).join('\n')
  const parts = [...tails, ...(notes ? [notes] : [])]
  return `\n\n**Device logs** (CloudWatch Logs, each failed device's component log)\n\n${parts.join('\n\n')}`
}

/** A check of up to this many devices gets a row per device; a larger one a row per missing
 * device, this many at most (the smoke report has them all): 64 KiB at any fleet size. */
export const SMOKE_ROWS = 50

export function smokeSummary(r: SmokeResult): string {
  const all = Object.entries(r.devices)
  const { found, missing } = smokeCounts(r)
  const small = all.length <= SMOKE_ROWS
  const listed: [string, string][] = small
    ? all
    : r.missing.slice(0, SMOKE_ROWS).map(thing => [thing, 'missing'])
  const rows = listed.map(([thing, verdict]) => {
    const item = r.items[thing]
    const reason = r.reasons?.[thing]
    return [
      code(thing),
      verdict === 'found' ? '✅ found' : `❌ missing${reason ? `: ${text(reason)}` : ''}`,
      item
        ? `${text(clip(item.timestamp ?? ''))}${item.component_version ? ` (v${text(clip(item.component_version))})` : ''}`
        : '—'
    ]
  })
  const n = (k: number) => k.toLocaleString('en-US')
  const tally = `${n(found)} of ${n(all.length)} device${all.length === 1 ? '' : 's'} found${missing ? `, ${n(missing)} missing` : ''}.`
  const unlisted = [
    !small && found > 0 ? `${n(found)} found` : '',
    missing > listed.length && !small ? `${n(missing - listed.length)} more missing` : ''
  ].filter(Boolean)
  const more = unlisted.length ? `\n\nNot listed here: ${unlisted.join(', ')}.` : ''
  const where = r.reportPath
    ? `\n\nEvery device's verdict, item and reason: ${code(r.reportPath)} (the ${code('smoke-report')} output).`
    : ''
  const empty = [
    ...r.emptyGroups.map(g => `\n- thing group ${code(g)}: no core device yet, nothing to check`),
    ...(r.skipped ?? []).map(m => `\n- ${code(m.name)} skipped: ${text(m.why)}`)
  ].join('')
  const body = rows.length ? `\n\n${table(['device', 'item', 'written at'], rows)}` : ''
  return `### Smoke check (${code(r.tableName)}, since ${text(r.since)})\n${tally}${body}${more}${where}${empty}\n`
}

export function pipelineSummary(r: PipelineResult): string {
  const title = r.dryRun
    ? '## Greengrass deployment plan (dry run: nothing was changed)'
    : '## Greengrass deployment'
  const parts = [
    title,
    `Account ${code(r.accountId)}, region ${code(r.region)}\n`,
    buildSummary(r.build),
    ...(r.scan
      ? [`### Image scan (scan-threshold ${code(r.scan.threshold)})\n${text(r.scan.message)}\n`]
      : []),
    renderSummary(r.render),
    policySummary(r.policy, r.policy.roleName ?? '', r.dryRun) +
      (r.policyRestore ? `After the rollback: ${text(r.policyRestore.message)}\n` : ''),
    deploySummary(r.deploy),
    r.smoke ? smokeSummary(r.smoke) : `### Smoke check\nskipped: ${text(r.smokeSkipped ?? '')}\n`
  ]
  return parts.join('\n')
}

/**
 * The summary of a pipeline that stopped at a step: what was done before it, and the error
 * itself (AWS and device text in it shown as text, one list item per line), or, when a
 * signal stopped it, no error (`how`: 'was interrupted').
 */
export function stoppedSummary(
  r: PipelineProgress,
  step: string,
  error: unknown,
  how = 'failed'
): string {
  const lines =
    error === undefined
      ? []
      : errorMessage(error)
          .split(/\r\n|\r|\n/)
          .filter(l => l.trim())
  const anything = Boolean(r.build || r.render || r.policy || r.deploy)
  const after = r.dryRun
    ? `Nothing was changed${anything ? '; what is listed above is the plan so far' : ''}.`
    : anything
      ? 'What is listed above was done; a rerun of this commit reuses it and carries on from there.'
      : 'Nothing was changed.'
  const parts = [
    `## Greengrass deployment${r.dryRun ? ' plan' : ''}: stopped at ${text(step)}`,
    `Account ${code(r.accountId)}, region ${code(r.region)}\n`,
    r.build ? buildSummary(r.build) : undefined,
    r.render ? renderSummary(r.render) : undefined,
    r.policy ? policySummary(r.policy, r.policy.roleName ?? '', r.dryRun) : undefined,
    r.deploy ? deploySummary(r.deploy) : undefined,
    `### Stopped\n${text(step)} ${how}${lines.length ? `:\n${lines.map(l => `- ${text(l)}`).join('\n')}` : '.'}\n\n${after}\n`
  ]
  return parts.filter(Boolean).join('\n')
}

/** The prune step's section of the job summary. */
export function pruneSummary(r: PruneResult): string {
  const verb = r.dryRun ? 'Would delete' : 'Deleted'
  const lines = [
    `### Prune${r.dryRun ? ' (dry run)' : ''}`,
    '',
    `${verb} ${r.versions.length} version(s) of \`${r.componentName}\` and ${r.images.length} image(s) of \`${r.repository}\`; kept ${r.kept.length} version(s) (in use, or among the newest ${r.keep}).`
  ]
  if (r.versions.length > 0)
    lines.push('', `Versions: ${r.versions.map(v => `\`${v}\``).join(', ')}`)
  if (r.kept.length > 0) {
    lines.push('', ...r.kept.map(k => `- kept \`${k.version}\`: ${k.reasons.join('; ')}`))
  }
  if (r.failures.length > 0) lines.push('', ...r.failures.map(f => `- ${f}`))
  return lines.join('\n')
}
