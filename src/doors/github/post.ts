// The post step of build-push and of the root action (both action.yml files name this
// bundle, dist/post/index.js, built from post-index.ts): log out of the registry the main
// step logged in to.
import { runPost } from './run-action.js'
import { logoutAfterBuild } from '../../interface/run/logout.js'

/** The post step's logic; local-action runs it with `--post ../../src/doors/github/post.ts`. */
export async function run(): Promise<void> {
  await runPost(logoutAfterBuild)
}
