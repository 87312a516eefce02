// A counting HTTP proxy for the AWS APIs of the local sandbox. moto does not log the requests
// it serves, so the end-to-end no-op scenario and `npm run bench` put this in front of it
// (and of the Greengrass emulator): every AWS_ENDPOINT_URL_* of the action points here, each
// request is forwarded unchanged to its upstream, and recorded with its service, operation
// and whether it changes anything.
//
// The service is the SigV4 signing name in the Authorization header's credential scope; the
// operation comes from X-Amz-Target (JSON protocols: ECR, DynamoDB), from Action= (query
// protocol: IAM, STS) or, for REST protocols (IoT, Greengrass V2), from the method and path.
// Mutating: an operation that is not a read (Describe*, Get*, List*, Query, Scan, …); a REST
// request the table below does not name, when its method is not GET or HEAD (the reads of
// IoT and Greengrass V2 are GETs, but for ResolveComponentCandidates).
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ProxiedCall {
  /** SigV4 signing name: sts, iam, ecr, dynamodb, iot, greengrass; '?' when unsigned. */
  service: string
  operation: string
  mutating: boolean
  method: string
  path: string
  status: number
  durationMs: number
}

export interface CountingProxy {
  /** http://127.0.0.1:PORT */
  url: string
  /** AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> for every service, all pointing here. */
  env: Record<string, string>
  calls(): ProxiedCall[]
  reset(): void
  close(): Promise<void>
}

export interface ProxyUpstreams {
  /** Where every service goes unless listed in `services` (the sandbox's moto). */
  default: string
  /** Per signing name, e.g. { greengrass: <the emulator> }. */
  services?: Record<string, string>
}

/** The endpoint variables the proxy takes over (the SDK's own names). */
export const PROXIED_ENDPOINTS = ['IAM', 'ECR', 'STS', 'DYNAMODB', 'IOT', 'GREENGRASSV2'] as const

const READ = /^(Describe|Get|List|Query|Scan|BatchGet|BatchCheck|Search|Lookup|Simulate|Resolve)/

/** Whether a named AWS operation changes anything (AssumeRole hands out credentials only). */
export function isMutatingOperation(operation: string): boolean {
  return !READ.test(operation) && !/^AssumeRole/.test(operation)
}

// The REST operations of IoT and Greengrass V2 that ggcd and the sandbox use, by name; any
// other REST request is named `<METHOD> <path>`.
const REST: Array<[string, RegExp, string]> = [
  ['GET', /^\/thing-groups\/[^/]+\/things$/, 'ListThingsInThingGroup'],
  ['GET', /^\/thing-groups\/[^/]+$/, 'DescribeThingGroup'],
  ['GET', /^\/things\/[^/]+$/, 'DescribeThing'],
  ['GET', /^\/things$/, 'ListThings'],
  ['POST', /^\/greengrass\/v2\/createComponentVersion$/, 'CreateComponentVersion'],
  ['GET', /^\/greengrass\/v2\/components\/[^/]+\/metadata$/, 'DescribeComponent'],
  ['GET', /^\/greengrass\/v2\/components\/[^/]+\/versions$/, 'ListComponentVersions'],
  ['GET', /^\/greengrass\/v2\/components\/[^/]+$/, 'GetComponent'],
  ['DELETE', /^\/greengrass\/v2\/components\/[^/]+$/, 'DeleteComponent'],
  ['GET', /^\/greengrass\/v2\/components$/, 'ListComponents'],
  ['POST', /^\/greengrass\/v2\/resolveComponentCandidates$/, 'ResolveComponentCandidates'],
  ['POST', /^\/greengrass\/v2\/deployments$/, 'CreateDeployment'],
  ['GET', /^\/greengrass\/v2\/deployments$/, 'ListDeployments'],
  ['GET', /^\/greengrass\/v2\/deployments\/[^/]+$/, 'GetDeployment'],
  ['POST', /^\/greengrass\/v2\/deployments\/[^/]+\/cancel$/, 'CancelDeployment'],
  ['DELETE', /^\/greengrass\/v2\/deployments\/[^/]+$/, 'DeleteDeployment'],
  ['GET', /^\/greengrass\/v2\/coreDevices$/, 'ListCoreDevices'],
  ['GET', /^\/greengrass\/v2\/coreDevices\/[^/]+$/, 'GetCoreDevice'],
  [
    'GET',
    /^\/greengrass\/v2\/coreDevices\/[^/]+\/effectiveDeployments$/,
    'ListEffectiveDeployments'
  ],
  ['GET', /^\/greengrass\/v2\/coreDevices\/[^/]+\/installedComponents$/, 'ListInstalledComponents'],
  ['POST', /^\/tags\/.+$/, 'TagResource'],
  ['DELETE', /^\/tags\/.+$/, 'UntagResource'],
  ['GET', /^\/tags\/.+$/, 'ListTagsForResource']
]

