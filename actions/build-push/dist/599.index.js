export const id = 599;
export const ids = [599];
export const modules = {

/***/ 5599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DRY_RUN_DIGEST: () => (/* binding */ DRY_RUN_DIGEST),
  REVISION_LABEL: () => (/* binding */ REVISION_LABEL),
  buildPush: () => (/* binding */ buildPush),
  defaultRegistryHost: () => (/* binding */ defaultRegistryHost),
  isTransient: () => (/* binding */ isTransient)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ../../work/main/node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(7593);
// EXTERNAL MODULE: ./actions/toolkit/aws.ts
var aws = __webpack_require__(6783);
// EXTERNAL MODULE: ./actions/toolkit/errors.ts
var errors = __webpack_require__(8319);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./actions/toolkit/process.ts
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
    return new errors/* ConfigurationError */.j1(`The image builder '${command}' was not found${detail ? ` (${detail})` : ' on PATH'}: ${hint}, or choose another with the 'builder' input (docker, buildah or podman).`, 'builder');
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
            const child = (0,external_node_child_process_.spawn)(command, args, {
                cwd: options.cwd,
                env: { ...process.env, ...options.env },
                stdio: ['pipe', 'pipe', 'pipe'],
                shell: false
            });
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
                reject(error.code === 'ENOENT' ? missingProgram(command) : error);
            });
            child.on('close', (code, signal) => {
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

// EXTERNAL MODULE: ./actions/toolkit/report.ts
var report = __webpack_require__(7618);
;// CONCATENATED MODULE: ./actions/toolkit/image.ts
// The image builders — docker (buildx), buildah and podman — behind one interface: log in,
// build and push, report the pushed digest, log out. Each command's arguments come from a
// pure function (like docker/build-push-action's getArgs) so tests can read them exactly.
// The registry password is never an argument: it is masked first and sent on stdin.
//
// Plain-HTTP registries (`insecure`): buildah and podman take `--tls-verify=false` on login
// and push (buildah 1.28's login ignores `insecure = true` in registries.conf, its push
// honours it). Docker has no such flag: its daemon (or the buildx builder's buildkitd.toml)
// must list the registry as insecure, except localhost, which Docker treats as insecure.
//
// Reproducible builds: BuildKit reads SOURCE_DATE_EPOCH from the environment itself; for
// buildah and podman it becomes `--timestamp`. Without it every build of the same commit
// gets a new digest, which is one reason a tag already pushed is reused rather than rebuilt.
//
// Multi-platform builds need emulation for RUN steps (docker/setup-qemu-action, or
// qemu-user-static), and docker needs a buildx builder that supports it
// (docker/setup-buildx-action); the builder's own error says so when it is missing.
//
// Build inputs: a sha256 over what the build can see (the Dockerfile's bytes, and every file
// of the context its ignore file lets through, by path, mode and bytes), the platforms and
// the builder. Same inputs, same image as far as ggcd can tell, so an image already pushed
// for them is reused whatever commit it was built for; see buildInputsDigest.







const DIGEST = /^sha256:[a-f0-9]{64}$/;
// ---------------------------------------------------------------------------------------
// Argument arrays
/** The cheapest command that proves the builder is installed (and, for docker, buildx). */
function checkCommand(kind) {
    return { command: kind, args: kind === 'docker' ? ['buildx', 'version'] : ['--version'] };
}
/** Login; the password is the command's stdin. */
function loginCommand(kind, registry, username) {
    const tls = kind !== 'docker' && registry.insecure ? ['--tls-verify=false'] : [];
    return {
        command: kind,
        args: ['login', '--username', username, '--password-stdin', ...tls, registry.host]
    };
}
function logoutCommand(kind, registry) {
    return { command: kind, args: ['logout', registry.host] };
}
function labelArgs(labels) {
    return Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
}
/** The commands that build the image and push it to every reference, in order. */
function buildCommands(kind, request, options) {
    const { references, platforms } = request;
    if (references.length === 0)
        throw new Error('buildCommands: no image reference to push');
    if (kind === 'docker')
        return [dockerBuild(request, options)];
    const tls = request.insecure ? ['--tls-verify=false'] : [];
    const timestamp = options.sourceDateEpoch ? ['--timestamp', options.sourceDateEpoch] : [];
    const build = kind === 'buildah' ? 'bud' : 'build';
    const common = ['--file', request.dockerfile, ...timestamp, ...labelArgs(request.labels)];
    const digestFile = (i) => ({
        path: (0,external_node_path_.join)(options.workDir, `digest-${i}`),
        format: 'digestfile'
    });
    if (platforms.length <= 1) {
        const platform = platforms.length === 1 ? ['--platform', platforms[0]] : [];
        const tags = references.flatMap(ref => ['--tag', ref]);
        return [
            { command: kind, args: [build, ...common, ...tags, ...platform, request.context] },
            ...references.map((ref, i) => ({
                command: kind,
                args: ['push', ...tls, '--digestfile', digestFile(i).path, ref, `docker://${ref}`],
                digestFile: digestFile(i)
            }))
        ];
    }
    // A manifest list left in local storage by an earlier run (one that failed to push)
    // would otherwise collect this build's images next to the old ones.
    const list = references[0];
    return [
        { command: kind, args: ['manifest', 'rm', list], optional: true },
        {
            command: kind,
            args: [
                build,
                ...common,
                '--platform',
                platforms.join(','),
                '--manifest',
                list,
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
                list,
                `docker://${ref}`
            ],
            digestFile: digestFile(i)
        }))
    ];
}
function dockerBuild(request, options) {
    const metadata = (0,external_node_path_.join)(options.workDir, 'metadata.json');
    const platform = request.platforms.length ? ['--platform', request.platforms.join(',')] : [];
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
            '--push',
            '--metadata-file',
            metadata,
            '--progress',
            'plain',
            request.context
        ],
        digestFile: { path: metadata, format: 'buildx-metadata' }
    };
}
// ---------------------------------------------------------------------------------------
// Digests
/** A digest as a builder wrote it, checked: sha256:<64 hex>, or a StepFailure. */
function parseDigest(text, source) {
    const digest = text.trim();
    if (DIGEST.test(digest))
        return digest;
    const shown = digest.length > 100 ? `${digest.slice(0, 100)}…` : digest;
    throw new errors/* StepFailure */.pH(`${source} holds '${shown}', not an image digest (sha256:<64 hex digits); the push may not have completed.`);
}
/** The digest in the metadata file of `docker buildx build --metadata-file`. */
function parseBuildxMetadata(text, source) {
    let metadata;
    try {
        metadata = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* StepFailure */.pH(`${source} is not JSON (${(0,errors/* errorMessage */.gJ)(error)}); the push may have failed.`);
    }
    const digest = metadata?.['containerimage.digest'];
    if (typeof digest !== 'string') {
        throw new errors/* StepFailure */.pH(`${source} has no containerimage.digest; docker buildx did not report a pushed image.`);
    }
    return parseDigest(digest, `containerimage.digest in ${source}`);
}
/** The last lines of what a failed command wrote, for the error message. */
function outputTail(result, lines = 20) {
    const text = result.stderr.trim() || result.stdout.trim();
    return text.split(/\r?\n/).slice(-lines).join('\n');
}
function createBuilder(kind, runner, reporter, options = {}) {
    // The builder's own convention, read here like BuildKit reads it, not an input.
    const sourceDateEpoch = options.sourceDateEpoch ?? process.env.SOURCE_DATE_EPOCH;
    if (sourceDateEpoch !== undefined && sourceDateEpoch !== '' && !/^\d+$/.test(sourceDateEpoch)) {
        throw new errors/* ConfigurationError */.j1(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. $(git log -1 --format=%ct)); got '${sourceDateEpoch}'.`, 'SOURCE_DATE_EPOCH');
    }
    const show = (c) => `${c.command} ${c.args.join(' ')}`;
    async function run(c, what, options = {}) {
        const log = options.log ?? (line => reporter.info(line));
        log(`$ ${show(c)}`);
        const result = await runner.run(c.command, c.args, { input: options.input, onOutput: log });
        if (result.exitCode !== 0 && !c.optional) {
            throw new errors/* StepFailure */.pH(`${what} failed (${c.command} exited with ${result.exitCode}):\n${outputTail(result)}`);
        }
        return result;
    }
    async function readDigest(file) {
        let text;
        try {
            text = await (0,promises_.readFile)(file.path, 'utf8');
        }
        catch (error) {
            throw new errors/* StepFailure */.pH(`${kind} reported success but wrote no digest to ${file.path} (${(0,errors/* errorMessage */.gJ)(error)}).`);
        }
        return file.format === 'buildx-metadata'
            ? parseBuildxMetadata(text, `${kind}'s metadata file`)
            : parseDigest(text, `${kind}'s digest file`);
    }
    return {
        kind,
        async check() {
            const c = checkCommand(kind);
            const result = await runner.run(c.command, c.args);
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
            await run(loginCommand(kind, registry, username), `Login to ${registry.host}`, {
                input: password,
                log: line => reporter.debug(line)
            });
            reporter.info(`Logged in to ${registry.host} as ${username} with ${kind}`);
        },
        async buildAndPush(request) {
            const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tmpDir ?? (0,external_node_os_.tmpdir)(), 'ggcd-build-'));
            try {
                const plan = buildCommands(kind, request, {
                    workDir,
                    sourceDateEpoch: sourceDateEpoch || undefined
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
                    await run(c, what, c.optional ? { log: line => reporter.debug(line) } : {});
                    if (c.digestFile)
                        digests.push(await readDigest(c.digestFile));
                }
                const digest = digests[0];
                if (!digest)
                    throw new errors/* StepFailure */.pH(`${kind} pushed no image.`);
                if (digests.some(d => d !== digest)) {
                    reporter.warning(`The references got different digests (${digests.join(', ')}); using ${digest}.`);
                }
                return { digest };
            }
            finally {
                await (0,promises_.rm)(workDir, { recursive: true, force: true });
            }
        },
        async logout(registry) {
            await run(logoutCommand(kind, registry), `Logout from ${registry.host}`, {
                log: line => reporter.debug(line)
            });
        }
    };
}
// ---------------------------------------------------------------------------------------
// Build inputs
/** The OCI label that carries the full build-inputs digest (64 hex digits). */
const BUILD_INPUTS_LABEL = 'dev.ggcd.build-inputs';
/** The tag under which an image is findable by its build inputs: this, then 32 hex digits. */
const INPUTS_TAG_PREFIX = 'ggcd-inputs-';
function image_inputsTag(buildInputs) {
    return `${INPUTS_TAG_PREFIX}${buildInputs.slice(0, 32)}`;
}
/**
 * The digest of what a build of `inputs` can see, decided by content only (never by times):
 * the Dockerfile's bytes; every entry of the context that the ignore file lets through (sorted
 * relative path, type, permission bits, and a file's bytes or a link's target); the platforms
 * (as a set) and the builder. Not included: SOURCE_DATE_EPOCH (a timestamp, not an input),
 * the revision label (the commit is what may change without the image changing), and what
 * the Dockerfile pulls by reference (a base image tag that moves upstream is not seen: pin
 * it by digest to make it an input).
 */
