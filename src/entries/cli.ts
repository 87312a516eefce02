#!/usr/bin/env node
import { main } from '../doors/cli/program.js'

const term = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`)
}
process.exitCode = await main(process.argv.slice(2), process.env, term)
