// Recipes as data: YAML or JSON text to the recipe's mapping (with the line of a syntax error),
// and the comparison that decides whether a rendered recipe equals a stored version's.
import { CST, LineCounter, Parser, parseDocument } from 'yaml'
import { firstDifference, parseJson, sameData } from '../shared/data.js'
import { ConfigurationError } from '../shared/errors.js'

/** A parsed recipe: the top-level mapping, keys as the author wrote them. */
export type Recipe = Record<string, unknown>

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
            // A quote left open runs to the end of the file: point at where it opens.
            const open = e.code === 'MISSING_CHAR' ? unclosedQuote(text) : undefined
            const line = lines.linePos(open ?? e.pos[0]).line
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

/** Where a quoted YAML scalar that never closes begins, if there is one. */
function unclosedQuote(text: string): number | undefined {
  let found: number | undefined
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue
    CST.visit(token, item => {
      const v = item.value
      if (v?.type !== 'double-quoted-scalar' && v?.type !== 'single-quoted-scalar') return
      const quote = v.source[0]!
      if (found === undefined && (v.source.length < 2 || !v.source.endsWith(quote))) {
        found = v.offset
      }
    })
  }
  return found
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
