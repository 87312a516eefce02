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
