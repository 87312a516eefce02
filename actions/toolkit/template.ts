// Placeholders in the user's templates (recipe and policy). GDK's {COMPONENT_NAME} style,
// strictly: an unknown {UPPER_SNAKE} name is an error naming file, line and placeholder, and
// a documentation placeholder left in (`<YOUR AWS ACCOUNT>`, `<ACCOUNT>`, `<Account ID>`) is
// an error with a hint. Lower-case words (`<account>`, `<region>`) stay allowed: the shipped
// templates' comments use them to describe values.
// Greengrass's own recipe variables ({iot:thingName}, {configuration:/x}, …) pass through,
// and so does a {NAME} right after a `$`: `${HOME}` or `${AWS_REGION}` in a lifecycle script
// is the shell's parameter expansion, which the device fills in when the script runs, so
// replacing it here would freeze a value the device should choose.
import { partitionOf } from './aws.js'
import { ConfigurationError } from './errors.js'

const PLACEHOLDER = /(?<!\$)\{([A-Z][A-Z0-9_]*)\}/g
// Three forms: anything that starts with 'your'; upper-case words (`<REGION>`, `<AWS ACCOUNT>`,
// `<ACCOUNT_ID>`); Title Case words, two or more (`<Account ID>`). The upper-case form allows
// single spaces between words only and never follows a '<', so that shell redirections and
// here-documents in a lifecycle script (`sort <IN >OUT`, `cat <<EOF>file`) are not taken for
// placeholders.
const DOC_PLACEHOLDER =
  /<\s*(?:YOUR|your|Your)[^<>\n]*>|(?<!<)<[A-Z][A-Z0-9_-]*(?: [A-Z0-9_-]+)*>|<[A-Z][A-Za-z0-9]*(?:[ _-][A-Z][A-Za-z0-9]*)+>/g

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

// Words a documentation placeholder may contain, and the toolkit placeholder each stands for;
// the first that matches wins, so `<IMAGE REPOSITORY>` gets {ECR_REPOSITORY} and
// `<COMPONENT VERSION>` {COMPONENT_VERSION}. The first six match inside a word too, as
// `<YOURACCOUNTID>` needs; the others only as whole words, so that `<AUTHORIZATION TOKEN>` is
// not taken for the author.
const HINTS: readonly [RegExp, string][] = [
  [/ACCOUNT/, '{AWS_ACCOUNT_ID}'],
  [/REGION/, '{AWS_REGION}'],
  [/PARTITION/, '{AWS_PARTITION}'],
  [/TABLE/, '{TABLE_NAME}'],
  [/REPO/, '{ECR_REPOSITORY}'],
  [/IMAGE/, '{IMAGE_URI}'],
  [/\bREGISTRY\b/, '{ECR_REGISTRY}'],
  [/\bDIGEST\b/, '{IMAGE_URI}'],
  [/\bROLE\b/, '{ROLE_NAME}'],
  [/\bVERSION\b/, '{COMPONENT_VERSION}'],
  [/\b(?:AUTHOR|PUBLISHER)\b/, '{COMPONENT_AUTHOR}'],
  [/\bCOMPONENT\b/, '{COMPONENT_NAME}']
]

function hintFor(doc: string): string {
  // Upper case with the words apart, whatever the author wrote between them:
  // `<Role_Name>`, `<roleName>` and `<ROLE-NAME>` all read ' ROLE NAME '.
  const words = doc
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
  const hint = HINTS.find(([keyword]) => keyword.test(words))
  return hint ? hint[1] : '{AWS_ACCOUNT_ID}, {AWS_REGION} or a variables entry'
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
