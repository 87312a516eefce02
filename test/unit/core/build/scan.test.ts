// The scan gate against a mocked ECR: waiting for a scan in progress (bounded, on the fake
// clock), judging the findings against the threshold, starting a scan only for an image that
// was never scanned, a scan that cannot finish, the reused image, and the dry run.
import { describe, it, expect, beforeEach } from '@jest/globals'
import {
  DescribeImageScanFindingsCommand,
  ECRClient,
  ImageNotFoundException,
  LimitExceededException,
  ScanNotFoundException,
  StartImageScanCommand,
  type DescribeImageScanFindingsCommandOutput,
  type ImageScanFinding
} from '@aws-sdk/client-ecr'
import { mockClient } from 'aws-sdk-client-mock'
import { StepFailure } from '../../../../src/core/shared/errors.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'
import {
  FINDINGS_NAMED,
  atOrAbove,
  scanGate,
  type ScanGateInputs
} from '../../../../src/core/build/scan.js'
import { FakeClock } from '../../../support/fake-clock.js'

const DIGEST = `sha256:${'cd'.repeat(32)}`
const ecr = mockClient(ECRClient)
let clock: FakeClock
let reporter: MemoryReporter
let ctx: StepContext

const base: ScanGateInputs = {
  threshold: 'high',
  accountId: '123456789012',
  repository: 'app',
  imageDigest: DIGEST,
  reused: false,
  dryRun: false
}

function finding(name: string, severity: string, pkg = 'openssl'): ImageScanFinding {
  return {
    name,
    severity: severity as ImageScanFinding['severity'],
    uri: `https://cve.example/${name}`,
    attributes: [
      { key: 'package_name', value: pkg },
      { key: 'package_version', value: '1.0' }
    ]
  }
}

function complete(
  findings: ImageScanFinding[],
  extra: Partial<DescribeImageScanFindingsCommandOutput> = {}
): DescribeImageScanFindingsCommandOutput {
  const counts: Record<string, number> = {}
  for (const f of findings) counts[f.severity!] = (counts[f.severity!] ?? 0) + 1
  return {
    $metadata: {},
    imageScanStatus: { status: 'COMPLETE' },
    imageScanFindings: { findings, findingSeverityCounts: counts },
    ...extra
  }
}

const inProgress: DescribeImageScanFindingsCommandOutput = {
  $metadata: {},
  imageScanStatus: { status: 'IN_PROGRESS' }
}
const notFound = () => new ScanNotFoundException({ message: 'no scan', $metadata: {} })

beforeEach(() => {
  ecr.reset()
  clock = new FakeClock()
  reporter = new MemoryReporter()
  ctx = { reporter, clock, random: () => 0.5 }
})

describe('atOrAbove', () => {
  it('ranks ECR severities against the threshold', () => {
    expect(atOrAbove('HIGH', 'high')).toBe(true)
    expect(atOrAbove('CRITICAL', 'high')).toBe(true)
    expect(atOrAbove('MEDIUM', 'high')).toBe(false)
    expect(atOrAbove('INFORMATIONAL', 'low')).toBe(false)
    expect(atOrAbove('UNDEFINED', 'low')).toBe(false)
    expect(atOrAbove('CRITICAL', 'none')).toBe(false)
  })
})

