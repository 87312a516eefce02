// What the device policy's tests share: a mocked IAM, the inputs, a clock, the fixture's
// rendered document and IAM's answers for a role, a policy, its versions and attachments.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListPolicyVersionsCommand,
  NoSuchEntityException
} from '@aws-sdk/client-iam'
import { mockClient } from 'aws-sdk-client-mock'
import type { PolicyInputs } from '../../../../src/core/config.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'

export const FIXTURE = fileURLToPath(
  new URL('../../../fixtures/policies/device-policy.json', import.meta.url)
)
export const SHIPPED = fileURLToPath(
  new URL('../../../../recipe/token-exchange-policy.json', import.meta.url)
)
export const ACCOUNT = '123456789012'
export const POLICY_ARN = `arn:aws:iam::${ACCOUNT}:policy/DevicePolicy`
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/TokenRole`
export const MUTATING = [
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  AttachRolePolicyCommand
]

export const iamMock = mockClient(IAMClient)
export const iam = new IAMClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' }
})

export let dir: string | undefined

/** A scratch directory for templates, made once per test file. */
export function scratchDir(): string {
  dir ??= mkdtempSync(join(tmpdir(), 'ggcd-policy-'))
  return dir
}

export function template(name: string, text: string): string {
  const file = join(scratchDir(), name)
  writeFileSync(file, text)
  return file
}

export function inputs(over: Partial<PolicyInputs> = {}): PolicyInputs & { accountId: string } {
  return {
    region: 'eu-west-1',
    accountId: ACCOUNT,
    policy: FIXTURE,
    policyName: 'DevicePolicy',
    roleName: 'TokenRole',
    tableName: 'SampleDynamoTable',
    repository: 'dynamodb_access_sample',
    variables: {},
    dryRun: false,
    ...over
  }
}

export let now: number
export const start = Date.parse('2026-01-01T00:00:00Z')
export let reporter = new MemoryReporter()
export function context(): StepContext {
  return {
    reporter,
    clock: {
      now: () => new Date(now),
      sleep: async ms => {
        now += ms
      }
    },
    random: () => 0.5
  }
}

/** The document the fixture renders to, as data. */
export function wanted(): Record<string, unknown> {
  const doc = JSON.parse(readFileSync(FIXTURE, 'utf8').replace(/\{AWS_REGION\}/g, 'eu-west-1'))
  return JSON.parse(
    JSON.stringify(doc)
      .replace(/\{AWS_ACCOUNT_ID\}/g, ACCOUNT)
      .replace(/\{ECR_REPOSITORY\}/g, 'dynamodb_access_sample')
      .replace(/\{TABLE_NAME\}/g, 'SampleDynamoTable')
  )
}

/** As IAM returns documents: URL-encoded per RFC 3986 (which also escapes !'()*). */
export function iamEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

/** Keys in another order and other whitespace: the same policy as data. */
export function reformatted(doc: Record<string, unknown>): string {
  const reversed = Object.fromEntries(Object.entries(doc).reverse())
  return JSON.stringify(reversed, null, 4)
}

export const noSuchEntity = (message = 'not found') =>
  new NoSuchEntityException({ message, $metadata: { httpStatusCode: 404 } })

export function mutatingCalls(): number {
  const names = new Set(MUTATING.map(command => command.name))
  return calledNames().filter(n => names.has(n)).length
}

export function calledNames(): string[] {
  return iamMock.calls().map(call => (call.args[0] as object).constructor.name)
}

export const BOUNDARY = {
  PermissionsBoundaryType: 'PermissionsBoundaryPolicy' as const,
  PermissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/ggcd-device-boundary`
}

/** The role as GetRole answers it: trusting the IoT credentials provider, unless `over`
 * replaces any of its fields. */
export function roleExists(
  boundary: typeof BOUNDARY | null = BOUNDARY,
  over: Record<string, unknown> = {}
): void {
  iamMock.on(GetRoleCommand).resolves({
    Role: {
      RoleName: 'TokenRole',
      Arn: ROLE_ARN,
      Path: '/',
      RoleId: 'AROA',
      CreateDate: new Date(start),
      PermissionsBoundary: boundary ?? undefined,
      AssumeRolePolicyDocument: iamEncode(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'credentials.iot.amazonaws.com' },
              Action: 'sts:AssumeRole'
            }
          ]
        })
      ),
      ...over
    }
  })
}

/** IAM's answer to a call the CI role may not make. */
export const denied = (action: string) =>
  Object.assign(
    new Error(`User: arn:aws:sts::1:assumed-role/ci is not authorized to perform: ${action}`),
    { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }
  )

export function policyExists(document: string, defaultVersion = 'v3'): void {
  iamMock.on(GetPolicyCommand).resolves({
    Policy: { Arn: POLICY_ARN, PolicyName: 'DevicePolicy', DefaultVersionId: defaultVersion }
  })
  iamMock
    .on(GetPolicyVersionCommand, { PolicyArn: POLICY_ARN, VersionId: defaultVersion })
    .resolves({ PolicyVersion: { Document: document, VersionId: defaultVersion } })
}

export function attachedPolicies(...arns: string[]): void {
  iamMock.on(ListAttachedRolePoliciesCommand).resolves({
    AttachedPolicies: arns.map(a => ({ PolicyArn: a, PolicyName: a.split('/').pop() })),
    IsTruncated: false
  })
}

export function versions(count: number, defaultId: string): void {
  iamMock.on(ListPolicyVersionsCommand).resolves({
    Versions: Array.from({ length: count }, (_, i) => ({
      VersionId: `v${i + 1}`,
      IsDefaultVersion: `v${i + 1}` === defaultId,
      CreateDate: new Date(start - (count - i) * 86_400_000)
    })),
    IsTruncated: false
  })
}

export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the step to fail')
}

/** Before each test: no IAM answers, the clock at the start, an empty reporter. */
export function resetPolicyTest(): void {
  iamMock.reset()
  now = start
  reporter = new MemoryReporter()
}
