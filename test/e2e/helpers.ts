// What the end-to-end scenarios share: the inputs that point an action at the sandbox, the
// ARNs the sandbox's account gives a target, and the Greengrass emulator's call log read as
// a user would ask of it ("was any request one the real API rejects?").
import { DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './harness.js'
import type { Call, Sandbox } from '../../sandbox/sandbox.js'

/** The inputs that build with buildah, push to the sandbox's registry and keep waits short. */
export function sandboxInputs(sandbox: Sandbox): Record<string, string> {
  return {
    builder: 'buildah',
    registry: `http://${sandbox.registry}`,
    dockerfile: 'sandbox/Dockerfile',
    'wait-timeout': '120',
    'smoke-timeout': '60'
  }
}

/** Whether buildah still holds a login for the registry host (as a later job step would see). */
export function buildahLoggedIn(host: string, env: Record<string, string>): boolean {
  return (
    spawnSync('buildah', ['login', '--get-login', host], { env: { ...process.env, ...env } })
      .status === 0
  )
}

export function thingArn(sandbox: Sandbox, name: string): string {
  return `arn:aws:iot:${sandbox.region}:${sandbox.accountId}:thing/${name}`
}

export function groupArn(sandbox: Sandbox, name: string): string {
  return `arn:aws:iot:${sandbox.region}:${sandbox.accountId}:thinggroup/${name}`
}

/** The requests the emulator refused against the API model, in a form that reads well in a diff. */
export function rejectedCalls(calls: Call[]): Array<Pick<Call, 'operation' | 'rejected'>> {
  return calls.filter(c => c.rejected).map(c => ({ operation: c.operation, rejected: c.rejected }))
}

/** The calls of one operation that the emulator answered with success, in order. */
export function succeeded(calls: Call[], operation: string): Call[] {
  return calls.filter(c => c.operation === operation && c.status >= 200 && c.status < 300)
}

/** The newest item a device wrote into the sandbox's table, read straight from DynamoDB. */
export async function newestItem(
  sandbox: Sandbox,
  device: string,
  tableName = 'SampleDynamoTable'
): Promise<Record<string, string> | undefined> {
  const dynamodb = new DynamoDBClient({
    region: sandbox.region,
    endpoint: sandbox.env.AWS_ENDPOINT_URL_DYNAMODB,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }
  })
  const { Items } = await dynamodb.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'device_name = :d',
      ExpressionAttributeValues: { ':d': { S: device } },
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true
    })
  )
  const item = Items?.[0]
  if (!item) return undefined
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, v.S ?? JSON.stringify(v)]))
}

/**
 * A fresh directory inside the repository (under its git-ignored tmp/): the actions accept
 * paths in the workspace only, as they do on a runner.
 */
export function workspaceTemp(prefix: string): string {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true })
  return mkdtempSync(join(ROOT, 'tmp', prefix))
}
