// Placeholders in the user's templates (recipe and policy). GDK's {COMPONENT_NAME} style,
// strictly: an unknown {UPPER_SNAKE} name is an error naming file, line and placeholder, and
// a documentation placeholder left in (`<YOUR AWS ACCOUNT>`) is an error with a hint.
// Greengrass's own recipe variables ({iot:thingName}, {configuration:/x}, …) pass through.
import { partitionOf } from './aws.js'
import { ConfigurationError } from './errors.js'

const PLACEHOLDER = /\{([A-Z][A-Z0-9_]*)\}/g
const DOC_PLACEHOLDER = /<\s*(?:YOUR|your|Your)[^<>\n]*>|<[A-Z][A-Z0-9]*(?:[ _-][A-Z0-9]+)+>/g

export interface RenderOptions {
  /** The template's path, for error messages. */
  file: string
  /** Escape values for a JSON string literal (policy templates). */
  json?: boolean
}

export function renderTemplate(
  text: string,
  values: Readonly<Record<string, string>>,
  options: RenderOptions
): string {
  const problems: string[] = []
  const lines = text.split('\n')
  const rendered = lines.map((line, i) => {
    const where = `${options.file}:${i + 1}`
    for (const m of line.matchAll(DOC_PLACEHOLDER)) {
      problems.push(
        `${where}: '${m[0]}' is a documentation placeholder left in the template; use a toolkit placeholder such as ${hintFor(m[0])} instead.`
      )
    }
    return line.replace(PLACEHOLDER, (whole, name: string) => {
      const value = values[name]
      if (value === undefined) {
        problems.push(
          `${where}: unknown placeholder ${whole}; known: ${Object.keys(values)
            .sort()
            .map(k => `{${k}}`)
            .join(', ')}. Pass other values through the 'variables' input as ${name}=<value>.`
        )
        return whole
      }
      return options.json ? JSON.stringify(value).slice(1, -1) : value
    })
  })
  if (problems.length > 0) throw new ConfigurationError(problems.join('\n'), options.file)
  return rendered.join('\n')
}

function hintFor(doc: string): string {
  const d = doc.toUpperCase()
  if (d.includes('ACCOUNT')) return '{AWS_ACCOUNT_ID}'
  if (d.includes('REGION')) return '{AWS_REGION}'
  if (d.includes('PARTITION')) return '{AWS_PARTITION}'
  if (d.includes('TABLE')) return '{TABLE_NAME}'
  if (d.includes('REPO')) return '{ECR_REPOSITORY}'
  if (d.includes('IMAGE')) return '{IMAGE_URI}'
  return '{AWS_ACCOUNT_ID}, {AWS_REGION} or a variables entry'
}

/** The line (1-based) on which `needle` first appears, for error messages. */
export function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle)
  return at < 0 ? undefined : text.slice(0, at).split('\n').length
}

export interface TemplateContext {
  accountId: string
  region: string
  repository: string
  tableName: string
  roleName: string
  /** Registry host, without scheme. */
  registry?: string
  imageUri?: string
  componentName?: string
  componentVersion?: string
  componentAuthor?: string
  variables: Readonly<Record<string, string>>
}

/** The values every template may use; a `variables` entry may add names, not shadow these. */
export function templateValues(c: TemplateContext): Record<string, string> {
  const builtIn: Record<string, string | undefined> = {
    AWS_ACCOUNT_ID: c.accountId,
    AWS_REGION: c.region,
    AWS_PARTITION: partitionOf(c.region),
    ECR_REGISTRY: c.registry,
    ECR_REPOSITORY: c.repository,
    IMAGE_URI: c.imageUri,
    TABLE_NAME: c.tableName,
    ROLE_NAME: c.roleName,
    COMPONENT_NAME: c.componentName,
    COMPONENT_VERSION: c.componentVersion,
    COMPONENT_AUTHOR: c.componentAuthor
  }
  const clash = Object.keys(c.variables).filter(k => k in builtIn)
  if (clash.length > 0) {
    throw new ConfigurationError(
      `Input 'variables' sets ${clash.join(', ')}, which the toolkit fills in itself; use the matching input instead (e.g. table-name for TABLE_NAME).`,
      'variables'
    )
  }
  const values: Record<string, string> = {}
  for (const [k, v] of Object.entries(builtIn)) if (v !== undefined) values[k] = v
  return { ...values, ...c.variables }
}
