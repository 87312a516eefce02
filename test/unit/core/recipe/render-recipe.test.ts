// render-recipe: the shipped templates render, each mistake a user can make in a recipe is
// caught with file:line and the fix, and component-version 'auto' creates a new version only
// when the recipe changed (against a mocked Greengrass).
import { beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mockClient } from 'aws-sdk-client-mock'
import {
  GetComponentCommand,
  GreengrassV2Client,
  ListComponentVersionsCommand
} from '@aws-sdk/client-greengrassv2'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { ConfigurationError } from '../../../../src/core/shared/errors.js'
import type { RenderInputs } from '../../../../src/core/config.js'
import {
  parseRecipe,
  RECIPE_SIZE_LIMIT,
  recipeDifference,
  recipesEqual,
  renderRecipe,
  validateRecipe,
  type RenderResult
} from '../../../../src/core/recipe/render-recipe.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'
import { FakeClock } from '../../../support/fake-clock.js'
import { renderTemplate, templateValues } from '../../../../src/core/shared/template.js'

const path = (rel: string) => fileURLToPath(new URL(rel, import.meta.url))
const SHIPPED_RECIPE = path('../../../../recipe/recipe.yaml')
const SHIPPED_POLICY = path('../../../../recipe/token-exchange-policy.json')
const MINIMAL = path('../../../fixtures/recipes/minimal.yaml')
const LOWERCASE_JSON = path('../../../fixtures/recipes/lowercase.json')
const SELECTIONS = path('../../../fixtures/recipes/selections.yaml')

