// What a main step keeps for its post step (GITHUB_STATE), written and read here only: one
// state key, its value JSON with a version, so that the post step reads exactly what this
// release's main step wrote, or knows it cannot. The main step hands its values over one at
// a time (StepContext.saveState, by PostStateKey); PostStateWriter keeps them and saves the
// whole state at each change, so that the last save, the one the post step reads, is whole.
import type { Builder, Registry } from '../../core/config.js'
import { parseRegistry } from '../../core/registry.js'
import type { PostStateKey } from '../../core/shared/report.js'

/** The runner's state key (core.saveState): STATE_ggcd-post in the post step's environment. */
export const POST_STATE_KEY = 'ggcd-post'
export const POST_STATE_VERSION = 1

/** What the post step undoes; empty when there is nothing to undo. */
export interface PostState {
  /** The run's own registry auth directory: removing it undoes the login. */
  registryAuthDir?: string
  /** A login in the builder's own auth file, to log out of. */
  logout?: { builder: Builder; registry: Registry }
}

const BUILDERS: readonly string[] = ['docker', 'buildah', 'podman'] satisfies Builder[]

export function encodePostState(state: PostState): string {
  return JSON.stringify({ version: POST_STATE_VERSION, ...state })
}

export type DecodedPostState = { ok: true; state: PostState } | { ok: false; problem: string }

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The saved state; no state at all (nothing was saved) is the empty state. */
export function decodePostState(text: string | undefined): DecodedPostState {
  if (!text?.trim()) return { ok: true, state: {} }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'it is not JSON' }
  }
  if (!isObject(value)) return { ok: false, problem: 'it is not a JSON object' }
  if (value.version !== POST_STATE_VERSION) {
    return {
      ok: false,
      problem: `its version is ${JSON.stringify(value.version)}, not ${POST_STATE_VERSION}`
    }
  }
  const state: PostState = {}
  const { registryAuthDir, logout } = value
  if (registryAuthDir !== undefined) {
    if (typeof registryAuthDir !== 'string' || registryAuthDir === '') {
      return { ok: false, problem: 'registryAuthDir is not a path' }
    }
    state.registryAuthDir = registryAuthDir
  }
  if (logout !== undefined) {
    const registry = isObject(logout) ? logout.registry : undefined
    if (
      !isObject(logout) ||
      typeof logout.builder !== 'string' ||
      !BUILDERS.includes(logout.builder) ||
      !isObject(registry) ||
      typeof registry.host !== 'string' ||
      registry.host === '' ||
      typeof registry.insecure !== 'boolean'
    ) {
      return { ok: false, problem: 'logout is not a builder and a registry' }
    }
    state.logout = {
      builder: logout.builder as Builder,
      registry: { host: registry.host, insecure: registry.insecure }
    }
  }
  return { ok: true, state }
}

/** Keeps the values a main step hands over (an empty value takes one back) and saves them. */
export class PostStateWriter {
  private authDir?: string
  private builder?: Builder
  private registry?: Registry

  constructor(private readonly save: (key: string, value: string) => void) {}

  set(key: PostStateKey, value: string): void {
    switch (key) {
      case 'registry-auth-dir':
        this.authDir = value || undefined
        break
      case 'logout-builder':
        this.builder = BUILDERS.includes(value) ? (value as Builder) : undefined
        break
      case 'logout-registry': {
        // The registry input's form, which the main step read it in.
        const registry = value ? parseRegistry(value) : undefined
        this.registry = registry?.ok ? registry.value : undefined
        break
      }
    }
    this.save(POST_STATE_KEY, encodePostState(this.state()))
  }

  state(): PostState {
    return {
      ...(this.authDir ? { registryAuthDir: this.authDir } : {}),
      ...(this.builder && this.registry
        ? { logout: { builder: this.builder, registry: this.registry } }
        : {})
    }
  }
}
