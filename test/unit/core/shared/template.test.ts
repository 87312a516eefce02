// Template placeholders: strict for ours, untouched for Greengrass's own.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ConfigurationError } from '../../../../src/core/shared/errors.js'
import { parseDocument } from 'yaml'
import { parseVariables } from '../../../../src/interface/fields.js'
import { renderTemplate, templateValues } from '../../../../src/core/shared/template.js'

const SHIPPED_RECIPE = fileURLToPath(new URL('../../../../recipe/recipe.yaml', import.meta.url))

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

describe('values are text, wherever they land', () => {
  const render = (template: string, A: string, format: 'yaml' | 'json' = 'yaml') =>
    renderTemplate(template, { A }, { file: `t.${format}`, format })
  const yaml11 = (text: string) => parseDocument(text, { version: '1.1' }).toJS() as unknown
  const yaml12 = (text: string) => parseDocument(text, { version: '1.2' }).toJS() as unknown

  it.each([
    ['a carriage return', 'x\rRequiresPrivilege: true'],
    ['a line feed', 'x\nRequiresPrivilege: true'],
    ['a NUL', 'x\u0000'],
    ['a line separator (a break in YAML 1.1)', 'x\u2028RequiresPrivilege: true'],
    ['a next-line character (a break in YAML 1.1)', 'x\u0085y'],
    ['an escape character', 'x\u001b[31m']
  ])('refuses a value holding %s, naming the placeholder', (_, value) => {
    for (const template of ['Run: "echo {A}"', "Run: 'echo {A}'", 'Run: echo {A}']) {
      expect(() => render(template, value)).toThrow(/t\.yaml:1: the value of \{A\} holds /)
    }
    // A line feed ends a variables line, so there it never reaches a value.
    if (value.includes('\n')) return
    expect(parseVariables(`GREETING=${value}`)).toEqual({
      ok: false,
      message: expect.stringMatching(/^line 1: the value of GREETING holds /)
    })
  })

  it('keeps a tab, which is text in every scalar', () => {
    expect(yaml12(render('Run: "echo {A}"', 'a\tb'))).toEqual({ Run: 'echo a\tb' })
  })

  it('escapes a double quote and a backslash inside a double-quoted YAML scalar', () => {
    const value = 'hi", RequiresPrivilege: true, x: "\\n'
    const out = render('Lifecycle: { Run: "echo {A}" }', value)
    for (const read of [yaml11, yaml12]) {
      expect(read(out)).toEqual({ Lifecycle: { Run: `echo ${value}` } })
    }
  })

  it('doubles a single quote inside a single-quoted YAML scalar', () => {
    const value = "it's', RequiresPrivilege: true, x: '"
    const out = render("Lifecycle: { Run: 'echo {A}' }", value)
    expect(yaml11(out)).toEqual({ Lifecycle: { Run: `echo ${value}` } })
  })

  it('pastes a block scalar value as it is: quotes and colons are text there', () => {
    const value = `"quoted" 'single' a: b #not a comment`
    const out = render('Run: |\n  echo {A}\n', value)
    expect(yaml11(out)).toEqual({ Run: `echo ${value}\n` })
  })

  it.each([
    ['a key', 'x: {A}', 'a: b'],
    ['a comment', 'Run: echo {A}\nRequiresPrivilege: false', 'hi #'],
    ['a flow list', 'x: {A}', '[1, 2]'],
    ['an alias', 'x: &a 1\ny: {A}', '*a'],
    ['a second item', 'Run: [echo {A}]', 'hi, RequiresPrivilege'],
    ['a mapping in a flow mapping', 'Lifecycle: {Run: {A}}', 'x, RequiresPrivilege: true']
  ])('refuses a plain-scalar value that would become %s, naming it', (_, template, value) => {
    expect(() => render(template, value)).toThrow(
      /t\.yaml:\d+: the value of \{A\} would change the structure of t\.yaml/
    )
  })

  it('lets a plain value read as the value alone would (a number, a boolean)', () => {
    expect(yaml12(render('Port: {A}', '8080'))).toEqual({ Port: 8080 })
    expect(yaml12(render('Run: docker run {A} --rm', 'img:1'))).toEqual({
      Run: 'docker run img:1 --rm'
    })
  })

  it('escapes for a JSON string, and refuses a value that leaves its JSON place', () => {
    const value = '", "Effect": "Allow", "Action": "*", "x": "'
    expect(JSON.parse(render('{"Resource": "arn:{A}"}', value, 'json'))).toEqual({
      Resource: `arn:${value}`
    })
    expect(JSON.parse(render('{"Port": {A}}', '8080', 'json'))).toEqual({ Port: 8080 })
    expect(() => render('{"Port": {A}}', '1, "Action": "*"', 'json')).toThrow(
      /t\.json:1: the value of \{A\} would change the structure/
    )
  })

  // The strong check: for every hostile value in every kind of place, the rendering is
  // either refused or has the template's structure with the value as its leaf.
  const HOSTILE = [
    '"',
    "'",
    '\\',
    '": x',
    "' #",
    'a: b',
    '- x',
    '[x]',
    '{x: y}',
    '&a x',
    '*a',
    '!!binary x',
    '|',
    '> x',
    '%25 ::error::x',
    '${HOME}',
    '{iot:thingName}',
    'x #y',
    '? x',
    '@x',
    '`x`',
    ''
  ]
  const PLACES = [
    'Run: "echo {A}"',
    "Run: 'echo {A}'",
    'Run: echo {A}',
    'Run: {A}',
    'Run: [x, "{A}", y]',
    'Run: |\n  echo {A}\nNext: 1',
    'M: {"{A}": 1, b: 2}',
    '"{A}": 1\nb: 2'
  ]
  it.each(PLACES)('%j: every hostile value is refused or stays one leaf', place => {
    for (const value of HOSTILE) {
      let out: string
      try {
        out = render(place, value)
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError)
        continue
      }
      for (const read of [yaml11, yaml12]) {
        const sentinel = read(place.replace('{A}', 'SENTINEL'))
        const expected = JSON.parse(
          JSON.stringify(sentinel).replace(/SENTINEL/g, JSON.stringify(value).slice(1, -1))
        ) as unknown
        const got = read(out)
        // A value alone in a plain place may read as what it says alone (a boolean, null).
        if (place === 'Run: {A}') expect(Object.keys(got as object)).toEqual(['Run'])
        else expect(got).toEqual(expected)
      }
    }
  })
})
