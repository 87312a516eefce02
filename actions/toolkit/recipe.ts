// The render-recipe step: turns the user's recipe template into the recipe that is deployed.
// It fills in the placeholders, resolves component-version 'auto' (a new patch version only
// when the rendered recipe differs from the latest version's, so a rerun creates nothing),
// and checks the result for the mistakes that otherwise surface only on a device: an image
// not pinned by digest, a missing Docker or token exchange dependency, a container that
// cannot reach the credentials. The parsing and checking helpers serve the deploy step too.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, extname } from 'node:path'
import {
  GetComponentCommand,
  type GreengrassV2Client,
  ListComponentVersionsCommand
} from '@aws-sdk/client-greengrassv2'
import * as semver from 'semver'
import { LineCounter, parseDocument } from 'yaml'
import { partitionOf } from './aws.js'
import { firstDifference, parseJson, sameData } from './data.js'
import {
  awsErrorName,
  ConfigurationError,
  errorMessage,
  httpStatus,
  StepFailure
} from './errors.js'
import { IMAGE_URI, type RenderInputs } from './inputs.js'
import type { Reporter, StepContext } from './report.js'
import { withRetry } from './retry.js'
import { renderTemplate, templateValues } from './template.js'

/** A parsed recipe: the top-level mapping, keys as the author wrote them. */
export type Recipe = Record<string, unknown>

/** Greengrass refuses larger recipes; GDK enforces the same number of bytes. */
export const RECIPE_SIZE_LIMIT = 16_000

/**
 * What {COMPONENT_AUTHOR} becomes. GDK takes it from its config file, which this toolkit has
 * no equivalent of; a user who wants their own publisher writes it in the template.
 */
export const COMPONENT_AUTHOR = 'ggcd'

export const RECIPE_FORMAT_VERSION = '2020-01-25'
const FIRST_VERSION = '1.0.0'
const DOCKER_MANAGER = 'aws.greengrass.DockerApplicationManager'
const TOKEN_EXCHANGE = 'aws.greengrass.TokenExchangeService'
const ECR_HOST = /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/
const CREDENTIALS_VARIABLES = [
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI'
]

// Stand-ins for a first rendering that only reads the template's own name and checks it,
// before any AWS call; never deployed.
const NAME_PROBE = 'ggcd.component-name-input-is-empty'
const VERSION_PROBE = '0.0.0'

export interface RenderResult {
  recipePath: string
  componentName: string
  componentVersion: string
  /** The rendered recipe text. */
  recipe: string
  /** 'auto' chose the latest existing version because the rendered recipe equals it. */
  versionReused: boolean
  /** The latest version that existed before this run, if any (asked only with auto). */
  latestVersion?: string
  /** The version came from the component-version input, not from auto. */
  explicit?: boolean
}

type Format = 'yaml' | 'json'

interface Rendered {
  text: string
  recipe: Recipe
}

/** The template, read and checked: what renderRecipe needs before its first AWS call. */
export interface PreparedRecipe {
  file: string
  format: Format
  template: string
  componentName: string
  /** The version input, unless it is auto. */
  explicit?: string
  render(name: string, version: string): Rendered
  check(r: Rendered): void
}

/**
 * Reads the recipe template and checks everything the user can get wrong in it, without
 * AWS: the pipeline calls it before it builds anything, so that a template mistake changes
 * nothing anywhere.
 */