const ACCOUNT = '123456789012'
const REGION = 'eu-west-1'
const REGISTRY = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`
const DIGEST = `sha256:${'ab'.repeat(32)}`
const IMAGE = `${REGISTRY}/dynamodb_access_sample@${DIGEST}`
const COMPONENT = 'com.example.AccessDynamoDb'
const COMPONENT_ARN = `arn:aws:greengrass:${REGION}:${ACCOUNT}:components:${COMPONENT}`

const greengrass = new GreengrassV2Client({
  region: REGION,
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' }
})
const ggMock = mockClient(greengrass)

let dir: string
let reporter: MemoryReporter
let clock: FakeClock
let ctx: StepContext

beforeEach(() => {
  ggMock.reset()
  dir = mkdtempSync(join(tmpdir(), 'ggcd-recipe-'))
  reporter = new MemoryReporter()
  clock = new FakeClock('2026-11-29T03:00:00.000Z')
  ctx = { reporter, clock, random: () => 0.5 }
})

function inputs(over: Partial<RenderInputs> = {}): RenderInputs & { accountId: string } {
  return {
    region: REGION,
    accountId: ACCOUNT,
    recipe: SHIPPED_RECIPE,
    componentVersion: 'auto',
    imageUri: IMAGE,
    variables: {},
    tableName: 'SampleDynamoTable',
    repository: 'dynamodb_access_sample',
    roleName: 'GreengrassV2TokenExchangeRole',
    output: join(dir, 'out', 'recipe.yaml'),
    ...over
  }
}

/** Writes a template into the temp dir and returns its path. */
function template(text: string, name = 'recipe.yaml'): string {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

const minimal = () => readFileSync(MINIMAL, 'utf8')

function render(over: Partial<RenderInputs> = {}, write = true): Promise<RenderResult> {
  return renderRecipe(inputs(over), { greengrass }, ctx, { write })
}

/** The error a failed render throws, for matching its message and class. */
async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the render to fail')
}

function noVersions(): void {
  ggMock.on(ListComponentVersionsCommand).resolves({ componentVersions: [] })
}

function versions(...list: string[]) {
  return list.map(v => ({
    componentName: COMPONENT,
    componentVersion: v,
    arn: `${COMPONENT_ARN}:versions:${v}`
  }))
}

/** The shipped recipe as Greengrass stores it for `version`. */
async function storedRecipe(version: string, over: Partial<RenderInputs> = {}): Promise<string> {
  const r = await render({ componentVersion: version, ...over }, false)
  return r.recipe
}

const bytes = (text: string) => new TextEncoder().encode(text)

describe('the shipped recipe/recipe.yaml', () => {
  it('renders into a valid recipe that pins the image and passes what the app needs', async () => {
    noVersions()
    const result = await render()

    expect(result).toMatchObject({
      componentName: COMPONENT,
      componentVersion: '1.0.0',
      versionReused: false,
      recipePath: inputs().output
    })
    const written = readFileSync(result.recipePath, 'utf8')
    expect(written).toBe(result.recipe)
    expect(Buffer.byteLength(written)).toBeLessThanOrEqual(RECIPE_SIZE_LIMIT)
    const recipe = parseYaml(written)
    expect(recipe).toMatchObject({
      RecipeFormatVersion: '2020-01-25',
      ComponentName: COMPONENT,
      ComponentVersion: '1.0.0',
      ComponentPublisher: 'ggcd',
      ComponentDependencies: {
        'aws.greengrass.DockerApplicationManager': { VersionRequirement: '~2.0.0' },
        'aws.greengrass.TokenExchangeService': { VersionRequirement: '~2.0.0' }
      }
    })
    const [manifest] = recipe.Manifests
    expect(manifest.Platform).toEqual({ os: 'linux' })
    expect(manifest.Artifacts).toEqual([{ URI: `docker:${IMAGE}` }])
    const script: string = manifest.Lifecycle.Run.Script
    expect(script.split(' ')).toEqual(
      expect.arrayContaining([
        '--net=host',
        'AWS_CONTAINER_AUTHORIZATION_TOKEN',
        'AWS_CONTAINER_CREDENTIALS_FULL_URI',
        'AWS_IOT_THING_NAME',
        'COMPONENT_VERSION=1.0.0',
        'TABLE_NAME=SampleDynamoTable'
      ])
    )
    expect(script.endsWith(IMAGE)).toBe(true)
    await expect(
      validateRecipe(recipe, { file: result.recipePath, text: written, registries: [REGISTRY] })
    ).resolves.toEqual([])
    expect(result.warnings).toEqual([])
  })

  it('keeps the comments of the template in the rendered file', async () => {
    const result = await render({ componentVersion: '2.3.4' }, false)
    expect(result.recipe).toContain('sudo usermod -aG docker ggc_user')
    expect(result.recipe.split('\n')).toHaveLength(
      readFileSync(SHIPPED_RECIPE, 'utf8').split('\n').length
    )
  })
})

describe('the shipped recipe/token-exchange-policy.json', () => {
  it.each([
    [REGION, 'aws'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['cn-north-1', 'aws-cn']
  ])('renders, in %s, into a policy naming the repository and the table', (region, partition) => {
    const values = templateValues({
      accountId: ACCOUNT,
      region,
      repository: 'dynamodb_access_sample',
      tableName: 'SampleDynamoTable',
      roleName: 'GreengrassV2TokenExchangeRole',
      variables: {}
    })
    const policy = JSON.parse(
      renderTemplate(readFileSync(SHIPPED_POLICY, 'utf8'), values, {
        file: SHIPPED_POLICY,
        json: true
      })
    )
    expect(policy.Version).toBe('2012-10-17')
    const byAction = (action: string) =>
      policy.Statement.find((s: { Action: string[] }) => s.Action.includes(action))
    expect(byAction('ecr:GetAuthorizationToken').Resource).toBe('*')
    expect(byAction('ecr:BatchGetImage')).toMatchObject({
      Effect: 'Allow',
      Action: expect.arrayContaining(['ecr:GetDownloadUrlForLayer']),
      Resource: `arn:${partition}:ecr:${region}:${ACCOUNT}:repository/dynamodb_access_sample`
    })
    expect(byAction('dynamodb:PutItem').Resource).toBe(
      `arn:${partition}:dynamodb:${region}:${ACCOUNT}:table/SampleDynamoTable`
    )
    for (const s of policy.Statement) expect(s.Sid).toMatch(/^[A-Za-z0-9]+$/)
  })
})

describe('placeholders', () => {
  it('names file and line of an unknown placeholder, before any AWS call', async () => {
    const file = template(
      minimal().replace("ComponentPublisher: '{COMPONENT_AUTHOR}'", 'ComponentPublisher: {TEAM}')
    )
    const error = await failure(render({ recipe: file }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(
      new RegExp(`${file}:5: unknown placeholder \\{TEAM\\}.*TEAM=<value>`)
    )
    expect(ggMock.calls()).toHaveLength(0)
  })

  it('fills a placeholder from the variables input', async () => {
    const file = template(minimal().replace("'{COMPONENT_AUTHOR}'", '{TEAM}'))
    const result = await render({
      recipe: file,
      componentVersion: '1.0.0',
      variables: { TEAM: 'Plant 7' }
    })
    expect(parseRecipe(result.recipe, file).ComponentPublisher).toBe('Plant 7')
  })

  it('rejects a documentation placeholder left in, with the placeholder to use', async () => {
    const file = template(
      minimal().replace(
        'docker:{IMAGE_URI}',
        'docker:<YOUR AWS ACCOUNT>.dkr.ecr.eu-west-1.amazonaws.com/x@{IMAGE_URI}'
      )
    )
    const error = await failure(render({ recipe: file }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(`${file}:20: '<YOUR AWS ACCOUNT>'`)
    expect(error.message).toContain('{AWS_ACCOUNT_ID}')
  })

  it("leaves Greengrass's own recipe variables for the device", async () => {
    const result = await render({ recipe: MINIMAL, componentVersion: '1.0.0' })
    const recipe = parseRecipe(result.recipe, MINIMAL) as {
      Manifests: { Lifecycle: { Run: string } }[]
    }
    const run = recipe.Manifests[0]!.Lifecycle.Run
    expect(run).toContain('THING={iot:thingName}')
    expect(run).toContain('TABLE={configuration:/Table}')
    expect(run).toContain('ROOT={kernel:rootPath}')
    expect(run).toContain(IMAGE)
  })
})

describe('validation of the rendered recipe', () => {
  // Each row breaks the minimal fixture one way; the message must say where and what to write.
  const cases: [string, string | RegExp, string, RegExp][] = [
    [
      'a wrong RecipeFormatVersion',
      "'2020-01-25'",
      "'2021-01-25'",
      /:2: RecipeFormatVersion is "2021-01-25"; write '2020-01-25'/
    ],
    [
      'no ComponentName',
      'ComponentName: com.example.Fixture\n',
      '',
      /recipe\.yaml: ComponentName is missing; add e\.g\. ComponentName:/
    ],
    [
      'a ComponentVersion that is not MAJOR.MINOR.PATCH',
      "'{COMPONENT_VERSION}'",
      '1.0',
      /:4: ComponentVersion 1 is not MAJOR\.MINOR\.PATCH; write ComponentVersion: '\{COMPONENT_VERSION\}'/
    ],
    [
      'an image by tag instead of digest',
      'URI: docker:{IMAGE_URI}',
      'URI: docker:{ECR_REGISTRY}/{ECR_REPOSITORY}:latest',
      /:20: the artifact docker:\S+:latest is not pinned by digest.*pin by digest: use docker:\{IMAGE_URI\}/
    ],
    [
      'no Docker artifact',
      'URI: docker:{IMAGE_URI}',
      'URI: s3://bucket/app.zip',
      /:19: no Docker image artifact; add .*URI: docker:\{IMAGE_URI\}/
    ],
    [
      'no DockerApplicationManager dependency',
      / {2}aws\.greengrass\.DockerApplicationManager:\n.*\n/,
      '',
      /:6: ComponentDependencies lacks aws\.greengrass\.DockerApplicationManager.*add aws\.greengrass\.DockerApplicationManager: \{ VersionRequirement: ~2\.0\.0 \}/
    ],
    [
      'no TokenExchangeService dependency for an ECR image',
      / {2}aws\.greengrass\.TokenExchangeService:\n.*\n/,
      '',
      /:6: ComponentDependencies lacks aws\.greengrass\.TokenExchangeService.*private registry/
    ],
    [
      'a dependency without VersionRequirement',
      'TokenExchangeService:\n    VersionRequirement: ~2.0.0',
      'TokenExchangeService:\n    DependencyType: HARD',
      /:9: the dependency aws\.greengrass\.TokenExchangeService has no VersionRequirement/
    ],
    [
      'no lifecycle that runs the container',
      /Run: docker run .*/,
      'Run: echo {IMAGE_URI}',
      /:17: no Run or Startup lifecycle script runs the container; add .*--net=host/
    ],
    [
      'a docker run without host networking',
      '--net=host ',
      '',
      /:18: the docker run command lacks --net=host.*add --net=host/
    ],
    [
      'a docker run that passes the credentials URL without the token',
      '-e AWS_CONTAINER_AUTHORIZATION_TOKEN ',
      '',
      /:18: the docker run command does not pass AWS_CONTAINER_AUTHORIZATION_TOKEN, so the container gets no credentials; add --env AWS_CONTAINER_AUTHORIZATION_TOKEN\./
    ],
    [
      'a docker run that passes the token with its value',
      '-e AWS_CONTAINER_AUTHORIZATION_TOKEN ',
      '-e AWS_CONTAINER_AUTHORIZATION_TOKEN=$AWS_CONTAINER_AUTHORIZATION_TOKEN ',
      /:18: the docker run command passes AWS_CONTAINER_AUTHORIZATION_TOKEN with a value \(AWS_CONTAINER_AUTHORIZATION_TOKEN=…\).*can read them with ps; pass them by name instead: --env AWS_CONTAINER_AUTHORIZATION_TOKEN\.$/
    ],
    [
      'a docker run that passes the credentials URI with its value, quoted',
      '-e AWS_CONTAINER_CREDENTIALS_FULL_URI ',
      '--env "AWS_CONTAINER_CREDENTIALS_FULL_URI=${AWS_CONTAINER_CREDENTIALS_FULL_URI}" ',
      /:18: the docker run command passes AWS_CONTAINER_CREDENTIALS_FULL_URI with a value \(\$\{AWS_CONTAINER_CREDENTIALS_FULL_URI\}\); pass it by name instead, so that docker copies the address Greengrass sets for this component: --env AWS_CONTAINER_CREDENTIALS_FULL_URI\.$/
    ],
    [
      'a docker run that passes both credentials variables with their values',
      '-e AWS_CONTAINER_AUTHORIZATION_TOKEN -e AWS_CONTAINER_CREDENTIALS_FULL_URI ',
      '--env=AWS_CONTAINER_AUTHORIZATION_TOKEN="$AWS_CONTAINER_AUTHORIZATION_TOKEN" -e AWS_CONTAINER_CREDENTIALS_FULL_URI=http://localhost:1/x ',
      /^\S+:18: the docker run command passes AWS_CONTAINER_AUTHORIZATION_TOKEN and AWS_CONTAINER_CREDENTIALS_FULL_URI with a value .*--env AWS_CONTAINER_AUTHORIZATION_TOKEN --env AWS_CONTAINER_CREDENTIALS_FULL_URI\.$/
    ],
    [
      'a docker run of another image than the artifact',
      /\{IMAGE_URI\}$/m,
      '{ECR_REGISTRY}/{ECR_REPOSITORY}:latest',
      /:18: the docker run command does not run the artifact's image .*use \{IMAGE_URI\} in both/
    ],
    [
      'not valid YAML after rendering',
      "ComponentPublisher: '{COMPONENT_AUTHOR}'",
      'ComponentPublisher: Plant 7: Line 2',
      /:5: not valid YAML/
    ]
  ]

  it.each(cases)('rejects %s, before any AWS call', async (_what, find, replace, message) => {
    const text = minimal().replace(find, replace)
    expect(text).not.toBe(minimal())
    const file = template(text)
    const error = await failure(render({ recipe: file }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(message)
    expect(error.message).toContain(file)
    expect(ggMock.calls()).toHaveLength(0)
  })

  it('points at the line that passes the token with its value in a folded script', async () => {
    const text = readFileSync(SHIPPED_RECIPE, 'utf8').replace(
      '--env AWS_CONTAINER_AUTHORIZATION_TOKEN\n',
      '--env AWS_CONTAINER_AUTHORIZATION_TOKEN=$AWS_CONTAINER_AUTHORIZATION_TOKEN\n'
    )
    const file = template(text)
    const line = text.split('\n').findIndex(l => l.includes('TOKEN=$')) + 1
    expect(line).toBeGreaterThan(text.split('\n').findIndex(l => l.includes('docker run')) + 1)
    const error = await failure(render({ recipe: file }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `${file}:${line}: the docker run command passes AWS_CONTAINER_AUTHORIZATION_TOKEN with a value (AWS_CONTAINER_AUTHORIZATION_TOKEN=…), which puts the device's credentials on docker's command line, where any user on the device can read them with ps; pass them by name instead: --env AWS_CONTAINER_AUTHORIZATION_TOKEN.`
    )
    expect(ggMock.calls()).toHaveLength(0)
  })

  it('leaves a shell ${NAME} in a lifecycle script for the device', async () => {
    const file = template(
      minimal().replace(' {IMAGE_URI}\n', ' -v ${HOME}/data:/data -e R=${AWS_REGION} {IMAGE_URI}\n')
    )
    const result = await render({ recipe: file, componentVersion: '1.0.0' })
    const run = (
      parseRecipe(result.recipe, file) as { Manifests: { Lifecycle: { Run: string } }[] }
    ).Manifests[0]!.Lifecycle.Run
    expect(run).toContain(`-v \${HOME}/data:/data -e R=\${AWS_REGION} ${IMAGE}`)
  })

  it('reports every problem at once', async () => {
    const file = template(minimal().replace('--net=host ', '').replace("'2020-01-25'", "'1'"))
    const error = await failure(render({ recipe: file }))
    expect(error.message.split('\n')).toHaveLength(2)
  })

  it.each([
    ['JSON with lower-case keys, --network host and --env=', LOWERCASE_JSON, 'com.example.Other'],
    ['a top-level Lifecycle selection with Startup and docker container run', SELECTIONS, undefined]
  ])('accepts %s', async (_what, file, componentName) => {
    const result = await render({ recipe: file, componentName, componentVersion: '1.2.3' })
    expect(result.componentVersion).toBe('1.2.3')
    expect(result.recipe).toContain(IMAGE)
  })

  it('writes JSON for a JSON template', async () => {
    const result = await render({
      recipe: LOWERCASE_JSON,
      componentName: 'com.example.Other',
      componentVersion: '1.2.3'
    })
    const written = JSON.parse(readFileSync(result.recipePath, 'utf8'))
    expect(written.componentname).toBe('com.example.Other')
    expect(written.manifests[0].lifecycle.run.script).toContain(
      `"TABLE_NAME=SampleDynamoTable" ${IMAGE}`
    )
  })

  it('needs no TokenExchangeService for a public image from another registry', async () => {
    const publicImage = `docker.io/library/python@${DIGEST}`
    const text = renderTemplate(
      minimal().replace(/ {2}aws\.greengrass\.TokenExchangeService:\n.*\n/, ''),
      {
        IMAGE_URI: publicImage,
        COMPONENT_VERSION: '1.0.0',
        COMPONENT_AUTHOR: 'me',
        TABLE_NAME: 'T'
      },
      { file: 'r.yaml' }
    )
    const recipe = parseRecipe(text, 'r.yaml')
    await expect(
      validateRecipe(recipe, { file: 'r.yaml', registries: [REGISTRY] })
    ).resolves.toEqual([])
    await expect(
      validateRecipe(recipe, { file: 'r.yaml', registries: ['docker.io'] })
    ).rejects.toThrow(/lacks aws\.greengrass\.TokenExchangeService/)
  })

  it(`rejects a rendered recipe over ${RECIPE_SIZE_LIMIT} bytes, and accepts one of exactly that size`, async () => {
    const base = (await render({ recipe: MINIMAL, componentVersion: '1.0.0' }, false)).recipe
    const padded = (extra: number) =>
      template(
        `${minimal()}# ${'x'.repeat(RECIPE_SIZE_LIMIT - Buffer.byteLength(base) - 3 + extra)}\n`
      )

    const exact = await render({ recipe: padded(0), componentVersion: '1.0.0' }, false)
    expect(Buffer.byteLength(exact.recipe)).toBe(RECIPE_SIZE_LIMIT)

    const error = await failure(render({ recipe: padded(1), componentVersion: '1.0.0' }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(
      /the rendered recipe is 16001 bytes; Greengrass accepts at most 16000/
    )
  })
})

