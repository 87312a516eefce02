// The region before the first request: a name no partition's pattern fits is bad input at
// once; a well-formed one the SDK does not know is a warning; such a region whose endpoints
// resolve nowhere is bad input naming 'region' within a second, not a run failing its retries.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { REGION_PATTERNS, fitsAPartition } from '../../../src/core/shared/aws.js'
import { ConfigurationError } from '../../../src/core/shared/errors.js'
import { checkRegion, isKnownRegion, nearestRegion } from '../../../src/core/region.js'
import { MemoryReporter } from '../../../src/core/shared/report.js'
import { FakeClock } from '../../support/fake-clock.js'

/** The SDK's own partitions table, read from the installed @aws-sdk/core. */
function sdkPartitions(): { id: string; regionRegex: string; regions: Record<string, unknown> }[] {
  const core = dirname(createRequire(import.meta.url).resolve('@aws-sdk/core/package.json'))
  const text = readFileSync(
    join(core, 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js'),
    'utf8'
  )
  const json = text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)
  return (JSON.parse(json) as { partitions: ReturnType<typeof sdkPartitions> }).partitions
}

const ctx = () => ({ reporter: new MemoryReporter(), clock: new FakeClock() })

function dns(resolves: (host: string) => boolean | string) {
  const asked: string[] = []
  const lookup = async (host: string) => {
    asked.push(host)
    const r = resolves(host)
    if (r === true) return { address: '192.0.2.1', family: 4 }
    const code = r === false ? 'ENOTFOUND' : r
    throw Object.assign(new Error(`getaddrinfo ${code} ${host}`), { code })
  }
  return { lookup, asked }
}

describe('region patterns', () => {
  it("are the SDK's partitions' patterns, every one", () => {
    const sdk = Object.fromEntries(sdkPartitions().map(p => [p.id, p.regionRegex]))
    expect(REGION_PATTERNS).toEqual(sdk)
  })

  it("fit every region in the SDK's table", () => {
    const regions = sdkPartitions().flatMap(p => Object.keys(p.regions))
    const real = regions.filter(r => !r.endsWith('-global'))
    expect(real.length).toBeGreaterThan(30)
    for (const region of real) expect([region, fitsAPartition(region)]).toEqual([region, true])
  })

  it.each(['eu-wset-1', 'eu-west-9', 'us-gov-east-7', 'cn-south-1'])('%s fits a pattern', region =>
    expect(fitsAPartition(region)).toBe(true)
  )

  it.each(['eu-west', 'europe-west-1', 'xx-west-1', 'EU-WEST-1', 'eu_west_1', 'eu-west-1 ', ''])(
    '%j fits none',
    region => expect(fitsAPartition(region)).toBe(false)
  )
})

describe('known regions', () => {
  it('are those in the SDK table, not only of its shape', () => {
    expect(isKnownRegion('eu-west-1')).toBe(true)
    expect(isKnownRegion('us-gov-west-1')).toBe(true)
    expect(isKnownRegion('eu-wset-1')).toBe(false)
    expect(isKnownRegion('eu-west-9')).toBe(false)
  })

  it.each([
    ['eu-wset-1', 'eu-west-1'],
    ['us-esat-1', 'us-east-1'],
    ['eu-centrall-1', 'eu-central-1'],
    ['ap-southest-2', 'ap-southeast-2'],
    ['us-east-3', 'us-east-1']
  ])('%s: did you mean %s?', (typo, meant) => expect(nearestRegion(typo)).toBe(meant))

  it('suggests nothing when no known region is one edit away', () => {
    expect(nearestRegion('eu-nowhere-4')).toBeUndefined()
  })
})

describe('checkRegion', () => {
  it('asks no name server about a region the SDK knows', async () => {
    const d = dns(() => false)
    const c = ctx()
    await checkRegion('eu-west-1', {}, c, d.lookup)
    expect(d.asked).toEqual([])
    expect(c.reporter.lines).toEqual([])
  })

  it('warns about an unknown well-formed region whose endpoints resolve, and carries on', async () => {
    const d = dns(() => true)
    const c = ctx()
    await checkRegion('eu-west-9', {}, c, d.lookup)
    expect(d.asked).toEqual(['sts.eu-west-9.amazonaws.com'])
    expect(c.reporter.text()).toMatch(/warning: Region 'eu-west-9' is not one this AWS SDK knows/)
  })

  it('a mistyped region that resolves nowhere is bad input naming region, within a second', async () => {
    const d = dns(host => host === 'sts.us-east-1.amazonaws.com')
    const c = ctx()
    const error = await checkRegion('eu-wset-1', {}, c, d.lookup).catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.subject).toBe('region')
    expect(error.message).toContain("Input 'region' is 'eu-wset-1'")
    expect(error.message).toContain('sts.eu-wset-1.amazonaws.com: ENOTFOUND')
    expect(error.message).toContain('Did you mean eu-west-1?')
    expect(error.message).not.toContain('network')
    expect(c.reporter.text()).toContain('Did you mean eu-west-1?')
    // Every attempt failed; the waits between them add up to well under a second.
    expect(d.asked.filter(h => h === 'sts.eu-wset-1.amazonaws.com')).toHaveLength(3)
    expect(c.clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThan(1000)
  })

  it('says the network too when nothing resolves from this machine', async () => {
    const d = dns(() => 'EAI_AGAIN')
    const error = await checkRegion('eu-wset-1', {}, ctx(), d.lookup).catch(e => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain('check the region')
    expect(error.message).toContain('resolves no AWS endpoint at all')
  })

  it('a failure on one attempt only is no failure', async () => {
    let first = true
    const lookup = async () => {
      if (first) {
        first = false
        throw Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' })
      }
      return { address: '192.0.2.1', family: 4 }
    }
    await expect(checkRegion('eu-west-9', {}, ctx(), lookup)).resolves.toBeUndefined()
  })

  it('leaves endpoints given with AWS_ENDPOINT_URL to the SDK', async () => {
    const d = dns(() => false)
    const c = ctx()
    await checkRegion('eu-wset-1', { AWS_ENDPOINT_URL: 'http://127.0.0.1:5000' }, c, d.lookup)
    expect(d.asked).toEqual([])
    expect(c.reporter.text()).toContain('warning:')
  })
})
