// The entry GitHub runs (bundled into dist/index.js): main.ts holds the logic.
import { run } from '../doors/github/pipeline.js'

await run()
