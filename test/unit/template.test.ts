// Template placeholders: strict for ours, untouched for Greengrass's own.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ConfigurationError } from '../../actions/toolkit/errors.js'
import { renderTemplate, templateValues } from '../../actions/toolkit/template.js'

const SHIPPED_RECIPE = fileURLToPath(new URL('../../recipe/recipe.yaml', import.meta.url))

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

  it.each([
    ['<ACCOUNT>', '{AWS_ACCOUNT_ID}'],
    ['<REGION>', '{AWS_REGION}'],
    ['<ACCOUNT_ID>', '{AWS_ACCOUNT_ID}'],
    ['<Account ID>', '{AWS_ACCOUNT_ID}'],
    ['<TABLE NAME>', '{TABLE_NAME}'],
    ['<Table Name>', '{TABLE_NAME}'],
    ['<ROLE NAME>', '{ROLE_NAME}'],
    ['<IMAGE REPOSITORY>', '{ECR_REPOSITORY}'],
    ['<COMPONENT VERSION>', '{COMPONENT_VERSION}'],
    ['<DIGEST>', '{IMAGE_URI}'],
    ['<your-registry>', '{ECR_REGISTRY}']
  ])('rejects the documentation placeholder %s, with the hint %s', (doc, hint) => {
    const text = `a: 1\nb: "x ${doc} y"`
    expect(() => renderTemplate(text, values, { file: 't.yaml' })).toThrow(
      `t.yaml:2: '${doc}' is a documentation placeholder left in the template; use a toolkit placeholder such as ${hint} instead.`
    )
  })

  it('names each documentation placeholder on a line', () => {
    expect(() =>
      renderTemplate('"Resource": "arn:aws:ecr:<REGION>:<ACCOUNT>:repository/x"', values, {
        file: 'p.json'
      })
    ).toThrow(/'<REGION>' .*\{AWS_REGION\}.*\n.*'<ACCOUNT>' .*\{AWS_ACCOUNT_ID\}/)
  })

  it('does not take AUTHORIZATION for the component author', () => {
    expect(() => renderTemplate('-e TOKEN=<AUTHORIZATION TOKEN>', values, { file: 't' })).toThrow(
      'such as {AWS_ACCOUNT_ID}, {AWS_REGION} or a variables entry instead.'
    )
  })

  it('allows lower-case words in angle brackets, and shell redirections and here-documents', () => {
    const text = [
      '# <account>.dkr.ecr.<region>.amazonaws.com/<repository>@sha256:<digest>',
      '# ComponentName: <component>, <name>',
      'Run: sort <IN >OUT && cat <<EOF>notes.txt'
    ].join('\n')
    expect(renderTemplate(text, values, { file: 't.yaml' })).toBe(text)
  })

  it('renders the shipped recipe, whose comments use lower-case <words>', () => {
    const text = readFileSync(SHIPPED_RECIPE, 'utf8')
    expect(text).toMatch(/^#.*<account>\.dkr\.ecr\.<region>\./m)
    const out = renderTemplate(
      text,
      { ...values, IMAGE_URI: 'img', COMPONENT_VERSION: '1.0.0', COMPONENT_AUTHOR: 'ggcd' },
      { file: SHIPPED_RECIPE }
    )
    expect(out).toContain('<account>.dkr.ecr.<region>.amazonaws.com')
    expect(out).toContain('--env TABLE_NAME=T')
  })

  it('leaves a shell ${NAME} alone, and fills the placeholder {NAME} next to it', () => {
    const out = renderTemplate(
      'Run: docker run -v ${HOME}/data:/data -e REGION=${AWS_REGION} -e BUILT_IN={AWS_REGION} x',
      values,
      { file: 'r.yaml' }
    )
    expect(out).toBe(
      'Run: docker run -v ${HOME}/data:/data -e REGION=${AWS_REGION} -e BUILT_IN=eu-west-1 x'
    )
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
