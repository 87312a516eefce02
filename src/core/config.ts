// The typed configuration each step takes: what the doors' inputs become once parsed
// (src/interface/parse.ts), with no raw strings left. Free of SDK clients and of parsing, so
// that every module can name these types.

export type Builder = 'docker' | 'buildah' | 'podman'

export interface Registry {
  host: string
  /** Plain HTTP, no TLS: a local sandbox registry. */
  insecure: boolean
}

export type TargetKind = 'thing' | 'thinggroup'

export interface Target {
  kind: TargetKind
  name: string
  /** The ARN it was given as, if it was: checked against the run's region and account. */
  arn?: { text: string; partition: string; region: string; account: string }
}

export interface Common {
  region: string
  /** Undefined until resolved with STS. */
  accountId?: string
}

export interface BuildPushInputs extends Common {
  context: string
  dockerfile: string
  repository: string
  imageTag: string
  platforms: string[]
  builder: Builder
  registry?: Registry
  /** --build-arg KEY=VALUE, in the order given. */
  buildArgs?: Record<string, string>
  /** Build secrets, id → value; the values are masked as soon as they are read. */
  secrets?: Record<string, string>
  /** The Dockerfile stage to build. */
  target?: string
  /** BuildKit's --provenance: false, or true / mode=min / mode=max. */
  provenance?: Provenance
  /** A registry build cache in the repository. */
  cache?: boolean
}

export type Provenance = false | 'mode=min' | 'mode=max'

export interface RenderInputs extends Common {
  recipe: string
  componentName?: string
  componentVersion: string | 'auto'
  imageUri: string
  variables: Record<string, string>
  tableName: string
  repository: string
  roleName: string
  output: string
}

export interface PolicyInputs extends Common {
  policy: string
  policyName: string
  roleName: string
  tableName: string
  repository: string
  variables: Record<string, string>
  dryRun: boolean
}

export interface DeployInputs extends Common {
  recipePath: string
  deployment: string
  targets?: Target[]
  /** Deployed first; the other targets only when every canary succeeded. */
  canary?: Target[]
  wait: boolean
  waitTimeoutSeconds: number
  /** Percent of a group's devices that may fail; 0 when absent. */
  failureThreshold?: number
  /** Redeploy a failed target's previous deployment. */
  rollback?: boolean
  dryRun: boolean
}

export interface SmokeInputs {
  region: string
  tableName: string
  targets: Target[]
  since: Date
  timeoutSeconds: number
  /** Queries in flight at most; DEFAULT_CONCURRENCY when absent. */
  concurrency?: number
  componentVersion?: string
  unchangedTargets: Target[]
}

export interface PipelineInputs extends Common {
  build: Omit<BuildPushInputs, keyof Common>
  render: Omit<RenderInputs, keyof Common | 'imageUri' | 'output'>
  policy: Omit<PolicyInputs, keyof Common | 'dryRun'>
  deploy: Omit<DeployInputs, keyof Common | 'recipePath' | 'dryRun'>
  smoke: boolean
  smokeTimeoutSeconds: number
  smokeConcurrency: number
  scanThreshold: ScanThreshold
  dryRun: boolean
  /** Prune after a successful deployment and smoke check. */
  prune?: boolean
  keep?: number
}

export interface PruneInputs extends Common {
  recipe: string
  componentName?: string
  variables: Record<string, string>
  repository: string
  keep: number
  dryRun: boolean
}

/** scan-threshold's values, lowest first ('none': no gate). */
export const SCAN_THRESHOLDS = ['none', 'low', 'medium', 'high', 'critical'] as const
export type ScanThreshold = (typeof SCAN_THRESHOLDS)[number]

/**
 * DynamoDB queries the smoke check runs at once, by default (the concurrency input's default).
 * A query is a round trip (a few to tens of milliseconds from a runner to the table's region),
 * so at 20 ms 16 in flight cap the check at 800 queries a second and leave a fleet's check
 * waiting on the network; 32 double that and stay far below what an on-demand table serves,
 * under the SDK's 50 sockets, and behind the adaptive retry that slows down on throttling.
 */
export const DEFAULT_CONCURRENCY = 32

/** An image pinned by digest, as build-push outputs it: registry, repository, digest. */
export const IMAGE_URI = /^([a-zA-Z0-9.-]+(?::\d+)?)\/([a-z0-9._/-]+)@(sha256:[a-f0-9]{64})$/

/** A value read from text, or a message saying what to write instead. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }
