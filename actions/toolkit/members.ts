// A thing group's members, as IoT knows them: ListThingsInThingGroup, 250 a page (the API's
// most), sub-groups included. (Greengrass's ListCoreDevices lists only devices that already
// took the group's deployment, and keeps those removed from it.) Listed once per run; callers
// map the errors to what their step needs.
import { ListThingsInThingGroupCommand, type IoTClient } from '@aws-sdk/client-iot'
import type { StepContext } from './report.js'
import { withRetry } from './retry.js'

export const MEMBERS_PAGE = 250

export async function thingsInGroup(
  iot: IoTClient,
  ctx: StepContext,
  group: string
): Promise<string[]> {
  const things: string[] = []
  let nextToken: string | undefined
  do {
    const page = await withRetry(ctx, `ListThingsInThingGroup ${group}`, () =>
      iot.send(
        new ListThingsInThingGroupCommand({
          thingGroupName: group,
          recursive: true,
          maxResults: MEMBERS_PAGE,
          nextToken
        })
      )
    )
    things.push(...(page.things ?? []))
    nextToken = page.nextToken
  } while (nextToken)
  return things
}
