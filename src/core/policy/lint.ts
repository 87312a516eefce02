// The lint: what a device policy may never grant.
//
// The CI role may write any document into the device policy (IAM has no condition key on a
// policy's content), so the toolkit refuses, before the first call, a document that would
// hand the devices more than a device needs. The permissions boundary the infra template puts
// on the device role caps it in AWS as well; the lint keeps the mistake from reaching IAM.
// Deny statements only take rights away, so only Allow statements are linted.
import { ConfigurationError } from '../shared/errors.js'
import { lineOf } from '../shared/template.js'

/** Services whose actions let a holder change who may do what, or become someone else. */
const PRIVILEGED_SERVICES = ['iam', 'sts', 'organizations']
/** service:Action as IAM reads it (a service prefix, one colon, a name with wildcards). */
const ACTION_FORMAT = /^(\*|[a-z0-9*?-]+:[A-Za-z0-9*?]+)$/
/** The one action a device needs that has no resource-level permissions. */
const RESOURCE_STAR_ONLY = ['ecr:getauthorizationtoken']

export function lintDevicePolicy(
  doc: unknown,
  accountId: string,
  templateText: string,
  file: string
): void {
  const statements = (doc as { Statement: Record<string, unknown>[] }).Statement
  for (const [i, st] of statements.entries()) {
    const sid = typeof st.Sid === 'string' ? st.Sid : undefined
    const name = `statement ${i + 1}${sid ? ` (${sid})` : ''}`
    const line = sid ? lineOf(templateText, `"${sid}"`) : undefined
    const where = `${file}${line ? `:${line}` : ''}: ${name}`
    // The format of every action, Deny too: IAM refuses a malformed one only when the policy
    // is written, after the image was built and pushed.
    for (const key of ['Action', 'NotAction'] as const) {
      for (const action of stringsOf(st[key]) ?? []) {
        if (!ACTION_FORMAT.test(action)) {
          throw new ConfigurationError(
            `${where} has the ${key} ${JSON.stringify(action)}, which is not an IAM action: write service:Action, e.g. dynamodb:PutItem; fix the template.`,
            file
          )
        }
      }
    }
    if (st.Effect !== 'Allow') continue
    const fail = (message: string): never => {
      throw new ConfigurationError(
        `${where} ${message} The device policy may grant only what a device needs; fix the template.`,
        file
      )
    }
    for (const key of ['NotAction', 'NotResource', 'NotPrincipal'] as const) {
      if (key in st) fail(`uses "${key}", which allows everything it does not name.`)
    }
    const actions = stringsOf(st.Action)
    const resources = stringsOf(st.Resource)
    if (!actions) fail('has an "Action" that is not a string or a list of strings.')
    if (!resources) fail('has a "Resource" that is not a string or a list of strings.')
    for (const action of actions!) {
      const [service, operation] = action.toLowerCase().split(':', 2)
      if (!service || !operation || /[*?]/.test(action)) {
        fail(`allows ${JSON.stringify(action)}: a wildcard action; list each action by name.`)
      }
      if (PRIVILEGED_SERVICES.includes(service!)) {
        fail(
          `allows ${JSON.stringify(action)}: no ${PRIVILEGED_SERVICES.map(s => `${s}:`).join(', ')} action belongs in a device policy.`
        )
      }
    }
    for (const resource of resources!) {
      const everything = resource === '*' || /^arn:[^:]*:[^:]*:[^:]*:[^:]*:\*$/.test(resource)
      if (everything) {
        const others = actions!.filter(a => !RESOURCE_STAR_ONLY.includes(a.toLowerCase()))
        if (others.length > 0) {
          fail(
            `allows ${others.join(', ')} on ${JSON.stringify(resource)}: only ecr:GetAuthorizationToken may have Resource "*"; name the resources.`
          )
        }
        continue
      }
      const parts = resource.split(':')
      if (parts[0] !== 'arn' || parts.length < 6) {
        fail(`has the resource ${JSON.stringify(resource)}, which is not an ARN.`)
      }
      const [, partition, service, region, account] = parts
      if (/[*?]/.test(`${partition}:${service}:${region}:${account}`)) {
        fail(
          `has the resource ${JSON.stringify(resource)} with a wildcard in its partition, service, region or account.`
        )
      }
      if (account !== '' && account !== accountId) {
        fail(
          `has the resource ${JSON.stringify(resource)} of account ${account}; a device policy names resources of this account (${accountId}) only.`
        )
      }
      // `table/*`, `repository/*`: every resource of a type is as good as "*" for that type.
      // An ARN without an account (S3's) starts with the name itself: `bucket/*` is fine.
      const name = parts.slice(5).join(':').split(/[/:]/)
      const first = account === '' || name.length === 1 ? name[0] : name[1]
      if (first === '*') {
        fail(
          `has the resource ${JSON.stringify(resource)}, which names every resource of its type; name the table or repository.`
        )
      }
    }
  }
}

function stringsOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.length > 0 && value.every(v => typeof v === 'string')) {
    return value as string[]
  }
  return undefined
}
