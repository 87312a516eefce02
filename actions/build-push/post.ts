// The post step of build-push and of the root action (both action.yml files name this
// bundle, dist/post/index.js): log out of the registry the main step logged in to.
import { runPost } from '../door/action.js'
import { logoutAfterBuild } from '../toolkit/run/logout.js'

await runPost(logoutAfterBuild)
