// Links into the AWS console for what a run made, so the summary leads straight to it. Each
// partition has its own console host (the China and GovCloud consoles are not under
// aws.amazon.com); the page is the Greengrass part of the IoT console, picked by its hash.
import { partitionOf } from './aws.js'

const CONSOLE_HOST: Record<string, string> = {
  aws: 'console.aws.amazon.com',
  'aws-cn': 'console.amazonaws.cn',
  'aws-us-gov': 'console.amazonaws-us-gov.com'
}

function greengrassPage(region: string, page: string): string {
  const host = CONSOLE_HOST[partitionOf(region)] ?? CONSOLE_HOST.aws!
  return `https://${region}.${host}/iot/home?region=${region}#/greengrass/v2/${page}`
}

export function componentConsoleUrl(region: string, name: string, version: string): string {
  return greengrassPage(
    region,
    `components/private/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`
  )
}

export function deploymentConsoleUrl(region: string, deploymentId: string): string {
  return greengrassPage(region, `deployments/${encodeURIComponent(deploymentId)}`)
}

/** A core device's page (its components, deployments and status), by its thing name. */
export function coreDeviceConsoleUrl(region: string, thingName: string): string {
  return greengrassPage(region, `cores/${encodeURIComponent(thingName)}`)
}

/** The region of an ARN (arn:partition:service:region:account:resource). */
export function regionOfArn(arn: string): string | undefined {
  return arn.split(':')[3] || undefined
}