/** Service, operation and whether it mutates, from a request's method, URL, headers and body. */
export function classify(
  method: string,
  url: string,
  headers: IncomingMessage['headers'],
  body: Buffer
): Pick<ProxiedCall, 'service' | 'operation' | 'mutating'> {
  const scope = /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\/aws4_request/.exec(
    String(headers.authorization ?? '')
  )
  const service = scope?.[1] ?? '?'
  const target = headers['x-amz-target']
  if (typeof target === 'string' && target.includes('.')) {
    const operation = target.slice(target.lastIndexOf('.') + 1)
    return { service, operation, mutating: isMutatingOperation(operation) }
  }
  const { pathname, searchParams } = new URL(url, 'http://proxy')
  const form = String(headers['content-type'] ?? '').includes('x-www-form-urlencoded')
    ? new URLSearchParams(body.toString('utf8'))
    : undefined
  const action = searchParams.get('Action') ?? form?.get('Action')
  if (action) return { service, operation: action, mutating: isMutatingOperation(action) }
  const path = decodeURIComponent(pathname)
  const named = REST.find(([m, re]) => m === method && re.test(path))?.[2]
  if (named) return { service, operation: named, mutating: isMutatingOperation(named) }
  return {
    service,
    operation: `${method} ${pathname}`,
    mutating: !['GET', 'HEAD', 'OPTIONS'].includes(method)
  }
}

export async function startCountingProxy(upstreams: ProxyUpstreams): Promise<CountingProxy> {
  let calls: ProxiedCall[] = []
  const server = createServer((req, res) => {
    const started = Date.now()
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const method = req.method ?? 'GET'
      const url = req.url ?? '/'
      const call: ProxiedCall = {
        ...classify(method, url, req.headers, body),
        method,
        path: url.split('?')[0]!,
        status: 0,
        durationMs: 0
      }
      calls.push(call)
      const upstream = new URL(upstreams.services?.[call.service] ?? upstreams.default)
      const forward = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method,
          path: url,
          headers: req.headers
        },
        answer => {
          call.status = answer.statusCode ?? 0
          res.writeHead(call.status, answer.headers)
          answer.pipe(res)
          answer.on('end', () => (call.durationMs = Date.now() - started))
        }
      )
      forward.on('error', error => {
        call.status = 502
        res.writeHead(502, { 'content-type': 'text/plain' })
        res.end(`counting proxy: ${upstream.host} unreachable: ${error.message}`)
      })
      forward.end(body)
    })
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const env: Record<string, string> = { AWS_ENDPOINT_URL: url }
  for (const name of PROXIED_ENDPOINTS) env[`AWS_ENDPOINT_URL_${name}`] = url
  return {
    url,
    env,
    calls: () => [...calls],
    reset: () => {
      calls = []
    },
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** Totals per service: every call, and those that change something. */
export function countByService(
  calls: ProxiedCall[]
): Record<string, { total: number; mutating: number; mutatingOperations: string[] }> {
  const result: Record<string, { total: number; mutating: number; mutatingOperations: string[] }> =
    {}
  for (const call of calls) {
    const entry = (result[call.service] ??= { total: 0, mutating: 0, mutatingOperations: [] })
    entry.total++
    if (call.mutating) {
      entry.mutating++
      entry.mutatingOperations.push(call.operation)
    }
  }
  return result
}
