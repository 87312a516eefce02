// The post step of build-push and of the whole pipeline: remove the per-run auth file the main
// step logged in to (and with it the login), or, for state saved without one, log the builder
// out of the registry the main step logged in to. It loads no SDK client, so its bundle stays
// small; with no state (nothing was pushed, or the main step stopped before logging in, or
// cleaned up itself) it does nothing.
import { registryLogout, removeRegistryAuth } from '../../core/build/builders.js'
import { parseRegistry } from '../../core/registry.js'
import type { Builder } from '../../core/config.js'
import type { StepContext } from '../../core/shared/report.js'

export async function logoutAfterBuild(
  state: (key: string) => string,
  ctx: StepContext
): Promise<void> {
  const authDir = state('registry-auth-dir')
  if (authDir) {
    // The login was only ever in this directory: removing it is the logout.
    if (await removeRegistryAuth(authDir))
      ctx.reporter.info(`Removed the registry login ${authDir}`)
    return
  }
  const builder = state('logout-builder') as Builder
  const registry = parseRegistry(state('logout-registry'))
  if (!builder || !registry.ok) return
  if (await registryLogout(builder, registry.value, undefined, ctx.reporter)) {
    ctx.reporter.info(`Logged out of ${registry.value.host}`)
  }
}
