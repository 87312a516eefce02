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
// Cleanups the ordinary path has started (Registration.undo): an interruption that comes
// meanwhile waits for them, or the process would exit with the login half removed.
const running = new Set<Promise<void>>()
let progress: (() => string | undefined) | undefined

/** What registerCleanup returns: called, it unregisters the cleanup without running it. */
export interface Registration {
  (): void
  /**
   * Runs the cleanup now, in the ordinary way, at most once (an interruption that has
   * already started it is waited for instead), and unregisters it. While it runs, an
   * interruption waits for it before the process exits.
   */
  undo(): Promise<void>
}

/** Registers a cleanup for an interruption. */
export function registerCleanup(cleanup: Cleanup): Registration {
  let started: Promise<void> | undefined
  const once: Cleanup = () => {
    if (!started) {
      started = Promise.resolve()
        .then(cleanup)
        .finally(() => running.delete(started!))
      running.add(started)
    }
    return started
  }
  cleanups.push(once)
  const unregister = () => {
    const at = cleanups.lastIndexOf(once)
    if (at >= 0) cleanups.splice(at, 1)
  }
  return Object.assign(unregister, {
    undo: async () => {
      unregister()
      await once()
    }
  })
}

/** What the step has done so far, as a job summary (the pipeline's stopped summary). */
export function setProgress(summary: (() => string | undefined) | undefined): void {
  progress = summary
}

/**
 * Runs every registered cleanup, newest first, each at most once, and waits for those the
 * ordinary path is running.
 */
export async function runCleanups(log: (message: string) => void = () => undefined): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!
    try {
      await cleanup()
    } catch (error) {
      log(`Cleanup failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  // The ordinary path's own failures are its to report; only the wait is ours.
  while (running.size > 0) await Promise.allSettled([...running])
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