export async function prepareRecipe(
  inputs: RenderInputs & { accountId: string },
  reporter: Reporter
): Promise<PreparedRecipe> {
  const file = inputs.recipe
  const format = formatOf(file)
  const template = await readTemplate(file)

  const image = IMAGE_URI.exec(inputs.imageUri)
  if (!image) {
    throw new ConfigurationError(
      `Input 'image-uri' must be <registry>/<repository>@sha256:<64 hex digits>, as build-push outputs it; got '${inputs.imageUri}'.`,
      'image-uri'
    )
  }
  const registry = image[1]!
  const imageRepository = image[2]!
  if (imageRepository !== inputs.repository) {
    reporter.warning(
      `image-uri is in repository '${imageRepository}' but the repository input is '${inputs.repository}', which the device policy grants pull on; the devices may be denied the image. Pass the same repository to both.`
    )
  }
  const values = templateValues({
    accountId: inputs.accountId,
    region: inputs.region,
    repository: inputs.repository,
    tableName: inputs.tableName,
    roleName: inputs.roleName,
    registry,
    imageUri: inputs.imageUri,
    componentAuthor: COMPONENT_AUTHOR,
    variables: inputs.variables
  })
  const render = (name: string, version: string): Rendered => {
    const text = renderTemplate(
      template,
      { ...values, COMPONENT_NAME: name, COMPONENT_VERSION: version },
      { file, format }
    )
    return { text, recipe: parseRecipe(text, file) }
  }
  const check = (r: Rendered) =>
    validateRecipe(r.recipe, { file, templateText: template, text: r.text, registries: [registry] })

  const explicit = inputs.componentVersion === 'auto' ? undefined : inputs.componentVersion
  const componentName = resolveName(render(inputs.componentName ?? NAME_PROBE, VERSION_PROBE), {
    file,
    template,
    input: inputs.componentName
  })
  // Everything the user can get wrong is reported here, before any AWS call.
  check(render(componentName, explicit ?? VERSION_PROBE))
  return { file, format, template, componentName, explicit, render, check }
}

export async function renderRecipe(
  inputs: RenderInputs & { accountId: string },
  clients: { greengrass: GreengrassV2Client },
  ctx: StepContext,
  options: { write?: boolean } = {}
): Promise<RenderResult> {
  const { reporter } = ctx
  const { file, format, template, componentName, explicit, render, check } = await prepareRecipe(
    inputs,
    reporter
  )

  let componentVersion: string
  let versionReused = false
  let latestVersion: string | undefined
  let final: Rendered
  if (explicit) {
    componentVersion = explicit
    final = render(componentName, explicit)
  } else {
    const componentArn = `arn:${partitionOf(inputs.region)}:greengrass:${inputs.region}:${inputs.accountId}:components:${componentName}`
    const versions = await listVersions(clients.greengrass, componentArn, ctx)
    latestVersion = latest(versions)
    if (!latestVersion) {
      reporter.info(`Component ${componentName} has no versions yet: this is ${FIRST_VERSION}.`)
      componentVersion = FIRST_VERSION
      final = render(componentName, FIRST_VERSION)
    } else {
      const candidate = render(componentName, latestVersion)
      const stored = await latestRecipe(
        clients.greengrass,
        `${componentArn}:versions:${latestVersion}`,
        format,
        ctx
      )
      if (stored !== undefined && recipesEqual(candidate.recipe, stored)) {
        reporter.info(
          `The rendered recipe equals that of ${componentName} ${latestVersion}, the latest version: reusing it.`
        )
        componentVersion = latestVersion
        versionReused = true
        final = candidate
      } else {
        componentVersion = semver.inc(latestVersion, 'patch')!
        reporter.info(
          `The recipe differs from that of ${componentName} ${latestVersion}, the latest version: this is ${componentVersion}.`
        )
        final = render(componentName, componentVersion)
      }
    }
  }
  requireVersion(final.recipe, componentVersion, { file, template, explicit: !!explicit })
  check(final)

  if (options.write ?? true) await writeOutput(inputs.output, final.text)
  reporter.info(
    `Rendered ${file} as ${componentName} ${componentVersion} (${Buffer.byteLength(final.text)} bytes)${
      (options.write ?? true) ? ` into ${inputs.output}` : ''
    }.`
  )
  return {
    recipePath: inputs.output,
    componentName,
    componentVersion,
    recipe: final.text,
    versionReused,
    latestVersion,
    explicit: Boolean(explicit)
  }
}

