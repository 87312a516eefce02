// The tail of a failed device's component log: read from the log manager's group and stream,
// the last lines only, a few devices only, in bounded time; and whatever goes wrong (no group,
// no stream, denied, slow) is a note, never a failure of the run.
import { describe, expect, it } from '@jest/globals'
import type { GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import {
  componentLogGroup,
  componentLogStream,
  failedDeviceLogs,
  LOG_MANAGER,
  TAIL_LIMITS,
  type LogsClient,
  type LogTarget,
  type TailRequest
} from '../../../../src/core/deploy/logs.js'
import { MemoryReporter, type StepContext } from '../../../../src/core/shared/report.js'
import { FakeClock } from '../../../support/fake-clock.js'

const NOW = '2026-12-01T20:10:00.000Z'
const SINCE = '2026-12-01T20:00:00.000Z'
const COMPONENT = 'com.example.AccessDynamoDb'
const GROUP = `/aws/greengrass/UserComponent/eu-west-1/${COMPONENT}`

type Input = GetLogEventsCommand['input']
type Answer = (input: Input) => Promise<unknown> | unknown

/** A CloudWatch Logs client that answers GetLogEvents from `answer`, and keeps the requests. */
function fakeLogs(answer: Answer): LogsClient & { inputs: Input[] } {
  const inputs: Input[] = []
  const client = {
    inputs,
    send: async (command: GetLogEventsCommand) => {
      inputs.push(command.input)
      return answer(command.input)
    }
  }
  return client as unknown as LogsClient & { inputs: Input[] }
}

function awsError(name: string, message: string, status = 400): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } })
}

function events(messages: string[], start = Date.parse(SINCE) + 1000) {
  return { events: messages.map((message, i) => ({ timestamp: start + i * 1000, message })) }
}

function ctx(): StepContext & { reporter: MemoryReporter } {
  return { reporter: new MemoryReporter(), clock: new FakeClock(NOW) }
}

function failedTarget(over: Partial<LogTarget> = {}): LogTarget {
  return {
    label: 'thinggroup/Fleet',
    components: [COMPONENT, LOG_MANAGER],
    devices: [
      { thingName: 'core-1', status: 'FAILED', ok: false },
      { thingName: 'core-2', status: 'SUCCEEDED', ok: true }
    ],
    ...over
  }
}

function request(targets: LogTarget[] = [failedTarget()]): TailRequest {
  return { componentName: COMPONENT, region: 'eu-west-1', since: SINCE, targets }
}

describe('where the log manager writes', () => {
  it('a user component: its group in the region, a stream per device and UTC day', () => {
    expect(componentLogGroup('eu-west-1', COMPONENT)).toBe(GROUP)
    expect(componentLogStream('core-1', new Date('2026-12-01T23:59:59.999Z'))).toBe(
      '/2026/12/01/thing/core-1'
    )
    // A stream name cannot hold a colon; the log manager writes a + for it.
    expect(componentLogStream('site:a:core', new Date(NOW))).toBe('/2026/12/01/thing/site+a+core')
  })
})

