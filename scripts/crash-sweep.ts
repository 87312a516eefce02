// The whole crash sweep (`npm run sweep`): figures, not a timed test. In the local sandbox,
// `ggcd pipeline` is killed (SIGKILL) right after each mutating call of a first deploy and of an
// update (test/e2e/crash.ts lists them), then run again; each rerun must leave what a clean
// run leaves (one new component version, one active deployment per target, no registry login,
// no temporary build directory, no run's local image). It prints one line per crash point and
// the totals; it exits 1 when any rerun left something wrong. The e2e suite runs a sample of
// it (crash.test.ts).
//
// Needs the bundles (`npm run build`) and the sandbox's prerequisites; about a minute a point.
import { rmSync } from 'node:fs'
import { startSandbox } from '../sandbox/sandbox.js'
import { CRASH_POINTS, crashCase, crashTemp, problems, type CaseResult } from '../test/e2e/crash.js'

const sandbox = await startSandbox()
const temp = crashTemp()
const rows: Array<{ result: CaseResult; found: string[] }> = []
try {
  let n = 0
  for (const update of [false, true]) {
    for (const point of CRASH_POINTS) {
      if (update && point.firstOnly) continue
      const id = `w${n++}${update ? 'u' : 'f'}`
      const result = await crashCase(sandbox, point, { id, update, temp })
      const found = problems(result)
      rows.push({ result, found })
      const what = `${update ? 'update' : 'first deploy'}, after ${point.name}`
      process.stdout.write(
        `${found.length ? 'FAIL' : 'ok  '}  ${what.padEnd(52)} killed after ${(result.crashMs / 1000).toFixed(1)} s, rerun ${(result.rerunMs / 1000).toFixed(1)} s (exit ${result.rerunCode}), ${result.versions} version(s)${found.length ? `: ${found.join('; ')}` : ''}\n`
      )
    }
  }
} finally {
  await sandbox.stop()
  rmSync(temp, { recursive: true, force: true })
}
const failed = rows.filter(r => r.found.length)
const reruns = rows.map(r => r.result.rerunMs / 1000)
process.stdout.write(
  `\n${rows.length - failed.length}/${rows.length} crash points: the rerun finished with a clean run's state.\n` +
    `Rerun time: median ${median(reruns).toFixed(1)} s, max ${Math.max(...reruns).toFixed(1)} s.\n`
)
process.exitCode = failed.length ? 1 : 0

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0
}
