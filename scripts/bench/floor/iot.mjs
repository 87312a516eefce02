// The floor for the smoke action, whose first request is IoT ListThingsInThingGroup (it
// expands the thing group targets into devices): a minimal node action that imports only the
// IoT client, configured as ggcd configures its clients, and sends that one request.
import { IoTClient, ListThingsInThingGroupCommand } from '@aws-sdk/client-iot'

const iot = new IoTClient({
  region: process.env.AWS_REGION,
  maxAttempts: 5,
  retryMode: 'standard',
  customUserAgent: 'ggcd-floor'
})
try {
  const answer = await iot.send(
    new ListThingsInThingGroupCommand({
      thingGroupName: process.env.FLOOR_THING_GROUP ?? 'MyGreengrassCoreGroup'
    })
  )
  process.stdout.write(`${(answer.things ?? []).join(',')}\n`)
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
