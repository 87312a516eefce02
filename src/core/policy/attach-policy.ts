// The device policy: renders the IAM policy template, keeps one customer managed policy in step
// with it and attaches it to the token exchange role. Idempotent by design: a new version only
// when the document differs as data, an attach only when missing, so a rerun after a crash
// finishes the work. A dry run makes read-only calls and says what would change.
import { policyArn as arnOfPolicy, roleArn as arnOfRole } from '../arns.js'
import { readInputFile } from '../shared/files.js'
import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  GetRoleCommand,
  type IAMClient,
  ListAttachedRolePoliciesCommand,
  type Policy
} from '@aws-sdk/client-iam'
import { defaultRegistryHost } from '../registry.js'
import { ConfigurationError } from '../shared/errors.js'
import type { PolicyInputs } from '../config.js'
import type { MemoryReporter, StepContext } from '../shared/report.js'
import { templateValues } from '../shared/template.js'
import { POLICY_SIZE_LIMIT, policyDiff, renderPolicy } from './document.js'
import { PROPAGATION, getPolicy, isNamed, malformed, send } from './iam-calls.js'
import { lintDevicePolicy } from './lint.js'
import { updatePolicy } from './versions.js'

export interface PolicyResult {
  policyArn: string
  policyName: string
  /** The role it is attached to. */
  roleName: string
  /**
   * The default version id after this run, e.g. v3. A dry run changes nothing, so it reports
   * the current default, or 'none' when the policy does not exist yet.
   */
  policyVersion: string
  /** The policy was created or got a new version (in a dry run: would be). */
  changed: boolean
  created: boolean
  /** Attached to the role in this run (in a dry run: would be). */
  attached: boolean
  /** The old version deleted to make room for the new one (in a dry run: would be). */
  deletedVersion?: string
  /** The rendered document, minified. */
  document: string
  /** Line diff against the current default version, when the document changes. */
  diff?: string
}

// ---------------------------------------------------------------------------------------
// The step

/** The policy template, read and rendered (minified): every mistake in it, without AWS. */
export async function policyDocument(
  inputs: PolicyInputs & { accountId: string }
): Promise<string> {
  const { region, accountId } = inputs
  const templateText = await readTemplate(inputs.policy)
  const values = templateValues({
    accountId,
    region,
    repository: inputs.repository,
    tableName: inputs.tableName,
    roleName: inputs.roleName,
    // The account's own: the registry of the repository the policy names (registry.ts).
    registry: defaultRegistryHost(accountId, region),
    variables: inputs.variables
  })
  const document = renderPolicy(templateText, values, inputs.policy)
  lintDevicePolicy(JSON.parse(document), accountId, templateText, inputs.policy)
  return document
}

/** `prepared`: what the pipeline's preflight already did: the rendered document, and the
 * role's check (GetRole), whose report is given again here instead of asking again. */
export async function attachPolicy(
  inputs: PolicyInputs & { accountId: string },
  clients: { iam: IAMClient },
  ctx: StepContext,
  prepared: { document?: string; role?: { roleArn: string; notes: MemoryReporter } } = {}
): Promise<PolicyResult> {
  const { iam } = clients
  const { reporter } = ctx
  const { region, accountId, policyName, roleName, dryRun } = inputs
  const file = inputs.policy

  // Everything the user can get wrong is checked before the first call.
  const document = prepared.document ?? (await policyDocument(inputs))
  const wanted = JSON.parse(document) as unknown
  const policyArn = arnOfPolicy(region, accountId, policyName)
  const roleArn = arnOfRole(region, accountId, roleName)
  reporter.debug(
    `Rendered ${file}: ${document.length} characters (IAM allows ${POLICY_SIZE_LIMIT}).`
  )
  if (dryRun) reporter.info('Dry run: reading only; no IAM change is made.')

  if (prepared.role?.roleArn === roleArn) prepared.role.notes.replayTo(reporter)
  else await checkRole(iam, ctx, roleName, roleArn)

  const result: PolicyResult = {
    policyArn,
    policyName,
    roleName,
    policyVersion: 'none',
    changed: false,
    created: false,
    attached: false,
    document
  }

  let policy = await getPolicy(iam, ctx, policyArn)
  // Created seconds ago, by this run or by one that crashed or raced it: IAM may not show it
  // to AttachRolePolicy yet.
  let recent = false
  if (!policy) {
    reporter.info(
      `Policy ${policyName} does not exist; ${dryRun ? 'would create' : 'creating'} it.`
    )
    result.diff = policyDiff(undefined, wanted)
    reporter.info(result.diff)
    if (dryRun) {
      return { ...result, changed: true, created: true, attached: true }
    }
    policy = await createPolicy(iam, ctx, inputs, policyArn, document)
    if (policy) {
      result.created = true
      result.changed = true
      result.policyVersion = policy.DefaultVersionId ?? 'v1'
      reporter.info(`Created ${policyArn} (${result.policyVersion}).`)
    } else {
      reporter.info(`Policy ${policyName} was created by someone else meanwhile; updating it.`)
      policy = await getPolicyAfterConflict(iam, ctx, policyArn, policyName)
      recent = true
    }
  }

  if (!result.created) {
    Object.assign(
      result,
      await updatePolicy(iam, ctx, policy, { policyArn, document, file, dryRun })
    )
  }

  const attached = result.created ? false : await isAttached(iam, ctx, roleName, roleArn, policyArn)
  if (attached) {
    reporter.info(`Policy ${policyName} is already attached to role ${roleName}.`)
  } else if (dryRun) {
    reporter.info(`Would attach policy ${policyName} to role ${roleName}.`)
    result.attached = true
  } else {
    await send(
      ctx,
      { action: 'iam:AttachRolePolicy', resource: roleArn },
      () => iam.send(new AttachRolePolicyCommand({ RoleName: roleName, PolicyArn: policyArn })),
      // A policy just created may not be visible to AttachRolePolicy for a while.
      result.created || recent ? { retryOn: ['NoSuchEntity'], retry: PROPAGATION } : {}
    )
    reporter.info(`Attached policy ${policyName} to role ${roleName}.`)
    result.attached = true
  }
  return result
}

