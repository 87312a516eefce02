// The prune step's section of the job summary: what went, what stayed and why.
import type { PruneResult } from '../core/prune/prune.js'

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
