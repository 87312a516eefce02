// The post step of build-push and of the root action (both action.yml files name this
// bundle, dist/post/index.js, built from src/entries/post.ts): remove the per-run auth file
// the main step logged in to (and with it the login), or, for state saved without one, log
// the builder out of the registry the main step logged in to. It loads no SDK client, so its
// bundle stays small; with no state (nothing was pushed, or the main step stopped before
// logging in, or cleaned up itself) it does nothing.
import { registryLogout, removeRegistryAuth } from '../../core/build/builders.js'
import type { StepContext } from '../../core/shared/report.js'
import { runPost } from './run-action.js'
import type { PostState } from './state.js'

export async function logoutAfterBuild(state: PostState, ctx: StepContext): Promise<void> {
  const authDir = state.registryAuthDir
  if (authDir) {
    // The login was only ever in this directory: removing it is the logout.
    if (await removeRegistryAuth(authDir))
      ctx.reporter.info(`Removed the registry login ${authDir}`)
    return
  }
  if (!state.logout) return
  const { builder, registry } = state.logout
  if (await registryLogout(builder, registry, undefined, ctx.reporter)) {
    ctx.reporter.info(`Logged out of ${registry.host}`)
  }
}

/** The post step's logic; local-action runs it with `--post ../../src/doors/github/post.ts`. */
export async function run(): Promise<void> {
  await runPost(logoutAfterBuild)
}
