// A proxy that holds every request for a fixed time before forwarding it unchanged, for the
// bench: AWS is tens of milliseconds away from a runner, the local sandbox a fraction of one,
// so the smoke check's cost at fleet size only shows with the distance added back. It runs in
// a worker thread, so that its own work does not share the measured event loop; the caller
// (an in-process client or a bundle in a child process) just points its endpoint at `url`.
import { Worker } from 'node:worker_threads'

export interface LatencyProxy {
  /** http://127.0.0.1:PORT */
  url: string
  /** Requests received so far, and the connections they came on. */
  requests(): Promise<{ requests: number; connections: number; upstreamCloses: number }>
  close(): Promise<void>
}

// Plain JavaScript: the worker runs it as it is (eval), without tsx.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { createServer, request, Agent } = require('node:http')
const upstream = new URL(workerData.upstream)
const agent = new Agent({ keepAlive: true, maxSockets: 64 })
let received = 0
let connections = 0
let upstreamCloses = 0
const server = createServer((req, res) => {
  received++
  const chunks = []
  req.on('data', chunk => chunks.push(chunk))
  req.on('end', () => {
    setTimeout(() => {
      const forward = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url,
          headers: req.headers, agent },
        answer => {
          // AWS keeps the client's connection open, and so does this proxy unless asked to
          // close each one (workerData.closeEach: a connection per request).
          const { connection, 'keep-alive': _, ...headers } = answer.headers
          if (connection === 'close') upstreamCloses++
          if (workerData.closeEach) headers.connection = 'close'
          res.writeHead(answer.statusCode || 502, headers)
          answer.pipe(res)
        }
      )
      forward.on('error', error => {
        res.writeHead(502, { 'content-type': 'text/plain' })
        res.end('latency proxy: ' + error.message)
      })
      forward.end(Buffer.concat(chunks))
    }, workerData.delayMs)
  })
})
server.on('connection', () => connections++)
server.keepAliveTimeout = 5000
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port))
parentPort.on('message', message => {
  if (message === 'count') return parentPort.postMessage({ received, connections, upstreamCloses })
  server.closeAllConnections()
  server.close(() => process.exit(0))
})
`

/** Forwards to `upstream` (e.g. the sandbox's moto), each request `delayMs` later. */
export async function startLatencyProxy(
  upstream: string,
  delayMs: number,
  /** Answer every request with Connection: close, so that the client opens a connection a request. */
  closeEach = false
): Promise<LatencyProxy> {
  const worker = new Worker(WORKER, { eval: true, workerData: { upstream, delayMs, closeEach } })
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () =>
      new Promise(resolve => {
        worker.once(
          'message',
          (m: { received: number; connections: number; upstreamCloses: number }) =>
            resolve({
              requests: m.received,
              connections: m.connections,
              upstreamCloses: m.upstreamCloses
            })
        )
        worker.postMessage('count')
      }),
    close: async () => {
      const exited = new Promise<void>(resolve => worker.once('exit', () => resolve()))
      worker.postMessage('close')
      await exited
    }
  }
}
