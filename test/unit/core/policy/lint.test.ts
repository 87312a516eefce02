// The lint: what a device policy may never grant, refused before any IAM call.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { attachPolicy, policyDocument } from '../../../../src/core/policy/attach-policy.js'
import { lintDevicePolicy } from '../../../../src/core/policy/lint.js'
import { ConfigurationError } from '../../../../src/core/shared/errors.js'
import { HOSTILE } from '../../../fixtures/policies/hostile.js'
import {
  FIXTURE,
  SHIPPED,
  ACCOUNT,
  iamMock,
  iam,
  template,
  inputs,
  context,
  rejection,
  resetPolicyTest
} from './helpers.js'

beforeEach(resetPolicyTest)

describe('lintDevicePolicy', () => {
  const lint = (doc: unknown) => () => lintDevicePolicy(doc, ACCOUNT, JSON.stringify(doc), 'p.json')

  it.each(HOSTILE)('refuses %s, naming the statement', (_, doc, mentions) => {
    expect(lint(doc)).toThrow(ConfigurationError)
    expect(lint(doc)).toThrow(/p\.json:1: statement 1 \(Hostile\) /)
    expect(lint(doc)).toThrow(mentions)
  })

  it.each([
    ['a space for the colon', 'Allow', 'dynamodb PutItem'],
    ['no service', 'Allow', ':PutItem'],
    ['two colons', 'Allow', 'dynamodb::PutItem'],
    ['a malformed Deny', 'Deny', 'dynamodb PutItem']
  ])('refuses an action with %s before IAM sees it', (_, Effect, Action) => {
    const doc = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Write',
          Effect,
          Action: ['dynamodb:Query', Action],
          Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/T`
        }
      ]
    }
    expect(lint(doc)).toThrow(ConfigurationError)
    expect(lint(doc)).toThrow(
      `p.json:1: statement 1 (Write) has the Action ${JSON.stringify(Action)}, which is not an IAM action: write service:Action, e.g. dynamodb:PutItem`
    )
  })

  it('names the statement by number when it has no Sid', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
        { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }
      ]
    }
    expect(lint(doc)).toThrow(/^p\.json: statement 2 allows "iam:PassRole"/)
  })

  it.each([
    ['the token call on "*"', { Action: 'ecr:GetAuthorizationToken', Resource: '*' }],
    [
      'an S3 prefix (no account in the ARN)',
      { Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' }
    ],
    [
      'an index of the table',
      {
        Action: 'dynamodb:Query',
        Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/T/index/*`
      }
    ],
    ['a Deny of everything', { Effect: 'Deny', NotAction: 'dynamodb:PutItem', Resource: '*' }]
  ])('accepts %s', (_, statement) => {
    expect(
      lint({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...statement }] })
    ).not.toThrow()
  })

  it('passes the shipped template and the fixture the tests deploy', async () => {
    for (const policy of [SHIPPED, FIXTURE]) {
      await expect(policyDocument(inputs({ policy }))).resolves.toContain('"Version"')
    }
  })

  it('keeps the IAM policy variable ${credentials-iot:ThingName} as it is', async () => {
    const doc = JSON.parse(await policyDocument(inputs({ policy: SHIPPED })))
    const write = doc.Statement.find((s: { Sid: string }) => s.Sid === 'WriteOwnDeviceItems')
    expect(write.Condition).toEqual({
      'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['${credentials-iot:ThingName}'] }
    })
  })

  it('stops attach-policy before any call, naming the file and line', async () => {
    const file = template(
      'admin.json',
      JSON.stringify(
        {
          Version: '2012-10-17',
          Statement: [{ Sid: 'Admin', Effect: 'Allow', Action: '*', Resource: '*' }]
        },
        null,
        2
      )
    )
    const error = await rejection(attachPolicy(inputs({ policy: file }), { iam }, context()))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(`${file}:5: statement 1 (Admin) allows "*"`)
    expect(iamMock.calls()).toHaveLength(0)
  })
})

describe('lintDevicePolicy, rule by rule', () => {
  const allow = (Action: unknown, Resource: unknown) => ({
    Version: '2012-10-17',
    Statement: [{ Sid: 'S', Effect: 'Allow', Action, Resource }]
  })
  const lint = (doc: unknown) => () => lintDevicePolicy(doc, ACCOUNT, JSON.stringify(doc), 'p.json')
  const TABLE = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/T`

  it.each([
    ['iam:PassRole', `arn:aws:iam::${ACCOUNT}:role/Other`],
    ['sts:AssumeRole', `arn:aws:iam::${ACCOUNT}:role/Other`],
    ['organizations:DescribeOrganization', `arn:aws:organizations::${ACCOUNT}:organization/o-1`]
  ])('refuses %s even on a named resource', (action, resource) => {
    expect(lint(allow(action, resource))).toThrow(
      `p.json:1: statement 1 (S) allows "${action}": no iam:, sts:, organizations: action belongs in a device policy.`
    )
  })

  it.each([
    ['an "Action"', allow([], TABLE)],
    ['an "Action"', allow(['dynamodb:PutItem', 3], TABLE)],
    ['an "Action"', allow({ Ref: 'x' }, TABLE)],
    ['a "Resource"', allow('dynamodb:PutItem', [])],
    ['a "Resource"', allow('dynamodb:PutItem', [TABLE, null])]
  ])('refuses %s that is not a string or a non-empty list of strings', (key, doc) => {
    expect(lint(doc)).toThrow(
      `p.json:1: statement 1 (S) has ${key} that is not a string or a list of strings.`
    )
  })

  it.each(['table/T', 'arn:aws:dynamodb', `urn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/T`])(
    'refuses the resource %s, which is not an ARN',
    resource => {
      expect(lint(allow('dynamodb:PutItem', resource))).toThrow(
        `p.json:1: statement 1 (S) has the resource ${JSON.stringify(resource)}, which is not an ARN.`
      )
    }
  )

  it.each(['arn:aws:s3:::*', `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:*`])(
    'takes %s for "*"',
    resource => {
      expect(lint(allow('dynamodb:PutItem', resource))).toThrow(
        `allows dynamodb:PutItem on ${JSON.stringify(resource)}: only ecr:GetAuthorizationToken may have Resource "*"; name the resources.`
      )
    }
  )

  it('lets a statement name the objects of one S3 bucket', () => {
    expect(lint(allow('s3:GetObject', 'arn:aws:s3:::device-assets/*'))).not.toThrow()
  })
})