describe('names and explicit versions', () => {
  it('uses an explicit version as is, without asking Greengrass', async () => {
    const result = await render({ componentVersion: '3.1.4' })
    expect(result).toMatchObject({ componentVersion: '3.1.4', versionReused: false })
    expect(result.latestVersion).toBeUndefined()
    expect(parseYaml(result.recipe).ComponentVersion).toBe('3.1.4')
    expect(ggMock.calls()).toHaveLength(0)
  })

  it('rejects a literal ComponentVersion that differs from the version to deploy', async () => {
    const file = template(minimal().replace("'{COMPONENT_VERSION}'", "'1.0.0'"))
    const error = await failure(render({ recipe: file, componentVersion: '1.0.1' }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(
      new RegExp(
        `${file}:4: ComponentVersion is "1\\.0\\.0", but the component-version input is '1\\.0\\.1'\\. Write ComponentVersion: '\\{COMPONENT_VERSION\\}'`
      )
    )
  })

  it("rejects a literal ComponentVersion once 'auto' moves past it", async () => {
    const file = template(minimal().replace("'{COMPONENT_VERSION}'", "'1.0.0'"))
    ggMock.on(ListComponentVersionsCommand).resolves({ componentVersions: versions('1.0.0') })
    ggMock.on(GetComponentCommand).resolves({ recipe: bytes('RecipeFormatVersion: 2020-01-25\n') })
    const error = await failure(render({ recipe: file }))
    expect(error.message).toMatch(
      /ComponentVersion is "1\.0\.0", but component-version 'auto' resolved to '1\.0\.1'/
    )
  })

  it('accepts a literal ComponentVersion equal to the explicit version', async () => {
    const file = template(minimal().replace("'{COMPONENT_VERSION}'", "'1.0.0'"))
    await expect(render({ recipe: file, componentVersion: '1.0.0' })).resolves.toMatchObject({
      componentVersion: '1.0.0'
    })
  })

  it('rejects a literal ComponentName that differs from the component-name input', async () => {
    const error = await failure(
      render({ componentName: 'com.example.Other', componentVersion: '1.0.0' })
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(
      /recipe\.yaml:\d+: ComponentName is 'com\.example\.AccessDynamoDb' but the component-name input is 'com\.example\.Other'\. Write ComponentName: '\{COMPONENT_NAME\}'/
    )
  })

  it('fills {COMPONENT_NAME} from the input, and asks for the input when it is empty', async () => {
    const result = await render({
      recipe: LOWERCASE_JSON,
      componentName: 'com.example.X',
      componentVersion: '1.0.0'
    })
    expect(result.componentName).toBe('com.example.X')

    const error = await failure(render({ recipe: LOWERCASE_JSON, componentVersion: '1.0.0' }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(
      /lowercase\.json:3: ComponentName is '\{COMPONENT_NAME\}' but the component-name input is empty/
    )
    expect((error as ConfigurationError).subject).toBe('component-name')
  })

  it("names the 'recipe' input when the template does not exist", async () => {
    const missing = join(dir, 'nope', 'recipe.yaml')
    const error = await failure(render({ recipe: missing }))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(`Input 'recipe': ${missing} does not exist`)
    expect((error as ConfigurationError).subject).toBe('recipe')
  })

  it('rejects a template that is neither YAML nor JSON by name', async () => {
    const file = template(minimal(), 'recipe.txt')
    await expect(render({ recipe: file })).rejects.toThrow(/\.yaml, \.yml\) or JSON \(\.json\)/)
  })
})

describe("component-version 'auto'", () => {
  it('starts at 1.0.0 when the component does not exist', async () => {
    ggMock
      .on(ListComponentVersionsCommand)
      .rejects(
        Object.assign(new Error('Component not found'), { name: 'ResourceNotFoundException' })
      )
    const result = await render()
    expect(result).toMatchObject({ componentVersion: '1.0.0', versionReused: false })
    expect(result.latestVersion).toBeUndefined()
    expect(ggMock.commandCalls(ListComponentVersionsCommand)[0]!.args[0].input.arn).toBe(
      COMPONENT_ARN
    )
  })

  it('starts at 1.0.0 when the component has no versions', async () => {
    noVersions()
    await expect(render()).resolves.toMatchObject({ componentVersion: '1.0.0' })
    expect(ggMock.commandCalls(GetComponentCommand)).toHaveLength(0)
  })

  it('reuses the latest version when its recipe equals the rendered one as data', async () => {
    const stored = await storedRecipe('1.0.10')
    // Greengrass hands it back reformatted, keys in another order, with an artifact digest.
    const data = parseYaml(stored)
    data.Manifests[0].Artifacts[0].Digest = 'abc='
    data.Manifests[0].Artifacts[0].Algorithm = 'SHA-256'
    const reordered = Object.fromEntries(Object.entries(data).reverse())
    ggMock
      .on(ListComponentVersionsCommand)
      .resolves({ componentVersions: versions('1.0.9', '1.0.10', '1.0.2') })
    ggMock
      .on(GetComponentCommand)
      .resolves({ recipe: bytes(stringifyYaml(reordered)), recipeOutputFormat: 'YAML' })

    const result = await render()

    expect(result).toMatchObject({
      componentVersion: '1.0.10',
      versionReused: true,
      latestVersion: '1.0.10'
    })
    expect(parseYaml(readFileSync(result.recipePath, 'utf8')).ComponentVersion).toBe('1.0.10')
    expect(ggMock.commandCalls(GetComponentCommand)[0]!.args[0].input).toEqual({
      arn: `${COMPONENT_ARN}:versions:1.0.10`,
      recipeOutputFormat: 'YAML'
    })
    expect(reporter.text()).toContain('reusing it')
  })

  it('takes the next patch after the latest by semver when the recipe changed', async () => {
    // The latest version was built from another image.
    const stored = await storedRecipe('1.0.10', { imageUri: IMAGE.replace('ab', 'cd') })
    ggMock
      .on(ListComponentVersionsCommand)
      .resolves({ componentVersions: versions('1.0.9', '1.0.10', '1.0.2') })
    ggMock.on(GetComponentCommand).resolves({ recipe: bytes(stored) })

    const result = await render()

    expect(result).toMatchObject({
      componentVersion: '1.0.11',
      versionReused: false,
      latestVersion: '1.0.10'
    })
    const recipe = parseYaml(result.recipe)
    expect(recipe.ComponentVersion).toBe('1.0.11')
    expect(recipe.Manifests[0].Lifecycle.Run.Script).toContain('COMPONENT_VERSION=1.0.11')
  })

  it('reads every page of versions', async () => {
    ggMock
      .on(ListComponentVersionsCommand)
      .resolvesOnce({ componentVersions: versions('1.0.0', '1.0.1'), nextToken: 'page-2' })
      .resolvesOnce({ componentVersions: versions('1.1.0'), nextToken: 'page-3' })
      .resolvesOnce({ componentVersions: versions('1.0.7') })
    ggMock.on(GetComponentCommand).resolves({ recipe: bytes('RecipeFormatVersion: 2020-01-25\n') })

    const result = await render()

    expect(result.componentVersion).toBe('1.1.1')
    const calls = ggMock
      .commandCalls(ListComponentVersionsCommand)
      .map(c => c.args[0].input.nextToken)
    expect(calls).toEqual([undefined, 'page-2', 'page-3'])
  })

  it('uses the partition of the region in the component ARN', async () => {
    noVersions()
    await render({ region: 'cn-north-1' })
    expect(ggMock.commandCalls(ListComponentVersionsCommand)[0]!.args[0].input.arn).toBe(
      `arn:aws-cn:greengrass:cn-north-1:${ACCOUNT}:components:${COMPONENT}`
    )
  })

  it('retries throttling on the fake clock', async () => {
    ggMock
      .on(ListComponentVersionsCommand)
      .rejectsOnce(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }))
      .resolves({ componentVersions: [] })
    await expect(render()).resolves.toMatchObject({ componentVersion: '1.0.0' })
    expect(clock.sleeps).toHaveLength(1)
  })

  it('fails with what to do when Greengrass denies the listing', async () => {
    ggMock
      .on(ListComponentVersionsCommand)
      .rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }))
    const error = await failure(render())
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(
      /greengrass:ListComponentVersions on .* was denied: not authorized\. Allow/
    )
  })
})

