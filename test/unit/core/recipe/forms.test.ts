// Recipes in the forms real users write them (test/fixtures/recipes/forms/): each judged as
// Greengrass and docker would, an error for what the API refuses or the device fails, a
// warning for what the toolkit cannot verify, each with its message and line.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { GreengrassV2Client } from '@aws-sdk/client-greengrassv2'
import { ConfigurationError } from '../../../../src/core/shared/errors.js'
import type { RenderInputs } from '../../../../src/core/config.js'
import { renderRecipe } from '../../../../src/core/recipe/render-recipe.js'
import { MemoryReporter } from '../../../../src/core/shared/report.js'
import { renderSummary } from '../../../../src/interface/summary.js'
import { FakeClock } from '../../../support/fake-clock.js'

const form = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/recipes/forms/${name}`, import.meta.url))
const MINIMAL = fileURLToPath(new URL('../../../fixtures/recipes/minimal.yaml', import.meta.url))
const REGISTRY = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
const IMAGE = `${REGISTRY}/dynamodb_access_sample@sha256:${'ab'.repeat(32)}`
// No call reaches it: every render here has an explicit version.
const greengrass = new GreengrassV2Client({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' }
})

let reporter: MemoryReporter
let dir: string
beforeEach(() => {
  reporter = new MemoryReporter()
  dir = mkdtempSync(join(tmpdir(), 'ggcd-forms-'))
})

function render(recipe: string, componentName?: string) {
  const inputs: RenderInputs & { accountId: string } = {
    region: 'eu-west-1',
    accountId: '123456789012',
    recipe,
    componentName,
    componentVersion: '1.0.0',
    imageUri: IMAGE,
    variables: { ARTIFACT_BUCKET: 'my-bucket' },
    tableName: 'T',
    repository: 'dynamodb_access_sample',
    roleName: 'R',
    output: join(dir, 'out', 'recipe')
  }
  return renderRecipe(
    inputs,
    { greengrass },
    { reporter, clock: new FakeClock('2026-12-01T00:00:00Z') },
    {
      write: false
    }
  )
}

async function refusal(recipe: string): Promise<string> {
  const error = await render(recipe).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ConfigurationError)
  return (error as Error).message
}

/** The template with `find` replaced, written into the temp dir. */
function edited(find: string | RegExp, replace: string, base = MINIMAL, name = 'recipe.yaml') {
  const text = readFileSync(base, 'utf8')
  const out = text.replace(find, replace)
  expect(out).not.toBe(text)
  const file = join(dir, name)
  writeFileSync(file, out)
  return file
}

describe('recipes the device runs, accepted with what cannot be verified as warnings', () => {
  const NO_CREDENTIALS =
    /is given no AWS credentials \(no --net=host and no AWS_CONTAINER_AUTHORIZATION_TOKEN or AWS_CONTAINER_CREDENTIALS_FULL_URI\): fine for a container that calls no AWS API/
  const cases: [string, string, RegExp[]][] = [
    [
      'a web app that calls no AWS API',
      'web-app.yaml',
      [
        new RegExp(
          `web-app\\.yaml:14: the container of ${IMAGE.replace(/\./g, '\\.')} ${NO_CREDENTIALS.source}`
        )
      ]
    ],
    [
      'docker compose (the plugin)',
      'compose.yaml',
      [
        /compose\.yaml:15: the container is started by docker compose, whose file the toolkit cannot read/
      ]
    ],
    [
      'docker-compose in JSON, with an environment prefix',
      'docker-compose.json',
      [/docker-compose\.json:13: the container is started by docker compose/]
    ],
    [
      'a script that receives the image',
      'script-gets-image.yaml',
      [
        /script-gets-image\.yaml:\d+: the container is started by a script or an image the toolkit cannot resolve/
      ]
    ],
    [
      'the variables named in an --env-file',
      'env-file.yaml',
      [
        /env-file\.yaml:14: the docker run command reads variables from \{artifacts:path\}\/app\.env, which the toolkit cannot read/
      ]
    ],
    ['selection keys at the bottom (Run: {Script: {linux: …}})', 'selections-bottom.yaml', []],
    [
      'an image through {configuration:/…} and a shell variable, lower-case keys',
      'configuration-image.yaml',
      []
    ],
    [
      'sudo, continuations, && and a sidecar by docker:redis@sha256:… (the short form)',
      'sidecar-short-digest.yaml',
      []
    ],
    ['stream manager, given only the token', 'stream-manager.yaml', []],
    [
      'RequiresPrivilege, --privileged, --pid=host and the docker socket',
      'privileged.yaml',
      [
        /privileged\.yaml:15: a lifecycle step has RequiresPrivilege, so it runs as root/,
        /privileged\.yaml:17: the docker run command has --privileged/,
        /privileged\.yaml:17: the docker run command has --pid=host/,
        /privileged\.yaml:18: the docker run command mounts the docker socket/,
        /privileged\.yaml:17: the container of .* is given no AWS credentials/
      ]
    ]
  ]
  it.each(cases)('%s', async (_what, name, warnings) => {
    const result = await render(form(name))
    expect(result.componentVersion).toBe('1.0.0')
    for (const w of warnings) expect(result.warnings).toContainEqual(expect.stringMatching(w))
    // Only the warnings named; each also reported, never as a failure.
    expect(result.warnings).toHaveLength(warnings.length)
    for (const w of result.warnings) expect(reporter.lines).toContain(`warning: ${w}`)
  })

  // A template for GDK's build: the S3 tokens are meant there, and only the user knows whether
  // the artifact is at that path.
  const GDK_S3 =
    /gdk-template-s3\.yaml:17: the artifact URI s3:\/\/BUCKET_NAME\/COMPONENT_NAME\/COMPONENT_VERSION\/config\.zip holds GDK's BUCKET_NAME\/COMPONENT_NAME\/COMPONENT_VERSION tokens, which `gdk component build` replaces with its bucket and the component's name and version; ggcd does not upload artifacts, so the artifact must be at that path as written, else the device fails the component\. Or replace the tokens with the bucket's path, or a \{VARIABLE\} given through the variables input/
  const gdkCases: [string, () => string, string | undefined][] = [
    [
      "GDK's S3 tokens in a GDK template ({COMPONENT_NAME} and {COMPONENT_VERSION})",
      () => form('gdk-template-s3.yaml'),
      'com.example.Forms'
    ],
    [
      "GDK's S3 tokens in a GDK template ({COMPONENT_VERSION} only)",
      () =>
        edited(
          "ComponentName: '{COMPONENT_NAME}'",
          'ComponentName: com.example.Forms',
          form('gdk-template-s3.yaml'),
          'gdk-template-s3.yaml'
        ),
      undefined
    ],
    [
      "GDK's S3 tokens in a GDK template ({COMPONENT_VERSION} unquoted)",
      () =>
        edited(
          "ComponentName: '{COMPONENT_NAME}'\nComponentVersion: '{COMPONENT_VERSION}'",
          'ComponentName: com.example.Forms\nComponentVersion: {COMPONENT_VERSION}',
          form('gdk-template-s3.yaml'),
          'gdk-template-s3.yaml'
        ),
      undefined
    ]
  ]
  it.each(gdkCases)('%s', async (_what, file, name) => {
    const result = await render(file(), name)
    expect(result.componentName).toBe('com.example.Forms')
    expect(result.warnings).toEqual([expect.stringMatching(GDK_S3)])
    expect(reporter.lines).toContain(`warning: ${result.warnings[0]}`)
  })

  it('lists the warnings in the summary', async () => {
    const summary = renderSummary(await render(form('web-app.yaml')))
    expect(summary).toMatch(
      /^- ⚠️ .*web-app\.yaml:14: the container of .* is given no AWS credentials/m
    )
  })
})

describe('recipes Greengrass refuses or the device fails', () => {
  const cases: [string, string, RegExp[]][] = [
    [
      '--network=host after the image',
      'net-after-image.yaml',
      [
        /net-after-image\.yaml:14: the docker run command has --network=host after the image \S+@sha256:(?:ab){32}: docker passes everything after the image to the container's command/,
        /net-after-image\.yaml:14: the docker run command lacks --net=host/
      ]
    ],
    [
      'the credentials variables after the image',
      'env-after-image.yaml',
      [
        /env-after-image\.yaml:17: the docker run command has --env AWS_CONTAINER_AUTHORIZATION_TOKEN -e AWS_CONTAINER_CREDENTIALS_FULL_URI after the image/
      ]
    ],
    [
      'the options only in a comment inside a continued command',
      'flags-in-comment.yaml',
      [
        /flags-in-comment\.yaml:15: the docker run command on line 1 of the script names no image, so docker refuses it; a comment or a blank line inside a command continued with \\ ends the command there/
      ]
    ],
    [
      "the credentials given to a sidecar, not to the component's container",
      'credentials-to-sidecar.yaml',
      [
        /credentials-to-sidecar\.yaml:15: the docker run of .* gets no AWS credentials, while another docker run \(of public\.ecr\.aws\/docker\/library\/redis@sha256:(?:ab){32}\) in the same script gets them/
      ]
    ],
    [
      "a global Lifecycle the manifest's own replaces",
      'global-replaced.yaml',
      [
        /global-replaced\.yaml:13: no Run or Startup script of the manifest's Lifecycle runs the container: the manifest has a Lifecycle of its own, which replaces the recipe's top-level Lifecycle/
      ]
    ],
    [
      'a quote the shell never sees closed',
      'shell-unclosed-quote.yaml',
      [
        /shell-unclosed-quote\.yaml:15: the run script is not valid shell \(line 1 of the script: reached EOF without closing quote `"`\)/
      ]
    ],
    [
      "GDK's S3 tokens left in a finished recipe (its own name and version)",
      'gdk-tokens-finished.yaml',
      [
        /gdk-tokens-finished\.yaml:17: the artifact URI s3:\/\/BUCKET_NAME\/COMPONENT_NAME\/COMPONENT_VERSION\/config\.zip holds GDK's BUCKET_NAME\/COMPONENT_NAME\/COMPONENT_VERSION tokens, which only `gdk component publish` replaces; Greengrass would look for a bucket named BUCKET_NAME/
      ]
    ],
    [
      'the credentials URL given a value, without the host network',
      'url-by-value.yaml',
      [
        /url-by-value\.yaml:15: the docker run command lacks --net=host/,
        /url-by-value\.yaml:16: the docker run command passes AWS_CONTAINER_CREDENTIALS_FULL_URI with a value \("http:\/\/169\.254\.170\.2\/credentials"\); pass it by name instead, so that docker copies the address Greengrass sets for this component/
      ]
    ]
  ]
  it.each(cases)('%s', async (_what, name, errors) => {
    const message = await refusal(form(name))
    for (const e of errors) expect(message).toMatch(e)
    expect(message.split('\n')).toHaveLength(errors.length)
    // The credentials URL is an address, not credentials.
    expect(message).not.toMatch(/FULL_URI with a value[^\n]*device's credentials/)
  })

  // Each row breaks the minimal fixture one way.
  const edits: [string, string | RegExp, string, RegExp][] = [
    [
      'DependencyType REQUIRED',
      'VersionRequirement: ~2.0.0\n  aws',
      'VersionRequirement: ~2.0.0\n    DependencyType: REQUIRED\n  aws',
      /recipe\.yaml:9: the dependency aws\.greengrass\.DockerApplicationManager has DependencyType "REQUIRED"; Greengrass knows HARD and SOFT only\./
    ],
    [
      'a version part over 999999',
      "'{COMPONENT_VERSION}'",
      "'1000000.0.0'",
      /recipe\.yaml:4: ComponentVersion "1000000\.0\.0" has a part over 999999, which Greengrass refuses/
    ],
    [
      'a name over 128 characters',
      'com.example.Fixture',
      `com.example.${'x'.repeat(120)}`,
      /recipe\.yaml:3: ComponentName is 132 characters long; Greengrass accepts at most 128\./
    ],
    [
      'a tag and a digest',
      'URI: docker:{IMAGE_URI}',
      'URI: docker:{ECR_REGISTRY}/{ECR_REPOSITORY}:v1@sha256:' + 'cd'.repeat(32),
      /recipe\.yaml:20: the artifact docker:\S+:v1@sha256:(?:cd){32} names a tag and a digest; Greengrass accepts a tag or a digest, not both\./
    ],
    [
      'a bracketed placeholder in an S3 URI',
      'URI: docker:{IMAGE_URI}',
      'URI: docker:{IMAGE_URI}\n      - URI: s3://[YOUR BUCKET NAME]/app.zip',
      /recipe\.yaml:21: the artifact URI s3:\/\/\[YOUR BUCKET NAME\]\/app\.zip still holds a placeholder in brackets, '\[YOUR BUCKET NAME\]'/
    ],
    [
      'a YOUR_… placeholder',
      'URI: docker:{IMAGE_URI}',
      'URI: docker:{IMAGE_URI}\n      - URI: s3://YOUR_BUCKET/app.zip',
      /recipe\.yaml:21: the artifact URI s3:\/\/YOUR_BUCKET\/app\.zip still holds a placeholder, 'YOUR_BUCKET'/
    ],
    [
      'a REPLACE_… placeholder',
      'URI: docker:{IMAGE_URI}',
      'URI: docker:{IMAGE_URI}\n      - URI: s3://my-bucket/REPLACE_WITH_NAME.zip',
      /recipe\.yaml:21: the artifact URI s3:\/\/my-bucket\/REPLACE_WITH_NAME\.zip still holds a placeholder, 'REPLACE_WITH_NAME'/
    ],
    [
      'a YAML quote left open',
      "ComponentPublisher: '{COMPONENT_AUTHOR}'",
      'ComponentPublisher: "ggcd',
      /^\S+recipe\.yaml:5: not valid YAML: Missing closing "quote/
    ]
  ]
  it.each(edits)('%s', async (_what, find, replace, message) => {
    const text = await refusal(edited(find, replace))
    expect(text).toMatch(message)
    expect(text.split('\n')).toHaveLength(1)
  })
})
