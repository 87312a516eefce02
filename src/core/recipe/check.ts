// The check of a rendered recipe. An error is what makes Greengrass refuse the recipe or the
// device fail it; a warning is what the toolkit cannot verify (a compose file, a script that
// starts the container, a container given no AWS credentials, root on the device). Each says
// file:line and the fix.
import { parseDocument } from 'yaml'
import { ConfigurationError } from '../shared/errors.js'
import { dockerUri } from './docker.js'
import { lifecycleFindings, type Finding } from './lifecycle.js'

export const RECIPE_FORMAT_VERSION = '2020-01-25'
/** Greengrass refuses larger recipes; GDK enforces the same number of bytes. */
export const RECIPE_SIZE_LIMIT = 16_000
const DOCKER_MANAGER = 'aws.greengrass.DockerApplicationManager'
const TOKEN_EXCHANGE = 'aws.greengrass.TokenExchangeService'
const ECR_HOST = /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/
export const COMPONENT_NAME = /^[a-zA-Z0-9._-]{1,128}$/
// Greengrass (component-common, semver4j) refuses a version part over 999999.
const VERSION = /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})$/
// Placeholders that documentation and samples leave for the reader to fill in.
const LEFTOVERS: [RegExp, string][] = [
  [/\[[^\]\n]*\b(?:YOUR|REPLACE|INSERT|ENTER)\b[^\]\n]*\]/i, 'a placeholder in brackets'],
  [/\b(?:YOUR|REPLACE)_[A-Z0-9_]+\b/, 'a placeholder'],
  [/\b(?:REPLACE_ME|CHANGE_ME|CHANGEME)\b/, 'a placeholder']
]
// The tokens GDK's build and publish replace in S3 artifact URIs with the bucket and the
// component's name and version; Greengrass reads them as a bucket named BUCKET_NAME.
const GDK_TOKENS = /^s3:\/\/BUCKET_NAME\/|\/COMPONENT_NAME\/|\/COMPONENT_VERSION\//
// GDK's placeholders for the two fields its build fills in from gdk-config.json.
const GDK_FIELDS: [string, string][] = [
  ['ComponentName', 'COMPONENT_NAME'],
  ['ComponentVersion', 'COMPONENT_VERSION']
]

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

export interface RecipeFindings {
  errors: string[]
  warnings: string[]
}

/** Throws one ConfigurationError listing every error; returns the warnings. */
export async function validateRecipe(recipe: unknown, options: ValidateOptions): Promise<string[]> {
  const { errors, warnings } = await recipeProblems(recipe, options)
  if (errors.length > 0) throw new ConfigurationError(errors.join('\n'), options.file)
  return warnings
}