describe('failedDeviceLogs', () => {
  it('no failed device: nothing is read and there is nothing to say', async () => {
    const client = fakeLogs(() => events(['x']))
    const ok = failedTarget({ devices: [{ thingName: 'core-1', status: 'SUCCEEDED', ok: true }] })
    expect(await failedDeviceLogs(client, request([ok]), ctx())).toBeUndefined()
    expect(client.inputs).toEqual([])
  })

  it('reads the last lines of the failed device’s stream since the deployment started', async () => {
    const client = fakeLogs(() =>
      events(['starting', 'Traceback (most recent call last):\n  boom'])
    )
    const logs = await failedDeviceLogs(client, request(), ctx())
    expect(client.inputs).toEqual([
      {
        logGroupName: GROUP,
        logStreamName: '/2026/12/01/thing/core-1',
        startFromHead: false,
        startTime: Date.parse(SINCE),
        limit: TAIL_LIMITS.lines
      }
    ])
    expect(logs).toEqual({
      notes: [],
      tails: [
        {
          thingName: 'core-1',
          target: 'thinggroup/Fleet',
          logGroup: GROUP,
          logStream: '/2026/12/01/thing/core-1',
          // An event of several lines is several lines.
          lines: [
            { time: '2026-12-01T20:00:01.000Z', text: 'starting' },
            { time: '2026-12-01T20:00:02.000Z', text: 'Traceback (most recent call last):' },
            { time: '2026-12-01T20:00:02.000Z', text: '  boom' }
          ]
        }
      ]
    })
  })

  it('keeps only the last lines, oldest first', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `line ${i}`)
    const client = fakeLogs(() => events(many))
    const logs = await failedDeviceLogs(client, request(), ctx(), { ...TAIL_LIMITS, lines: 3 })
    expect(logs!.tails[0]!.lines.map(l => l.text)).toEqual(['line 27', 'line 28', 'line 29'])
  })

  it('a run across midnight: the day it started is read too, older lines before', async () => {
    const client = fakeLogs(input =>
      input.logStreamName === '/2026/12/02/thing/core-1'
        ? events(['after midnight'], Date.parse('2026-12-02T00:00:05Z'))
        : events(['before midnight'], Date.parse('2026-12-01T23:59:50Z'))
    )
    const c = { ...ctx(), clock: new FakeClock('2026-12-02T00:01:00Z') }
    const logs = await failedDeviceLogs(client, { ...request(), since: '2026-12-01T23:59:00Z' }, c)
    expect(client.inputs.map(i => i.logStreamName)).toEqual([
      '/2026/12/02/thing/core-1',
      '/2026/12/01/thing/core-1'
    ])
    expect(logs!.tails[0]!.lines.map(l => l.text)).toEqual(['before midnight', 'after midnight'])
  })

  it('a run across midnight with no line since: the day it started still shows', async () => {
    const client = fakeLogs(input => {
      if (input.logStreamName === '/2026/12/02/thing/core-1') {
        throw awsError('ResourceNotFoundException', 'The specified log stream does not exist.')
      }
      return events(['before midnight'], Date.parse('2026-12-01T23:59:50Z'))
    })
    const c = { ...ctx(), clock: new FakeClock('2026-12-02T00:01:00Z') }
    const logs = await failedDeviceLogs(client, { ...request(), since: '2026-12-01T23:59:00Z' }, c)
    expect(logs!.tails[0]).toMatchObject({
      logStream: '/2026/12/01/thing/core-1',
      lines: [{ text: 'before midnight' }]
    })
    expect(logs!.tails[0]!.note).toBeUndefined()
  })

  it('reads at most a few devices, and says how many more failed', async () => {
    const devices = Array.from({ length: 8 }, (_, i) => ({
      thingName: `core-${i}`,
      status: i % 2 ? 'FAILED' : 'TIMED_OUT',
      ok: false
    }))
    const client = fakeLogs(() => events(['x']))
    const logs = await failedDeviceLogs(client, request([failedTarget({ devices })]), ctx())
    expect(logs!.tails.map(t => t.thingName)).toEqual([
      'core-0',
      'core-1',
      'core-2',
      'core-3',
      'core-4'
    ])
    expect(client.inputs).toHaveLength(TAIL_LIMITS.devices)
    expect(logs!.notes).toEqual(['3 more failed devices: their logs were not read (at most 5).'])
  })

  it('a device whose status could not be read is not a failed device', async () => {
    const client = fakeLogs(() => events(['x']))
    const unread = failedTarget({
      devices: [{ thingName: 'core-1', status: 'UNKNOWN (asking again)', ok: false }]
    })
    expect(await failedDeviceLogs(client, request([unread]), ctx())).toBeUndefined()
  })

  it('a target without the log manager: not read, and the note says how to get the tail', async () => {
    const client = fakeLogs(() => events(['x']))
    const logs = await failedDeviceLogs(
      client,
      request([failedTarget({ components: [COMPONENT] })]),
      ctx()
    )
    expect(client.inputs).toEqual([])
    expect(logs).toEqual({
      tails: [],
      notes: [
        `thinggroup/Fleet does not run aws.greengrass.LogManager: with it in the deployment, and ${COMPONENT} in its logsUploaderConfiguration.componentLogsConfigurationMap, the summary shows the tail of the component's log.`
      ]
    })
  })

  it('no log group: a note naming it and the configuration that makes it, never an error', async () => {
    const client = fakeLogs(() => {
      throw awsError('ResourceNotFoundException', 'The specified log group does not exist.')
    })
    const logs = await failedDeviceLogs(client, request(), ctx())
    expect(logs!.tails[0]!.lines).toEqual([])
    expect(logs!.tails[0]!.note).toBe(
      `no log group ${GROUP} yet: the log manager uploads ${COMPONENT}'s log only when its logsUploaderConfiguration.componentLogsConfigurationMap names it, every periodicUploadIntervalSec (300 s by default).`
    )
  })

  it('no log stream for the device: a note naming the stream', async () => {
    const client = fakeLogs(() => {
      throw awsError('ResourceNotFoundException', 'The specified log stream does not exist.')
    })
    const logs = await failedDeviceLogs(client, request(), ctx())
    expect(logs!.tails[0]!.note).toMatch(
      /^no log stream \/2026\/12\/01\/thing\/core-1 in \/aws\/greengrass\/UserComponent\/eu-west-1\/com\.example\.AccessDynamoDb yet: /
    )
  })

  it('a stream without lines since the deployment started: the note says they may come later', async () => {
    const logs = await failedDeviceLogs(
      fakeLogs(() => ({ events: [] })),
      request(),
      ctx()
    )
    expect(logs!.tails[0]!.note).toBe(
      `no lines in ${GROUP} /2026/12/01/thing/core-1 since ${SINCE}: the log manager uploads every periodicUploadIntervalSec (300 s by default), so a rerun may show them.`
    )
  })

  it('access denied: a note naming the permission, never an error', async () => {
    const client = fakeLogs(() => {
      throw awsError(
        'AccessDeniedException',
        'User is not authorized to perform: logs:GetLogEvents',
        403
      )
    })
    const logs = await failedDeviceLogs(client, request(), ctx())
    expect(logs!.tails[0]!.note).toBe(
      `not allowed to read ${GROUP}: AccessDeniedException: User is not authorized to perform: logs:GetLogEvents (the deploy role needs logs:GetLogEvents on its streams; see infra/README.md).`
    )
  })

  it('an answer that never comes: given up on at the deadline, with a note', async () => {
    let aborted = false
    const client = {
      send: (_: unknown, options?: { abortSignal?: AbortSignal }) =>
        new Promise(() => {
          options?.abortSignal?.addEventListener('abort', () => (aborted = true))
        })
    } as unknown as LogsClient
    const started = Date.now()
    const logs = await failedDeviceLogs(client, request(), ctx(), { ...TAIL_LIMITS, seconds: 0.05 })
    expect(Date.now() - started).toBeLessThan(2000)
    expect(aborted).toBe(true)
    expect(logs!.tails[0]!.note).toBe('the log was not read within 0.05 s.')
  })

  it('any other error: a note with its name and message', async () => {
    const client = fakeLogs(() => {
      throw awsError('ServiceUnavailableException', 'try later', 503)
    })
    const logs = await failedDeviceLogs(client, request(), ctx())
    expect(logs!.tails[0]!.note).toBe(
      'the log could not be read: ServiceUnavailableException: try later'
    )
  })

  it('no client: the log is not read, and the note says so', async () => {
    const logs = await failedDeviceLogs(undefined, request(), ctx())
    expect(logs).toEqual({
      tails: [],
      notes: ["The component's log was not read: no CloudWatch Logs client."]
    })
  })

  it('device text is kept as the device wrote it: the summary decides how it shows', async () => {
    const hostile = ['::error::owned', '```', '## [x](http://e) <b>', '##[warning]x']
    const logs = await failedDeviceLogs(
      fakeLogs(() => events(hostile)),
      request(),
      ctx()
    )
    expect(logs!.tails[0]!.lines.map(l => l.text)).toEqual(hostile)
  })
})
