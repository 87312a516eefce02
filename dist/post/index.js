import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3631:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: logoutAfterBuild

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/core/shared/errors.ts
// The two kinds of failure a user meets. A ConfigurationError is the user's to fix (bad
// input, a template that does not render, a role that does not exist): the CLI exits 2 and
// the action annotates the input. A StepFailure is the work failing (a device rejected the
// deployment, the smoke check found no item): exit 1. Anything else is our bug.
class errors_ConfigurationError extends Error {
    name = 'ConfigurationError';
    /** The input, file or resource the user has to change. */
    subject;
    constructor(message, subject) {
        super(message);
        this.subject = subject;
    }
}
class errors_StepFailure extends Error {
    name = 'StepFailure';
}
/** The AWS error's code, whichever SDK shape it arrived in. */
function awsErrorName(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const e = error;
    for (const v of [e.name, e.Code, e.code])
        if (typeof v === 'string' && v !== 'Error')
            return v;
    return undefined;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/** HTTP status of an AWS SDK error, when it has one. */
function httpStatus(error) {
    const meta = error?.$metadata;
    return meta?.httpStatusCode;
}
/**
 * Gives an error the job summary of what was done before it (a pipeline that stopped
 * halfway): the doors write it, so the job page says what changed even when the run failed.
 */
function withSummary(error, summary) {
    if (typeof error === 'object' && error !== null && errors_summaryOf(error) === undefined) {
        Object.defineProperty(error, 'summary', { value: summary, enumerable: false });
    }
    return error;
}
function errors_summaryOf(error) {
    const summary = error?.summary;
    return typeof summary === 'string' ? summary : undefined;
}
/** An AWS failure worth another attempt: a 5xx, a server-side timeout, a reset connection. */
const TRANSIENT = new Set([
    'ServerException',
    'InternalFailure',
    'InternalServerError',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError',
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT'
]);
function isTransient(error) {
    const name = awsErrorName(error);
    const status = httpStatus(error);
    return (name !== undefined && TRANSIENT.has(name)) || (status !== undefined && status >= 500);
}
/** The AWS error says the credentials may not do this. */
function isAccessDenied(error) {
    const name = awsErrorName(error) ?? '';
    return /AccessDenied|Unauthorized|Forbidden/.test(name) || httpStatus(error) === 403;
}
/**
 * The one mapping of a failed AWS call to what the user meets. Access denied is
 * configuration (exit 2 in the CLI): the message names the permission, the resource and the
 * principal that lacks it. A failure that outlived the retries is the service's (exit 1: rerun).
 * Anything else is the work failing, with the call's own hint. A step's own errors pass through.
 */
function awsFailure(error, call) {
    if (error instanceof errors_ConfigurationError || error instanceof errors_StepFailure)
        return error;
    const name = awsErrorName(error) ?? 'error';
    const message = errorMessage(error);
    const what = `${call.action} on ${call.resource}`;
    if (isAccessDenied(error)) {
        const principal = principalOf(message);
        return new errors_ConfigurationError(`${what} was denied: ${message}. Allow ${call.action} on ${call.resource} in the policy of ${principal ?? 'the role this runs as'} (the CI role: see 'What you need in AWS' in the README), then rerun.`, 'credentials');
    }
    if (isTransient(error)) {
        return new errors_StepFailure(`${what} failed: ${name}: ${message}. ${serviceOf(call.action)} kept failing through the retries; rerun the job (the service had a problem, not the configuration).`);
    }
    return new errors_StepFailure(`${what} failed: ${name}: ${message}. ${call.hint ?? 'Rerun once the cause is fixed; the step carries on from where it stopped.'}`);
}
const SERVICES = {
    dynamodb: 'DynamoDB',
    ecr: 'ECR',
    greengrass: 'Greengrass',
    iam: 'IAM',
    iot: 'IoT',
    logs: 'CloudWatch Logs',
    sts: 'STS'
};
function serviceOf(action) {
    const prefix = action.split(':')[0] ?? '';
    return SERVICES[prefix] ?? 'AWS';
}
/** The principal an AWS access-denied message names (`User: arn:… is not authorized`). */
function principalOf(message) {
    return /\b(?:User|Principal):\s*(arn:[^\s,]+)/.exec(message)?.[1];
}

;// CONCATENATED MODULE: ./src/core/shared/interrupt.ts
// SIGINT (Ctrl-C) and SIGTERM (a cancelled job) end a step cleanly in every door: what the
// step holds that outlives it (a registry login, the builder's temporary files, a running
// builder) is undone, the summary of what was done so far is written, and the process exits
// 130 or 143 as a shell reports a process ended by the signal.
//
// The library registers what must be undone while it holds it (registerCleanup, disposed
// once undone in the ordinary way) and what it has done so far (setProgress); the doors
// install the handlers (handleSignals) and say how they write a summary.
// Run in reverse order of registration: a builder process is stopped before the login it
// pushes with is removed.
const cleanups = [];
// Cleanups the ordinary path has started (Registration.undo): an interruption that comes
// meanwhile waits for them, or the process would exit with the login half removed.
const running = new Set();
let progress;
/** Registers a cleanup for an interruption. */
function registerCleanup(cleanup) {
    let started;
    const once = () => {
        if (!started) {
            started = Promise.resolve()
                .then(cleanup)
                .finally(() => running.delete(started));
            running.add(started);
        }
        return started;
    };
    cleanups.push(once);
    const unregister = () => {
        const at = cleanups.lastIndexOf(once);
        if (at >= 0)
            cleanups.splice(at, 1);
    };
    return Object.assign(unregister, {
        undo: async () => {
            unregister();
            await once();
        }
    });
}
/** What the step has done so far, as a job summary (the pipeline's stopped summary). */
function setProgress(summary) {
    progress = summary;
}
/**
 * Runs every registered cleanup, newest first, each at most once, and waits for those the
 * ordinary path is running.
 */
async function runCleanups(log = () => undefined) {
    while (cleanups.length > 0) {
        const cleanup = cleanups.pop();
        try {
            await cleanup();
        }
        catch (error) {
            log(`Cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    // The ordinary path's own failures are its to report; only the wait is ours.
    while (running.size > 0)
        await Promise.allSettled([...running]);
}
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
/** How long cleanups may take before the process exits anyway (the runner kills at ~10 s). */
const CLEANUP_LIMIT_MS = 7_000;
let installed;
/**
 * Installs the handlers, in place of any installed before (a process runs one step at a
 * time); the function returned removes them. A second signal while the first is handled
 * exits at once.
 */
function interrupt_handleSignals(door, proc = process) {
    installed?.();
    let handling = false;
    const handler = (signal) => {
        const code = SIGNAL_EXIT[signal];
        if (handling)
            return door.exit(code);
        handling = true;
        door.log(`${signal} received: stopping, logging out and removing temporary files.`);
        const limit = new Promise(resolve => setTimeout(resolve, CLEANUP_LIMIT_MS).unref());
        void (async () => {
            try {
                await Promise.race([runCleanups(door.log), limit]);
                const summary = progress?.();
                if (summary)
                    await Promise.race([door.writeSummary(summary), limit]);
            }
            catch (error) {
                door.log(`While stopping: ${error instanceof Error ? error.message : String(error)}`);
            }
            finally {
                door.exit(code);
            }
        })();
    };
    const onInt = () => handler('SIGINT');
    const onTerm = () => handler('SIGTERM');
    proc.on('SIGINT', onInt);
    proc.on('SIGTERM', onTerm);
    const remove = () => {
        proc.off('SIGINT', onInt);
        proc.off('SIGTERM', onTerm);
        if (installed === remove)
            installed = undefined;
    };
    installed = remove;
    return remove;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/core/shared/process.ts
// Runs the image builders. No shell: arguments go to the program as they are, so a path
// or tag can never be read as shell syntax. Secrets travel on stdin only, never in the
// arguments, which any user on the machine can read in the process list.



// A build log can run to megabytes; what is kept for the result and error messages is its
// end, which is where a failure explains itself.
const KEEP_CHARS = 1 << 20;
const INSTALL_HINTS = {
    docker: 'install Docker with the buildx plugin (https://docs.docker.com/engine/install/; GitHub-hosted Ubuntu runners have both)',
    buildah: 'install buildah (e.g. sudo apt-get install -y buildah)',
    podman: 'install podman (e.g. sudo apt-get install -y podman)'
};
/** The ConfigurationError for a builder that is not installed. */
function missingProgram(command, detail) {
    const hint = INSTALL_HINTS[command] ?? `install ${command}`;
    return new errors_ConfigurationError(`The image builder '${command}' was not found${detail ? ` (${detail})` : ' on PATH'}: ${hint}, or choose another with the 'builder' input (docker, buildah or podman).`, 'builder');
}
/** Splits a stream into lines, keeping a partial last line until more arrives. */
class LineSplitter {
    emit;
    pending = '';
    constructor(emit) {
        this.emit = emit;
    }
    push(chunk) {
        const parts = (this.pending + chunk).split(/\r?\n/);
        this.pending = parts.pop() ?? '';
        for (const line of parts)
            this.emit(line);
    }
    end() {
        if (this.pending)
            this.emit(this.pending);
        this.pending = '';
    }
}
function keepTail(kept, chunk) {
    const all = kept + chunk;
    return all.length > KEEP_CHARS ? all.slice(all.length - KEEP_CHARS) : all;
}
const spawnRunner = {
    run(command, args, options = {}) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
                cwd: options.cwd,
                env: { ...process.env, ...options.env },
                stdio: ['pipe', 'pipe', 'pipe'],
                shell: false
            });
            // Interrupted, the builder stops too: a push must not go on after the logout.
            const unregister = registerCleanup(() => void child.kill('SIGTERM'));
            let stdout = '';
            let stderr = '';
            const onOutput = options.onOutput ?? (() => undefined);
            const outLines = new LineSplitter(onOutput);
            const errLines = new LineSplitter(onOutput);
            child.stdout.setEncoding('utf8');
            child.stderr.setEncoding('utf8');
            child.stdout.on('data', (chunk) => {
                stdout = keepTail(stdout, chunk);
                outLines.push(chunk);
            });
            child.stderr.on('data', (chunk) => {
                stderr = keepTail(stderr, chunk);
                errLines.push(chunk);
            });
            // A program that exits without reading its stdin makes the write fail with EPIPE;
            // its exit code tells the real story.
            child.stdin.on('error', () => undefined);
            child.on('error', (error) => {
                unregister();
                reject(error.code === 'ENOENT' ? missingProgram(command) : error);
            });
            child.on('close', (code, signal) => {
                unregister();
                outLines.end();
                errLines.end();
                if (code === null && signal)
                    stderr = keepTail(stderr, `\n${command} killed by ${signal}`);
                resolve({ exitCode: code ?? 1, stdout, stderr });
            });
            child.stdin.end(options.input ?? '');
        });
    }
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/core/shared/report.ts
// How the library talks to the person running it. Step functions log only through a
// Reporter; the action door implements it with @actions/core, the CLI with the terminal,
// tests with memory. Masking comes first so that nothing can print a secret.

/** A reporter that keeps what it was told; for tests and for quiet library use. */
class MemoryReporter {
    lines = [];
    masked = [];
    /** What it was told, as it was told, for replayTo. */
    told = [];
    info(message) {
        this.told.push({ level: 'info', message });
        this.lines.push(this.redact(message));
    }
    warning(message) {
        this.told.push({ level: 'warning', message });
        this.lines.push(`warning: ${this.redact(message)}`);
    }
    debug(message) {
        this.told.push({ level: 'debug', message });
        this.lines.push(`debug: ${this.redact(message)}`);
    }
    mask(secret) {
        if (secret)
            this.masked.push(secret);
    }
    /** Says again to `reporter` what this one was told (its secrets masked there too): work
     * done quietly ahead of time reports where it would have been done. */
    replayTo(reporter) {
        for (const secret of this.masked)
            reporter.mask(secret);
        for (const { level, message } of this.told)
            reporter[level](message);
    }
    async group(title, fn) {
        this.lines.push(`## ${title}`);
        return fn();
    }
    text() {
        return this.lines.join('\n');
    }
    redact(message) {
        return this.masked.reduce((m, s) => m.split(s).join('***'), message);
    }
}
const report_systemClock = {
    now: () => new Date(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
};
// The GitHub runner reads a workflow command from any line of a step's output that starts
// with `::` (after leading blanks), and the older `##[name]` form anywhere in a line. Text
// from outside (a device's item, an AWS message, a builder's log) printed as it is could
// therefore annotate, mask a name or stop the log's commands. Lines break at \r too: the
// runner reads its output line by line as .NET does.
const COMMAND_LINE = /^[ \t]*::|##\[/;
/** Whether some line of the text would be read by the GitHub runner as a workflow command. */
function readsAsCommand(text) {
    return text.split(/\r\n|\r|\n/).some(line => COMMAND_LINE.test(line));
}
/**
 * The text, printable as a log line in a GitHub Actions step: as it is when no line of it
 * reads as a command, else between `::stop-commands::` and its end token (GitHub's documented
 * way to print untrusted text), a fresh random token each time so that the text cannot end
 * the pause itself. Masking still applies inside.
 */
function commandFree(text, token = (0,external_node_crypto_.randomBytes)(16).toString('hex')) {
    if (!readsAsCommand(text))
        return text;
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}

;// CONCATENATED MODULE: ./src/core/shared/retry.ts
// Retries for the faults a rerun should never see: throttling, and IAM's eventual
// consistency right after we created or attached something. Exponential backoff with full
// jitter; everything else fails at once with the AWS error's own message.

const THROTTLING = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'ProvisionedThroughputExceededException',
    'SlowDown'
]);
function isThrottling(error) {
    const name = awsErrorName(error);
    return (name !== undefined && THROTTLING.has(name)) || httpStatus(error) === 429;
}
async function withRetry(ctx, what, fn, options = {}) {
    const attempts = options.attempts ?? 8;
    const base = options.baseDelayMs ?? 500;
    const max = options.maxDelayMs ?? 20_000;
    const random = ctx.random ?? Math.random;
    const started = ctx.clock.now().getTime();
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (error) {
            const retryable = isThrottling(error) || (options.retryable?.(error) ?? false);
            const elapsed = ctx.clock.now().getTime() - started;
            const outOfBudget = options.budgetMs !== undefined && elapsed >= options.budgetMs;
            if (!retryable || attempt >= attempts || outOfBudget)
                throw error;
            const delay = Math.round(random() * Math.min(max, base * 2 ** (attempt - 1)));
            ctx.reporter.debug(`${what}: ${awsErrorName(error) ?? 'error'}, attempt ${attempt} of ${attempts}; retrying in ${delay} ms`);
            await ctx.clock.sleep(delay);
        }
    }
}

;// CONCATENATED MODULE: ./src/core/build/argv.ts
// The argument arrays every builder shares, and the request they are built from. Each
// command's arguments come from a pure function (like docker/build-push-action's getArgs) so
// tests can read them exactly. The registry password is never an argument: it is masked
// first and sent on stdin. Positional values (the registry host, the context path,
// references) come after `--`, which all three builders' command parsers (cobra) read as the
// end of options: a value that starts with `-` is then a value, never an option.
//
// Plain-HTTP registries (`insecure`): buildah and podman take `--tls-verify=false` on login
// and push (buildah 1.28's login ignores `insecure = true` in registries.conf, its push
// honours it). Docker has no such flag: its daemon (or the buildx builder's buildkitd.toml)
// must list the registry as insecure, except localhost, which Docker treats as insecure.

/** A run's own id: this process and a random part, so that no two runs share it. */
function newRunId(pid = process.pid) {
    return `${pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
}
/** The local name a run builds under before it pushes (see PlanOptions.localName). */
function localImageName(runId) {
    return `localhost/ggcd-run-${runId}`;
}
/** BuildKit's registry cache tag: mutable, so the repository's immutability excludes it. */
const CACHE_TAG_PREFIX = 'ggcd-cache';
/** One cache per target: a build of another stage would overwrite the cache of this one. */
function cacheTag(target) {
    return target ? `${CACHE_TAG_PREFIX}-${target}` : CACHE_TAG_PREFIX;
}
/** The cheapest command that proves the builder is installed (and, for docker, buildx). */
function checkCommand(kind) {
    return { command: kind, args: kind === 'docker' ? ['buildx', 'version'] : ['--version'] };
}
/** Login; the password is the command's stdin. */
function loginCommand(kind, registry, username) {
    const tls = kind !== 'docker' && registry.insecure ? ['--tls-verify=false'] : [];
    return {
        command: kind,
        args: ['login', '--username', username, '--password-stdin', ...tls, '--', registry.host]
    };
}
function logoutCommand(kind, registry) {
    return { command: kind, args: ['logout', '--', registry.host] };
}
function labelArgs(labels) {
    return Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
}
/** --build-arg, --target and --secret, the same for every builder. */
function stageArgs(request, options) {
    const args = Object.entries(request.buildArgs ?? {}).flatMap(([k, v]) => [
        '--build-arg',
        `${k}=${v}`
    ]);
    if (request.target)
        args.push('--target', request.target);
    for (const id of Object.keys(request.secrets ?? {})) {
        const file = options.secretFiles?.[id];
        if (!file)
            throw new Error(`buildCommands: no file for secret '${id}'`);
        // The file's path, never its content: argv is readable by every user of the machine.
        args.push('--secret', `id=${id},src=${file}`);
    }
    return args;
}

;// CONCATENATED MODULE: ./src/core/build/buildah.ts
// buildah and podman: one grammar (podman's build is buildah's bud), so one plan for both.
// They build into local storage under a name of this run's own (options.localName) and push
// from it to each reference: two runs on one machine never push each other's image, whatever
// tags they push. The name is removed once the push is over (cleanupCommands).
// Reproducible builds: SOURCE_DATE_EPOCH becomes `--timestamp` (BuildKit reads it from the
// environment itself). Without it every build of the same commit gets a new digest.


/** The commands that build the image with buildah or podman and push it to every reference. */
function buildahCommands(kind, request, options) {
    const { references, platforms } = request;
    const tls = request.insecure ? ['--tls-verify=false'] : [];
    const timestamp = options.sourceDateEpoch ? ['--timestamp', options.sourceDateEpoch] : [];
    const build = kind === 'buildah' ? 'bud' : 'build';
    // buildah keeps its cache as images tagged with its cache keys (content hashes) in the
    // repository; --layers is what makes it cache steps at all.
    const cache = request.cache
        ? ['--layers', '--cache-from', request.cache, '--cache-to', request.cache, ...tls]
        : [];
    const common = [
        '--file',
        request.dockerfile,
        ...timestamp,
        ...labelArgs(request.labels),
        ...stageArgs(request, options),
        ...cache
    ];
    const digestFile = (i) => ({
        path: (0,external_node_path_namespaceObject.join)(options.workDir, `digest-${i}`),
        format: 'digestfile'
    });
    if (platforms.length <= 1) {
        const platform = platforms.length === 1 ? ['--platform', platforms[0]] : [];
        const local = options.localName;
        return [
            {
                command: kind,
                args: [build, ...common, '--tag', local, ...platform, '--', request.context]
            },
            ...references.map((ref, i) => ({
                command: kind,
                args: ['push', ...tls, '--digestfile', digestFile(i).path, '--', local, `docker://${ref}`],
                digestFile: digestFile(i)
            }))
        ];
    }
    // The manifest list's name is this run's own, so no list an earlier run left collects
    // this build's images.
    const list = options.localName;
    return [
        {
            command: kind,
            args: [
                build,
                ...common,
                '--platform',
                platforms.join(','),
                '--manifest',
                list,
                '--',
                request.context
            ]
        },
        ...references.map((ref, i) => ({
            command: kind,
            args: [
                'manifest',
                'push',
                '--all',
                ...tls,
                '--digestfile',
                digestFile(i).path,
                '--',
                list,
                `docker://${ref}`
            ],
            digestFile: digestFile(i)
        }))
    ];
}
/** What buildah and podman say when the name is gone (removed, or never built). */
const IMAGE_GONE = /image not known|no such image/i;
/**
 * What removes the run's local name once the push is over (or failed): the image's name, or
 * the manifest list (the per-platform images it held are left unnamed, as buildah leaves
 * them). Optional: a build that failed early has no such name.
 */