// ---------------------------------------------------------------------------------------
// Reading, writing and names

function formatOf(file: string): Format {
  const ext = extname(file).toLowerCase()
  if (ext === '.json') return 'json'
  if (ext === '.yaml' || ext === '.yml') return 'yaml'
  throw new ConfigurationError(
    `Input 'recipe': ${file} must be a YAML (.yaml, .yml) or JSON (.json) recipe template; the extension says which.`,
    'recipe'
  )
}

async function readTemplate(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new ConfigurationError(
      missing
        ? `Input 'recipe': ${file} does not exist (relative to ${process.cwd()}). Point 'recipe' at the recipe template, e.g. recipe/recipe.yaml.`
        : `Input 'recipe': cannot read ${file}: ${errorMessage(error)}`,
      'recipe'
    )
  }
}

async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text, 'utf8')
  } catch (error) {
    throw new ConfigurationError(
      `Input 'output': cannot write the rendered recipe to ${path}: ${errorMessage(error)}. Choose a writable path.`,
      'output'
    )
  }
}

function resolveName(
  probe: Rendered,
  c: { file: string; template: string; input: string | undefined }
): string {
  const written = field(probe.recipe, 'ComponentName')
  const where = at(c.file, c.template, 'ComponentName')
  if (c.input !== undefined) {
    if (typeof written === 'string' && written !== c.input) {
      throw new ConfigurationError(
        `${where}: ComponentName is '${written}' but the component-name input is '${c.input}'. Write ComponentName: '{COMPONENT_NAME}' so that the input fills it in, or leave component-name empty.`,
        c.file
      )
    }
    return c.input
  }
  if (written === NAME_PROBE) {
    throw new ConfigurationError(
      `${where}: ComponentName is '{COMPONENT_NAME}' but the component-name input is empty. Set component-name, or write the name in the template, e.g. ComponentName: com.example.AccessDynamoDb.`,
      'component-name'
    )
  }
  if (typeof written !== 'string' || !COMPONENT_NAME.test(written)) {
    // validateRecipe says what is wrong with it.
    validateRecipe(probe.recipe, { file: c.file, templateText: c.template })
    throw new ConfigurationError(`${where}: ComponentName is missing or invalid.`, c.file)
  }
  return written
}

function requireVersion(
  recipe: Recipe,
  version: string,
  c: { file: string; template: string; explicit: boolean }
): void {
  const written = field(recipe, 'ComponentVersion')
  if (written === version) return
  const why = c.explicit
    ? `the component-version input is '${version}'`
    : `component-version 'auto' resolved to '${version}'`
  throw new ConfigurationError(
    `${at(c.file, c.template, 'ComponentVersion')}: ComponentVersion is ${JSON.stringify(written)}, but ${why}. Write ComponentVersion: '{COMPONENT_VERSION}' so that the toolkit fills it in.`,
    c.file
  )
}

// ---------------------------------------------------------------------------------------
// Versions in Greengrass

async function listVersions(
  greengrass: GreengrassV2Client,
  arn: string,
  ctx: StepContext
): Promise<string[]> {
  const versions: string[] = []
  let nextToken: string | undefined
  try {
    do {
      const page = await withRetry(ctx, 'greengrass:ListComponentVersions', () =>
        greengrass.send(new ListComponentVersionsCommand({ arn, nextToken, maxResults: 100 }))
      )
      for (const v of page.componentVersions ?? []) {
        if (v.componentVersion) versions.push(v.componentVersion)
      }
      nextToken = page.nextToken
    } while (nextToken)
  } catch (error) {
    if (awsErrorName(error) === 'ResourceNotFoundException') return []
    throw awsFailure(error, 'greengrass:ListComponentVersions', arn)
  }
  return versions
}

function latest(versions: string[]): string | undefined {
  const valid = versions.filter(v => semver.valid(v))
  return valid.length > 0 ? semver.rsort(valid)[0] : undefined
}

