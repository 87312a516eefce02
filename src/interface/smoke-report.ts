// The smoke check's result at any fleet size, as the doors hand it on: the outputs (a job
// output above 1 MB is refused, so smoke-result names at most RESULT_DEVICES devices) and a
// JSON file with every device beside them. Free of SDK clients, like results.ts.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Outputs } from './catalogue.js'
import type { SmokeResult } from '../core/smoke/smoke.js'

/** Up to this many devices smoke-result has them all; above, the missing ones, this many at most. */
export const RESULT_DEVICES = 1_000

export interface SmokeCounts {
  found: number
  missing: number
}

export function smokeCounts(result: SmokeResult): SmokeCounts {
  const missing = result.missing.length
  return { found: Object.keys(result.devices).length - missing, missing }
}

export function smokeOutputs(result: SmokeResult): Outputs {
  const all = Object.keys(result.devices).length <= RESULT_DEVICES
  const shown = all
    ? result.devices
    : Object.fromEntries(result.missing.slice(0, RESULT_DEVICES).map(d => [d, 'missing']))
  return {
    'smoke-result': JSON.stringify(shown),
    'smoke-counts': JSON.stringify(smokeCounts(result)),
    ...(result.reportPath ? { 'smoke-report': result.reportPath } : {})
  }
}

/** Every device, its verdict, the item that counted or why none did. */
export function smokeReport(result: SmokeResult): object {
  const devices: Record<string, object> = {}
  for (const [name, verdict] of Object.entries(result.devices)) {
    const item = result.items[name]
    const reason = result.reasons?.[name]
    devices[name] = { verdict, ...(item ? { item } : {}), ...(reason ? { reason } : {}) }
  }
  return {
    tableName: result.tableName,
    since: result.since,
    counts: smokeCounts(result),
    emptyGroups: result.emptyGroups,
    devices
  }
}

/** Writes the report into a new folder under RUNNER_TEMP (the OS's temp folder outside
 * GitHub Actions) and notes its path on the result. */
export async function writeSmokeReport(
  result: SmokeResult,
  env: NodeJS.ProcessEnv
): Promise<string> {
  const dir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'ggcd-smoke-'))
  const path = join(dir, 'smoke-report.json')
  await writeFile(path, `${JSON.stringify(smokeReport(result), null, 1)}\n`)
  result.reportPath = path
  return path
}