async function readTemplate(file: string): Promise<string> {
  if (!file) {
    throw new ConfigurationError(
      "Input 'policy' is required: the path of the IAM policy template, e.g. recipe/token-exchange-policy.json.",
      'policy'
    )
  }
  return readInputFile(
    file,
    'policy',
    `${file} does not exist (relative to ${process.cwd()}). Point 'policy' at the IAM policy template, e.g. recipe/token-exchange-policy.json.`
  )
}

export async function checkRole(
  iam: IAMClient,
  ctx: StepContext,
  roleName: string,
  roleArn: string
): Promise<void> {
  try {
    const { Role } = await send(
      ctx,
      { action: 'iam:GetRole', resource: roleArn },
      () => iam.send(new GetRoleCommand({ RoleName: roleName })),
      { pass: ['NoSuchEntity'] }
    )
    ctx.reporter.info(`Role ${roleName} exists (${Role?.Arn ?? roleArn}).`)
    const trust = Role?.AssumeRolePolicyDocument
    if (trust && !safeDecode(trust).includes('credentials.iot.amazonaws.com')) {
      ctx.reporter.warning(
        `Role ${roleName} does not trust credentials.iot.amazonaws.com, so Greengrass devices cannot assume it through their token exchange role alias.`
      )
    }
    // Without a boundary the device policy alone says what the devices may do, and whoever
    // can rewrite it (this step's role) decides. infra/github-oidc.yaml's deploy role cannot
    // attach the policy to a role without its boundary; say why before that is denied.
    if (Role && !Role.PermissionsBoundary?.PermissionsBoundaryArn) {
      ctx.reporter.warning(
        `Role ${roleName} has no permissions boundary, so the device policy alone limits what the devices may do. Set the boundary infra/github-oidc.yaml creates (aws iam put-role-permissions-boundary, infra/README.md step 5); the deploy role it creates may attach the policy only to a role that has it.`
      )
    }
  } catch (error) {
    if (!isNamed(error, ['NoSuchEntity'])) throw error
    throw new ConfigurationError(
      `Role ${roleName} does not exist. It is the role Greengrass devices get credentials for: Greengrass core setup creates it when run with --provision true (GreengrassV2TokenExchangeRole, with the role alias GreengrassV2TokenExchangeRoleAlias). Otherwise create it with a trust policy that lets credentials.iot.amazonaws.com assume it (and a role alias pointing at it), or set 'role-name' to the role your devices already use.`,
      'role-name'
    )
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Undefined when another run created the policy first. */
async function createPolicy(
  iam: IAMClient,
  ctx: StepContext,
  inputs: PolicyInputs,
  policyArn: string,
  document: string
): Promise<Policy | undefined> {
  try {
    const { Policy } = await send(
      ctx,
      {
        action: 'iam:CreatePolicy',
        resource: policyArn,
        onLimit:
          'The account has as many customer managed policies as IAM allows: delete unused ones, or set policy-name to an existing policy.'
      },
      () =>
        iam.send(
          new CreatePolicyCommand({
            PolicyName: inputs.policyName,
            PolicyDocument: document,
            Description: `Managed by ggcd: lets Greengrass devices pull images from ECR repository ${inputs.repository} and write to DynamoDB table ${inputs.tableName}. Changes made by hand are replaced at the next run.`
          })
        ),
      { pass: ['EntityAlreadyExists', 'MalformedPolicyDocument'] }
    )
    return Policy ?? {}
  } catch (error) {
    if (isNamed(error, ['EntityAlreadyExists'])) return undefined
    throw malformed(error, inputs.policy)
  }
}

async function getPolicyAfterConflict(
  iam: IAMClient,
  ctx: StepContext,
  policyArn: string,
  policyName: string
): Promise<Policy> {
  // The other run's create may take a moment to be visible.
  const policy = await getPolicy(iam, ctx, policyArn, {
    retryOn: ['NoSuchEntity'],
    retry: { ...PROPAGATION, budgetMs: 30_000 }
  })
  if (policy) return policy
  throw new ConfigurationError(
    `A managed policy named ${policyName} exists, but not as ${policyArn} (it has another path). Set 'policy-name' to another name, or delete that policy.`,
    'policy-name'
  )
}

async function isAttached(
  iam: IAMClient,
  ctx: StepContext,
  roleName: string,
  roleArn: string,
  policyArn: string
): Promise<boolean> {
  let marker: string | undefined
  do {
    const page = await send(
      ctx,
      { action: 'iam:ListAttachedRolePolicies', resource: roleArn },
      () => iam.send(new ListAttachedRolePoliciesCommand({ RoleName: roleName, Marker: marker }))
    )
    if (page.AttachedPolicies?.some(p => p.PolicyArn === policyArn)) return true
    marker = page.IsTruncated ? page.Marker : undefined
  } while (marker)
  return false
}