/** What is wrong with a rendered recipe, and what cannot be verified, each as `file[:line]: …`. */
export async function recipeProblems(
  recipe: unknown,
  options: ValidateOptions
): Promise<RecipeFindings> {
  const source = options.templateText ?? options.text ?? ''
  const errors: string[] = []
  const warnings: string[] = []
  // The last argument is the message; those before it say where to look, best first.
  const report = (...args: [string | RegExp, ...(string | RegExp)[]]) => {
    const message = args.pop() as string
    errors.push(`${at(options.file, source, ...args)}: ${message}`)
  }
  const out = (list: string[], f: Finding) =>
    list.push(`${at(options.file, source, ...f.at)}: ${f.message}`)

  if (!isMapping(recipe)) {
    return {
      errors: [
        `${options.file}: a recipe must be a mapping with RecipeFormatVersion, ComponentName, ComponentVersion, ComponentDependencies and Manifests.`
      ],
      warnings
    }
  }
  const format = field(recipe, 'RecipeFormatVersion')
  if (format !== RECIPE_FORMAT_VERSION) {
    report(
      'RecipeFormatVersion',
      format === undefined
        ? `RecipeFormatVersion is missing; add RecipeFormatVersion: '${RECIPE_FORMAT_VERSION}'.`
        : `RecipeFormatVersion is ${JSON.stringify(format)}; write '${RECIPE_FORMAT_VERSION}' (quoted), the only format Greengrass knows.`
    )
  }

  const name = field(recipe, 'ComponentName')
  if (name === undefined) {
    report(
      'ComponentName',
      'ComponentName is missing; add e.g. ComponentName: com.example.AccessDynamoDb.'
    )
  } else if (typeof name === 'string' && name.length > 128) {
    report(
      'ComponentName',
      `ComponentName is ${name.length} characters long; Greengrass accepts at most 128. Shorten it.`
    )
  } else if (typeof name !== 'string' || !COMPONENT_NAME.test(name)) {
    report(
      'ComponentName',
      `ComponentName ${JSON.stringify(name)} is not a component name; use letters, digits, '.', '_' and '-' (at most 128), e.g. com.example.AccessDynamoDb.`
    )
  }

  const version = field(recipe, 'ComponentVersion')
  const parts = typeof version === 'string' ? /^(\d+)\.(\d+)\.(\d+)$/.exec(version) : null
  if (version === undefined) {
    report(
      'ComponentVersion',
      "ComponentVersion is missing; add ComponentVersion: '{COMPONENT_VERSION}'."
    )
  } else if (parts && !VERSION.test(version as string)) {
    report(
      'ComponentVersion',
      `ComponentVersion ${JSON.stringify(version)} has a part over 999999, which Greengrass refuses; keep each of MAJOR.MINOR.PATCH at most 999999.`
    )
  } else if (!parts) {
    report(
      'ComponentVersion',
      `ComponentVersion ${JSON.stringify(version)} is not MAJOR.MINOR.PATCH; write ComponentVersion: '{COMPONENT_VERSION}' (quoted).`
    )
  }

  const manifests = asArray(field(recipe, 'Manifests'))
  const gdk = gdkTemplate(options.templateText)
  const images: { ref: string; host?: string }[] = []
  for (const manifest of manifests) {
    for (const artifact of asArray(field(manifest, 'Artifacts'))) {
      const uri = field(artifact, 'URI')
      if (typeof uri !== 'string') continue
      for (const [pattern, what] of LEFTOVERS) {
        const m = pattern.exec(uri)
        if (m) {
          report(
            m[0],
            uri,
            'URI',
            `the artifact URI ${uri} still holds ${what}, '${m[0]}', which no one replaces; write the real value, or a toolkit placeholder given through the variables input.`
          )
        }
      }
      if (/^s3:/i.test(uri) && GDK_TOKENS.test(uri)) {
        if (gdk) {
          // A template written for GDK's build, where the tokens are meant; ggcd cannot tell
          // whether an artifact was put at that path by hand.
          warnings.push(
            `${at(options.file, source, uri, 'URI')}: the artifact URI ${uri} holds GDK's BUCKET_NAME/COMPONENT_NAME/COMPONENT_VERSION tokens, which \`gdk component build\` replaces with its bucket and the component's name and version; ggcd does not upload artifacts, so the artifact must be at that path as written, else the device fails the component. Or replace the tokens with the bucket's path, or a {VARIABLE} given through the variables input (e.g. s3://{ARTIFACT_BUCKET}/…).`
          )
        } else {
          // A finished recipe: the tokens are leftovers Greengrass cannot reach, so the
          // component version is FAILED.
          report(
            uri,
            'URI',
            `the artifact URI ${uri} holds GDK's BUCKET_NAME/COMPONENT_NAME/COMPONENT_VERSION tokens, which only \`gdk component publish\` replaces; Greengrass would look for a bucket named BUCKET_NAME and fail the component version. Write the URI of the uploaded artifact, e.g. s3://{ARTIFACT_BUCKET}/… with ARTIFACT_BUCKET in the variables input.`
          )
        }
      }
      if (!/^docker:/i.test(uri)) continue
      const image = dockerUri(uri)
      if (image.form === 'digest') images.push(image)
      else if (image.form === 'both') {
        report(
          uri,
          'URI',
          `the artifact ${uri} names a tag and a digest; Greengrass accepts a tag or a digest, not both. Keep the digest: use docker:{IMAGE_URI}.`
        )
      } else if (image.form === 'tag') {
        report(
          uri,
          'URI',
          `the artifact ${uri} is not pinned by digest, so devices would run whatever the tag points at when they pull; pin by digest: use docker:{IMAGE_URI}.`
        )
      } else {
        report(
          uri,
          'URI',
          `the artifact ${uri} is not a docker image reference Greengrass can read (docker:[registry/]repository[:tag|@digest]); use docker:{IMAGE_URI}.`
        )
      }
    }
  }
  const dockerManifests = manifests.filter(m =>
    asArray(field(m, 'Artifacts')).some(a => /^docker:/i.test(String(field(a, 'URI') ?? '')))
  )
  if (dockerManifests.length === 0) {
    report(
      'Artifacts',
      'Manifests',
      'no Docker image artifact; add to the manifest: Artifacts: [{ URI: docker:{IMAGE_URI} }].'
    )
  }

  const dependencies = field(recipe, 'ComponentDependencies')
  const deps = isMapping(dependencies) ? dependencies : {}
  if (!Object.hasOwn(deps, DOCKER_MANAGER)) {
    report(
      'ComponentDependencies',
      `ComponentDependencies lacks ${DOCKER_MANAGER}, which pulls the image; add ${DOCKER_MANAGER}: { VersionRequirement: ~2.0.0 }.`
    )
  }
  const privateImage = images.some(
    i => i.host && (ECR_HOST.test(i.host) || (options.registries ?? []).includes(i.host))
  )
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
    const type = field(spec, 'DependencyType')
    if (type !== undefined && !['HARD', 'SOFT'].includes(String(type).toUpperCase())) {
      report(
        new RegExp(`DependencyType:\\s*["']?${String(type)}`, 'i'),
        dep,
        `the dependency ${dep} has DependencyType ${JSON.stringify(type)}; Greengrass knows HARD and SOFT only.`
      )
    }
  }

  for (const manifest of dockerManifests) {
    const own = asArray(field(manifest, 'Artifacts'))
      .map(a => String(field(a, 'URI') ?? ''))
      .filter(u => /^docker:/i.test(u))
      .map(u => dockerUri(u).ref)
    const findings = await lifecycleFindings({
      manifest,
      global: field(recipe, 'Lifecycle'),
      configuration: field(field(recipe, 'ComponentConfiguration'), 'DefaultConfiguration'),
      image: own[0]!,
      pinned: images.some(i => i.ref === own[0])
    })
    findings.errors.forEach(f => out(errors, f))
    findings.warnings.forEach(f => out(warnings, f))
  }

  if (options.text !== undefined) {
    const size = Buffer.byteLength(options.text, 'utf8')
    if (size > RECIPE_SIZE_LIMIT) {
      errors.push(
        `${options.file}: the rendered recipe is ${size} bytes; Greengrass accepts at most ${RECIPE_SIZE_LIMIT}. Shorten it (comments count too).`
      )
    }
  }
  return { errors: [...new Set(errors)], warnings: [...new Set(warnings)] }
}

