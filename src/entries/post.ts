// The post step's entry GitHub runs (bundled into dist/post/index.js): post.ts holds the logic.
import { run } from '../doors/github/post.js'

await run()
