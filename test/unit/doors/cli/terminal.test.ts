// The CLI's terminal: what a step masked is redacted from every line, outputs and errors
// included; inside a GitHub Actions job the runner reads the CLI's output too, so outside text
// is printed command-free there. And a variable with a control character is bad input (exit 2)
// before any AWS call.
import { afterEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { STSClient } from '@aws-sdk/client-sts'
import { main } from '../../../../src/doors/cli/program.js'
import { terminalDoor } from '../../../../src/doors/cli/terminal.js'

const sts = mockClient(STSClient)
afterEach(() => {
  sts.reset()
})

function terminal() {
  const lines: string[] = []
  return { lines, term: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) } }
}

describe('terminalDoor', () => {
  it('redacts what was masked from every line, not only the reporter’s', () => {
    const t = terminal()
    const door = terminalDoor(t.term, true)
    door.reporter.mask('pa55')
    door.reporter.mask('pa55word')
    door.reporter.debug('debug pa55word')
    door.term.err('error: login refused for pa55word')
    door.term.out('registry=pa55')
    expect(t.lines).toEqual(['debug: debug ***', 'error: login refused for ***', 'registry=***'])
  })

  it('prints command lines as data inside GitHub Actions, and as they are elsewhere', () => {
    const inActions = terminal()
    terminalDoor(inActions.term, false, { GITHUB_ACTIONS: 'true' }).reporter.info(
      'item at x\n::error title=Deployed::fine'
    )
    expect(inActions.lines[0]).toMatch(/^::stop-commands::[0-9a-f]{32}\nitem at x\n::error/)
    const local = terminal()
    terminalDoor(local.term).reporter.info('item at x\n::error title=Deployed::fine')
    expect(local.lines).toEqual(['item at x\n::error title=Deployed::fine'])
  })
})

describe('variables with control characters', () => {
  it('exits 2 naming the variable, before any AWS call', async () => {
    const t = terminal()
    const code = await main(
      [
        'attach-policy',
        '--region',
        'eu-west-1',
        '--variables',
        'GREETING=hi\rRequiresPrivilege: true'
      ],
      { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' },
      t.term
    )
    expect(code).toBe(2)
    expect(t.lines.join('\n')).toContain(
      "Input 'variables' line 1: the value of GREETING holds a carriage return (U+000D)"
    )
    expect(sts.calls()).toEqual([])
  })
})
