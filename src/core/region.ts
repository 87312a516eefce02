// The region, checked before the first request. Its shape was checked with the inputs (a
// region fitting no partition's pattern is bad input); here, a well-formed region the SDK
// does not know is a warning (it may be newer than the SDK), and such a region whose
// endpoints do not resolve is bad input at once, instead of every call failing its retries.
import { lookup as dnsLookup } from 'node:dns/promises'
import { partition } from '@aws-sdk/core/client'
import { DNS_FAILURES, dnsSuffixOf } from './shared/aws.js'
import { ConfigurationError, awsErrorName } from './shared/errors.js'
import type { StepContext } from './shared/report.js'

/** The region is in the SDK's partitions table (not only fitting one's pattern). */
export function isKnownRegion(region: string): boolean {
  // partition() merges the table's entry for a listed region (its description) into the
  // partition's outputs; a region matched by pattern alone gets the outputs only.
  const p = partition(region) as { description?: unknown }
  return typeof p.description === 'string'
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789-'

/**
 * A known region one edit away (a letter swapped with its neighbour, changed, added or
 * dropped): eu-wset-1 → eu-west-1. Asks the SDK's table, so it needs no copy of it.
 */
export function nearestRegion(region: string): string | undefined {
  const candidates = new Set<string>()
  for (let i = 0; i <= region.length; i++) {
    const head = region.slice(0, i)
    const tail = region.slice(i)
    if (tail.length >= 2) candidates.add(head + tail[1] + tail[0] + tail.slice(2))
    if (tail.length >= 1) candidates.add(head + tail.slice(1))
    for (const c of ALPHABET) {
      candidates.add(head + c + tail)
      if (tail.length >= 1) candidates.add(head + c + tail.slice(1))
    }
  }
  candidates.delete(region)
  return [...candidates].sort().find(c => /-\d+$/.test(c) && isKnownRegion(c))
}

/** AWS_ENDPOINT_URL or AWS_ENDPOINT_URL_<SERVICE>: requests go there, not to AWS's hosts. */
function endpointOverridden(env: NodeJS.ProcessEnv): boolean {
  return Object.keys(env).some(k => /^AWS_ENDPOINT_URL(_\w+)?$/.test(k) && env[k])
}

export type Lookup = (host: string) => Promise<unknown>

const ATTEMPTS = 3

/** The DNS error code when every attempt to resolve the host failed; undefined if it resolves. */
async function unresolvable(
  host: string,
  lookup: Lookup,
  ctx: StepContext
): Promise<string | undefined> {
  let code: string | undefined
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      await lookup(host)
      return undefined
    } catch (error) {
      code = awsErrorName(error) ?? 'error'
      // Anything but "no such name" (a refused socket, a bad option) is not this check's to judge.
      if (!DNS_FAILURES.includes(code)) return undefined
      if (attempt < ATTEMPTS) await ctx.clock.sleep(250 * attempt)
    }
  }
  return code
}

export async function checkRegion(
  region: string,
  env: NodeJS.ProcessEnv,
  ctx: StepContext,
  lookup: Lookup = dnsLookup
): Promise<void> {
  if (isKnownRegion(region)) return
  const guess = nearestRegion(region)
  const didYouMean = guess ? ` Did you mean ${guess}?` : ''
  ctx.reporter.warning(
    `Region '${region}' is not one this AWS SDK knows; carrying on, in case it is newer than the SDK.${didYouMean}`
  )
  if (endpointOverridden(env)) return
  const host = `sts.${region}.${dnsSuffixOf(region)}`
  const code = await unresolvable(host, lookup, ctx)
  if (!code) return
  // A typo most likely (an unknown name that resolves nowhere), even when this machine is
  // offline too: then it is worth saying so, from a region every machine resolves.
  const control = 'sts.us-east-1.amazonaws.com'
  const controlCode = await unresolvable(control, lookup, ctx)
  const offline = controlCode
    ? ` This machine resolves no AWS endpoint at all (${control}: ${controlCode}): check its network (DNS, proxy) too.`
    : ''
  throw new ConfigurationError(
    `Input 'region' is '${region}', which has no AWS endpoints (${host}: ${code}): check the region.${didYouMean}${offline}`,
    'region'
  )
}
