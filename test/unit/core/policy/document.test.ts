// The policy template rendered: placeholders, JSON, IAM's grammar and size limit.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  POLICY_SIZE_LIMIT,
  policyDiff,
  renderPolicy
} from '../../../../src/core/policy/document.js'
import { ConfigurationError } from '../../../../src/core/shared/errors.js'
import { SHIPPED, ACCOUNT, resetPolicyTest } from './helpers.js'

beforeEach(resetPolicyTest)

describe('renderPolicy', () => {
  const values = {
    AWS_REGION: 'eu-west-1',
    AWS_PARTITION: 'aws',
    AWS_ACCOUNT_ID: ACCOUNT,
    TABLE_NAME: 't"x'
  }

  it('fills in placeholders, escapes values for JSON and minifies', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow", "Action": "dynamodb:PutItem", "Resource": "arn:aws:dynamodb:{AWS_REGION}:{AWS_ACCOUNT_ID}:table/{TABLE_NAME}"}\n  ]\n}\n'
    const out = renderPolicy(text, values, 'p.json')
    expect(out).not.toMatch(/\n| {2}/)
    expect(JSON.parse(out).Statement[0].Resource).toBe(
      `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/t"x`
    )
  })

  it('names file and line of a JSON syntax error', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}\n'
    const error = (() => {
      try {
        renderPolicy(text, values, 'policy.json')
      } catch (e) {
        return e as ConfigurationError
      }
      throw new Error('expected an error')
    })()
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain('policy.json:4:')
    expect(error.message).toContain('not valid JSON')
  })

  it('rejects a document without a Statement array, naming the file', () => {
    expect(() =>
      renderPolicy('{"Version": "2012-10-17", "Statement": {}}', values, 'p.json')
    ).toThrow(/p\.json:1: "Statement" must be a non-empty array/)
    expect(() => renderPolicy('{"Statement": []}', values, 'p.json')).toThrow(/"Version"/)
  })

  it('counts characters without whitespace against the 6,144 limit', () => {
    const doc = (n: number) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'x'.repeat(n) }]
      })
    const base = doc(0).length
    const fits = doc(POLICY_SIZE_LIMIT - base)
    // Pretty-printed it is far longer, but whitespace does not count.
    expect(() =>
      renderPolicy(JSON.stringify(JSON.parse(fits), null, 8), {}, 'p.json')
    ).not.toThrow()
    expect(() => renderPolicy(doc(POLICY_SIZE_LIMIT - base + 1), {}, 'p.json')).toThrow(
      /6145 characters without whitespace; IAM allows at most 6144/
    )
  })

  it('renders the shipped recipe/token-exchange-policy.json', () => {
    const out = JSON.parse(
      renderPolicy(
        readFileSync(SHIPPED, 'utf8'),
        { ...values, TABLE_NAME: 'SampleDynamoTable', ECR_REPOSITORY: 'dynamodb_access_sample' },
        SHIPPED
      )
    )
    const actions = JSON.stringify(out.Statement)
    for (const a of ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'dynamodb:PutItem']) {
      expect(actions).toContain(a)
    }
  })

  it('checks each statement: an object with an Effect of Allow or Deny, an Action and a Resource', () => {
    const policy = (...statements: string[]) =>
      [
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        statements.join(',\n'),
        '  ]',
        '}'
      ].join('\n')
    const ok = '    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'
    const render = (text: string) => () => renderPolicy(text, {}, 'p.json')
    expect(render(policy(ok, '    "s3:GetObject"'))).toThrow(
      /p\.json:3: statement 2 must be an object with Effect, Action and Resource/
    )
    expect(render(policy(ok, '    ["s3:GetObject"]'))).toThrow(/statement 2 must be an object/)
    // Named by its Sid's line when it has one.
    expect(
      render(
        policy(ok, '    {"Sid": "Put",\n     "Effect": "allow", "Action": "x:Y", "Resource": "*"}')
      )
    ).toThrow(/p\.json:5: statement 2: "Effect" must be "Allow" or "Deny"/)
    expect(render(policy('    {"Effect": "Allow", "Resource": "*"}'))).toThrow(
      /p\.json:3: statement 1 has no "Action"/
    )
    expect(render(policy('    {"Effect": "Allow", "Action": "s3:GetObject"}'))).toThrow(
      /p\.json:3: statement 1 has no "Resource"/
    )
    // A configuration error (exit 2), before any call to IAM.
    expect(render(policy('    {"Effect": "Deny"}'))).toThrow(ConfigurationError)
    // Deny, NotAction and NotResource are valid IAM.
    expect(
      render(
        policy(ok, '    {"Effect": "Deny", "NotAction": "s3:GetObject", "NotResource": "arn:x"}')
      )
    ).not.toThrow()
  })
})

describe('policyDiff', () => {
  it('shows a changed line with two lines of context each side, the rest as …', () => {
    const before = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8 }
    expect(policyDiff(before, { ...before, D: 40 }).split('\n')).toEqual([
      '  …',
      '    "B": 2,',
      '    "C": 3,',
      '+   "D": 40,',
      '-   "D": 4,',
      '    "E": 5,',
      '    "F": 6,',
      '  …'
    ])
  })

  it('shows a new policy as all added, and a removed key as removed', () => {
    expect(policyDiff(undefined, { A: 1 })).toBe('+ {\n+   "A": 1\n+ }')
    expect(policyDiff({ B: 2, A: 1 }, { A: 1 }).split('\n')).toEqual([
      '  {',
      '+   "A": 1',
      '-   "A": 1,',
      '-   "B": 2',
      '  }'
    ])
  })
})