describe('recipesEqual and parseRecipe', () => {
  it('ignores key order and formatting but not values', () => {
    expect(recipesEqual({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true)
    expect(recipesEqual({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [2, 1] } })).toBe(false)
    expect(recipesEqual({ a: '1' }, { a: 1 })).toBe(false)
  })

  it('ignores the Digest and Algorithm Greengrass adds to an artifact, and nothing else', () => {
    const ours = { Manifests: [{ Artifacts: [{ URI: 'docker:x@sha256:1' }] }] }
    const stored = {
      Manifests: [
        { Artifacts: [{ URI: 'docker:x@sha256:1', Digest: 'abc', Algorithm: 'SHA-256' }] }
      ]
    }
    expect(recipesEqual(stored, ours)).toBe(true)
    expect(recipeDifference(stored, ours)).toBeUndefined()
    const other = { Manifests: [{ Artifacts: [{ URI: 'docker:x@sha256:2', Digest: 'abc' }] }] }
    expect(recipesEqual(other, ours)).toBe(false)
    expect(recipeDifference(other, ours)).toBe('Manifests[0].Artifacts[0].URI')
    expect(recipeDifference({ Digest: 'abc' }, {})).toBe('Digest')
  })

  it('names the line of a YAML or JSON syntax error', () => {
    expect(() => parseRecipe('a: 1\nb: c: d\n', 'r.yaml')).toThrow(/^r\.yaml:2: not valid YAML/)
    expect(() => parseRecipe('{\n  "a": 1,\n  "b": }\n', 'r.json')).toThrow(
      /^r\.json:3: not valid JSON/
    )
    expect(() => parseRecipe('- a\n', 'r.yaml')).toThrow(/a recipe must be a mapping/)
  })
})
