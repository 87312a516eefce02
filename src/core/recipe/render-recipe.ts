// The render-recipe step: turns the user's recipe template into the recipe that is deployed.
// It fills in the placeholders, resolves component-version 'auto' (a new patch version only
// when the rendered recipe differs from the latest version's, so a rerun creates nothing),
// and checks the result (recipe-check.ts) for the mistakes that otherwise surface only on a
// device. The parsing helpers serve the deploy step too.
import { readInputFile } from '../shared/files.js'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, extname } from 'node:path'
import {
  GetComponentCommand,
  type GreengrassV2Client,
  ListComponentVersionsCommand
} from '@aws-sdk/client-greengrassv2'
import * as semver from 'semver'
import { componentArn as componentArnOf } from '../arns.js'
import { awsErrorName, ConfigurationError, errorMessage, awsFailure } from '../shared/errors.js'
import { IMAGE_URI, type RenderInputs } from '../config.js'
import { at, COMPONENT_NAME, field, validateRecipe } from './check.js'
import { parseRecipe, recipesEqual, type Recipe } from './parse.js'
import type { MemoryReporter, Reporter, StepContext } from '../shared/report.js'
import { withRetry } from '../shared/retry.js'
import { renderTemplate, templateValues } from '../shared/template.js'

export {
  field,
  RECIPE_FORMAT_VERSION,
  RECIPE_SIZE_LIMIT,
  recipeProblems,
  validateRecipe,
  type ValidateOptions
} from './check.js'

export { parseRecipe, recipeDifference, recipesEqual, type Recipe } from './parse.js'

/**
 * What {COMPONENT_AUTHOR} becomes. GDK takes it from its config file, which this toolkit has
 * no equivalent of; a user who wants their own publisher writes it in the template.
 */
export const COMPONENT_AUTHOR = 'ggcd'

const FIRST_VERSION = '1.0.0'

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
  /** What the check could not verify, each as `file[:line]: …`; also reported as warnings. */
  warnings: string[]
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
  /** Throws the errors; returns the warnings. */
  check(r: Rendered): Promise<string[]>
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
  const componentName = await resolveName(
    render(inputs.componentName ?? NAME_PROBE, VERSION_PROBE),
    {
      file,
      template,
      input: inputs.componentName
    }
  )
  // Everything the user can get wrong is reported here, before any AWS call.
  await check(render(componentName, explicit ?? VERSION_PROBE))
  return { file, format, template, componentName, explicit, render, check }
}

/** `options.prepared`: the template the caller already prepared for these inputs (the
 * pipeline: once for the render and for a next version), with what preparing it said. */
export async function renderRecipe(
  inputs: RenderInputs & { accountId: string },
  clients: { greengrass: GreengrassV2Client },
  ctx: StepContext,
  options: { write?: boolean; prepared?: { recipe: PreparedRecipe; notes?: MemoryReporter } } = {}
): Promise<RenderResult> {
  const { reporter } = ctx
  options.prepared?.notes?.replayTo(reporter)
  const { file, format, template, componentName, explicit, render, check } =
    options.prepared?.recipe ?? (await prepareRecipe(inputs, reporter))

  let componentVersion: string
  let versionReused = false
  let latestVersion: string | undefined
  let final: Rendered
  if (explicit) {
    componentVersion = explicit
    final = render(componentName, explicit)
  } else {
    const componentArn = componentArnOf(inputs.region, inputs.accountId, componentName)
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
  const warnings = await check(final)
  for (const w of warnings) reporter.warning(w)

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
    warnings,
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
  return readInputFile(
    file,
    'recipe',
    `${file} does not exist (relative to ${process.cwd()}). Point 'recipe' at the recipe template, e.g. recipe/recipe.yaml.`
  )
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

async function resolveName(
  probe: Rendered,
  c: { file: string; template: string; input: string | undefined }
): Promise<string> {
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
    await validateRecipe(probe.recipe, { file: c.file, templateText: c.template })
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
    throw versionsFailure(error, 'greengrass:ListComponentVersions', arn)
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
    throw versionsFailure(error, 'greengrass:GetComponent', arn)
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

function versionsFailure(error: unknown, action: string, resource: string): Error {
  return awsFailure(error, {
    action: action.includes(':') ? action : `greengrass:${action}`,
    resource,
    hint: 'Rerun once the cause is fixed, or set component-version to an explicit version.'
  })
}
