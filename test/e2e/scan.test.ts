// The scan gate against moto's ECR, which answers every scanned image with one HIGH finding
// (CVE-9999-9999) and scans only on StartImageScan: threshold high refuses with nothing
// deployed; the rerun with critical reads that existing scan of the reused image and deploys.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { runAction } from './harness.js'

let sandbox: Sandbox
let env: Record<string, string>

const inputs = (threshold: string) => ({
  builder: 'buildah',
  registry: `http://${sandbox.registry}`,
  dockerfile: 'sandbox/Dockerfile',
  'image-tag': 'scanned',
  'wait-timeout': '120',
  'smoke-timeout': '60',
  'scan-threshold': threshold
})

beforeAll(async () => {
  sandbox = await startSandbox()
  env = { ...sandbox.env }
})

afterAll(async () => {
  await sandbox?.stop()
})

describe('the scan gate', () => {
  it('refuses a HIGH finding with threshold high, naming it, with nothing deployed', async () => {
    await sandbox.resetCalls()
    const run = await runAction('.', inputs('high'), env)
    expect(run.code).toBe(1)
    expect(run.log).toContain('never scanned; starting a scan (ECR StartImageScan)')
    expect(run.summary).toContain('stopped at Image scan')
    expect(run.summary).toContain('HIGH CVE-9999-9999 in moto_fake@9.9.9')
    expect(run.summary).toContain('Nothing was deployed')
    const greengrass = await sandbox.calls()
    expect(greengrass.filter(c => c.mutating)).toEqual([])
    expect(run.outputs['deployment-ids']).toBeUndefined()
  })

  it('passes with threshold critical, reading the reused image scan', async () => {
    const run = await runAction('.', inputs('critical'), env)
    expect(run.code).toBe(0)
    expect(run.log).not.toContain('StartImageScan')
    expect(run.summary).toContain('### Image scan')
    expect(run.summary).toContain('no finding at or above CRITICAL (HIGH 1)')
    expect(run.summary).toContain('the existing scan of the reused image')
    expect(JSON.parse(run.outputs['smoke-result']!)).toEqual({
      'sandbox-core-1': 'found',
      'sandbox-core-2': 'found'
    })
  })
})