/** The latest version's recipe as data; undefined (with a warning) when it cannot be read. */
async function latestRecipe(
  greengrass: GreengrassV2Client,
  arn: string,
  format: Format,
  ctx: StepContext
): Promise<unknown> {
  let bytes: Uint8Array | undefined
  try {
    const got = await withRetry(ctx, 'greengrass:GetComponent', () =>
      greengrass.send(
        new GetComponentCommand({ arn, recipeOutputFormat: format === 'json' ? 'JSON' : 'YAML' })
      )
    )
    bytes = got.recipe
  } catch (error) {
    throw awsFailure(error, 'greengrass:GetComponent', arn)
  }
  const text = bytes ? new TextDecoder().decode(bytes) : ''
  try {
    return parseRecipe(text, arn)
  } catch (error) {
    ctx.reporter.warning(
      `Could not read the recipe of ${arn} (${errorMessage(error)}); treating the recipe as changed.`
    )
    return undefined
  }
}

function awsFailure(error: unknown, action: string, resource: string): StepFailure {
  const name = awsErrorName(error) ?? 'Error'
  const message = errorMessage(error)
  if (name === 'AccessDeniedException' || httpStatus(error) === 403) {
    return new StepFailure(
      `${action} on ${resource} was denied: ${message}. Allow ${action} on this component in the policy of the role this runs as (the CI role), or set component-version to an explicit version.`
    )
  }
  return new StepFailure(
    `${action} on ${resource} failed: ${name}: ${message}. Rerun once the cause is fixed, or set component-version to an explicit version.`
  )
}

// ---------------------------------------------------------------------------------------
// Parsing and comparing

/**
 * YAML or JSON to the recipe's top-level mapping; the file's extension says which unless
 * `format` does. YAML reads JSON too, so 'yaml' suits text that may be either.
 */
export function parseRecipe(
  text: string,
  file: string,
  format: 'yaml' | 'json' = file.toLowerCase().endsWith('.json') ? 'json' : 'yaml'
): Recipe {
  let data: unknown
  if (format === 'json') {
    const parsed = parseJson(text)
    if ('error' in parsed) {
      throw new ConfigurationError(
        `${file}:${parsed.line}: not valid JSON (${parsed.error}). Fix the JSON syntax near that line.`,
        file
      )
    }
    data = parsed.value
  } else {
    const lines = new LineCounter()
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
    if (doc.errors.length > 0) {
      throw new ConfigurationError(
        doc.errors
          .map(e => {
            const line = lines.linePos(e.pos[0]).line
            return `${file}:${line}: not valid YAML: ${e.message.split('\n')[0]}. Fix the YAML near that line (values with ': ' or ' #' need quotes).`
          })
          .join('\n'),
        file
      )
    }
    data = doc.toJS()
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigurationError(
      `${file}: a recipe must be a mapping with RecipeFormatVersion, ComponentName, ComponentVersion, ComponentDependencies and Manifests.`,
      file
    )
  }
  return data as Recipe
}

/**
 * The same recipe as data: formatting, comments and key order do not count. The digest and
 * algorithm Greengrass records on an artifact are not part of what the author wrote, so they
 * do not count either.
 */
export function recipesEqual(a: unknown, b: unknown): boolean {
  return sameData(withoutArtifactDigests(a), withoutArtifactDigests(b))
}

/**
 * Where two recipes first differ (a path, for messages), by the rules of recipesEqual;
 * undefined when they are equal.
 */
export function recipeDifference(a: unknown, b: unknown): string | undefined {
  return firstDifference(withoutArtifactDigests(a), withoutArtifactDigests(b))
}

