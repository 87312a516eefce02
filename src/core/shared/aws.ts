// The one place AWS clients are configured. Each step imports only the client it needs
// (so a bundle carries only those SDKs) and builds it from this configuration. Endpoints
// come from the SDK's own AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE> variables.
// The bundles carry package.json's version (webpack keeps only the field read), so that
// `ggcd --version` and the user agent say the release they are.
import pkg from '../../../package.json' with { type: 'json' }

export const VERSION: string = pkg.version
export const USER_AGENT = `ggcd/${VERSION}`

/**
 * How long one attempt may take. Without a bound, a connection that never completes or a
 * request the far end holds (a half-open connection, an overloaded proxy) stalls the run
 * until the job's own timeout. A timed-out attempt is a TimeoutError, which the SDK's
 * standard retry takes as transient and tries again: maxAttempts bounds the whole call.
 */
export interface Timeouts {
  /** Milliseconds to establish the TCP (and TLS) connection. */
  connectionTimeout: number
  /** Milliseconds from sending the request to the end of the response. */
  requestTimeout: number
}

// Every ggcd call is a small control-plane request (no uploads): AWS answers them in well
// under a second, so 30 s is a stalled request, never a slow one.
export const TIMEOUTS: Timeouts = { connectionTimeout: 5_000, requestTimeout: 30_000 }

export interface ClientConfig {
  region: string
  maxAttempts: number
  retryMode: 'standard' | 'adaptive'
  customUserAgent: string
  requestHandler: Timeouts & { throwOnRequestTimeout: true }
  cacheMiddleware?: boolean
}

export function clientConfig(region: string, timeouts: Timeouts = TIMEOUTS): ClientConfig {
  return {
    region,
    maxAttempts: 5,
    retryMode: 'standard',
    customUserAgent: USER_AGENT,
    // Without throwOnRequestTimeout the handler only logs a breached requestTimeout.
    requestHandler: { ...timeouts, throwOnRequestTimeout: true }
  }
}

/**
 * For the smoke check's DynamoDB client, which sends a query per device, `concurrency` at a
 * time: at fleet size the check's time is these queries' CPU, so none is spent twice.
 * - adaptive retry: one client-side rate for all the concurrent queries, slowed once DynamoDB
 *   throttles (its limiter stays off until the first throttling error, so a burst of queries
 *   without one goes out unhindered);
 * - cacheMiddleware: the middleware stack is put together once per command, not for every
 *   query (about a tenth of a query's CPU in the SDK). Nothing adds middleware later.
 */
export function queryClientConfig(region: string, timeouts: Timeouts = TIMEOUTS): ClientConfig {
  return { ...clientConfig(region, timeouts), retryMode: 'adaptive', cacheMiddleware: true }
}

/** Name lookups that failed: the endpoint's host does not resolve from here. */
export const DNS_FAILURES = ['ENOTFOUND', 'EAI_AGAIN']

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

export function dnsSuffixOf(region: string): string {
  return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
}

/**
 * Each partition's region pattern, as the SDK's endpoint rules have them (its partitions
 * table; test/unit/region.test.ts fails when the SDK's list changes). A region fitting none
 * is a typo, not a region too new for the SDK.
 */
export const REGION_PATTERNS: Readonly<Record<string, string>> = {
  aws: '^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$',
  'aws-cn': '^cn\\-\\w+\\-\\d+$',
  'aws-eusc': '^eusc\\-(de)\\-\\w+\\-\\d+$',
  'aws-iso': '^us\\-iso\\-\\w+\\-\\d+$',
  'aws-iso-b': '^us\\-isob\\-\\w+\\-\\d+$',
  'aws-iso-e': '^eu\\-isoe\\-\\w+\\-\\d+$',
  'aws-iso-f': '^us\\-isof\\-\\w+\\-\\d+$',
  'aws-us-gov': '^us\\-gov\\-\\w+\\-\\d+$'
}

const PATTERNS = Object.values(REGION_PATTERNS).map(p => new RegExp(p))

/** The region has the shape of some partition's regions (known to the SDK or not). */
export function fitsAPartition(region: string): boolean {
  // The patterns' \w would let upper case and '_' through; no region has them.
  return /^[a-z0-9-]+$/.test(region) && PATTERNS.some(p => p.test(region))
}
