// The post step of build-push and of the whole pipeline: log the builder out of the registry
// the main step logged in to, as the main step's state names it. It loads no SDK client, so
// its bundle stays small; with no state (nothing was pushed, or the main step stopped before
// logging in) it does nothing.
import { registryLogout } from '../image.js'
import { parseRegistry, type Builder } from '../inputs.js'
import type { StepContext } from '../report.js'

export async function logoutAfterBuild(
  state: (key: string) => string,
  ctx: StepContext
): Promise<void> {
  const builder = state('logout-builder') as Builder
  const registry = parseRegistry(state('logout-registry'))
  if (!builder || !registry.ok) return
  if (await registryLogout(builder, registry.value, undefined, ctx.reporter)) {
    ctx.reporter.info(`Logged out of ${registry.value.host}`)
  }
}