/** The value without the Digest and Algorithm members of the objects under an Artifacts key. */
function withoutArtifactDigests(value: unknown, parentKey = ''): unknown {
  if (Array.isArray(value)) return value.map(v => withoutArtifactDigests(v, parentKey))
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const inArtifacts = parentKey.toLowerCase() === 'artifacts'
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !(inArtifacts && ['digest', 'algorithm'].includes(k.toLowerCase())))
        .map(([k, v]) => [k, withoutArtifactDigests(v, k)])
    )
  }
  return value
}

// ---------------------------------------------------------------------------------------
// Validation

const COMPONENT_NAME = /^[a-zA-Z0-9._-]{1,128}$/
const VERSION = /^\d+\.\d+\.\d+$/
const LIFECYCLE_STEPS = ['setenv', 'bootstrap', 'install', 'startup', 'run', 'shutdown', 'recover']
const DOCKER_RUN = /\bdocker\s+(?:container\s+)?run\b/
const HOST_NETWORK = /(?:^|\s)--net(?:work)?(?:=|\s+)["']?host\b/

export interface ValidateOptions {
  /** The file to name in messages: the template, or the rendered recipe. */
  file: string
  /** The template's text, to point at lines; else `text` is used. */
  templateText?: string
  /** The rendered text: its size is checked, and it locates lines without a template. */
  text?: string
  /**
   * Registries whose images need the token exchange service's credentials, besides ECR's
   * (which always do): e.g. the registry of image-uri.
   */
  registries?: readonly string[]
}

/** Throws one ConfigurationError listing every problem, each with file:line and the fix. */
export function validateRecipe(recipe: unknown, options: ValidateOptions): void {
  const problems = recipeProblems(recipe, options)
  if (problems.length > 0) throw new ConfigurationError(problems.join('\n'), options.file)
}

/** What is wrong with a rendered recipe, each as `file[:line]: problem; fix.` */
export function recipeProblems(recipe: unknown, options: ValidateOptions): string[] {
  const source = options.templateText ?? options.text ?? ''
  const problems: string[] = []
  // The last argument is the message; those before it say where to look, best first.
  const report = (...args: [string | RegExp, ...(string | RegExp)[]]) => {
    const message = args.pop() as string
    problems.push(`${at(options.file, source, ...args)}: ${message}`)
  }

  if (typeof recipe !== 'object' || recipe === null || Array.isArray(recipe)) {
    return [
      `${options.file}: a recipe must be a mapping with RecipeFormatVersion, ComponentName, ComponentVersion, ComponentDependencies and Manifests.`
    ]
  }
  const r = recipe as Recipe

  const format = field(r, 'RecipeFormatVersion')
  if (format !== RECIPE_FORMAT_VERSION) {
    report(
      'RecipeFormatVersion',
      format === undefined
        ? `RecipeFormatVersion is missing; add RecipeFormatVersion: '${RECIPE_FORMAT_VERSION}'.`
        : `RecipeFormatVersion is ${JSON.stringify(format)}; write '${RECIPE_FORMAT_VERSION}' (quoted), the only format Greengrass knows.`
    )
  }

  const name = field(r, 'ComponentName')
  if (name === undefined) {
    report(
      'ComponentName',
      'ComponentName is missing; add e.g. ComponentName: com.example.AccessDynamoDb.'
    )
  } else if (typeof name !== 'string' || !COMPONENT_NAME.test(name)) {
    report(
      'ComponentName',
      `ComponentName ${JSON.stringify(name)} is not a component name; use letters, digits, '.', '_' and '-' (at most 128), e.g. com.example.AccessDynamoDb.`
    )
  }

  const version = field(r, 'ComponentVersion')
  if (version === undefined) {
    report(
      'ComponentVersion',
      "ComponentVersion is missing; add ComponentVersion: '{COMPONENT_VERSION}'."
    )
  } else if (typeof version !== 'string' || !VERSION.test(version)) {
    report(
      'ComponentVersion',
      `ComponentVersion ${JSON.stringify(version)} is not MAJOR.MINOR.PATCH; write ComponentVersion: '{COMPONENT_VERSION}' (quoted).`
    )
  }

  // Artifacts: the image, pinned by digest.
  const images: string[] = []
  const manifests = asArray(field(r, 'Manifests'))
  for (const manifest of manifests) {
    for (const artifact of asArray(field(manifest, 'Artifacts'))) {
      const uri = field(artifact, 'URI')
      if (typeof uri !== 'string' || !/^docker:/i.test(uri)) continue
      const ref = uri.slice('docker:'.length)
      if (IMAGE_URI.test(ref)) images.push(ref)
      else {
        report(
          uri,
          'URI',
          `the artifact ${uri} is not pinned by digest, so devices would run whatever the tag points at when they pull; pin by digest: use docker:{IMAGE_URI}.`
        )
      }
    }
  }
  const dockerArtifacts = manifests.some(m =>
    asArray(field(m, 'Artifacts')).some(a => /^docker:/i.test(String(field(a, 'URI') ?? '')))
  )
  if (!dockerArtifacts) {
    report(
      'Artifacts',
      'Manifests',
      'no Docker image artifact; add to the manifest: Artifacts: [{ URI: docker:{IMAGE_URI} }].'
    )
  }

  // Dependencies: Docker, and the credentials a private image needs.
  const dependencies = field(r, 'ComponentDependencies')
  const deps = isMapping(dependencies) ? dependencies : {}
  if (!Object.hasOwn(deps, DOCKER_MANAGER)) {
    report(
      'ComponentDependencies',
      `ComponentDependencies lacks ${DOCKER_MANAGER}, which pulls the image; add ${DOCKER_MANAGER}: { VersionRequirement: ~2.0.0 }.`
    )
  }
  const privateImage = images.some(ref => {
    const host = ref.slice(0, ref.indexOf('/'))
    return ECR_HOST.test(host) || (options.registries ?? []).includes(host)
  })
  if (privateImage && !Object.hasOwn(deps, TOKEN_EXCHANGE)) {
    report(
      'ComponentDependencies',
      `ComponentDependencies lacks ${TOKEN_EXCHANGE}; the image is in a private registry, which the device reaches with the token exchange role's credentials. Add ${TOKEN_EXCHANGE}: { VersionRequirement: ~2.0.0 }.`
    )
  }
  for (const [dep, spec] of Object.entries(deps)) {
    if (typeof field(spec, 'VersionRequirement') !== 'string') {
      report(
        dep,
        `the dependency ${dep} has no VersionRequirement; add e.g. VersionRequirement: ~2.0.0.`
      )
    }
  }

  // Lifecycle: a docker run that can reach the token exchange service.
  const scripts = [
    ...lifecycleScripts(field(r, 'Lifecycle')),
    ...manifests.flatMap(m => lifecycleScripts(field(m, 'Lifecycle')))
  ]
  const dockerRuns = scripts.filter(s => DOCKER_RUN.test(s))
  if (dockerRuns.length === 0) {
    report(
      'Lifecycle',
      'Manifests',
      'no Run or Startup lifecycle script runs the container; add to the manifest Lifecycle: { Run: docker run --rm --net=host --env AWS_CONTAINER_AUTHORIZATION_TOKEN --env AWS_CONTAINER_CREDENTIALS_FULL_URI … {IMAGE_URI} }.'
    )
  }
  for (const script of dockerRuns) {
    if (!HOST_NETWORK.test(script)) {
      report(
        DOCKER_RUN,
        'the docker run command lacks --net=host; the container reaches the token exchange service on the host loopback only, so add --net=host.'
      )
    }
    const missing = CREDENTIALS_VARIABLES.filter(v => !passesEnv(script, v))
    if (missing.length > 0) {
      report(
        DOCKER_RUN,
        `the docker run command does not pass ${missing.join(' and ')}, so the container gets no credentials; add ${missing.map(v => `--env ${v}`).join(' ')}.`
      )
    }
    // `--env NAME=$NAME` works, but the shell expands it into docker's arguments, which any
    // user on the device can read (ps, /proc): the token would let them act as the device.
    // `--env NAME` makes docker copy the value from its own environment instead.
    const byValue = CREDENTIALS_VARIABLES.filter(v => envWithValue(v).test(script))
    if (byValue.length > 0) {
      report(
        envWithValue(byValue[0]!),
        DOCKER_RUN,
        `the docker run command passes ${byValue.join(' and ')} with a value (${byValue[0]}=…), which puts the device's credentials on docker's command line, where any user on the device can read them with ps; pass them by name instead: ${byValue.map(v => `--env ${v}`).join(' ')}.`
      )
    }
    if (images.length > 0 && !images.some(ref => script.includes(ref))) {
      report(
        DOCKER_RUN,
        `the docker run command does not run the artifact's image (${images[0]}); use {IMAGE_URI} in both the artifact URI and the docker run command.`
      )
    }
  }

  if (options.text !== undefined) {
    const size = Buffer.byteLength(options.text, 'utf8')
    if (size > RECIPE_SIZE_LIMIT) {
      problems.push(
        `${options.file}: the rendered recipe is ${size} bytes; Greengrass accepts at most ${RECIPE_SIZE_LIMIT}. Shorten it (comments count too).`
      )
    }
  }
  return problems
}

function passesEnv(script: string, variable: string): boolean {
  return new RegExp(`(?:^|\\s)(?:--env|-e)(?:=|\\s+)["']?${variable}(?:[=\\s"']|$)`).test(script)
}

/** `--env NAME=value` or `-e NAME=value`, in any quoting: the value is in docker's argv. */
function envWithValue(variable: string): RegExp {
  return new RegExp(`(?:^|\\s)(?:--env|-e)(?:=|\\s+)["']?${variable}=`)
}

/** Run and Startup scripts, in a lifecycle or in its selections (`all:`, `linux:`, …). */
function lifecycleScripts(lifecycle: unknown, depth = 0): string[] {
  if (!isMapping(lifecycle) || depth > 2) return []
  const scripts: string[] = []
  for (const [key, value] of Object.entries(lifecycle)) {
    const step = key.toLowerCase()
    if (step === 'run' || step === 'startup') {
      const script = typeof value === 'string' ? value : field(value, 'Script')
      if (typeof script === 'string') scripts.push(script)
    } else if (!LIFECYCLE_STEPS.includes(step)) {
      scripts.push(...lifecycleScripts(value, depth + 1))
    }
  }
  return scripts
}

// ---------------------------------------------------------------------------------------
// Small helpers

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** A recipe key, matched without regard to case: Greengrass and GDK accept any case. */
export function field(value: unknown, key: string): unknown {
  if (!isMapping(value)) return undefined
  if (Object.hasOwn(value, key)) return value[key]
  const lower = key.toLowerCase()
  const found = Object.keys(value).find(k => k.toLowerCase() === lower)
  return found === undefined ? undefined : value[found]
}

/**
 * `file:line` of the first line outside comments that holds the first needle found: a string
 * as a YAML or JSON key, else anywhere in the line; a RegExp as it matches. Just `file` when
 * the source has none of them.
 */
function at(file: string, source: string, ...needles: (string | RegExp)[]): string {
  const lines = source.split('\n')
  const code = (l: string) => !/^\s*(?:#|\/\/)/.test(l)
  for (const needle of needles) {
    let index: number
    if (typeof needle === 'string') {
      const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const key = new RegExp(`^\\s*(?:-\\s*)?["']?${escaped}["']?\\s*:`, 'i')
      index = lines.findIndex(l => key.test(l))
      if (index < 0) index = lines.findIndex(l => code(l) && l.includes(needle))
    } else {
      index = lines.findIndex(l => code(l) && needle.test(l))
    }
    if (index >= 0) return `${file}:${index + 1}`
  }
  return file
}
