// Build inputs: a sha256 over what the build can see (the Dockerfile's bytes, and every file
// of the context its ignore file lets through, by path, mode and bytes) and the platforms.
// Same inputs, same image as far as ggcd can tell, so an image already pushed for them is
// reused whatever commit it was built for; see buildInputsDigest.
import { createHash, type Hash } from 'node:crypto'
import { lstat, readFile, readdir, readlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Builder, Provenance } from '../config.js'

/** The OCI label that carries the full build-inputs digest (64 hex digits). */
export const BUILD_INPUTS_LABEL = 'dev.ggcd.build-inputs'

/** The tag under which an image is findable by its build inputs: this, then 32 hex digits. */
export const INPUTS_TAG_PREFIX = 'ggcd-inputs-'

export function inputsTag(buildInputs: string): string {
  return `${INPUTS_TAG_PREFIX}${buildInputs.slice(0, 32)}`
}

/** Docker's limit on a tag's length, which docker, buildah and podman enforce. */
const MAX_TAG_LENGTH = 128

/**
 * The tag for an image of these build inputs when `imageTag` already names an image of other
 * inputs (ECR tags are immutable): <imageTag>-<first 12 hex of the build inputs>, with
 * imageTag shortened when both would not fit in a tag.
 */
export function suffixedTag(imageTag: string, buildInputs: string): string {
  const suffix = `-${buildInputs.slice(0, 12)}`
  return `${imageTag.slice(0, MAX_TAG_LENGTH - suffix.length)}${suffix}`
}

export interface BuildInputs {
  context: string
  dockerfile: string
  platforms: string[]
  builder: Builder
  buildArgs?: Record<string, string>
  target?: string
  /** The ids of the build secrets: never their values, which must not be inferable here. */
  secretIds?: string[]
  provenance?: Provenance
}

export interface BuildInputsDigest {
  /** sha256 of the inputs, 64 hex digits. */
  digest: string
  /** The ignore file that decided what the build sees (under the context or by the Dockerfile). */
  ignoreFile?: string
  /** Paths (relative to the context) that went into the digest: files, directories, links. */
  entries: string[]
}

/**
 * The digest of what a build of `inputs` can see, decided by content only (never by times):
 * the Dockerfile's bytes; every entry of the context that the ignore file lets through (sorted
 * relative path, type, permission bits, and a file's bytes or a link's target); the platforms
 * (as a set); the build args, the target, the secrets' ids and provenance, when given. Not
 * included: the secrets' values, the cache (how the build is done, not what from),
 * SOURCE_DATE_EPOCH (a timestamp, not an input), the labels from the commit (revision,
 * source, created: the commit is what may change without the image changing, so an image
 * reused for a docs-only commit carries the labels of the commit it was built for), and what the Dockerfile pulls
 * by reference (a base image tag that moves upstream is not seen: pin it by digest to make
 * it an input).
 *
 * Nor the builder: it is how the image is built, not what from. Where docker and buildah
 * would see different things (each prefers its own ignore file) the entries differ, and so
 * the digest; with the same Dockerfile, context and platforms each builds the image those ask
 * for, so switching builders is no reason to rebuild and push a second image of the commit.
 */
export async function buildInputsDigest(inputs: BuildInputs): Promise<BuildInputsDigest> {
  const hash = createHash('sha256')
  const record = (...fields: Array<string | number>) =>
    hash.update(`${fields.map(f => JSON.stringify(f)).join(' ')}\n`)
  // 2: the builder no longer counts (1 counted it).
  record('ggcd-build-inputs', 2)
  // No platforms: the builder's default, the machine's own, which a runner of another
  // architecture would not build.
  const platforms = inputs.platforms.length
    ? [...new Set(inputs.platforms)].sort().join(',')
    : `default ${hostPlatform()}`
  record('platforms', platforms)
  const dockerfile = await readFile(inputs.dockerfile)
  record('dockerfile', dockerfile.length)
  hash.update(dockerfile)
  // Each only when given, so the digest of a build without them is what it always was (an
  // image pushed before these existed is still found by its inputs tag).
  const args = Object.entries(inputs.buildArgs ?? {}).sort(([a], [b]) => byCodePoint(a, b))
  if (args.length) record('build-args', ...args.flat())
  if (inputs.target) record('target', inputs.target)
  // A secret's value may change what a RUN step fetches, but hashing it would put something
  // derived from it in a tag anyone with pull rights reads; rotating a token is no rebuild.
  const ids = [...new Set(inputs.secretIds ?? [])].sort(byCodePoint)
  if (ids.length) record('secret-ids', ...ids)
  // An attestation changes what is pushed (an index, not the image's manifest alone).
  if (inputs.provenance) record('provenance', inputs.provenance)

  const ignoreFile = await findIgnoreFile(inputs)
  const matcher = new IgnoreMatcher(ignoreFile ? await readFile(ignoreFile, 'utf8') : '')
  const entries: string[] = []
  await walkContext(inputs.context, '', matcher, entries, hash, record)
  return { digest: hash.digest('hex'), ignoreFile, entries }
}

