// Which AWS SDK clients a bundle carries, read from its text, and how big it is on disk.
//
// A client counts as bundled when one of its markers is in the bundle: its client class
// (`class ECRClient`; ncc does not minify) or the module path webpack notes for it
// (`node_modules/@aws-sdk/client-ecr/`). STS is the exception: the credential providers carry
// an STSClient of their own (@aws-sdk/nested-clients, for AssumeRole and web identity), so
// @aws-sdk/client-sts counts only by what that one lacks: GetCallerIdentityCommand, or its
// module path.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const SDK_CLIENTS = [
  'sts',
  'ecr',
  'iam',
  'greengrassv2',
  'dynamodb',
  'iot',
  'cloudwatch-logs'
] as const
export type SdkClient = (typeof SDK_CLIENTS)[number]

const MARKERS: Record<SdkClient, RegExp[]> = {
  sts: [/\bclass GetCallerIdentityCommand\b/, /node_modules\/@aws-sdk\/client-sts\//],
  ecr: [/\bclass ECRClient\b/, /node_modules\/@aws-sdk\/client-ecr\//],
  iam: [/\bclass IAMClient\b/, /node_modules\/@aws-sdk\/client-iam\//],
  greengrassv2: [/\bclass GreengrassV2Client\b/, /node_modules\/@aws-sdk\/client-greengrassv2\//],
  dynamodb: [/\bclass DynamoDBClient\b/, /node_modules\/@aws-sdk\/client-dynamodb\//],
  iot: [/\bclass IoTClient\b/, /node_modules\/@aws-sdk\/client-iot\//],
  'cloudwatch-logs': [
    /\bclass CloudWatchLogsClient\b/,
    /node_modules\/@aws-sdk\/client-cloudwatch-logs\//
  ]
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
  )
}

/** The SDK clients whose markers appear in any .js/.mjs/.cjs file of the folder. */
export function bundledClients(dir: string): SdkClient[] {
  const text = files(dir)
    .filter(f => /\.[mc]?js$/.test(f))
    .map(f => readFileSync(f, 'utf8'))
    .join('\n')
  return SDK_CLIENTS.filter(client => MARKERS[client].some(marker => marker.test(text)))
}

/** Bytes of every file in the folder. */
export function folderSize(dir: string): number {
  return files(dir).reduce((sum, f) => sum + statSync(f).size, 0)
}