/**
 * Whether the template (before rendering) has GDK's placeholder as its ComponentName or
 * ComponentVersion: a recipe written for GDK's build, which fills in those fields and the S3
 * tokens alike. Quoted, the field reads as the string '{COMPONENT_VERSION}'; unquoted, YAML
 * reads it as a flow mapping with that one key.
 */
export function gdkTemplate(templateText: string | undefined): boolean {
  if (templateText === undefined) return false
  const doc = parseDocument(templateText, { prettyErrors: false })
  // A template that only parses once rendered: read the two fields line by line.
  if (doc.errors.length > 0) {
    return GDK_FIELDS.some(([key, token]) =>
      new RegExp(`^\\s*["']?${key}["']?\\s*:\\s*["']?\\{${token}\\}["']?\\s*,?\\s*$`, 'im').test(
        templateText
      )
    )
  }
  const template: unknown = doc.toJS()
  return GDK_FIELDS.some(([key, token]) => {
    const value = field(template, key)
    if (value === `{${token}}`) return true
    return isMapping(value) && Object.keys(value).join() === token && value[token] === null
  })
}

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
export function at(file: string, source: string, ...needles: (string | RegExp)[]): string {
  const lines = source.split('\n')
  const code = (l: string) => !/^\s*(?:#|\/\/)/.test(l)
  for (const needle of needles) {
    if (needle === '') continue
    let index: number
    if (typeof needle === 'string') {
      const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const key = new RegExp(`^\\s*(?:-\\s*)?["']?${escaped}["']?\\s*:`, 'i')
      index = lines.findIndex(l => key.test(l))
      if (index < 0) index = lines.findIndex(l => code(l) && l.includes(needle))
      // A shell comment inside a script is a needle too.
      if (index < 0 && needle.startsWith('#')) index = lines.findIndex(l => l.includes(needle))
    } else {
      index = lines.findIndex(l => code(l) && needle.test(l))
    }
    if (index >= 0) return `${file}:${index + 1}`
  }
  return file
}
