// Every ARN ggcd builds, in each partition: the one place they are spelled.
import { describe, expect, it } from '@jest/globals'
import {
  componentArn,
  componentVersionArn,
  coreDeviceArn,
  iotTargetArn,
  policyArn,
  repositoryArn,
  roleArn,
  tableArn
} from '../../../src/core/arns.js'

const ACCOUNT = '123456789012'

describe('ARNs', () => {
  it.each([
    ['eu-west-1', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov']
  ])('in %s name the %s partition', (region, partition) => {
    const at = `arn:${partition}`
    expect(repositoryArn(region, ACCOUNT, 'app')).toBe(
      `${at}:ecr:${region}:${ACCOUNT}:repository/app`
    )
    expect(componentArn(region, ACCOUNT, 'com.example.App')).toBe(
      `${at}:greengrass:${region}:${ACCOUNT}:components:com.example.App`
    )
    expect(componentVersionArn(region, ACCOUNT, 'com.example.App', '1.2.3')).toBe(
      `${at}:greengrass:${region}:${ACCOUNT}:components:com.example.App:versions:1.2.3`
    )
    expect(coreDeviceArn(region, ACCOUNT, 'core-1')).toBe(
      `${at}:greengrass:${region}:${ACCOUNT}:coreDevices:core-1`
    )
    expect(iotTargetArn(region, ACCOUNT, 'thing', 'core-1')).toBe(
      `${at}:iot:${region}:${ACCOUNT}:thing/core-1`
    )
    expect(iotTargetArn(region, ACCOUNT, 'thinggroup', 'fleet')).toBe(
      `${at}:iot:${region}:${ACCOUNT}:thinggroup/fleet`
    )
    expect(tableArn(region, ACCOUNT, 'Table')).toBe(
      `${at}:dynamodb:${region}:${ACCOUNT}:table/Table`
    )
    // IAM is global: no region in its ARNs.
    expect(roleArn(region, ACCOUNT, 'Role')).toBe(`${at}:iam::${ACCOUNT}:role/Role`)
    expect(policyArn(region, ACCOUNT, 'Policy')).toBe(`${at}:iam::${ACCOUNT}:policy/Policy`)
  })

  it('keeps a placeholder account as it is, for messages', () => {
    expect(tableArn('eu-west-1', '<account>', 'T')).toBe(
      'arn:aws:dynamodb:eu-west-1:<account>:table/T'
    )
  })
})