function buildahCleanup(kind, request, options) {
    const args = request.platforms.length <= 1
        ? ['rmi', '--', options.localName]
        : ['manifest', 'rm', '--', options.localName];
    return [{ command: kind, args, optional: true }];
}

;// CONCATENATED MODULE: ./src/core/build/docker.ts
// docker (buildx): one command builds and pushes every reference, and leaves the pushed
// digest in its metadata file. BuildKit reads SOURCE_DATE_EPOCH from the environment itself.


function dockerBuild(request, options) {
    const metadata = (0,external_node_path_namespaceObject.join)(options.workDir, 'metadata.json');
    const platform = request.platforms.length ? ['--platform', request.platforms.join(',')] : [];
    // Always said: buildx 0.10+ adds a provenance attestation by default, which makes the
    // pushed digest an index with an unknown/unknown manifest (see the provenance input).
    const provenance = [`--provenance=${request.provenance || 'false'}`];
    const ref = request.cache ? `${request.cache}:${cacheTag(request.target)}` : '';
    // image-manifest=true with OCI media types: the form ECR accepts for a cache manifest.
    const cache = ref
        ? [
            '--cache-from',
            `type=registry,ref=${ref}`,
            '--cache-to',
            `type=registry,ref=${ref},mode=max,image-manifest=true,oci-mediatypes=true`
        ]
        : [];
    return {
        command: 'docker',
        args: [
            'buildx',
            'build',
            '--file',
            request.dockerfile,
            ...request.references.flatMap(ref => ['--tag', ref]),
            ...platform,
            ...labelArgs(request.labels),
            ...stageArgs(request, options),
            ...provenance,
            ...cache,
            '--push',
            '--metadata-file',
            metadata,
            '--progress',
            'plain',
            '--',
            request.context
        ],
        digestFile: { path: metadata, format: 'buildx-metadata' }
    };
}

