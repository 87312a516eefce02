// SIGINT (Ctrl-C) and SIGTERM (a cancelled job) end a step cleanly in every door: what the
// step holds that outlives it (a registry login, the builder's temporary files, a running
// builder) is undone, the summary of what was done so far is written, and the process exits
// 130 or 143 as a shell reports a process ended by the signal.
//
// The library registers what must be undone while it holds it (registerCleanup, disposed
// once undone in the ordinary way) and what it has done so far (setProgress); the doors
// install the handlers (handleSignals) and say how they write a summary.

/** Undoes something the step holds; never throws (its failures are its own to report). */
export type Cleanup = () => Promise<void> | void

// Run in reverse order of registration: a builder process is stopped before the login it
// pushes with is removed.
const cleanups: Cleanup[] = []
let progress: (() => string | undefined) | undefined

/** Registers a cleanup for an interruption; the function returned unregisters it. */
export function registerCleanup(cleanup: Cleanup): () => void {
  cleanups.push(cleanup)
  return () => {
    const at = cleanups.lastIndexOf(cleanup)
    if (at >= 0) cleanups.splice(at, 1)
  }
}

/** What the step has done so far, as a job summary (the pipeline's stopped summary). */
export function setProgress(summary: (() => string | undefined) | undefined): void {
  progress = summary
}

/** Runs every registered cleanup, newest first, each at most once. */
export async function runCleanups(log: (message: string) => void = () => undefined): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!
    try {
      await cleanup()
    } catch (error) {
      log(`Cleanup failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const
export type HandledSignal = keyof typeof SIGNAL_EXIT

export interface SignalDoor {
  /** Says what is happening, where the door's log goes. */
  log(message: string): void
  /** Writes the summary of what was done so far, as the door writes summaries. */
  writeSummary(markdown: string): Promise<void>
  exit(code: number): void
}

/** How long cleanups may take before the process exits anyway (the runner kills at ~10 s). */
export const CLEANUP_LIMIT_MS = 7_000

let installed: (() => void) | undefined

/**
 * Installs the handlers, in place of any installed before (a process runs one step at a
 * time); the function returned removes them. A second signal while the first is handled
 * exits at once.
 */
export function handleSignals(door: SignalDoor, proc: NodeJS.Process = process): () => void {
  installed?.()
  let handling = false
  const handler = (signal: HandledSignal) => {
    const code = SIGNAL_EXIT[signal]
    if (handling) return door.exit(code)
    handling = true
    door.log(`${signal} received: stopping, logging out and removing temporary files.`)
    const limit = new Promise<void>(resolve => setTimeout(resolve, CLEANUP_LIMIT_MS).unref())
    void (async () => {
      try {
        await Promise.race([runCleanups(door.log), limit])
        const summary = progress?.()
        if (summary) await Promise.race([door.writeSummary(summary), limit])
      } catch (error) {
        door.log(`While stopping: ${error instanceof Error ? error.message : String(error)}`)
      } finally {
        door.exit(code)
      }
    })()
  }
  const onInt = () => handler('SIGINT')
  const onTerm = () => handler('SIGTERM')
  proc.on('SIGINT', onInt)
  proc.on('SIGTERM', onTerm)
  const remove = () => {
    proc.off('SIGINT', onInt)
    proc.off('SIGTERM', onTerm)
    if (installed === remove) installed = undefined
  }
  installed = remove
  return remove
}
