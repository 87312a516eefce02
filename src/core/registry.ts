// Which registry may receive the ECR password, and the registry's text form: as the registry
// input writes it, and as a login record keeps it (http:// for a plain-HTTP registry).
import type { Parsed, Registry } from './config.js'

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