/** This machine's platform as OCI names it (Node's arch names are not Go's). */
export function hostPlatform(arch: string = process.arch): string {
  const oci: Record<string, string> = { x64: 'amd64', ia32: '386', ppc64: 'ppc64le' }
  return `linux/${oci[arch] ?? arch}`
}

/**
 * The ignore file the builder reads: BuildKit prefers <Dockerfile>.dockerignore next to the
 * Dockerfile, buildah and podman prefer .containerignore; then <context>/.dockerignore.
 */
async function findIgnoreFile(inputs: BuildInputs): Promise<string | undefined> {
  const candidates =
    inputs.builder === 'docker'
      ? [
          join(dirname(inputs.dockerfile), `${basename(inputs.dockerfile)}.dockerignore`),
          join(inputs.context, '.dockerignore')
        ]
      : [join(inputs.context, '.containerignore'), join(inputs.context, '.dockerignore')]
  for (const candidate of candidates) {
    if (
      await lstat(candidate).then(
        s => s.isFile(),
        () => false
      )
    )
      return candidate
  }
  return undefined
}

type Recorder = (...fields: Array<string | number>) => void

async function walkContext(
  root: string,
  prefix: string,
  matcher: IgnoreMatcher,
  entries: string[],
  hash: Hash,
  record: Recorder
): Promise<void> {
  const names = (await readdir(join(root, prefix))).sort(byCodePoint)
  for (const name of names) {
    const path = prefix ? `${prefix}/${name}` : name
    const full = join(root, path)
    const info = await lstat(full)
    const excluded = matcher.excludes(path)
    const mode = info.mode & 0o7777
    if (info.isDirectory()) {
      if (!excluded) {
        entries.push(`${path}/`)
        record('dir', path, mode)
      }
      // An excluded directory may still hold a file that a `!pattern` lets back in.
      if (!excluded || matcher.mayLetBackIn(path)) {
        await walkContext(root, path, matcher, entries, hash, record)
      }
    } else if (excluded) {
      continue
    } else if (info.isSymbolicLink()) {
      entries.push(path)
      record('link', path, mode, await readlink(full))
    } else if (info.isFile()) {
      entries.push(path)
      const bytes = await readFile(full)
      record('file', path, mode, bytes.length)
      hash.update(bytes)
    } else {
      entries.push(path)
      record('other', path, mode)
    }
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * .dockerignore as Docker (moby's patternmatcher) reads it: `#` comments, blank lines
 * skipped, each line trimmed and cleaned (`app/` is `app`, a leading `/` dropped); `*` and `?`
 * match within one path segment, `**` any number of segments, `[…]` a character class; `!`
 * lets back in what an earlier line excluded. A line matches a path when it matches the path
 * or one of its parent directories, and the last line that matches decides.
 */
export class IgnoreMatcher {
  private readonly patterns: Array<{ negated: boolean; regex: RegExp; literal: string }> = []

  constructor(text: string) {
    for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
      if (raw.startsWith('#')) continue
      let line = raw.trim()
      if (!line) continue
      const negated = line.startsWith('!')
      if (negated) line = line.slice(1).trim()
      line = cleanPath(line)
      if (!line) continue
      const literal = line.slice(0, line.search(/[*?[\\]|$/))
      this.patterns.push({ negated, regex: compilePattern(line), literal })
    }
  }

  /** Whether a `!` line could let back in something under this excluded directory. */
  mayLetBackIn(dir: string): boolean {
    const slash = `${dir}/`
    return this.patterns.some(
      p => p.negated && (p.literal.startsWith(slash) || slash.startsWith(p.literal))
    )
  }

  /** Whether the path (relative to the context, `/`-separated) is kept out of the build. */
  excludes(path: string): boolean {
    const segments = path.split('/')
    const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'))
    let excluded = false
    for (const { negated, regex } of this.patterns) {
      // As moby: an exclusion only matters for what is not yet excluded, and the reverse.
      if (negated !== excluded) continue
      if (candidates.some(c => regex.test(c))) excluded = !negated
    }
    return excluded
  }
}

/** Go's filepath.Clean on a `/`-separated relative pattern, with a leading `/` dropped. */
function cleanPath(pattern: string): string {
  const out: string[] = []
  for (const part of pattern.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop()
      else out.push('..')
    } else out.push(part)
  }
  return out.join('/')
}

function compilePattern(pattern: string): RegExp {
  let regex = '^'
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++
        if (pattern[i + 1] === '/') i++
        regex += i + 1 >= pattern.length ? '.*' : '(.*/)?'
      } else regex += '[^/]*'
    } else if (ch === '?') {
      regex += '[^/]'
    } else if (ch === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end < 0) {
        regex += '\\['
        continue
      }
      let set = pattern.slice(i + 1, end)
      if (set.startsWith('!') || set.startsWith('^')) set = `^${set.slice(1)}`
      regex += `[${set.replace(/\\/g, '\\\\')}]`
      i = end
    } else if (ch === '\\' && i + 1 < pattern.length) {
      i++
      regex += escapeRegex(pattern[i]!)
    } else {
      regex += escapeRegex(ch)
    }
  }
  return new RegExp(`${regex}$`, 's')
}

function escapeRegex(ch: string): string {
  return /[.+()|{}$^\]\\[*?]/.test(ch) ? `\\${ch}` : ch
}
