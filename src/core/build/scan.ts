// The scan gate: after the push and before anything is deployed, wait for ECR's scan of the
// pushed digest and refuse to deploy when a finding is at or above scan-threshold.
//
// Which calls, and why:
//   - DescribeImageScanFindings (read-only), polled while the scan is IN_PROGRESS/PENDING, up
//     to a bounded wait (the injectable clock sleeps, so tests do not wait);
//   - StartImageScan (mutating) only when ECR answers ScanNotFoundException, i.e. the image
//     was never scanned (a repository without scan-on-push, or one the toolkit did not
//     create). ECR allows one manual scan per image per day: LimitExceededException means a
//     scan is already under way or done today, so we keep reading;
//   - a reused image (the no-op rerun) reads the existing result: no new scan is started
//     when one exists;
//   - dry run: one read of an existing result at most, never StartImageScan; it says what it
//     would check.
// A scan that cannot finish (FAILED, UNSUPPORTED_IMAGE, ...) with a threshold set refuses to
// deploy: an image we could not judge is not an image we judged clean.
import {
  DescribeImageScanFindingsCommand,
  StartImageScanCommand,
  type DescribeImageScanFindingsCommandOutput,
  type ECRClient
} from '@aws-sdk/client-ecr'
import { StepFailure, awsErrorName, errorMessage, isTransient } from '../shared/errors.js'
import type { StepContext } from '../shared/report.js'
import { withRetry } from '../shared/retry.js'
import type { ScanThreshold } from '../config.js'

/** ECR's severities, lowest first; UNDEFINED and UNTRIAGED rank below every threshold. */
const RANK: Record<string, number> = {
  INFORMATIONAL: 0,
  LOW: 1,
  MEDIUM: 2,
  HIGH: 3,
  CRITICAL: 4
}

/** How many findings the message and summary name before they give only a count. */
export const FINDINGS_NAMED = 10
export const SCAN_WAIT_SECONDS = 300
const POLL_MS = 5_000

export interface ScanFinding {
  name: string
  severity: string
  /** package_name[@package_version], when ECR says. */
  package?: string
  uri?: string
}

export interface ScanResult {
  threshold: ScanThreshold
  /** judged: a finished scan was read; planned: a dry run that only says what it would do. */
  outcome: 'passed' | 'planned'
  /** ECR's findingSeverityCounts of the scan read (empty when none was read). */
  counts: Record<string, number>
  /** StartImageScan was called (the image had never been scanned). */
  started: boolean
  message: string
}

export interface ScanGateInputs {
  threshold: ScanThreshold
  accountId: string
  repository: string
  /** sha256:…; '' in a dry run that would build. */
  imageDigest: string
  reused: boolean
  dryRun: boolean
  waitSeconds?: number
}

export function atOrAbove(severity: string, threshold: ScanThreshold): boolean {
  if (threshold === 'none') return false
  const rank = RANK[severity.toUpperCase()]
  return rank !== undefined && rank >= RANK[threshold.toUpperCase()]!
}