describe('scanGate', () => {
  it('does nothing with threshold none', async () => {
    expect(await scanGate({ ...base, threshold: 'none' }, { ecr: new ECRClient({}) }, ctx)).toBe(
      undefined
    )
    expect(ecr.calls()).toHaveLength(0)
  })

  it('waits while the scan is in progress, then refuses a finding at the threshold, naming it', async () => {
    ecr
      .on(DescribeImageScanFindingsCommand)
      .resolvesOnce(inProgress)
      .resolvesOnce(inProgress)
      .resolves(complete([finding('CVE-1', 'MEDIUM'), finding('CVE-2', 'HIGH', 'zlib')]))
    const error = await scanGate(base, { ecr: new ECRClient({}) }, ctx).catch(e => e)
    expect(error).toBeInstanceOf(StepFailure)
    const message = (error as Error).message
    expect(message).toContain('1 finding(s) at or above HIGH')
    expect(message).toContain('HIGH CVE-2 in zlib@1.0 (https://cve.example/CVE-2)')
    expect(message).not.toContain('CVE-1')
    expect(message).toContain('Nothing was deployed')
    expect(clock.sleeps).toEqual([5000, 5000])
    expect(ecr.commandCalls(StartImageScanCommand)).toHaveLength(0)
    const call = ecr.commandCalls(DescribeImageScanFindingsCommand)[0]!.args[0].input
    expect(call).toMatchObject({
      registryId: '123456789012',
      repositoryName: 'app',
      imageId: { imageDigest: DIGEST }
    })
  })

  it('passes when every finding is below the threshold', async () => {
    ecr.on(DescribeImageScanFindingsCommand).resolves(complete([finding('CVE-2', 'HIGH')]))
    const result = await scanGate(
      { ...base, threshold: 'critical' },
      { ecr: new ECRClient({}) },
      ctx
    )
    expect(result).toMatchObject({ outcome: 'passed', counts: { HIGH: 1 }, started: false })
    expect(result!.message).toContain('no finding at or above CRITICAL (HIGH 1)')
  })

  it('names up to the limit, then gives the count', async () => {
    const many = Array.from({ length: FINDINGS_NAMED + 5 }, (_, i) =>
      finding(`CVE-${i}`, 'CRITICAL')
    )
    ecr.on(DescribeImageScanFindingsCommand).resolves(complete(many))
    const message = (await scanGate(base, { ecr: new ECRClient({}) }, ctx).catch(e => e)).message
    expect(message).toContain(`CVE-${FINDINGS_NAMED - 1} `)
    expect(message).not.toContain(`CVE-${FINDINGS_NAMED} `)
    expect(message).toContain('… and 5 more')
  })

  it('counts the findings ECR did not page in', async () => {
    ecr.on(DescribeImageScanFindingsCommand).resolves(
      complete([finding('CVE-9', 'HIGH')], {
        imageScanFindings: {
          findings: [finding('CVE-9', 'HIGH')],
          findingSeverityCounts: { HIGH: 3 }
        }
      })
    )
    const message = (await scanGate(base, { ecr: new ECRClient({}) }, ctx).catch(e => e)).message
    expect(message).toContain('3 finding(s) at or above HIGH')
    expect(message).toContain('… and 2 more')
  })

  it('starts a scan only for an image never scanned, once', async () => {
    ecr
      .on(DescribeImageScanFindingsCommand)
      .rejectsOnce(notFound())
      .rejectsOnce(notFound())
      .resolves(complete([]))
    ecr.on(StartImageScanCommand).resolves({})
    const result = await scanGate(base, { ecr: new ECRClient({}) }, ctx)
    expect(result).toMatchObject({ outcome: 'passed', started: true })
    expect(ecr.commandCalls(StartImageScanCommand)).toHaveLength(1)
    expect(reporter.lines.join('\n')).toContain('never scanned; starting a scan')
  })

  it('keeps reading when ECR says a scan already ran today', async () => {
    ecr.on(DescribeImageScanFindingsCommand).rejectsOnce(notFound()).resolves(complete([]))
    ecr
      .on(StartImageScanCommand)
      .rejects(new LimitExceededException({ message: 'once a day', $metadata: {} }))
    expect(await scanGate(base, { ecr: new ECRClient({}) }, ctx)).toMatchObject({
      outcome: 'passed'
    })
  })

  it('waits while ECR does not list the pushed image yet', async () => {
    ecr
      .on(DescribeImageScanFindingsCommand)
      .rejectsOnce(new ImageNotFoundException({ message: 'no image', $metadata: {} }))
      .resolves(complete([]))
    expect(await scanGate(base, { ecr: new ECRClient({}) }, ctx)).toMatchObject({
      outcome: 'passed'
    })
    expect(ecr.commandCalls(StartImageScanCommand)).toHaveLength(0)
  })

  it('refuses an image that could not be scanned, naming why', async () => {
    ecr.on(DescribeImageScanFindingsCommand).resolves({
      $metadata: {},
      imageScanStatus: { status: 'UNSUPPORTED_IMAGE', description: 'UnsupportedImageError: distro' }
    })
    const message = (await scanGate(base, { ecr: new ECRClient({}) }, ctx).catch(e => e)).message
    expect(message).toContain('ended UNSUPPORTED_IMAGE (UnsupportedImageError: distro)')
    expect(message).toContain('could not be scanned is not deployed')
  })

  it('gives up after the bounded wait', async () => {
    ecr.on(DescribeImageScanFindingsCommand).resolves(inProgress)
    const error = await scanGate(
      { ...base, waitSeconds: 20 },
      { ecr: new ECRClient({}) },
      ctx
    ).catch(e => e)
    expect(error).toBeInstanceOf(StepFailure)
    expect(error.message).toContain('did not finish within 20 s (scan IN_PROGRESS)')
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(20_000)
  })

  it('reads the reused image existing scan, starting none', async () => {
    ecr.on(DescribeImageScanFindingsCommand).resolves(complete([finding('CVE-2', 'HIGH')]))
    const message = (
      await scanGate({ ...base, reused: true }, { ecr: new ECRClient({}) }, ctx).catch(e => e)
    ).message
    expect(message).toContain('the existing scan of the reused image')
    expect(ecr.commandCalls(StartImageScanCommand)).toHaveLength(0)
  })

  it('dry run: says what it would check, read-only', async () => {
    const planned = await scanGate(
      { ...base, imageDigest: '', dryRun: true },
      { ecr: new ECRClient({}) },
      ctx
    )
    expect(planned!.message).toContain('Would wait for the ECR scan')
    expect(ecr.calls()).toHaveLength(0)

    ecr.on(DescribeImageScanFindingsCommand).rejects(notFound())
    const never = await scanGate(
      { ...base, dryRun: true, reused: true },
      { ecr: new ECRClient({}) },
      ctx
    )
    expect(never!.message).toContain('Would start the ECR scan')
    expect(ecr.commandCalls(StartImageScanCommand)).toHaveLength(0)

    ecr.reset()
    ecr.on(DescribeImageScanFindingsCommand).resolves(complete([finding('CVE-2', 'HIGH')]))
    const judged = await scanGate(
      { ...base, dryRun: true, reused: true },
      { ecr: new ECRClient({}) },
      ctx
    )
    expect(judged!.message).toContain(
      '1 finding(s) at or above HIGH; the deployment would be refused'
    )
  })

  it('says which permission is missing when ECR refuses the read', async () => {
    const denied = Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' })
    ecr.on(DescribeImageScanFindingsCommand).rejects(denied)
    const message = (await scanGate(base, { ecr: new ECRClient({}) }, ctx).catch(e => e)).message
    expect(message).toContain('ecr:DescribeImageScanFindings')
  })
})
