// The registry images are pushed to and pulled from: the registry input when it is given,
// else the account's own ECR registry in the run's region. The one place its host is made.
//
// build-push finds, creates and reads the repository with the ECR API of the run's account
// and region, and the device policy grants pulls from the repository there (its template
// names it by ARN: partition, region, account, name). So a registry input that is an ECR
// host must be that same registry, by any of its endpoints (FIPS, dual-stack); one of
// another account or region is refused (checkRegistry) rather than pushed to while the
// repository and the policy name another. A registry on this machine (the sandbox) is no
// ECR registry at all: IAM has no say over it, so the policy still names the ECR repository.
import { dnsSuffixOf } from './shared/aws.js'
import { ConfigurationError } from './shared/errors.js'
import type { Parsed, Registry } from './config.js'

// The registry input's text, and which hosts may receive the ECR password.

// The registry receives the ECR password, so only two kinds of host may be named: an ECR
// registry (any partition: the DNS suffixes are those of the SDK's partitions data, and the
// FIPS and dual-stack forms), or a registry on this machine (a local sandbox). Plain HTTP
// carries the password in the clear, so it too is for this machine only.
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d{1,5})?$/
const ECR_DNS_SUFFIXES = [
  'amazonaws.com',
  'amazonaws.com.cn',
  'amazonaws.eu',
  'c2s.ic.gov',
  'sc2s.sgov.gov',
  'cloud.adc-e.uk',
  'csp.hci.ic.gov'
]
const ECR_REGISTRY = new RegExp(
  `^\\d{12}\\.(?:dkr\\.ecr(?:-fips)?\\.[a-z]{2,}(?:-[a-z]+)+-\\d{1,2}\\.(?:${ECR_DNS_SUFFIXES.map(
    s => s.replace(/\./g, '\\.')
  ).join('|')})|dkr-ecr(?:-fips)?\\.[a-z]{2,}(?:-[a-z]+)+-\\d{1,2}\\.on\\.aws)$`
)

export function parseRegistry(raw: string): Parsed<Registry> {
  const m = /^(https?:\/\/)?([^/\s]+)\/?$/.exec(raw.trim())
  const host = m?.[2] ?? ''
  const insecure = m?.[1] === 'http://'
  if (m && LOOPBACK.test(host)) return { ok: true, value: { host, insecure } }
  if (m && insecure && ECR_REGISTRY.test(host)) {
    return {
      ok: false,
      message: `may use http:// only for a registry on this machine (localhost, 127.0.0.1, [::1]): the ECR password would cross the network unencrypted. Use https for '${host}' (write the host alone)`
    }
  }
  if (m && ECR_REGISTRY.test(host)) return { ok: true, value: { host, insecure: false } }
  if (m && insecure) {
    return {
      ok: false,
      message: `may use http:// only for a registry on this machine (localhost, 127.0.0.1, [::1]): the ECR password would cross the network unencrypted, to '${host}'`
    }
  }
  return {
    ok: false,
    message:
      "must be an Amazon ECR registry host such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com, or a registry on this machine such as http://localhost:5000 (a local sandbox): ggcd sends the ECR password to it, so no other host may have it. Leave it empty for the account's own registry"
  }
}

/** A registry as the build-push step's inputs carry it. */
export interface RegistryInput {
  host: string
  /** Plain HTTP, no TLS: a local sandbox registry. */
  insecure: boolean
}

/** The account's own ECR registry in the region: <account>.dkr.ecr.<region>.<dns suffix>. */
export function defaultRegistryHost(accountId: string, region: string): string {
  return `${accountId}.dkr.ecr.${region}.${dnsSuffixOf(region)}`
}

/** The registry of a run: the input when given, else the account's own ECR registry. */
export function registryOf(
  input: RegistryInput | undefined,
  accountId: string,
  region: string
): RegistryInput {
  return input ?? { host: defaultRegistryHost(accountId, region), insecure: false }
}

/** The account and region an ECR registry host names; undefined for any other host. */
export function ecrRegistryOf(host: string): { accountId: string; region: string } | undefined {
  const m = /^(\d{12})\.dkr[.-]ecr(?:-fips)?\.([a-z0-9-]+)\./.exec(host)
  return m ? { accountId: m[1]!, region: m[2]! } : undefined
}

/** Refuses an ECR registry input of another account or region than the run's. */
export function checkRegistry(
  input: RegistryInput | undefined,
  accountId: string,
  region: string
): void {
  const ecr = input && ecrRegistryOf(input.host)
  if (!ecr || (ecr.accountId === accountId && ecr.region === region)) return
  throw new ConfigurationError(
    `Input 'registry': ${input.host} is the ECR registry of account ${ecr.accountId} in ${ecr.region}, but this run's repository and device policy are in account ${accountId}, ${region}. Leave registry empty for ${defaultRegistryHost(accountId, region)}, or run in the registry's account and region.`,
    'registry'
  )
}
