// Runs the image builders. No shell: arguments go to the program as they are, so a path
// or tag can never be read as shell syntax. Secrets travel on stdin only, never in the
// arguments, which any user on the machine can read in the process list.
import { spawn } from 'node:child_process'
import { ConfigurationError } from './errors.js'
import { registerCleanup } from './interrupt.js'

export interface RunOptions {
  /** Written to the program's stdin, which is then closed; the only way to pass a secret. */
  input?: string
  /** Added to (and overriding) this process's environment. */
  env?: NodeJS.ProcessEnv
  cwd?: string
  /** Called with each line of stdout and stderr as it arrives, for a live build log. */
  onOutput?: (line: string) => void
}

export interface RunResult {
  exitCode: number
  stdout: string
  stderr: string
}

export interface CommandRunner {
  run(command: string, args: string[], options?: RunOptions): Promise<RunResult>
}

// A build log can run to megabytes; what is kept for the result and error messages is its
// end, which is where a failure explains itself.
const KEEP_CHARS = 1 << 20

const INSTALL_HINTS: Record<string, string> = {
  docker:
    'install Docker with the buildx plugin (https://docs.docker.com/engine/install/; GitHub-hosted Ubuntu runners have both)',
  buildah: 'install buildah (e.g. sudo apt-get install -y buildah)',
  podman: 'install podman (e.g. sudo apt-get install -y podman)'
}

/** The ConfigurationError for a builder that is not installed. */
export function missingProgram(command: string, detail?: string): ConfigurationError {
  const hint = INSTALL_HINTS[command] ?? `install ${command}`
  return new ConfigurationError(
    `The image builder '${command}' was not found${detail ? ` (${detail})` : ' on PATH'}: ${hint}, or choose another with the 'builder' input (docker, buildah or podman).`,
    'builder'
  )
}

/** Splits a stream into lines, keeping a partial last line until more arrives. */
class LineSplitter {
  private pending = ''
  constructor(private readonly emit: (line: string) => void) {}
  push(chunk: string): void {
    const parts = (this.pending + chunk).split(/\r?\n/)
    this.pending = parts.pop() ?? ''
    for (const line of parts) this.emit(line)
  }
  end(): void {
    if (this.pending) this.emit(this.pending)
    this.pending = ''
  }
}

function keepTail(kept: string, chunk: string): string {
  const all = kept + chunk
  return all.length > KEEP_CHARS ? all.slice(all.length - KEEP_CHARS) : all
}

export const spawnRunner: CommandRunner = {
  run(command, args, options = {}) {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        stdio: ['pipe', 'pipe', 'pipe'],
        shell: false
      })
      // Interrupted, the builder stops too: a push must not go on after the logout.
      const unregister = registerCleanup(() => void child.kill('SIGTERM'))
      let stdout = ''
      let stderr = ''
      const onOutput = options.onOutput ?? (() => undefined)
      const outLines = new LineSplitter(onOutput)
      const errLines = new LineSplitter(onOutput)
      child.stdout.setEncoding('utf8')
      child.stderr.setEncoding('utf8')
      child.stdout.on('data', (chunk: string) => {
        stdout = keepTail(stdout, chunk)
        outLines.push(chunk)
      })
      child.stderr.on('data', (chunk: string) => {
        stderr = keepTail(stderr, chunk)
        errLines.push(chunk)
      })
      // A program that exits without reading its stdin makes the write fail with EPIPE;
      // its exit code tells the real story.
      child.stdin.on('error', () => undefined)
      child.on('error', (error: NodeJS.ErrnoException) => {
        unregister()
        reject(error.code === 'ENOENT' ? missingProgram(command) : error)
      })
      child.on('close', (code, signal) => {
        unregister()
        outLines.end()
        errLines.end()
        if (code === null && signal) stderr = keepTail(stderr, `\n${command} killed by ${signal}`)
        resolve({ exitCode: code ?? 1, stdout, stderr })
      })
      child.stdin.end(options.input ?? '')
    })
  }
}