/** The gate; throws StepFailure (nothing deployed) when the image may not be deployed. */
export async function scanGate(
  inputs: ScanGateInputs,
  clients: { ecr: ECRClient },
  ctx: StepContext
): Promise<ScanResult | undefined> {
  const { threshold, repository, imageDigest, accountId } = inputs
  if (threshold === 'none') return undefined
  const { reporter } = ctx
  const what = `the ECR scan of ${repository}@${imageDigest || '<the pushed digest>'}`
  const rule = `findings of severity ${threshold.toUpperCase()} or above refuse the deployment`
  const imageId = { imageDigest }
  const describe = (nextToken?: string) =>
    withRetry(
      ctx,
      'ecr:DescribeImageScanFindings',
      () =>
        clients.ecr.send(
          new DescribeImageScanFindingsCommand({
            registryId: accountId,
            repositoryName: repository,
            imageId,
            maxResults: 1000,
            ...(nextToken ? { nextToken } : {})
          })
        ),
      { retryable: isTransient }
    )

  if (inputs.dryRun) {
    if (!imageDigest) {
      const message = `Would wait for ${what} (up to ${inputs.waitSeconds ?? SCAN_WAIT_SECONDS} s) after the push; ${rule}.`
      reporter.info(message)
      return { threshold, outcome: 'planned', counts: {}, started: false, message }
    }
    let message: string
    let counts: Record<string, number> = {}
    try {
      const first = await describe()
      counts = severityCounts(first)
      const status = first.imageScanStatus?.status ?? 'unknown'
      const blocking = blockingCount(counts, threshold)
      message =
        status === 'COMPLETE' || status === 'ACTIVE'
          ? `Would check ${what}: its scan is complete with ${blocking} finding(s) at or above ${threshold.toUpperCase()}; the deployment would be ${blocking > 0 ? 'refused' : 'allowed'}.`
          : `Would wait for ${what}: its scan is ${status}; ${rule}.`
    } catch (error) {
      if (awsErrorName(error) !== 'ScanNotFoundException') throw scanFailure(what, error)
      message = `Would start ${what} (never scanned: ECR StartImageScan) and wait for it; ${rule}.`
    }
    reporter.info(message)
    return { threshold, outcome: 'planned', counts, started: false, message }
  }

  const waitMs = (inputs.waitSeconds ?? SCAN_WAIT_SECONDS) * 1000
  const since = ctx.clock.now().getTime()
  let started = false
  let said = ''
  const say = (line: string) => {
    if (line !== said) reporter.info(line)
    said = line
  }
  for (;;) {
    let first: DescribeImageScanFindingsCommandOutput | undefined
    let waiting = ''
    try {
      first = await describe()
    } catch (error) {
      const name = awsErrorName(error)
      if (name === 'ScanNotFoundException' && !started) {
        // Mutating, and acceptable only here: the image has no scan at all.
        started = await startScan(clients.ecr, ctx, accountId, repository, imageDigest, what)
        continue
      }
      // Right after a push ECR may not list the image or its scan yet.
      if (name !== 'ScanNotFoundException' && name !== 'ImageNotFoundException') {
        throw scanFailure(what, error)
      }
      waiting =
        name === 'ImageNotFoundException' ? 'ECR does not list the image yet' : 'no scan yet'
    }
    if (first) {
      const status = first.imageScanStatus?.status ?? 'unknown'
      if (status === 'COMPLETE' || status === 'ACTIVE') {
        return judge(first, describe, inputs, what, started, ctx)
      }
      if (status !== 'IN_PROGRESS' && status !== 'PENDING') {
        const why = first.imageScanStatus?.description
        throw new StepFailure(
          `Refusing to deploy: ${what} ended ${status}${why ? ` (${why})` : ''}; with scan-threshold ${threshold} an image that could not be scanned is not deployed. Fix the scan (or set scan-threshold: none) and rerun.`
        )
      }
      waiting = `scan ${status}`
    }
    const elapsed = ctx.clock.now().getTime() - since
    if (elapsed >= waitMs) {
      throw new StepFailure(
        `Refusing to deploy: ${what} did not finish within ${Math.round(waitMs / 1000)} s (${waiting}); rerun once ECR has scanned the image.`
      )
    }
    say(`Waiting for ${what}: ${waiting}.`)
    await ctx.clock.sleep(Math.min(POLL_MS, waitMs - elapsed))
  }
}

async function startScan(
  ecr: ECRClient,
  ctx: StepContext,
  accountId: string,
  repository: string,
  imageDigest: string,
  what: string
): Promise<boolean> {
  ctx.reporter.info(`${what}: the image was never scanned; starting a scan (ECR StartImageScan).`)
  try {
    await withRetry(
      ctx,
      'ecr:StartImageScan',
      () =>
        ecr.send(
          new StartImageScanCommand({
            registryId: accountId,
            repositoryName: repository,
            imageId: { imageDigest }
          })
        ),
      { retryable: isTransient }
    )
  } catch (error) {
    // One manual scan per image per day: one is already under way or done; keep reading.
    if (awsErrorName(error) !== 'LimitExceededException') throw scanFailure(what, error)
  }
  return true
}

function severityCounts(r: DescribeImageScanFindingsCommandOutput): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [k, v] of Object.entries(r.imageScanFindings?.findingSeverityCounts ?? {})) {
    if (typeof v === 'number') counts[k] = v
  }
  return counts
}