async function buildInputsDigest(inputs) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const record = (...fields) => hash.update(`${fields.map(f => JSON.stringify(f)).join(' ')}\n`);
    record('ggcd-build-inputs', 1);
    record('builder', inputs.builder);
    record('platforms', [...new Set(inputs.platforms)].sort().join(','));
    const dockerfile = await (0,promises_.readFile)(inputs.dockerfile);
    record('dockerfile', dockerfile.length);
    hash.update(dockerfile);
    const ignoreFile = await findIgnoreFile(inputs);
    const matcher = new IgnoreMatcher(ignoreFile ? await (0,promises_.readFile)(ignoreFile, 'utf8') : '');
    const entries = [];
    await walkContext(inputs.context, '', matcher, entries, hash, record);
    return { digest: hash.digest('hex'), ignoreFile, entries };
}
/**
 * The ignore file the builder reads: BuildKit prefers <Dockerfile>.dockerignore next to the
 * Dockerfile, buildah and podman prefer .containerignore; then <context>/.dockerignore.
 */
async function findIgnoreFile(inputs) {
    const candidates = inputs.builder === 'docker'
        ? [
            (0,external_node_path_.join)((0,external_node_path_.dirname)(inputs.dockerfile), `${(0,external_node_path_.basename)(inputs.dockerfile)}.dockerignore`),
            (0,external_node_path_.join)(inputs.context, '.dockerignore')
        ]
        : [(0,external_node_path_.join)(inputs.context, '.containerignore'), (0,external_node_path_.join)(inputs.context, '.dockerignore')];
    for (const candidate of candidates) {
        if (await (0,promises_.lstat)(candidate).then(s => s.isFile(), () => false))
            return candidate;
    }
    return undefined;
}
async function walkContext(root, prefix, matcher, entries, hash, record) {
    const names = (await (0,promises_.readdir)((0,external_node_path_.join)(root, prefix))).sort(byCodePoint);
    for (const name of names) {
        const path = prefix ? `${prefix}/${name}` : name;
        const full = (0,external_node_path_.join)(root, path);
        const info = await (0,promises_.lstat)(full);
        const excluded = matcher.excludes(path);
        const mode = info.mode & 0o7777;
        if (info.isDirectory()) {
            if (!excluded) {
                entries.push(`${path}/`);
                record('dir', path, mode);
            }
            // An excluded directory may still hold a file that a `!pattern` lets back in.
            if (!excluded || matcher.mayLetBackIn(path)) {
                await walkContext(root, path, matcher, entries, hash, record);
            }
        }
        else if (excluded) {
            continue;
        }
        else if (info.isSymbolicLink()) {
            entries.push(path);
            record('link', path, mode, await (0,promises_.readlink)(full));
        }
        else if (info.isFile()) {
            entries.push(path);
            const bytes = await (0,promises_.readFile)(full);
            record('file', path, mode, bytes.length);
            hash.update(bytes);
        }
        else {
            entries.push(path);
            record('other', path, mode);
        }
    }
}
function byCodePoint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * .dockerignore as Docker (moby's patternmatcher) reads it: `#` comments, blank lines
 * skipped, each line trimmed and cleaned (`app/` is `app`, a leading `/` dropped); `*` and `?`
 * match within one path segment, `**` any number of segments, `[…]` a character class; `!`
 * lets back in what an earlier line excluded. A line matches a path when it matches the path
 * or one of its parent directories, and the last line that matches decides.
 */
class IgnoreMatcher {
    patterns = [];
    constructor(text) {
        for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
            if (raw.startsWith('#'))
                continue;
            let line = raw.trim();
            if (!line)
                continue;
            const negated = line.startsWith('!');
            if (negated)
                line = line.slice(1).trim();
            line = cleanPath(line);
            if (!line)
                continue;
            const literal = line.slice(0, line.search(/[*?[\\]|$/));
            this.patterns.push({ negated, regex: compilePattern(line), literal });
        }
    }
    /** Whether a `!` line could let back in something under this excluded directory. */
    mayLetBackIn(dir) {
        const slash = `${dir}/`;
        return this.patterns.some(p => p.negated && (p.literal.startsWith(slash) || slash.startsWith(p.literal)));
    }
    /** Whether the path (relative to the context, `/`-separated) is kept out of the build. */
    excludes(path) {
        const segments = path.split('/');
        const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
        let excluded = false;
        for (const { negated, regex } of this.patterns) {
            // As moby: an exclusion only matters for what is not yet excluded, and the reverse.
            if (negated !== excluded)
                continue;
            if (candidates.some(c => regex.test(c)))
                excluded = !negated;
        }
        return excluded;
    }
}
/** Go's filepath.Clean on a `/`-separated relative pattern, with a leading `/` dropped. */
function cleanPath(pattern) {
    const out = [];
    for (const part of pattern.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length && out[out.length - 1] !== '..')
                out.pop();
            else
                out.push('..');
        }
        else
            out.push(part);
    }
    return out.join('/');
}
function compilePattern(pattern) {
    let regex = '^';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*') {
            if (pattern[i + 1] === '*') {
                i++;
                if (pattern[i + 1] === '/')
                    i++;
                regex += i + 1 >= pattern.length ? '.*' : '(.*/)?';
            }
            else
                regex += '[^/]*';
        }
        else if (ch === '?') {
            regex += '[^/]';
        }
        else if (ch === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0) {
                regex += '\\[';
                continue;
            }
            let set = pattern.slice(i + 1, end);
            if (set.startsWith('!') || set.startsWith('^'))
                set = `^${set.slice(1)}`;
            regex += `[${set.replace(/\\/g, '\\\\')}]`;
            i = end;
        }
        else if (ch === '\\' && i + 1 < pattern.length) {
            i++;
            regex += escapeRegex(pattern[i]);
        }
        else {
            regex += escapeRegex(ch);
        }
    }
    return new RegExp(`${regex}$`, 's');
}
function escapeRegex(ch) {
    return /[.+()|{}$^\]\\[*?]/.test(ch) ? `\\${ch}` : ch;
}
/** Logs the builder out of the registry, for the action's post step. Never throws. */
async function registryLogout(builder, registry, runner = spawnRunner, reporter = new report/* MemoryReporter */.f()) {
    try {
        await createBuilder(builder, runner, reporter).logout(registry);
        return true;
    }
    catch (error) {
        reporter.warning(`Could not log ${builder} out of ${registry.host}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return false;
    }
}

// EXTERNAL MODULE: ./actions/toolkit/retry.ts
var retry = __webpack_require__(1376);
;// CONCATENATED MODULE: ./actions/toolkit/ecr.ts
// The build-push step: make sure the ECR repository exists, reuse the image already pushed
// for this tag (a rerun of the same commit neither fails on the immutable tag nor gets a new
// digest) or for the same build inputs (a commit that changed nothing the build sees, e.g.
// docs only), otherwise log in with an ECR token, build, push and report the image by
// digest — the only form the recipe may pin.
//
// Build inputs: every image ggcd pushes carries a second tag, ggcd-inputs-<32 hex> (the start
// of buildInputsDigest: the Dockerfile, the context the build sees, the platforms, the
// builder) and the label dev.ggcd.build-inputs=<64 hex>. Same inputs, same tag, so the tag
// never has to move in an IMMUTABLE repository. An image found by it is reused as it is:
// this commit's tag is not added to it, since that would be a change (ECR PutImage).
//
// Dry run: read-only ECR calls only; no repository is created and no builder runs. When the
// tag or the build inputs' tag already exists its real digest is returned (reused);
// otherwise imageDigest is '' and imageUri carries DRY_RUN_DIGEST (all zeros), so the later
// steps can still render and plan while no one can mistake it for a pushed image.







const DRY_RUN_DIGEST = `sha256:${'0'.repeat(64)}`;
const REVISION_LABEL = 'org.opencontainers.image.revision';
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
    const name = (0,errors/* awsErrorName */.ZH)(error);
    const status = (0,errors/* httpStatus */.nG)(error);
    return (name !== undefined && TRANSIENT.has(name)) || (status !== undefined && status >= 500);
}
function defaultRegistryHost(accountId, region) {
    return `${accountId}.dkr.ecr.${region}.${(0,aws/* dnsSuffixOf */.a4)(region)}`;
}
async function buildPush(inputs, clients, ctx, options = {}) {
    const { reporter } = ctx;
    const { ecr } = clients;
    const { repository, imageTag, accountId, region } = inputs;
    const dryRun = options.dryRun ?? false;
    const registry = inputs.registry ?? {
        host: defaultRegistryHost(accountId, region),
        insecure: false
    };
    const reference = `${registry.host}/${repository}:${imageTag}`;
    const repositoryArn = `arn:${(0,aws/* partitionOf */.iQ)(region)}:ecr:${region}:${accountId}:repository/${repository}`;
    const call = (action, fn) => (0,retry/* withRetry */.b)(ctx, `ecr:${action}`, fn, { retryable: isTransient });
    const fail = (action, error) => ecrFailure(action, error, repositoryArn);
    // Everything the user can get wrong is found before anything is created.
    await checkSources(inputs);
    const builder = createBuilder(inputs.builder, options.runner ?? spawnRunner, reporter);
    const { digest: buildInputs, ignoreFile, entries } = await readBuildInputs(inputs);
    const inputsTag = image_inputsTag(buildInputs);
    const inputsReference = `${registry.host}/${repository}:${inputsTag}`;
    reporter.info(`Build inputs ${buildInputs.slice(0, 12)}…: ${inputs.dockerfile}, ${entries.length} entries of ${inputs.context}${ignoreFile ? ` (through ${ignoreFile})` : ''}${platformsText(inputs.platforms)}, ${inputs.builder}.`);
    reporter.debug(`Build context as the build sees it: ${entries.join(', ')}`);
    const result = (digest, extra) => ({
        imageUri: `${registry.host}/${repository}@${digest}`,
        imageDigest: digest,
        registry: registry.host,
        repository,
        imageTag,
        repositoryCreated: false,
        reused: false,
        buildInputs,
        inputsTag,
        ...extra
    });
    let exists;
    try {
        await call('DescribeRepositories', () => ecr.send(new dist_cjs.DescribeRepositoriesCommand({ registryId: accountId, repositoryNames: [repository] })));
        exists = true;
    }
    catch (error) {
        if ((0,errors/* awsErrorName */.ZH)(error) !== 'RepositoryNotFoundException') {
            throw fail('DescribeRepositories', error);
        }
        exists = false;
    }
    const existingImage = async (tag) => {
        try {
            const found = await call('DescribeImages', () => ecr.send(new dist_cjs.DescribeImagesCommand({
                registryId: accountId,
                repositoryName: repository,
                imageIds: [{ imageTag: tag }]
            })));
            const image = found.imageDetails?.[0];
            const digest = image?.imageDigest;
            if (digest === undefined)
                return undefined;
            if (!DIGEST.test(digest)) {
                throw new errors/* StepFailure */.pH(`ECR reports digest '${digest}' for ${registry.host}/${repository}:${tag}; expected sha256:<64 hex>.`);
            }
            return { digest, tags: image?.imageTags ?? [] };
        }
        catch (error) {
            if ((0,errors/* awsErrorName */.ZH)(error) === 'ImageNotFoundException')
                return undefined;
            if (error instanceof errors/* StepFailure */.pH)
                throw error;
            throw fail('DescribeImages', error);
        }
    };
    if (exists) {
        const digest = (await existingImage(imageTag))?.digest;
        if (digest) {
            reporter.info(`${reference} already exists as ${digest}: reusing it, nothing is built or pushed.`);
            return result(digest, { reused: true, reusedBecause: 'tag' });
        }
        const same = imageTag === inputsTag ? undefined : await existingImage(inputsTag);
        if (same) {
            const builtFor = same.tags.filter(t => !t.startsWith(INPUTS_TAG_PREFIX)).sort();
            const others = builtFor.length ? ` (built for ${builtFor.join(', ')})` : '';
            reporter.info(`${inputsReference} already exists as ${same.digest}${others}: the same build inputs, so it is reused; nothing is built or pushed, and ${imageTag} is not added to it.`);
            return result(same.digest, { reused: true, reusedBecause: 'inputs', builtFor });
        }
    }
    if (dryRun) {
        if (!exists) {
            reporter.info(`Dry run: would create ECR repository ${repository} (scan on push, immutable tags, AES256 encryption).`);
        }
        reporter.info(`Dry run: would build ${reference} with ${inputs.builder}${platformsText(inputs.platforms)} and push it, also as ${inputsTag} (not built); no image has these build inputs yet.`);
        return { ...result(DRY_RUN_DIGEST, {}), imageDigest: '' };
    }
    await builder.check();
    let repositoryCreated = false;
    if (!exists) {
        try {
            await call('CreateRepository', () => ecr.send(new dist_cjs.CreateRepositoryCommand({
                registryId: accountId,
                repositoryName: repository,
                imageScanningConfiguration: { scanOnPush: true },
                imageTagMutability: 'IMMUTABLE',
                encryptionConfiguration: { encryptionType: 'AES256' }
            })));
            repositoryCreated = true;
            reporter.info(`Created ECR repository ${repository} (scan on push, immutable tags, AES256 encryption).`);
        }
        catch (error) {
            // Another run created it between our describe and create: that is what we wanted.
            if ((0,errors/* awsErrorName */.ZH)(error) !== 'RepositoryAlreadyExistsException') {
                throw fail('CreateRepository', error);
            }
            reporter.info(`ECR repository ${repository} was just created by someone else; using it.`);
        }
    }
    const { username, password } = await authorization(ecr, call, reporter);
    await builder.login(registry, username, password);
    // No login is left behind, whatever happens next: it is undone below once the push is over
    // (nothing after it needs the registry), and by the action's post step if this process
    // dies first.
    const runner = options.runner ?? spawnRunner;
    ctx.saveState?.('logout-builder', inputs.builder);
    ctx.saveState?.('logout-registry', `${registry.insecure ? 'http://' : ''}${registry.host}`);
    try {
        return await pushImage();
    }
    finally {
        if (await registryLogout(inputs.builder, registry, runner, reporter)) {
            reporter.info(`Logged out of ${registry.host}`);
            ctx.saveState?.('logout-builder', '');
        }
    }
    async function pushImage() {
        let digest;
        try {
            ;
            ({ digest } = await builder.buildAndPush({
                context: inputs.context,
                dockerfile: inputs.dockerfile,
                platforms: inputs.platforms,
                references: imageTag === inputsTag ? [reference] : [reference, inputsReference],
                labels: { [REVISION_LABEL]: imageTag, [BUILD_INPUTS_LABEL]: buildInputs },
                insecure: registry.insecure
            }));
        }
        catch (error) {
            // A concurrent run of the same commit, or of another with the same build inputs, may
            // have pushed one of the immutable tags first.
            if (!(error instanceof errors/* StepFailure */.pH))
                throw error;
            const refs = [
                [imageTag, reference],
                [inputsTag, inputsReference]
            ];
            for (const [tag, ref] of refs) {
                const pushed = await existingImage(tag).catch(() => undefined);
                if (!pushed)
                    continue;
                reporter.warning(`Our push failed, but ${ref} was pushed meanwhile (by a concurrent run?) as ${pushed.digest}: using it.`);
                return result(pushed.digest, { repositoryCreated });
            }
            throw error;
        }
        reporter.info(`Pushed ${reference}${imageTag === inputsTag ? '' : ` and ${inputsTag}`} as ${digest}`);
        return result(digest, { repositoryCreated });
    }
}
// ---------------------------------------------------------------------------------------
async function checkSources(inputs) {
    const isDir = await (0,promises_.stat)(inputs.context).then(s => s.isDirectory(), () => false);
    if (!isDir) {
        throw new errors/* ConfigurationError */.j1(`Input 'context': '${inputs.context}' is not a directory (relative to ${process.cwd()}); set it to the folder the image is built from, e.g. container.`, 'context');
    }
    const isFile = await (0,promises_.stat)(inputs.dockerfile).then(s => s.isFile(), () => false);
    if (!isFile) {
        throw new errors/* ConfigurationError */.j1(`Input 'dockerfile': '${inputs.dockerfile}' is not a file (relative to ${process.cwd()}); set it to the Dockerfile's path, or leave it empty for <context>/Dockerfile.`, 'dockerfile');
    }
}
async function readBuildInputs(inputs) {
    try {
        return await buildInputsDigest(inputs);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Cannot read the build's inputs (${inputs.dockerfile} and the context ${inputs.context}): ${(0,errors/* errorMessage */.gJ)(error)}. Make every file of the context readable, or keep it out with .dockerignore.`, 'context');
    }
}
/** The registry credentials in an ECR token, masked before anything else happens. */
async function authorization(ecr, call, reporter) {
    let token;
    try {
        const answer = await call('GetAuthorizationToken', () => ecr.send(new dist_cjs.GetAuthorizationTokenCommand({})));
        token = answer.authorizationData?.[0]?.authorizationToken;
    }
    catch (error) {
        throw ecrFailure('GetAuthorizationToken', error, '*');
    }
    if (!token)
        throw new errors/* StepFailure */.pH('ECR GetAuthorizationToken returned no authorization token.');
    reporter.mask(token);
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0 || colon === decoded.length - 1) {
        throw new errors/* StepFailure */.pH('ECR returned an authorization token that is not base64 of <user>:<password>.');
    }
    const password = decoded.slice(colon + 1);
    reporter.mask(password);
    return { username: decoded.slice(0, colon), password };
}
function ecrFailure(action, error, resource) {
    if (error instanceof errors/* ConfigurationError */.j1 || error instanceof errors/* StepFailure */.pH)
        return error;
    const name = (0,errors/* awsErrorName */.ZH)(error) ?? 'error';
    const message = `ECR ${action} failed: ${name}: ${(0,errors/* errorMessage */.gJ)(error)}`;
    if (name === 'AccessDeniedException' || name === 'AccessDenied') {
        return new errors/* ConfigurationError */.j1(`${message}. Allow ecr:${action} on ${resource} for the credentials this run uses (the role of aws-actions/configure-aws-credentials), then rerun.`);
    }
    if (isTransient(error)) {
        return new errors/* StepFailure */.pH(`${message}. ECR kept failing through the retries; rerun the job.`);
    }
    return new errors/* StepFailure */.pH(`${message}. Check the region and the credentials' account, then rerun.`);
}
function platformsText(platforms) {
    return platforms.length ? ` for ${platforms.join(', ')}` : '';
}


/***/ })

};
