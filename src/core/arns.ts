// Every ARN ggcd builds, in one place: the partition comes from the region (aws, aws-cn,
// aws-us-gov), the account and region are the run's. IAM names no region in its ARNs.
import { partitionOf } from './shared/aws.js'

/** arn:<partition>:<service>:<region>:<account>:<resource>. */
function arn(service: string, region: string, accountId: string, resource: string): string {
  return `arn:${partitionOf(region)}:${service}:${region}:${accountId}:${resource}`
}

/** An ECR repository. */
export function repositoryArn(region: string, accountId: string, repository: string): string {
  return arn('ecr', region, accountId, `repository/${repository}`)
}

/** A Greengrass component (every version of it). */
export function componentArn(region: string, accountId: string, name: string): string {
  return arn('greengrass', region, accountId, `components:${name}`)
}

/** One version of a Greengrass component. */
export function componentVersionArn(
  region: string,
  accountId: string,
  name: string,
  version: string
): string {
  return `${componentArn(region, accountId, name)}:versions:${version}`
}

/** A Greengrass core device, by its thing name. */
export function coreDeviceArn(region: string, accountId: string, thingName: string): string {
  return arn('greengrass', region, accountId, `coreDevices:${thingName}`)
}

/** An IoT thing or thing group: a deployment's target. */
export function iotTargetArn(
  region: string,
  accountId: string,
  kind: 'thing' | 'thinggroup',
  name: string
): string {
  return arn('iot', region, accountId, `${kind}/${name}`)
}

/** An IAM role; IAM is global, so the region only gives the partition. */
export function roleArn(region: string, accountId: string, roleName: string): string {
  return `arn:${partitionOf(region)}:iam::${accountId}:role/${roleName}`
}

/** A customer managed IAM policy; the region only gives the partition. */
export function policyArn(region: string, accountId: string, policyName: string): string {
  return `arn:${partitionOf(region)}:iam::${accountId}:policy/${policyName}`
}

/** A DynamoDB table; accountId may be a placeholder such as `<account>` in a message. */
export function tableArn(region: string, accountId: string, tableName: string): string {
  return arn('dynamodb', region, accountId, `table/${tableName}`)
}