function blockingCount(counts: Record<string, number>, threshold: ScanThreshold): number {
  return Object.entries(counts)
    .filter(([severity]) => atOrAbove(severity, threshold))
    .reduce((sum, [, n]) => sum + n, 0)
}

function findingsOf(r: DescribeImageScanFindingsCommandOutput): ScanFinding[] {
  const out: ScanFinding[] = []
  for (const f of r.imageScanFindings?.findings ?? []) {
    const attr = (key: string) => f.attributes?.find(a => a.key === key)?.value
    const name = attr('package_name')
    const version = attr('package_version')
    out.push({
      name: f.name ?? '(unnamed)',
      severity: f.severity ?? 'UNDEFINED',
      ...(name ? { package: version ? `${name}@${version}` : name } : {}),
      ...(f.uri ? { uri: f.uri } : {})
    })
  }
  for (const f of r.imageScanFindings?.enhancedFindings ?? []) {
    const pkg = f.packageVulnerabilityDetails?.vulnerablePackages?.[0]
    const id = f.packageVulnerabilityDetails?.vulnerabilityId ?? f.title ?? '(unnamed)'
    const uri = f.packageVulnerabilityDetails?.sourceUrl
    out.push({
      name: id,
      severity: f.severity ?? 'UNDEFINED',
      ...(pkg?.name ? { package: pkg.version ? `${pkg.name}@${pkg.version}` : pkg.name } : {}),
      ...(uri ? { uri } : {})
    })
  }
  return out
}

export function findingLine(f: ScanFinding): string {
  return `${f.severity} ${f.name}${f.package ? ` in ${f.package}` : ''}${f.uri ? ` (${f.uri})` : ''}`
}

async function judge(
  first: DescribeImageScanFindingsCommandOutput,
  describe: (nextToken?: string) => Promise<DescribeImageScanFindingsCommandOutput>,
  inputs: ScanGateInputs,
  what: string,
  started: boolean,
  ctx: StepContext
): Promise<ScanResult> {
  const { threshold } = inputs
  const counts = severityCounts(first)
  const blocking: ScanFinding[] = []
  let page: DescribeImageScanFindingsCommandOutput | undefined = first
  // Only as many pages as it takes to name FINDINGS_NAMED; the counts give the total.
  while (page) {
    blocking.push(...findingsOf(page).filter(f => atOrAbove(f.severity, threshold)))
    if (blocking.length >= FINDINGS_NAMED || !page.nextToken) break
    page = await describe(page.nextToken)
  }
  const total = Math.max(blockingCount(counts, threshold), blocking.length)
  const countsText = Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')
  const reused = inputs.reused ? ' (the existing scan of the reused image)' : ''
  if (total === 0) {
    const message = `${what}${reused}: no finding at or above ${threshold.toUpperCase()} (${countsText || 'no findings'}); the deployment may go ahead.`
    ctx.reporter.info(message)
    return { threshold, outcome: 'passed', counts, started, message }
  }
  rank(blocking)
  const named = blocking.slice(0, FINDINGS_NAMED).map(findingLine)
  const more = total - named.length
  throw new StepFailure(
    [
      `Refusing to deploy: ${what}${reused} has ${total} finding(s) at or above ${threshold.toUpperCase()} (scan-threshold ${threshold}; ${countsText}):`,
      ...named,
      ...(more > 0 ? [`… and ${more} more`] : []),
      'Nothing was deployed. Fix the image (or raise scan-threshold) and rerun.'
    ].join('\n')
  )
}

function rank(findings: ScanFinding[]): void {
  findings.sort(
    (a, b) => (RANK[b.severity.toUpperCase()] ?? -1) - (RANK[a.severity.toUpperCase()] ?? -1)
  )
}

function scanFailure(what: string, error: unknown): StepFailure {
  return new StepFailure(
    `Refusing to deploy: could not read ${what}: ${awsErrorName(error) ?? 'error'}: ${errorMessage(error)}. The CI role needs ecr:DescribeImageScanFindings and ecr:StartImageScan on the repository.`
  )
}
