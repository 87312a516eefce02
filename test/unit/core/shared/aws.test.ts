// Every client ggcd builds bounds each attempt: a held request times out and is retried,
// never stalls the run. Tested over a real socket: the timeout is the HTTP handler's, which a
// mocked client would never reach.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { TIMEOUTS, clientConfig, queryClientConfig } from '../../../../src/core/shared/aws.js'

let server: Server | undefined

afterEach(async () => {
  const s = server
  server = undefined
  if (!s) return
  s.closeAllConnections()
  await new Promise(resolve => s.close(resolve))
})

/** A server that reads each request and never answers it. */
async function holdingServer(): Promise<{ endpoint: string; requests: () => number }> {
  let requests = 0
  server = createServer(req => {
    requests++
    req.resume()
  })
  await new Promise<void>(resolve => server!.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { endpoint: `http://127.0.0.1:${port}`, requests: () => requests }
}

describe('clientConfig', () => {
  it('sets a connection and a request timeout that throws, by default', () => {
    const { requestHandler } = clientConfig('eu-west-1')
    expect(requestHandler).toEqual({ ...TIMEOUTS, throwOnRequestTimeout: true })
    expect(TIMEOUTS.connectionTimeout).toBeGreaterThan(0)
    expect(TIMEOUTS.requestTimeout).toBeGreaterThan(0)
    // Bounded: five attempts of a held request end well within a job's wait-timeout.
    expect(TIMEOUTS.requestTimeout * 5).toBeLessThanOrEqual(180_000)
  })

  it('a held request times out and is retried up to maxAttempts, then fails', async () => {
    const held = await holdingServer()
    const sts = new STSClient({
      ...clientConfig('eu-west-1', { connectionTimeout: 500, requestTimeout: 300 }),
      endpoint: held.endpoint,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }
    })
    const started = Date.now()
    const error = await sts.send(new GetCallerIdentityCommand({})).then(
      () => undefined,
      (e: unknown) => e as Error
    )
    expect(error?.name).toBe('TimeoutError')
    expect(held.requests()).toBe(clientConfig('eu-west-1').maxAttempts)
    expect(Date.now() - started).toBeLessThan(15_000)
  }, 20_000)
})

describe('queryClientConfig', () => {
  it("is clientConfig's, with adaptive retry and the middleware stack put together once", () => {
    expect(queryClientConfig('eu-west-1')).toEqual({
      ...clientConfig('eu-west-1'),
      retryMode: 'adaptive',
      cacheMiddleware: true
    })
  })

  it("a DynamoDB client's queries share one middleware stack", async () => {
    server = createServer((req, res) => {
      req.resume()
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' })
        res.end('{"Items":[],"Count":0,"ScannedCount":0}')
      })
    })
    await new Promise<void>(resolve => server!.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const client = new DynamoDBClient({
      ...queryClientConfig('eu-west-1'),
      endpoint: `http://127.0.0.1:${port}`,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }
    })
    const resolved = jest.spyOn(QueryCommand.prototype, 'resolveMiddleware')
    try {
      for (const device of ['core-1', 'core-2', 'core-3']) {
        const out = await client.send(
          new QueryCommand({
            TableName: 'T',
            KeyConditionExpression: 'device_name = :d',
            ExpressionAttributeValues: { ':d': { S: device } }
          })
        )
        expect(out.Count).toBe(0)
      }
      expect(resolved).toHaveBeenCalledTimes(1)
    } finally {
      resolved.mockRestore()
      client.destroy()
    }
  })
})
