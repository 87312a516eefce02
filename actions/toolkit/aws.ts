// The one place AWS clients are configured. Each step imports only the client it needs
// (so a bundle carries only those SDKs) and builds it from this configuration. Endpoints
// come from the SDK's own AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE> variables.
export const VERSION = '0.1.0'
export const USER_AGENT = `ggcd/${VERSION}`

export interface ClientConfig {
  region: string
  maxAttempts: number
  retryMode: 'standard'
  customUserAgent: string
}

export function clientConfig(region: string): ClientConfig {
  return { region, maxAttempts: 5, retryMode: 'standard', customUserAgent: USER_AGENT }
}

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

export function dnsSuffixOf(region: string): string {
  return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
}