;// CONCATENATED MODULE: ./src/core/build/auth-file.ts
// The per-run auth file
//
// A builder's login lands in the user's own auth file (buildah and podman:
// ${XDG_RUNTIME_DIR}/containers/auth.json; docker: ~/.docker/config.json), where every later
// step of the job, and anything the image build runs, could read it. So each run logs in to
// an auth file of its own: REGISTRY_AUTH_FILE (buildah, podman) or a DOCKER_CONFIG directory
// (docker), in a private directory (0700, the file 0600) under RUNNER_TEMP or the system's
// temporary directory, passed to every builder command, and removed once the push is over
// (and by the post step, if the process dies first). It starts with the logins the user
// already had for other registries, so a private base image still pulls; never with one
// for the registry it is about to log in to.



/** The name every per-run auth directory starts with; the post step removes only those. */
const AUTH_DIR_PREFIX = 'ggcd-auth-';
/** Where the user's own logins are, in the order the builder reads them. */
function userAuthFiles(kind, env) {
    const home = env.HOME || homedir();
    const dockerConfig = join(env.DOCKER_CONFIG || join(home, '.docker'), 'config.json');
    if (kind === 'docker')
        return [dockerConfig];
    const uid = process.getuid?.() ?? 0;
    return [
        ...(env.REGISTRY_AUTH_FILE ? [env.REGISTRY_AUTH_FILE] : []),
        join(env.XDG_RUNTIME_DIR || `/run/containers/${uid}`, 'containers', 'auth.json'),
        join(`/run/containers/${uid}`, 'auth.json'),
        join(home, '.config', 'containers', 'auth.json'),
        dockerConfig
    ];
}
async function readJsonObject(path) {
    try {
        const value = JSON.parse(await readFile(path, 'utf8'));
        return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
async function createRegistryAuth(kind, registry, options = {}) {
    const env = options.env ?? process.env;
    const dir = await mkdtemp(join(options.parent ?? (env.RUNNER_TEMP || tmpdir()), AUTH_DIR_PREFIX));
    try {
        await chmod(dir, 0o700);
        const auths = {};
        let dockerConfig = {};
        for (const file of userAuthFiles(kind, env).reverse()) {
            const config = await readJsonObject(file);
            if (!config)
                continue;
            if (kind === 'docker')
                dockerConfig = config;
            const found = config.auths;
            if (typeof found === 'object' && found !== null)
                Object.assign(auths, found);
        }
        for (const host of [registry.host, `https://${registry.host}`, `http://${registry.host}`]) {
            delete auths[host];
        }
        const write = (file, value) => writeFile(join(dir, file), `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
        if (kind !== 'docker') {
            await write('auth.json', { auths });
            return { dir, env: { REGISTRY_AUTH_FILE: join(dir, 'auth.json') } };
        }
        // Docker keeps its plugins (buildx) and builder instances beside config.json: linked in,
        // so that the builder docker/setup-buildx-action made is still the one in use. A
        // credential store would put the login outside this directory, so there is none.
        const userDir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
        for (const name of ['cli-plugins', 'buildx', 'contexts']) {
            if (await lstat(join(userDir, name)).then(() => true, () => false)) {
                await symlink(join(userDir, name), join(dir, name));
            }
        }
        const credHelpers = { ...dockerConfig.credHelpers };
        delete credHelpers[registry.host];
        const config = { ...dockerConfig, auths, credHelpers };
        delete config.credsStore;
        await write('config.json', config);
        return { dir, env: { DOCKER_CONFIG: dir } };
    }
    catch (error) {
        await rm(dir, { recursive: true, force: true });
        throw error;
    }
}
/** Removes a per-run auth directory (only one of ours, by its name); never throws. */
async function removeRegistryAuth(dir) {
    if (!dir || !(0,external_node_path_namespaceObject.basename)(dir).startsWith(AUTH_DIR_PREFIX))
        return false;
    try {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/core/build/builders.ts
// The image builders — docker (buildx), buildah and podman — behind one interface: log in,
// build and push, report the pushed digest, log out. Each command's arguments come from a
// pure function (like docker/build-push-action's getArgs) so tests can read them exactly.
// The registry password is never an argument: it is masked first and sent on stdin.
// The argument arrays are in argv.ts (shared), docker.ts and buildah.ts (buildah and podman);
// the build inputs in build-inputs.ts; the per-run auth file in auth-file.ts.
//
// Multi-platform builds need emulation for RUN steps (docker/setup-qemu-action, or
// qemu-user-static), and docker needs a buildx builder that supports it
// (docker/setup-buildx-action); the builder's own error says so when it is missing.











// The post step (interface/run/logout.ts) finds the auth file's removal here, beside the logout.

const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** The prefix of the builder's temporary directory, ggcd-build-<pid>- (see logins.ts). */
function buildDirPrefix(pid = process.pid) {
    return `ggcd-build-${pid}-`;
}
/** The commands that build the image and push it to every reference, in order. */
function buildCommands(kind, request, options) {
    if (request.references.length === 0) {
        throw new Error('buildCommands: no image reference to push');
    }
    return kind === 'docker'
        ? [dockerBuild(request, options)]
        : buildahCommands(kind, request, options);
}
/** What removes the run's local name after the push; docker keeps none of its own. */
function cleanupCommands(kind, request, options) {
    return kind === 'docker' ? [] : buildahCleanup(kind, request, options);
}
// ---------------------------------------------------------------------------------------
// Digests
/** A digest as a builder wrote it, checked: sha256:<64 hex>, or a StepFailure. */
function parseDigest(text, source) {
    const digest = text.trim();
    if (DIGEST.test(digest))
        return digest;
    const shown = digest.length > 100 ? `${digest.slice(0, 100)}…` : digest;
    throw new errors_StepFailure(`${source} holds '${shown}', not an image digest (sha256:<64 hex digits); the push may not have completed.`);
}
/** The digest in the metadata file of `docker buildx build --metadata-file`. */
function parseBuildxMetadata(text, source) {
    let metadata;
    try {
        metadata = JSON.parse(text);
    }
    catch (error) {
        throw new errors_StepFailure(`${source} is not JSON (${errorMessage(error)}); the push may have failed.`);
    }
    const digest = metadata?.['containerimage.digest'];
    if (typeof digest !== 'string') {
        throw new errors_StepFailure(`${source} has no containerimage.digest; docker buildx did not report a pushed image.`);
    }
    return parseDigest(digest, `containerimage.digest in ${source}`);
}
/** Waits before the second and third attempt of a push that failed on the registry's side. */
const PUSH_RETRY_DELAYS_MS = [2_000, 8_000];
// A push that the registry refused for good (credentials, permissions, a tag ECR keeps
// immutable, a name it rejects) or a build that failed (a RUN step): retrying cannot help.
// Anything else (a 5xx on a blob or manifest upload, a reset connection) is worth another
// attempt: the layers already uploaded are not sent again.
const PERMANENT_PUSH_FAILURE = /\b(400|401|403|404)\b|unauthori[sz]ed|denied|forbidden|immutable|already exists|tag invalid|name invalid|manifest invalid|did not complete successfully/i;
function isRetryablePush(output) {
    return !PERMANENT_PUSH_FAILURE.test(output);
}
/** Login attempts: a registry's passing fault (amazon-ecr-login#1267) is worth a few. */
const LOGIN_ATTEMPTS = 4;
/** A failed login; `refused` when the registry turned the credentials down. */
class LoginFailure extends errors_StepFailure {
    refused;
    constructor(message, refused) {
        super(message);
        this.refused = refused;
    }
}
// What docker, buildah and podman say when the registry refuses the credentials: trying
// them again would only be refused again.
const REFUSED = /\b401\b|unauthori[sz]ed|incorrect username or password|invalid username\/password|authentication required|access denied|denied:/i;
/** The last lines of what a failed command wrote, for the error message. */
function outputTail(result, lines = 20) {
    const text = result.stderr.trim() || result.stdout.trim();
    return text.split(/\r?\n/).slice(-lines).join('\n');
}
function createBuilder(kind, runner, reporter, options = {}) {
    // The builder's own convention, read here like BuildKit reads it, not an input.
    const sourceDateEpoch = options.sourceDateEpoch ?? process.env.SOURCE_DATE_EPOCH;
    if (sourceDateEpoch !== undefined && sourceDateEpoch !== '' && !/^\d+$/.test(sourceDateEpoch)) {
        throw new errors_ConfigurationError(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. $(git log -1 --format=%ct)); got '${sourceDateEpoch}'.`, 'SOURCE_DATE_EPOCH');
    }
    const show = (c) => `${c.command} ${c.args.join(' ')}`;
    const env = options.env;
    const sleep = options.sleep ?? ((ms) => new Promise(resolve => setTimeout(resolve, ms)));
    async function run(c, what, options = {}) {
        const log = options.log ?? (line => reporter.info(line));
        log(`$ ${show(c)}`);
        const result = await runner.run(c.command, c.args, {
            input: options.input,
            onOutput: log,
            ...(env ? { env } : {})
        });
        if (result.exitCode !== 0 && !c.optional) {
            throw new errors_StepFailure(`${what} failed (${c.command} exited with ${result.exitCode}):\n${outputTail(result)}`);
        }
        return result;
    }
    async function readDigest(file) {
        let text;
        try {
            text = await (0,promises_namespaceObject.readFile)(file.path, 'utf8');
        }
        catch (error) {
            throw new errors_StepFailure(`${kind} reported success but wrote no digest to ${file.path} (${errorMessage(error)}).`);
        }
        return file.format === 'buildx-metadata'
            ? parseBuildxMetadata(text, `${kind}'s metadata file`)
            : parseDigest(text, `${kind}'s digest file`);
    }
    return {
        kind,
        async check() {
            const c = checkCommand(kind);
            const result = await runner.run(c.command, c.args, env ? { env } : undefined);
            if (result.exitCode !== 0) {
                const detail = kind === 'docker'
                    ? 'the buildx plugin is missing: `docker buildx version` failed'
                    : `\`${show(c)}\` failed: ${outputTail(result, 3)}`;
                throw missingProgram(kind, detail);
            }
            reporter.debug(`${kind}: ${result.stdout.trim().split('\n')[0]}`);
        },
        async login(registry, username, password) {
            reporter.mask(password);
            const c = loginCommand(kind, registry, username);
            const attempt = async () => {
                reporter.debug(`$ ${show(c)}`);
                // Into the per-run auth file (env), where the push looks for it.
                const result = await runner.run(c.command, c.args, {
                    input: password,
                    onOutput: line => reporter.debug(line),
                    ...(env ? { env } : {})
                });
                if (result.exitCode === 0)
                    return;
                const tail = outputTail(result);
                throw new LoginFailure(`Login to ${registry.host} failed (${kind} exited with ${result.exitCode}):\n${tail}`, REFUSED.test(tail));
            };
            await withRetry({ reporter, clock: options.clock ?? report_systemClock, random: options.random }, `Login to ${registry.host}`, attempt, {
                retryable: error => error instanceof LoginFailure && !error.refused,
                attempts: LOGIN_ATTEMPTS,
                baseDelayMs: 1000,
                maxDelayMs: 8000
            });
            reporter.info(`Logged in to ${registry.host} as ${username} with ${kind}`);
        },
        async buildAndPush(request) {
            const secrets = Object.entries(request.secrets ?? {});
            for (const [, value] of secrets)
                reporter.mask(value);
            // Named by this process, so that a later run can tell it is left over from a crash;
            // mkdtemp makes it 0700: no other user can list or open what is written below.
            const workDir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(options.tmpDir ?? (0,external_node_os_namespaceObject.tmpdir)(), buildDirPrefix()));
            const removal = registerCleanup(() => (0,promises_namespaceObject.rm)(workDir, { recursive: true, force: true }));
            // Never a pushed reference: another run on this machine may build under that one.
            const localName = localImageName(options.runId ?? newRunId());
            // Whether a build gave the local name to an image, which is then removed.
            let named = false;
            try {
                const secretFiles = {};
                if (secrets.length)
                    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.join)(workDir, 'secrets'), { mode: 0o700 });
                for (const [i, [id, value]] of secrets.entries()) {
                    const file = (0,external_node_path_namespaceObject.join)(workDir, 'secrets', `secret-${i}`);
                    await (0,promises_namespaceObject.writeFile)(file, value, { mode: 0o600, flag: 'wx' });
                    secretFiles[id] = file;
                }
                const plan = buildCommands(kind, request, {
                    workDir,
                    sourceDateEpoch: sourceDateEpoch || undefined,
                    secretFiles,
                    localName
                });
                const digests = [];
                for (const c of plan) {
                    const refs = request.references.join(', ');
                    const what = !c.digestFile
                        ? `Building ${refs}`
                        : kind === 'docker'
                            ? `Building and pushing ${refs}`
                            : `Pushing ${refs}`;
                    // An optional step's failure is expected; its complaint would only alarm.
                    const options_ = c.optional ? { log: (line) => reporter.debug(line) } : {};
                    // A command that pushes is tried again after a transient failure of the registry.
                    for (let attempt = 0;; attempt++) {
                        try {
                            await run(c, what, options_);
                            if (!c.digestFile)
                                named = true;
                            break;
                        }
                        catch (error) {
                            const delay = PUSH_RETRY_DELAYS_MS[attempt];
                            if (!c.digestFile || delay === undefined)
                                throw error;
                            if (!isRetryablePush(errorMessage(error)))
                                throw error;
                            reporter.warning(`${what}: attempt ${attempt + 1} failed; retrying in ${delay / 1000} s.`);
                            await sleep(delay);
                        }
                    }
                    if (c.digestFile)
                        digests.push(await readDigest(c.digestFile));
                }
                const digest = digests[0];
                if (!digest)
                    throw new errors_StepFailure(`${kind} pushed no image.`);
                if (digests.some(d => d !== digest)) {
                    reporter.warning(`The references got different digests (${digests.join(', ')}); using ${digest}.`);
                }
                return { digest };
            }
            finally {
                await removal.undo();
                // The local name has done its work, pushed or not; the layers stay as the cache.
                let gone = true;
                for (const c of named ? cleanupCommands(kind, request, { localName }) : []) {
                    const removed = await run(c, `Removing ${localName}`, {
                        log: line => reporter.debug(line)
                    }).catch((error) => ({ exitCode: 1, stdout: '', stderr: errorMessage(error) }));
                    if (removed.exitCode === 0 || IMAGE_GONE.test(`${removed.stderr}\n${removed.stdout}`)) {
                        continue;
                    }
                    gone = false;
                    reporter.warning(`Could not remove the local image ${localName} (${outputTail(removed, 3)}); the next run on this machine removes it.`);
                }
                if (gone)
                    await options.onLocalNameGone?.();
            }
        },
        async logout(registry) {
            await run(logoutCommand(kind, registry), `Logout from ${registry.host}`, {
                log: line => reporter.debug(line)
            });
        }
    };
}
/** Logs the builder out of the registry, for the action's post step. Never throws. */
async function registryLogout(builder, registry, runner = spawnRunner, reporter = new MemoryReporter(), env) {
    try {
        await createBuilder(builder, runner, reporter, env ? { env } : {}).logout(registry);
        return true;
    }
    catch (error) {
        reporter.warning(`Could not log ${builder} out of ${registry.host}: ${errorMessage(error)}`);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/interface/catalogue.ts
// Every input and output of every door, defined once: its name, default and meaning (the
// action.yml files, the CLI options and the README are checked against these tables). How a
// raw input becomes typed configuration is parse.ts's; the configuration itself is
// src/core/config.ts's.
const INPUTS = {
    region: { description: 'AWS region; defaults to AWS_REGION from the environment.' },
    'account-id': {
        description: 'AWS account id (12 digits); resolved with STS GetCallerIdentity when empty.'
    },
    context: { description: 'Image build context.', default: 'container' },
    dockerfile: { description: 'Dockerfile path; defaults to <context>/Dockerfile.' },
    repository: {
        description: 'ECR repository; created when missing.',
        default: 'dynamodb_access_sample'
    },
    'image-tag': { description: 'Image tag; defaults to the commit SHA.' },
    platforms: {
        description: 'Target platforms, e.g. linux/arm64,linux/amd64; the builder default when empty.'
    },
    builder: { description: 'Image builder: docker, buildah or podman.', default: 'docker' },
    'build-args': {
        description: 'KEY=VALUE lines passed to the build as --build-arg (the Dockerfile ARGs); part of the build inputs that decide reuse.'
    },
    secrets: {
        description: 'Build secrets as id=VALUE lines, for RUN --mount=type=secret,id=<id>: masked, handed to the builder in a private file (never on its command line), never in the image. Their ids (not their values) are build inputs.'
    },
    target: { description: 'The Dockerfile stage to build (--target); the last stage when empty.' },
    provenance: {
        description: "docker only: attach BuildKit's provenance attestation (true, or mode=min / mode=max). Off by default: it turns the image into an index with an unknown/unknown attestation manifest, which some registries' and runtimes' pulls mishandle.",
        default: 'false'
    },
    cache: {
        description: 'Keep a build cache in the ECR repository (BuildKit: the mutable tag ggcd-cache, kept out of tag immutability by an exclusion filter; buildah/podman: --layers with --cache-to/--cache-from the repository).',
        default: 'false'
    },
    registry: {
        description: 'Registry host override, which receives the ECR password: an ECR registry host (any partition), or a registry on this machine (localhost, 127.0.0.1 or [::1]: a local sandbox), where an http:// prefix marks plain HTTP. Defaults to <account>.dkr.ecr.<region>.amazonaws.com.'
    },
    recipe: { description: 'Recipe template.', default: 'recipe/recipe.yaml' },
    'component-name': { description: "Component name; defaults to the template's ComponentName." },
    'component-version': {
        description: 'MAJOR.MINOR.PATCH, or auto: the next patch after the latest version, only when the recipe changed.',
        default: 'auto'
    },
    variables: { description: 'KEY=VALUE lines for the templates.' },
    policy: { description: 'IAM policy template.', default: 'recipe/token-exchange-policy.json' },
    'policy-name': { description: 'IAM managed policy name.', default: 'MyGreengrassV2AccessPolicy' },
    'role-name': {
        description: 'The device (token exchange) role.',
        default: 'GreengrassV2TokenExchangeRole'
    },
    'table-name': {
        description: 'DynamoDB table the devices write to.',
        default: 'SampleDynamoTable'
    },
    deployment: { description: 'Deployment defaults file.', default: 'recipe/deployment.yaml' },
    targets: {
        description: "Comma or newline list: a thing name, thing/<name>, thinggroup/<name>, or an ARN; defaults to the deployment file's targets."
    },
    canary: {
        description: 'Targets deployed (and smoke-checked) first, in the same syntax as targets; the other targets are deployed only when every canary succeeded.'
    },
    wait: { description: "Wait for the devices' result.", default: 'true' },
    'wait-timeout': { description: 'Seconds to wait for the devices.', default: '900' },
    'failure-threshold': {
        description: "Percent of a thing group's devices that may fail before its rollout counts as failed.",
        default: '0'
    },
    rollback: {
        description: "On a failed target (devices past failure-threshold, or the smoke check), redeploy the target's previous deployment.",
        default: 'false'
    },
    smoke: { description: 'Run the DynamoDB check after a successful deployment.', default: 'true' },
    'smoke-timeout': { description: 'Seconds the smoke check polls.', default: '300' },
    'smoke-concurrency': {
        description: 'DynamoDB queries the smoke check runs at once (1 to 100).',
        default: '32'
    },
    'scan-threshold': {
        description: "After the push, wait (up to 5 minutes) for ECR's scan of the pushed digest and refuse to deploy when a finding is at or above this severity: none, low, medium, high or critical.",
        default: 'none'
    },
    'dry-run': {
        description: 'Render and plan; read-only calls at most, no mutating call.',
        default: 'false'
    },
    'image-uri': { description: 'Image to deploy: <registry>/<repository>@sha256:<digest>.' },
    output: {
        description: 'Where to write the rendered recipe.',
        default: 'build/recipe.yaml'
    },
    'recipe-path': { description: 'The rendered recipe to deploy.', default: 'build/recipe.yaml' },
    since: { description: 'ISO 8601 UTC time; items written before it do not count.' },
    timeout: { description: 'Seconds the smoke check polls.', default: '300' },
    concurrency: { description: 'DynamoDB queries run at once (1 to 100).', default: '32' },
    'unchanged-targets': {
        description: "Targets whose deployment this run left unchanged (deploy's output): their devices write no new item, so an item of the deployed version from any time counts."
    },
    prune: {
        description: 'After a successful deployment and smoke check, delete the component versions and images no deployment uses, beyond the newest keep (the prune step).',
        default: 'false'
    },
    keep: {
        description: "Component versions (and images) kept besides those in use: the newest, in version order. Whatever a target's latest deployment, an ACTIVE deployment or a rollback's destination uses is always kept.",
        default: '5'
    }
};
const common = ['region', 'account-id'];
/** Which inputs each door takes; the action.yml files are checked against this. */
const catalogue_STEP_INPUTS = {
    'build-push': [
        ...common,
        'context',
        'dockerfile',
        'repository',
        'image-tag',
        'platforms',
        'builder',
        'registry',
        'build-args',
        'secrets',
        'target',
        'provenance',
        'cache'
    ],
    'render-recipe': [
        ...common,
        'recipe',
        'component-name',
        'component-version',
        'image-uri',
        'variables',
        'table-name',
        'repository',
        'role-name',
        'output'
    ],
    'attach-policy': [
        ...common,
        'policy',
        'policy-name',
        'role-name',
        'table-name',
        'repository',
        'variables',
        'dry-run'
    ],
    deploy: [
        ...common,
        'recipe-path',
        'deployment',
        'targets',
        'canary',
        'wait',
        'wait-timeout',
        'failure-threshold',
        'rollback',
        'dry-run'
    ],
    smoke: [
        'region',
        'table-name',
        'targets',
        'since',
        'timeout',
        'concurrency',
        'component-version',
        'unchanged-targets'
    ],
    pipeline: [
        ...common,
        'context',
        'dockerfile',
        'repository',
        'image-tag',
        'platforms',
        'builder',
        'registry',
        'build-args',
        'secrets',
        'target',
        'provenance',
        'cache',
        'recipe',
        'component-name',
        'component-version',
        'variables',
        'policy',
        'policy-name',
        'role-name',
        'table-name',
        'deployment',
        'targets',
        'canary',
        'wait',
        'wait-timeout',
        'failure-threshold',
        'rollback',
        'smoke',
        'smoke-timeout',
        'smoke-concurrency',
        'scan-threshold',
        'dry-run',
        'prune',
        'keep'
    ],
    prune: [...common, 'recipe', 'component-name', 'variables', 'repository', 'keep', 'dry-run']
};
/** The inputs that are true or false: flags in the CLI (--dry-run, --no-wait). */
const BOOLEAN_INPUTS = (/* unused pure expression or super */ null && ([
    'wait',
    'smoke',
    'rollback',
    'dry-run',
    'cache',
    'prune'
]));
/** The defaults a step's door shows; smoke's component-version has none. */
function inputDefault(step, name) {
    if (step === 'smoke' && name === 'component-version')
        return undefined;
    return INPUTS[name].default;
}
/** Inputs that mean something else in one step than in the others. */
const STEP_DESCRIPTIONS = {
    prune: {
        repository: 'ECR repository whose images the component versions pin.',
        'dry-run': 'List what would be deleted; read-only calls only.'
    },
    smoke: {
        targets: "Comma or newline list of the things and thing groups to check (deploy's deployment-ids keys, or the same syntax as deploy's targets).",
        'component-version': "MAJOR.MINOR.PATCH the items must carry (deploy's component-version output); required with unchanged-targets."
    }
};
/** What an input means in this step, for its action.yml and the CLI's help. */
function inputDescription(step, name) {
    return STEP_DESCRIPTIONS[step]?.[name] ?? INPUTS[name].description;
}
// ---------------------------------------------------------------------------------------
// Outputs, declared once like the inputs.
const OUTPUTS = {
    'image-uri': '<registry>/<repository>@sha256:<digest>',
    'image-digest': 'sha256:… of the pushed image',
    registry: 'Registry host the image was pushed to',
    'recipe-path': 'Path of the rendered recipe',
    'component-name': 'Component name',
    'component-version': 'Component version deployed',
    'component-arn': 'ARN of the component version',
    'policy-arn': 'ARN of the device policy',
    'policy-version': 'Default version id of the device policy',
    changed: 'true when the policy document was created or changed',
    'deployment-ids': 'JSON object: target ARN → deployment id',
    'deployment-url': "Console page of the first target's deployment (a single URL, for a workflow's environment url); '' when none was made",
    'started-at': 'ISO 8601 UTC time the deployments started; the smoke check counts items from it',
    'unchanged-targets': 'Targets whose latest deployment already had this component set (no new deployment)',
    'smoke-result': 'JSON object: thing name → found or missing; above 1,000 devices, the missing ones only (at most 1,000)',
    'smoke-counts': 'JSON object: {"found": N, "missing": M}',
    'smoke-report': 'Path of a JSON file with every device: its verdict, item and reason',
    'pruned-versions': 'JSON array: the component versions deleted (with dry-run: that would be)',
    'pruned-images': 'JSON array: the image digests deleted (with dry-run: that would be)'
};
const STEP_OUTPUTS = {
    'build-push': ['image-uri', 'image-digest', 'registry'],
    'render-recipe': ['recipe-path', 'component-name', 'component-version'],
    'attach-policy': ['policy-arn', 'policy-version', 'changed'],
    deploy: [
        'component-arn',
        'component-name',
        'component-version',
        'deployment-ids',
        'deployment-url',
        'started-at',
        'unchanged-targets'
    ],
    smoke: ['smoke-result', 'smoke-counts', 'smoke-report'],
    pipeline: [
        'image-uri',
        'image-digest',
        'component-name',
        'component-version',
        'component-arn',
        'policy-arn',
        'deployment-ids',
        'deployment-url',
        'smoke-result',
        'smoke-counts',
        'smoke-report'
    ],
    prune: ['pruned-versions', 'pruned-images']
};

;// CONCATENATED MODULE: ./src/doors/github/workspace.ts
// In GitHub Actions, the files ggcd reads and writes are the checked-out repository's: every
// path input (templates, the build context and Dockerfile, the deployment file, where the
// rendered recipe goes) must resolve inside GITHUB_WORKSPACE, both as written (no `..` out,
// no absolute path elsewhere) and once symbolic links are followed (no link out). Otherwise a
// path could read a runner's credentials file into a template's error, or send a directory
// of the machine to the image build.



const PATH_INPUTS = (/* unused pure expression or super */ null && ([
    'recipe',
    'policy',
    'context',
    'dockerfile',
    'deployment',
    'output',
    'recipe-path'
]));
function inside(root, path) {
    const rel = relative(root, path);
    return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
/** The path with every existing part's links followed (a file to be written may not exist). */
async function realpathOfExisting(path) {
    const missing = [];
    let at = path;
    for (;;) {
        try {
            return join(await realpath(at), ...missing.reverse());
        }
        catch {
            const parent = dirname(at);
            if (parent === at)
                return path;
            missing.push(at.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
            at = parent;
        }
    }
}
/**
 * Throws a ConfigurationError naming every path input that leads out of the workspace; does
 * nothing outside GitHub Actions or without GITHUB_WORKSPACE.
 */
async function workspace_checkWorkspacePaths(raw, env, cwd = process.cwd()) {
    const workspace = env.GITHUB_WORKSPACE;
    if (env.GITHUB_ACTIONS !== 'true' || !workspace)
        return;
    const root = resolve(cwd, workspace);
    const realRoot = await realpathOfExisting(root);
    const problems = [];
    let subject;
    for (const name of PATH_INPUTS) {
        if (!(name in raw))
            continue;
        let value = raw[name] ?? '';
        // The Dockerfile's default sits in the context, so it is checked as the build will read it.
        if (name === 'dockerfile' && !value && raw.context)
            value = join(raw.context, 'Dockerfile');
        if (!value)
            continue;
        const path = resolve(cwd, value);
        let problem;
        if (!inside(root, path)) {
            problem = `Input '${name}' is ${value}, outside the workspace ${root}`;
        }
        else {
            const real = await realpathOfExisting(path);
            if (!inside(realRoot, real)) {
                problem = `Input '${name}' is ${value}, which a symbolic link leads out of the workspace ${root} (to ${real})`;
            }
        }
        if (problem) {
            subject ??= name;
            problems.push(`${problem}: in GitHub Actions, ggcd reads and writes files of the checked-out repository only. Use a path inside it (relative to the repository root, e.g. recipe/recipe.yaml).`);
        }
    }
    if (problems.length > 0)
        throw new ConfigurationError(problems.join('\n'), subject);
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/core/shared/aws.ts
// The one place AWS clients are configured. Each step imports only the client it needs
// (so a bundle carries only those SDKs) and builds it from this configuration. Endpoints
// come from the SDK's own AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE> variables.
// The bundles carry package.json's version (webpack keeps only the field read), so that
// `ggcd --version` and the user agent say the release they are.

const VERSION = package_namespaceObject.rE;
const USER_AGENT = (/* unused pure expression or super */ null && (`ggcd/${VERSION}`));
// Every ggcd call is a small control-plane request (no uploads): AWS answers them in well
// under a second, so 30 s is a stalled request, never a slow one.
const TIMEOUTS = { connectionTimeout: 5_000, requestTimeout: 30_000 };
function clientConfig(region, timeouts = TIMEOUTS) {
    return {
        region,
        maxAttempts: 5,
        retryMode: 'standard',
        customUserAgent: USER_AGENT,
        // Without throwOnRequestTimeout the handler only logs a breached requestTimeout.
        requestHandler: { ...timeouts, throwOnRequestTimeout: true }
    };
}
/**
 * For the smoke check's DynamoDB client, which sends a query per device, `concurrency` at a
 * time: at fleet size the check's time is these queries' CPU, so none is spent twice.
 * - adaptive retry: one client-side rate for all the concurrent queries, slowed once DynamoDB
 *   throttles (its limiter stays off until the first throttling error, so a burst of queries
 *   without one goes out unhindered);
 * - cacheMiddleware: the middleware stack is put together once per command, not for every
 *   query (about a tenth of a query's CPU in the SDK). Nothing adds middleware later.
 */
function queryClientConfig(region, timeouts = TIMEOUTS) {
    return { ...clientConfig(region, timeouts), retryMode: 'adaptive', cacheMiddleware: true };
}
/** Name lookups that failed: the endpoint's host does not resolve from here. */
const DNS_FAILURES = (/* unused pure expression or super */ null && (['ENOTFOUND', 'EAI_AGAIN']));
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}
function aws_dnsSuffixOf(region) {
    return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
}
/**
 * Each partition's region pattern, as the SDK's endpoint rules have them (its partitions
 * table; test/unit/region.test.ts fails when the SDK's list changes). A region fitting none
 * is a typo, not a region too new for the SDK.
 */
const REGION_PATTERNS = {
    aws: '^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$',
    'aws-cn': '^cn\\-\\w+\\-\\d+$',
    'aws-eusc': '^eusc\\-(de)\\-\\w+\\-\\d+$',
    'aws-iso': '^us\\-iso\\-\\w+\\-\\d+$',
    'aws-iso-b': '^us\\-isob\\-\\w+\\-\\d+$',
    'aws-iso-e': '^eu\\-isoe\\-\\w+\\-\\d+$',
    'aws-iso-f': '^us\\-isof\\-\\w+\\-\\d+$',
    'aws-us-gov': '^us\\-gov\\-\\w+\\-\\d+$'
};
const PATTERNS = Object.values(REGION_PATTERNS).map(p => new RegExp(p));
/** The region has the shape of some partition's regions (known to the SDK or not). */
function fitsAPartition(region) {
    // The patterns' \w would let upper case and '_' through; no region has them.
    return /^[a-z0-9-]+$/.test(region) && PATTERNS.some(p => p.test(region));
}

;// CONCATENATED MODULE: ./src/core/registry.ts
// The registry images are pushed to and pulled from: the registry input when it is given,
// else the account's own ECR registry in the run's region. The one place its host is made.
//
// build-push finds, creates and reads the repository with the ECR API of the run's account
// and region, and the device policy grants pulls from the repository there (its template
// names it by ARN: partition, region, account, name). So a registry input that is an ECR
// host must be that same registry, by any of its endpoints (FIPS, dual-stack); one of
// another account or region is refused (checkRegistry) rather than pushed to while the
// repository and the policy name another. A registry on this machine (the sandbox) is no
// ECR registry at all: IAM has no say over it, so the policy still names the ECR repository.


// The registry input's text, and which hosts may receive the ECR password.
// The registry receives the ECR password, so only two kinds of host may be named: an ECR
// registry (any partition: the DNS suffixes are those of the SDK's partitions data, and the
// FIPS and dual-stack forms), or a registry on this machine (a local sandbox). Plain HTTP
// carries the password in the clear, so it too is for this machine only.
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d{1,5})?$/;
const ECR_DNS_SUFFIXES = [
    'amazonaws.com',
    'amazonaws.com.cn',
    'amazonaws.eu',
    'c2s.ic.gov',
    'sc2s.sgov.gov',
    'cloud.adc-e.uk',
    'csp.hci.ic.gov'
];
const ECR_REGISTRY = new RegExp(`^\\d{12}\\.(?:dkr\\.ecr(?:-fips)?\\.[a-z]{2,}(?:-[a-z]+)+-\\d{1,2}\\.(?:${ECR_DNS_SUFFIXES.map(s => s.replace(/\./g, '\\.')).join('|')})|dkr-ecr(?:-fips)?\\.[a-z]{2,}(?:-[a-z]+)+-\\d{1,2}\\.on\\.aws)$`);
function registry_parseRegistry(raw) {
    const m = /^(https?:\/\/)?([^/\s]+)\/?$/.exec(raw.trim());
    const host = m?.[2] ?? '';
    const insecure = m?.[1] === 'http://';
    if (m && LOOPBACK.test(host))
        return { ok: true, value: { host, insecure } };
    if (m && insecure && ECR_REGISTRY.test(host)) {
        return {
            ok: false,
            message: `may use http:// only for a registry on this machine (localhost, 127.0.0.1, [::1]): the ECR password would cross the network unencrypted. Use https for '${host}' (write the host alone)`
        };
    }
    if (m && ECR_REGISTRY.test(host))
        return { ok: true, value: { host, insecure: false } };
    if (m && insecure) {
        return {
            ok: false,
            message: `may use http:// only for a registry on this machine (localhost, 127.0.0.1, [::1]): the ECR password would cross the network unencrypted, to '${host}'`
        };
    }
    return {
        ok: false,
        message: "must be an Amazon ECR registry host such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com, or a registry on this machine such as http://localhost:5000 (a local sandbox): ggcd sends the ECR password to it, so no other host may have it. Leave it empty for the account's own registry"
    };
}
/** The account's own ECR registry in the region: <account>.dkr.ecr.<region>.<dns suffix>. */
function defaultRegistryHost(accountId, region) {
    return `${accountId}.dkr.ecr.${region}.${dnsSuffixOf(region)}`;
}
/** The registry of a run: the input when given, else the account's own ECR registry. */
function registryOf(input, accountId, region) {
    return input ?? { host: defaultRegistryHost(accountId, region), insecure: false };
}
/** The account and region an ECR registry host names; undefined for any other host. */
function ecrRegistryOf(host) {
    const m = /^(\d{12})\.dkr[.-]ecr(?:-fips)?\.([a-z0-9-]+)\./.exec(host);
    return m ? { accountId: m[1], region: m[2] } : undefined;
}
/** Refuses an ECR registry input of another account or region than the run's. */
function checkRegistry(input, accountId, region) {
    const ecr = input && ecrRegistryOf(input.host);
    if (!ecr || (ecr.accountId === accountId && ecr.region === region))
        return;
    throw new ConfigurationError(`Input 'registry': ${input.host} is the ECR registry of account ${ecr.accountId} in ${ecr.region}, but this run's repository and device policy are in account ${accountId}, ${region}. Leave registry empty for ${defaultRegistryHost(accountId, region)}, or run in the registry's account and region.`, 'registry');
}

;// CONCATENATED MODULE: ./src/doors/github/state.ts

/** The runner's state key (core.saveState): STATE_ggcd-post in the post step's environment. */
const POST_STATE_KEY = 'ggcd-post';
const POST_STATE_VERSION = 1;
const BUILDERS = ['docker', 'buildah', 'podman'];
function encodePostState(state) {
    return JSON.stringify({ version: POST_STATE_VERSION, ...state });
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The saved state; no state at all (nothing was saved) is the empty state. */
function decodePostState(text) {
    if (!text?.trim())
        return { ok: true, state: {} };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { ok: false, problem: 'it is not JSON' };
    }
    if (!isObject(value))
        return { ok: false, problem: 'it is not a JSON object' };
    if (value.version !== POST_STATE_VERSION) {
        return {
            ok: false,
            problem: `its version is ${JSON.stringify(value.version)}, not ${POST_STATE_VERSION}`
        };
    }
    const state = {};
    const { registryAuthDir, logout } = value;
    if (registryAuthDir !== undefined) {
        if (typeof registryAuthDir !== 'string' || registryAuthDir === '') {
            return { ok: false, problem: 'registryAuthDir is not a path' };
        }
        state.registryAuthDir = registryAuthDir;
    }
    if (logout !== undefined) {
        const registry = isObject(logout) ? logout.registry : undefined;
        if (!isObject(logout) ||
            typeof logout.builder !== 'string' ||
            !BUILDERS.includes(logout.builder) ||
            !isObject(registry) ||
            typeof registry.host !== 'string' ||
            registry.host === '' ||
            typeof registry.insecure !== 'boolean') {
            return { ok: false, problem: 'logout is not a builder and a registry' };
        }
        state.logout = {
            builder: logout.builder,
            registry: { host: registry.host, insecure: registry.insecure }
        };
    }
    return { ok: true, state };
}
/** Keeps the values a main step hands over (an empty value takes one back) and saves them. */
class state_PostStateWriter {
    save;
    authDir;
    builder;
    registry;
    constructor(save) {
        this.save = save;
    }
    set(key, value) {
        switch (key) {
            case 'registry-auth-dir':
                this.authDir = value || undefined;
                break;
            case 'logout-builder':
                this.builder = BUILDERS.includes(value) ? value : undefined;
                break;
            case 'logout-registry': {
                // The registry input's form, which the main step read it in.
                const registry = value ? parseRegistry(value) : undefined;
                this.registry = registry?.ok ? registry.value : undefined;
                break;
            }
        }
        this.save(POST_STATE_KEY, encodePostState(this.state()));
    }
    state() {
        return {
            ...(this.authDir ? { registryAuthDir: this.authDir } : {}),
            ...(this.builder && this.registry
                ? { logout: { builder: this.builder, registry: this.registry } }
                : {})
        };
    }
}

;// CONCATENATED MODULE: ./src/doors/github/run-action.ts
// The GitHub Actions door: reads a step's inputs, runs the library's step, sets outputs,
// writes the job summary, and turns failures into annotations. runPost is the door of the
// post steps (registry logout), which GitHub runs from their own small bundle.
//
// @actions/core is loaded when it is first needed, not at start: importing it costs about as
// much as an SDK client (it brings an HTTP client, for OIDC tokens ggcd never asks for), and a
// step needs nothing from it before its first AWS request. Inputs come from the variables the
// runner sets, read as core.getInput reads them.







let loading;
const loadCore = () => (loading ??= __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421)));
/** An input as the runner passes it (INPUT_<NAME>, spaces as underscores) and getInput reads it. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function readInputs(step, env = process.env) {
    const raw = {};
    for (const name of STEP_INPUTS[step])
        raw[name] = getInput(name, env);
    return raw;
}
/**
 * A Reporter on @actions/core that loads it on first use. Calls made while it loads are kept
 * and replayed in order, so a secret is always masked before anything after it is printed.
 */
class ActionsReporter {
    core;
    waiting = [];
    loadRequested = false;
    secrets = [];
    /** @actions/core, once every call made before it loaded has been replayed. */
    async ready() {
        const core = await loadCore();
        if (!this.core) {
            this.core = core;
            for (const call of this.waiting.splice(0))
                call(core);
        }
        return core;
    }
    // core.info prints the text as it is; warning, error, debug and group titles go through
    // @actions/core's command escaping (% \r \n in the data, and : , in properties), so they
    // cannot start a line of their own. This is the one raw way out, hence the one guard.
    // Every line is also redacted here, not only by the runner's masking: what the log shows
    // is then the same in every door, and in files the runner does not mask.
    info(message) {
        this.call(core => core.info(commandFree(this.redact(message))));
    }
    warning(message) {
        this.call(core => core.warning(this.redact(message)));
    }
    debug(message) {
        this.call(core => core.debug(this.redact(message)));
    }
    mask(secret) {
        if (!secret)
            return;
        this.secrets.push(secret);
        this.call(core => core.setSecret(secret));
    }
    /**
     * The text with every masked value replaced, for what the runner's own masking may not
     * reach: the job summary is a file, not the log.
     */
    redact(text) {
        return [...this.secrets]
            .sort((a, b) => b.length - a.length)
            .reduce((acc, s) => acc.split(s).join('***'), text);
    }
    /** State for the post step, saved in order with everything else. */
    saveState(key, value) {
        this.call(core => core.saveState(key, value));
    }
    /** A log group; its title alone does not load @actions/core, the first line in it does. */
    async group(title, fn) {
        this.call(core => core.startGroup(title), false);
        try {
            return await fn();
        }
        finally {
            this.call(core => core.endGroup(), false);
        }
    }
    call(fn, load = true) {
        if (this.core)
            return fn(this.core);
        this.waiting.push(fn);
        if (load && !this.loadRequested) {
            this.loadRequested = true;
            void this.ready();
        }
    }
}
async function runAction(step, runner) {
    const reporter = new ActionsReporter();
    let outcome;
    let failure;
    const stopSignals = handleSignals({
        log: message => reporter.warning(message),
        writeSummary: async (markdown) => writeSummary(await reporter.ready(), markdown),
        exit: code => process.exit(code)
    });
    try {
        const raw = readInputs(step);
        await checkWorkspacePaths(raw, process.env);
        const state = new PostStateWriter((key, value) => reporter.saveState(key, value));
        outcome = await runner(raw, process.env, {
            reporter,
            clock: systemClock,
            saveState: (key, value) => state.set(key, value)
        });
    }
    catch (error) {
        failure = error;
    }
    finally {
        stopSignals();
    }
    const core = await reporter.ready();
    if (outcome) {
        for (const [name, value] of Object.entries(outcome.outputs)) {
            if (value !== undefined)
                core.setOutput(name, value);
        }
        if (outcome.summary)
            await writeSummary(core, reporter.redact(outcome.summary));
        for (const message of shownFailures(outcome.failures))
            core.error(reporter.redact(message));
        if (outcome.failures.length > 0) {
            core.setFailed(`${step}: ${outcome.failures.length} failure(s); see the job summary.`);
        }
    }
    else {
        const summary = summaryOf(failure);
        if (summary)
            await writeSummary(core, reporter.redact(summary));
        reportFailure(core, step, failure, reporter);
    }
}
// Outside a runner (@github/local-action, a test) there may be no summary file, and
// core.summary.write() throws without one: the step's result must not depend on it.
async function writeSummary(core, markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core.info('No job summary written: GITHUB_STEP_SUMMARY is not set.');
        return;
    }
    await core.summary.addRaw(markdown, true).write();
}
function reportFailure(core, step, failure, reporter) {
    const redact = (text) => reporter.redact(text);
    if (failure instanceof ConfigurationError) {
        // One annotation, with a title (setFailed would add a second, untitled copy).
        core.error(redact(failure.message), { title: `${step}: fix the configuration` });
        process.exitCode = 1;
    }
    else if (failure instanceof StepFailure) {
        core.setFailed(redact(failure.message));
    }
    else {
        const e = failure instanceof Error ? failure : new Error(String(failure));
        core.setFailed(redact(`${step} failed: ${e.message}`));
        core.debug(redact(e.stack ?? ''));
    }
}
/** Runs a post step with the state its main step saved; a post step never fails the job. */
async function runPost(post) {
    const reporter = new ActionsReporter();
    const core = await reporter.ready();
    try {
        const saved = decodePostState(core.getState(POST_STATE_KEY));
        if (!saved.ok) {
            core.warning(`Post step: the state the main step saved is unreadable (${saved.problem}); nothing is undone.`);
            return;
        }
        await post(saved.state, { reporter, clock: report_systemClock });
    }
    catch (error) {
        core.warning(`Post step: ${error instanceof Error ? error.message : String(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/doors/github/post.ts
// The post step of build-push and of the root action (both action.yml files name this
// bundle, dist/post/index.js, built from src/entries/post.ts): remove the per-run auth file
// the main step logged in to (and with it the login), or, for state saved without one, log
// the builder out of the registry the main step logged in to. It loads no SDK client, so its
// bundle stays small; with no state (nothing was pushed, or the main step stopped before
// logging in, or cleaned up itself) it does nothing.


async function logoutAfterBuild(state, ctx) {
    const authDir = state.registryAuthDir;
    if (authDir) {
        // The login was only ever in this directory: removing it is the logout.
        if (await removeRegistryAuth(authDir))
            ctx.reporter.info(`Removed the registry login ${authDir}`);
        return;
    }
    if (!state.logout)
        return;
    const { builder, registry } = state.logout;
    if (await registryLogout(builder, registry, undefined, ctx.reporter)) {
        ctx.reporter.info(`Logged out of ${registry.host}`);
    }
}
/** The post step's logic; local-action runs it with `--post ../../src/doors/github/post.ts`. */
async function run() {
    await runPost(logoutAfterBuild);
}


/***/ }),

/***/ 8568:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _doors_github_post_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3631);
// The post step's entry GitHub runs (bundled into dist/post/index.js): post.ts holds the logic.

await (0,_doors_github_post_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8568);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
