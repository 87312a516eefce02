// Template placeholders: strict for ours, untouched for Greengrass's own.
import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../actions/toolkit/errors.js'
import { renderTemplate, templateValues } from '../../actions/toolkit/template.js'

const values = templateValues({
  accountId: '123456789012',
  region: 'eu-west-1',
  repository: 'app',
  tableName: 'T',
  roleName: 'R',
  variables: { LOG_LEVEL: 'debug' }
})

describe('renderTemplate', () => {
  it('fills our placeholders and leaves Greengrass recipe variables alone', () => {
    const out = renderTemplate(
      'a: {AWS_ACCOUNT_ID}\nb: {iot:thingName} {configuration:/TableName} {artifacts:path}\nc: {LOG_LEVEL}',
      values,
      { file: 'r.yaml' }
    )
    expect(out).toBe(
      'a: 123456789012\nb: {iot:thingName} {configuration:/TableName} {artifacts:path}\nc: debug'
    )
  })

  it('names file, line and placeholder for an unknown placeholder', () => {
    expect(() => renderTemplate('a: 1\nb: {NOPE}', values, { file: 'r.yaml' })).toThrow(
      /r\.yaml:2: unknown placeholder \{NOPE\}.*NOPE=<value>/s
    )
  })

  it('rejects a documentation placeholder left in, with a hint', () => {
    expect(() =>
      renderTemplate('"Resource": "arn:aws:ecr:us-east-1:<YOUR AWS ACCOUNT>:x"', values, {
        file: 'p.json'
      })
    ).toThrow(/p\.json:1: '<YOUR AWS ACCOUNT>' .*\{AWS_ACCOUNT_ID\}/)
  })

  it('escapes values for JSON string literals', () => {
    const out = renderTemplate('{"a": "{Q}"}', { Q: 'say "hi"' }, { file: 'p.json', json: true })
    expect(JSON.parse(out)).toEqual({ a: 'say "hi"' })
  })
})

describe('templateValues', () => {
  it('refuses a variable that shadows a built-in placeholder', () => {
    expect(() =>
      templateValues({
        accountId: '1',
        region: 'r',
        repository: 'x',
        tableName: 't',
        roleName: 'r',
        variables: { TABLE_NAME: 'other' }
      })
    ).toThrow(ConfigurationError)
  })
})
