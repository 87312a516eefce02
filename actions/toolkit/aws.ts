// The one place AWS clients are configured. Each step imports only the client it needs
// (so a bundle carries only those SDKs) and builds it from this configuration. Endpoints
// come from the SDK's own AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE> variables.
export const VERSION = '0.1.0'
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
  retryMode: 'standard'
  customUserAgent: string
  requestHandler: Timeouts & { throwOnRequestTimeout: true }
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

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

export function dnsSuffixOf(region: string): string {
  return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
}
