export const id = 474;
export const ids = [474];
export const modules = {

/***/ 6474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pipelineClients: () => (/* binding */ pipelineClients),
  runPipeline: () => (/* binding */ runPipeline)
});

// UNUSED EXPORTS: RENDERED_RECIPE

// EXTERNAL MODULE: ../../work/main/node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(8897);
// EXTERNAL MODULE: ../../work/main/node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(7593);
// EXTERNAL MODULE: ../../work/main/node_modules/@aws-sdk/client-greengrassv2/dist-cjs/index.js
var client_greengrassv2_dist_cjs = __webpack_require__(8636);
// EXTERNAL MODULE: ../../work/main/node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6748);
// EXTERNAL MODULE: ../../work/main/node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var client_iot_dist_cjs = __webpack_require__(1739);
// EXTERNAL MODULE: ../../work/main/node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(8975);
// EXTERNAL MODULE: ./actions/toolkit/account.ts
var account = __webpack_require__(1997);
// EXTERNAL MODULE: ./actions/toolkit/aws.ts
var aws = __webpack_require__(6783);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./actions/toolkit/errors.ts
var toolkit_errors = __webpack_require__(8319);
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
    return new toolkit_errors/* ConfigurationError */.j1(`The image builder '${command}' was not found${detail ? ` (${detail})` : ' on PATH'}: ${hint}, or choose another with the 'builder' input (docker, buildah or podman).`, 'builder');
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
    throw new toolkit_errors/* StepFailure */.pH(`${source} holds '${shown}', not an image digest (sha256:<64 hex digits); the push may not have completed.`);
}
/** The digest in the metadata file of `docker buildx build --metadata-file`. */
function parseBuildxMetadata(text, source) {
    let metadata;
    try {
        metadata = JSON.parse(text);
    }
    catch (error) {
        throw new toolkit_errors/* StepFailure */.pH(`${source} is not JSON (${(0,toolkit_errors/* errorMessage */.gJ)(error)}); the push may have failed.`);
    }
    const digest = metadata?.['containerimage.digest'];
    if (typeof digest !== 'string') {
        throw new toolkit_errors/* StepFailure */.pH(`${source} has no containerimage.digest; docker buildx did not report a pushed image.`);
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
        throw new toolkit_errors/* ConfigurationError */.j1(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. $(git log -1 --format=%ct)); got '${sourceDateEpoch}'.`, 'SOURCE_DATE_EPOCH');
    }
    const show = (c) => `${c.command} ${c.args.join(' ')}`;
    async function run(c, what, options = {}) {
        const log = options.log ?? (line => reporter.info(line));
        log(`$ ${show(c)}`);
        const result = await runner.run(c.command, c.args, { input: options.input, onOutput: log });
        if (result.exitCode !== 0 && !c.optional) {
            throw new toolkit_errors/* StepFailure */.pH(`${what} failed (${c.command} exited with ${result.exitCode}):\n${outputTail(result)}`);
        }
        return result;
    }
    async function readDigest(file) {
        let text;
        try {
            text = await (0,promises_.readFile)(file.path, 'utf8');
        }
        catch (error) {
            throw new toolkit_errors/* StepFailure */.pH(`${kind} reported success but wrote no digest to ${file.path} (${(0,toolkit_errors/* errorMessage */.gJ)(error)}).`);
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
                    throw new toolkit_errors/* StepFailure */.pH(`${kind} pushed no image.`);
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
        reporter.warning(`Could not log ${builder} out of ${registry.host}: ${(0,toolkit_errors/* errorMessage */.gJ)(error)}`);
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
    const name = (0,toolkit_errors/* awsErrorName */.ZH)(error);
    const status = (0,toolkit_errors/* httpStatus */.nG)(error);
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
        await call('DescribeRepositories', () => ecr.send(new client_ecr_dist_cjs/* DescribeRepositoriesCommand */.pE_({ registryId: accountId, repositoryNames: [repository] })));
        exists = true;
    }
    catch (error) {
        if ((0,toolkit_errors/* awsErrorName */.ZH)(error) !== 'RepositoryNotFoundException') {
            throw fail('DescribeRepositories', error);
        }
        exists = false;
    }
    const existingImage = async (tag) => {
        try {
            const found = await call('DescribeImages', () => ecr.send(new client_ecr_dist_cjs/* DescribeImagesCommand */.ji5({
                registryId: accountId,
                repositoryName: repository,
                imageIds: [{ imageTag: tag }]
            })));
            const image = found.imageDetails?.[0];
            const digest = image?.imageDigest;
            if (digest === undefined)
                return undefined;
            if (!DIGEST.test(digest)) {
                throw new toolkit_errors/* StepFailure */.pH(`ECR reports digest '${digest}' for ${registry.host}/${repository}:${tag}; expected sha256:<64 hex>.`);
            }
            return { digest, tags: image?.imageTags ?? [] };
        }
        catch (error) {
            if ((0,toolkit_errors/* awsErrorName */.ZH)(error) === 'ImageNotFoundException')
                return undefined;
            if (error instanceof toolkit_errors/* StepFailure */.pH)
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
            await call('CreateRepository', () => ecr.send(new client_ecr_dist_cjs/* CreateRepositoryCommand */.WTe({
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
            if ((0,toolkit_errors/* awsErrorName */.ZH)(error) !== 'RepositoryAlreadyExistsException') {
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
            if (!(error instanceof toolkit_errors/* StepFailure */.pH))
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
        throw new toolkit_errors/* ConfigurationError */.j1(`Input 'context': '${inputs.context}' is not a directory (relative to ${process.cwd()}); set it to the folder the image is built from, e.g. container.`, 'context');
    }
    const isFile = await (0,promises_.stat)(inputs.dockerfile).then(s => s.isFile(), () => false);
    if (!isFile) {
        throw new toolkit_errors/* ConfigurationError */.j1(`Input 'dockerfile': '${inputs.dockerfile}' is not a file (relative to ${process.cwd()}); set it to the Dockerfile's path, or leave it empty for <context>/Dockerfile.`, 'dockerfile');
    }
}
async function readBuildInputs(inputs) {
    try {
        return await buildInputsDigest(inputs);
    }
    catch (error) {
        throw new toolkit_errors/* ConfigurationError */.j1(`Cannot read the build's inputs (${inputs.dockerfile} and the context ${inputs.context}): ${(0,toolkit_errors/* errorMessage */.gJ)(error)}. Make every file of the context readable, or keep it out with .dockerignore.`, 'context');
    }
}
/** The registry credentials in an ECR token, masked before anything else happens. */
async function authorization(ecr, call, reporter) {
    let token;
    try {
        const answer = await call('GetAuthorizationToken', () => ecr.send(new client_ecr_dist_cjs/* GetAuthorizationTokenCommand */.Eu6({})));
        token = answer.authorizationData?.[0]?.authorizationToken;
    }
    catch (error) {
        throw ecrFailure('GetAuthorizationToken', error, '*');
    }
    if (!token)
        throw new toolkit_errors/* StepFailure */.pH('ECR GetAuthorizationToken returned no authorization token.');
    reporter.mask(token);
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0 || colon === decoded.length - 1) {
        throw new toolkit_errors/* StepFailure */.pH('ECR returned an authorization token that is not base64 of <user>:<password>.');
    }
    const password = decoded.slice(colon + 1);
    reporter.mask(password);
    return { username: decoded.slice(0, colon), password };
}
function ecrFailure(action, error, resource) {
    if (error instanceof toolkit_errors/* ConfigurationError */.j1 || error instanceof toolkit_errors/* StepFailure */.pH)
        return error;
    const name = (0,toolkit_errors/* awsErrorName */.ZH)(error) ?? 'error';
    const message = `ECR ${action} failed: ${name}: ${(0,toolkit_errors/* errorMessage */.gJ)(error)}`;
    if (name === 'AccessDeniedException' || name === 'AccessDenied') {
        return new toolkit_errors/* ConfigurationError */.j1(`${message}. Allow ecr:${action} on ${resource} for the credentials this run uses (the role of aws-actions/configure-aws-credentials), then rerun.`);
    }
    if (isTransient(error)) {
        return new toolkit_errors/* StepFailure */.pH(`${message}. ECR kept failing through the retries; rerun the job.`);
    }
    return new toolkit_errors/* StepFailure */.pH(`${message}. Check the region and the credentials' account, then rerun.`);
}
function platformsText(platforms) {
    return platforms.length ? ` for ${platforms.join(', ')}` : '';
}

// EXTERNAL MODULE: ../../work/main/node_modules/yaml/dist/index.js
var dist = __webpack_require__(7207);
// EXTERNAL MODULE: ../../work/main/node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(6305);
// EXTERNAL MODULE: ./actions/toolkit/inputs.ts + 1 modules
var toolkit_inputs = __webpack_require__(5817);
;// CONCATENATED MODULE: ./actions/toolkit/deployment.ts
// The deployment file (recipe/deployment.yaml): the user's defaults for every deployment the
// toolkit creates — targets, name, policies and IoT job rollout — in the CreateDeployment
// API's own member names. The toolkit fills in the components, so the file never lists them.
// It is read strictly: an unknown or misspelt key would otherwise be silently ignored and the
// devices would run with a policy the user never chose.





const deployment_int = (min, max) => {
    const range = max === undefined ? `at least ${min}` : `from ${min} to ${max}`;
    const n = schemas/* number */.aig({ error: `must be a whole number ${range}` })
        .int({ error: `must be a whole number ${range}` })
        .min(min, { error: `must be ${range}` });
    return max === undefined ? n : n.max(max, { error: `must be ${range}` });
};
const oneOf = (values) => schemas/* enum */.k5n(values, { error: `must be one of ${values.join(', ')}` });
// Mirrors the CreateDeployment members (ranges from the API model), so that a mistake is
// reported here with its line rather than by the API after the component version exists.
const schema = schemas/* strictObject */.rej({
    deploymentName: schemas/* string */.YjP({ error: 'must be a string' })
        .min(1, { error: 'must not be empty' })
        .optional(),
    targets: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())], {
        error: 'must be a list of targets (thing names, thing/<name>, thinggroup/<name> or ARNs)'
    })
        .optional(),
    deploymentPolicies: schemas/* strictObject */.rej({
        failureHandlingPolicy: oneOf(['ROLLBACK', 'DO_NOTHING']).optional(),
        componentUpdatePolicy: schemas/* strictObject */.rej({
            timeoutInSeconds: deployment_int(1).optional(),
            action: oneOf(['NOTIFY_COMPONENTS', 'SKIP_NOTIFY_COMPONENTS']).optional()
        })
            .optional(),
        configurationValidationPolicy: schemas/* strictObject */.rej({ timeoutInSeconds: deployment_int(1).optional() })
            .optional()
    })
        .optional(),
    iotJobConfiguration: schemas/* strictObject */.rej({
        jobExecutionsRolloutConfig: schemas/* strictObject */.rej({
            exponentialRate: schemas/* strictObject */.rej({
                baseRatePerMinute: deployment_int(1, 1000),
                incrementFactor: schemas/* number */.aig({ error: 'must be a number from 1.1 to 5' })
                    .min(1.1, { error: 'must be from 1.1 to 5' })
                    .max(5, { error: 'must be from 1.1 to 5' }),
                rateIncreaseCriteria: schemas/* strictObject */.rej({
                    numberOfNotifiedThings: deployment_int(1).optional(),
                    numberOfSucceededThings: deployment_int(1).optional()
                })
                    .refine(c => (c.numberOfNotifiedThings === undefined) !==
                    (c.numberOfSucceededThings === undefined), {
                    error: 'needs exactly one of numberOfNotifiedThings or numberOfSucceededThings'
                })
            })
                .optional(),
            maximumPerMinute: deployment_int(1, 1000).optional()
        })
            .optional(),
        abortConfig: schemas/* strictObject */.rej({
            criteriaList: schemas/* array */.YOg(schemas/* strictObject */.rej({
                failureType: oneOf(['FAILED', 'REJECTED', 'TIMED_OUT', 'ALL']),
                action: oneOf(['CANCEL']),
                thresholdPercentage: schemas/* number */.aig({ error: 'must be a number from 0 to 100' })
                    .min(0, { error: 'must be from 0 to 100' })
                    .max(100, { error: 'must be from 0 to 100' }),
                minNumberOfExecutedThings: deployment_int(1)
            }))
                .min(1, { error: 'must list at least one criterion' })
        })
            .optional(),
        timeoutConfig: schemas/* strictObject */.rej({ inProgressTimeoutInMinutes: deployment_int(1).optional() }).optional()
    })
        .optional()
});
// Keys a user copying the seed's cli-deployment.json may bring along, and what to do instead.
const KEY_HINTS = {
    components: 'the toolkit fills in the components from the recipe and keeps the other components of the target’s current deployment; remove it',
    targetArn: "use 'targets' (a list), or the 'targets' input",
    parentTargetArn: 'the toolkit does not create subdeployments; remove it',
    tags: 'the toolkit does not tag deployments; remove it'
};
const KNOWN_KEYS = [
    'deploymentName',
    'targets',
    'deploymentPolicies',
    'failureHandlingPolicy',
    'componentUpdatePolicy',
    'timeoutInSeconds',
    'action',
    'configurationValidationPolicy',
    'iotJobConfiguration',
    'jobExecutionsRolloutConfig',
    'exponentialRate',
    'baseRatePerMinute',
    'incrementFactor',
    'rateIncreaseCriteria',
    'numberOfNotifiedThings',
    'numberOfSucceededThings',
    'maximumPerMinute',
    'abortConfig',
    'criteriaList',
    'failureType',
    'thresholdPercentage',
    'minNumberOfExecutedThings',
    'timeoutConfig',
    'inProgressTimeoutInMinutes'
];
function hintFor(key) {
    if (KEY_HINTS[key])
        return KEY_HINTS[key];
    const near = KNOWN_KEYS.find(k => k.toLowerCase() === key.toLowerCase());
    return near ? `did you mean '${near}'? (keys are case-sensitive)` : 'remove it';
}
function pathText(path) {
    return path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
        .join('');
}
/** Locates a value (or, with `key`, the key itself) in the YAML source, as file:line. */
class Locator {
    file;
    doc;
    lines;
    constructor(file, doc, lines) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
    }
    at(path, key) {
        let offset;
        const node = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
        if (key !== undefined && (0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find(p => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
            if (pair && (0,dist/* isScalar */.jn)(pair.key))
                offset = pair.key.range?.[0];
        }
        if (offset === undefined && node && typeof node === 'object' && 'range' in node) {
            offset = node.range?.[0];
        }
        return offset === undefined ? this.file : `${this.file}:${this.lines.linePos(offset).line}`;
    }
}
/**
 * Reads and validates the deployment file. With a reporter, warns about choices that hurt
 * devices (DO_NOTHING on failure).
 */
async function readDeploymentFile(path, reporter) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw new toolkit_errors/* ConfigurationError */.j1(missing
            ? `Input 'deployment': the deployment file ${path} does not exist. Create it (targets, deploymentPolicies, iotJobConfiguration; see recipe/deployment.yaml in the toolkit's README) or point 'deployment' at yours.`
            : `Input 'deployment': cannot read ${path}: ${(0,toolkit_errors/* errorMessage */.gJ)(error)}`, 'deployment');
    }
    return parseDeploymentFile(text, path, reporter);
}
/** The same as readDeploymentFile, for text already in hand; `file` names it in messages. */
function parseDeploymentFile(text, file, reporter) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length > 0) {
        const problems = doc.errors.map(e => {
            const line = lines.linePos(e.pos[0]).line;
            return `${file}${line ? `:${line}` : ''}: not valid YAML: ${e.message.split('\n')[0]}`;
        });
        throw new toolkit_errors/* ConfigurationError */.j1(problems.join('\n'), file);
    }
    const where = new Locator(file, doc, lines);
    const data = doc.toJS() ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new toolkit_errors/* ConfigurationError */.j1(`${file}: must be a mapping with targets, deploymentName, deploymentPolicies and iotJobConfiguration.`, file);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
        const problems = parsed.error.issues.flatMap(issue => {
            if (issue.code === 'unrecognized_keys') {
                return issue.keys.map(key => `${where.at(issue.path, key)}: unknown key '${pathText([...issue.path, key])}': ${hintFor(key)}.`);
            }
            return [`${where.at(issue.path)}: '${pathText(issue.path)}' ${issue.message}.`];
        });
        throw new toolkit_errors/* ConfigurationError */.j1(problems.join('\n'), file);
    }
    const { targets: rawTargets, ...rest } = parsed.data;
    const targets = readTargets(rawTargets, where);
    const result = { ...rest, targets };
    if (result.deploymentPolicies?.failureHandlingPolicy === 'DO_NOTHING') {
        reporter?.warning(`${where.at(['deploymentPolicies', 'failureHandlingPolicy'])}: failureHandlingPolicy is DO_NOTHING: a device that fails to run the new version keeps the broken component. ROLLBACK (the API's default) restores the previous deployment.`);
    }
    return result;
}
function readTargets(raw, where) {
    if (raw === undefined)
        return [];
    const parsed = (0,toolkit_inputs/* parseTargets */.Sx)(Array.isArray(raw) ? raw.join('\n') : raw);
    if (parsed.ok)
        return parsed.value;
    const bad = /^'([^']*)'/.exec(parsed.message)?.[1];
    const index = Array.isArray(raw) && bad !== undefined ? raw.findIndex(t => t.trim() === bad) : -1;
    const at = where.at(index >= 0 ? ['targets', index] : ['targets']);
    throw new toolkit_errors/* ConfigurationError */.j1(`${at}: 'targets' has ${parsed.message}.`, where.file);
}

;// CONCATENATED MODULE: ./actions/toolkit/data.ts
// Comparing values as data: what the steps use to decide "nothing changed" (a recipe, a
// deployment, a policy document) and to say where two values differ. Key order, undefined
// members and how a date is held do not count; array order does.
/** The value with object keys sorted, undefined members dropped and Dates as ISO strings. */
function sortedKeys(value) {
    if (value instanceof Date)
        return value.toISOString();
    if (Array.isArray(value))
        return value.map(sortedKeys);
    if (typeof value === 'object' && value !== null) {
        return Object.fromEntries(Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => [k, sortedKeys(v)]));
    }
    return value;
}
/** JSON with sorted keys: two values are the same data exactly when these strings are equal. */
function canonicalJson(value) {
    return JSON.stringify(sortedKeys(value)) ?? 'undefined';
}
function sameData(a, b) {
    return canonicalJson(a) === canonicalJson(b);
}
/**
 * Where two values first differ, as a path such as `Manifests[0].Lifecycle.Run` ('(top level)'
 * for the values themselves), for a message the user can act on; undefined when they are the
 * same data.
 */
function firstDifference(a, b) {
    return differenceAt(a, b, '');
}
function differenceAt(a, b, path) {
    if (sameData(a, b))
        return undefined;
    const here = path || '(top level)';
    if (Array.isArray(a) && Array.isArray(b)) {
        for (let i = 0; i < Math.max(a.length, b.length); i++) {
            const d = differenceAt(a[i], b[i], `${path}[${i}]`);
            if (d)
                return d;
        }
        return here;
    }
    if (!isRecord(a) || !isRecord(b))
        return here;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
        const d = differenceAt(a[key], b[key], path ? `${path}.${key}` : key);
        if (d)
            return d;
    }
    return here;
}
function isRecord(value) {
    return (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date));
}
/** JSON.parse, or the parser's message and the line it points at, for a `file:line` error. */
function parseJson(text) {
    try {
        return { value: JSON.parse(text) };
    }
    catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\(line \d+ column \d+\)$/, '');
        const at = /at position (\d+)/.exec(message);
        const line = at
            ? text.slice(0, Number(at[1])).split('\n').length
            : text.trimEnd().split('\n').length;
        return { error: message, line };
    }
}

// EXTERNAL MODULE: ./actions/toolkit/counts.ts
var counts = __webpack_require__(1100);
;// CONCATENATED MODULE: ./actions/toolkit/fleet.ts
// Fleet scale: a deployment to a thing group is an AWS IoT job, and AWS already runs its
// rollout (rate, abort criteria, timeouts) over the whole fleet. So a large group is watched
// through its job: one DescribeJob per poll gives the aggregate counts whatever the fleet's
// size, and only failed executions are listed, a few at a time and capped. Nothing here
// loops over the devices of a group.



// Re-exported for the callers that think of them as part of the fleet rollout.

/** At most `limit` calls of `fn` at a time, in order of `items`. After a failure no new call
 * starts; the calls in flight settle, then the first error is thrown. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (!failure && next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i], i);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure)
        throw failure.error;
    return results;
}
/** Failed executions listed per deployment, at most. */
const LISTED_FAILURES = 20;
const FAILED_STATUSES = ['FAILED', 'TIMED_OUT', 'REJECTED'];
/** What we know of one deployment's IoT job. */
class JobWatch {
    iot;
    ctx;
    jobId;
    counts;
    status;
    /** The failed executions listed so far: thing name → execution status. */
    listed = new Map();
    seen = {};
    tokens = {};
    constructor(iot, ctx, jobId) {
        this.iot = iot;
        this.ctx = ctx;
        this.jobId = jobId;
    }
    /** One DescribeJob: the aggregate counts and the job's status. */
    async poll() {
        const { job } = await (0,retry/* withRetry */.b)(this.ctx, `DescribeJob ${this.jobId}`, () => this.iot.send(new client_iot_dist_cjs/* DescribeJobCommand */.cPL({ jobId: this.jobId })));
        this.counts = (0,counts/* jobCounts */.O0)(job?.jobProcessDetails);
        this.status = job?.status;
    }
    /**
     * At most one ListJobExecutionsForJob page, and only when a failure count grew beyond what
     * was listed, until LISTED_FAILURES are listed. Returns the things newly listed.
     */
    async listNewFailures() {
        if (!this.counts || this.listed.size >= LISTED_FAILURES)
            return [];
        const countOf = {
            FAILED: this.counts.failed,
            TIMED_OUT: this.counts.timedOut,
            REJECTED: this.counts.rejected
        };
        const status = FAILED_STATUSES.find(s => countOf[s] > (this.seen[s] ?? 0));
        if (!status)
            return [];
        const page = await (0,retry/* withRetry */.b)(this.ctx, `ListJobExecutionsForJob ${this.jobId}`, () => this.iot.send(new client_iot_dist_cjs/* ListJobExecutionsForJobCommand */.OnS({
            jobId: this.jobId,
            status,
            maxResults: LISTED_FAILURES - this.listed.size,
            nextToken: this.tokens[status]
        })));
        this.tokens[status] = page.nextToken;
        // Without a next page everything of this status so far is listed.
        if (!page.nextToken)
            this.seen[status] = countOf[status];
        const added = [];
        for (const e of page.executionSummaries ?? []) {
            const thing = e.thingArn?.slice(e.thingArn.lastIndexOf('/') + 1);
            if (!thing || this.listed.has(thing) || this.listed.size >= LISTED_FAILURES)
                continue;
            this.listed.set(thing, e.jobExecutionSummary?.status ?? status);
            added.push(thing);
        }
        return added;
    }
}

// EXTERNAL MODULE: ../../work/main/node_modules/semver/index.js
var semver = __webpack_require__(776);
;// CONCATENATED MODULE: ./actions/toolkit/template.ts
// Placeholders in the user's templates (recipe and policy). GDK's {COMPONENT_NAME} style,
// strictly: an unknown {UPPER_SNAKE} name is an error naming file, line and placeholder, and
// a documentation placeholder left in (`<YOUR AWS ACCOUNT>`, `<ACCOUNT>`, `<Account ID>`) is
// an error with a hint. Lower-case words (`<account>`, `<region>`) stay allowed: the shipped
// templates' comments use them to describe values.
// Greengrass's own recipe variables ({iot:thingName}, {configuration:/x}, …) pass through,
// and so does a {NAME} right after a `$`: `${HOME}` or `${AWS_REGION}` in a lifecycle script
// is the shell's parameter expansion, which the device fills in when the script runs, so
// replacing it here would freeze a value the device should choose.


const PLACEHOLDER = /(?<!\$)\{([A-Z][A-Z0-9_]*)\}/g;
// Three forms: anything that starts with 'your'; upper-case words (`<REGION>`, `<AWS ACCOUNT>`,
// `<ACCOUNT_ID>`); Title Case words, two or more (`<Account ID>`). The upper-case form allows
// single spaces between words only and never follows a '<', so that shell redirections and
// here-documents in a lifecycle script (`sort <IN >OUT`, `cat <<EOF>file`) are not taken for
// placeholders.
const DOC_PLACEHOLDER = /<\s*(?:YOUR|your|Your)[^<>\n]*>|(?<!<)<[A-Z][A-Z0-9_-]*(?: [A-Z0-9_-]+)*>|<[A-Z][A-Za-z0-9]*(?:[ _-][A-Z][A-Za-z0-9]*)+>/g;
function renderTemplate(text, values, options) {
    const problems = [];
    const lines = text.split('\n');
    const rendered = lines.map((line, i) => {
        const where = `${options.file}:${i + 1}`;
        for (const m of line.matchAll(DOC_PLACEHOLDER)) {
            problems.push(`${where}: '${m[0]}' is a documentation placeholder left in the template; use a toolkit placeholder such as ${template_hintFor(m[0])} instead.`);
        }
        return line.replace(PLACEHOLDER, (whole, name) => {
            const value = values[name];
            if (value === undefined) {
                problems.push(`${where}: unknown placeholder ${whole}; known: ${Object.keys(values)
                    .sort()
                    .map(k => `{${k}}`)
                    .join(', ')}. Pass other values through the 'variables' input as ${name}=<value>.`);
                return whole;
            }
            return options.json ? JSON.stringify(value).slice(1, -1) : value;
        });
    });
    if (problems.length > 0)
        throw new toolkit_errors/* ConfigurationError */.j1(problems.join('\n'), options.file);
    return rendered.join('\n');
}
// Words a documentation placeholder may contain, and the toolkit placeholder each stands for;
// the first that matches wins, so `<IMAGE REPOSITORY>` gets {ECR_REPOSITORY} and
// `<COMPONENT VERSION>` {COMPONENT_VERSION}. The first six match inside a word too, as
// `<YOURACCOUNTID>` needs; the others only as whole words, so that `<AUTHORIZATION TOKEN>` is
// not taken for the author.
const HINTS = [
    [/ACCOUNT/, '{AWS_ACCOUNT_ID}'],
    [/REGION/, '{AWS_REGION}'],
    [/PARTITION/, '{AWS_PARTITION}'],
    [/TABLE/, '{TABLE_NAME}'],
    [/REPO/, '{ECR_REPOSITORY}'],
    [/IMAGE/, '{IMAGE_URI}'],
    [/\bREGISTRY\b/, '{ECR_REGISTRY}'],
    [/\bDIGEST\b/, '{IMAGE_URI}'],
    [/\bROLE\b/, '{ROLE_NAME}'],
    [/\bVERSION\b/, '{COMPONENT_VERSION}'],
    [/\b(?:AUTHOR|PUBLISHER)\b/, '{COMPONENT_AUTHOR}'],
    [/\bCOMPONENT\b/, '{COMPONENT_NAME}']
];
function template_hintFor(doc) {
    // Upper case with the words apart, whatever the author wrote between them:
    // `<Role_Name>`, `<roleName>` and `<ROLE-NAME>` all read ' ROLE NAME '.
    const words = doc
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, ' ');
    const hint = HINTS.find(([keyword]) => keyword.test(words));
    return hint ? hint[1] : '{AWS_ACCOUNT_ID}, {AWS_REGION} or a variables entry';
}
/** The line (1-based) on which `needle` first appears, for error messages. */
function lineOf(text, needle) {
    const at = text.indexOf(needle);
    return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}
/** The values every template may use; a `variables` entry may add names, not shadow these. */
function templateValues(c) {
    const builtIn = {
        AWS_ACCOUNT_ID: c.accountId,
        AWS_REGION: c.region,
        AWS_PARTITION: (0,aws/* partitionOf */.iQ)(c.region),
        ECR_REGISTRY: c.registry,
        ECR_REPOSITORY: c.repository,
        IMAGE_URI: c.imageUri,
        TABLE_NAME: c.tableName,
        ROLE_NAME: c.roleName,
        COMPONENT_NAME: c.componentName,
        COMPONENT_VERSION: c.componentVersion,
        COMPONENT_AUTHOR: c.componentAuthor
    };
    const clash = Object.keys(c.variables).filter(k => k in builtIn);
    if (clash.length > 0) {
        throw new toolkit_errors/* ConfigurationError */.j1(`Input 'variables' sets ${clash.join(', ')}, which the toolkit fills in itself; use the matching input instead (e.g. table-name for TABLE_NAME).`, 'variables');
    }
    const values = {};
    for (const [k, v] of Object.entries(builtIn))
        if (v !== undefined)
            values[k] = v;
    return { ...values, ...c.variables };
}

;// CONCATENATED MODULE: ./actions/toolkit/recipe.ts
// The render-recipe step: turns the user's recipe template into the recipe that is deployed.
// It fills in the placeholders, resolves component-version 'auto' (a new patch version only
// when the rendered recipe differs from the latest version's, so a rerun creates nothing),
// and checks the result for the mistakes that otherwise surface only on a device: an image
// not pinned by digest, a missing Docker or token exchange dependency, a container that
// cannot reach the credentials. The parsing and checking helpers serve the deploy step too.











/** Greengrass refuses larger recipes; GDK enforces the same number of bytes. */
const RECIPE_SIZE_LIMIT = 16_000;
/**
 * What {COMPONENT_AUTHOR} becomes. GDK takes it from its config file, which this toolkit has
 * no equivalent of; a user who wants their own publisher writes it in the template.
 */
const COMPONENT_AUTHOR = 'ggcd';
const RECIPE_FORMAT_VERSION = '2020-01-25';
const FIRST_VERSION = '1.0.0';
const DOCKER_MANAGER = 'aws.greengrass.DockerApplicationManager';
const TOKEN_EXCHANGE = 'aws.greengrass.TokenExchangeService';
const ECR_HOST = /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;
const CREDENTIALS_VARIABLES = [
    'AWS_CONTAINER_AUTHORIZATION_TOKEN',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI'
];
// Stand-ins for a first rendering that only reads the template's own name and checks it,
// before any AWS call; never deployed.
const NAME_PROBE = 'ggcd.component-name-input-is-empty';
const VERSION_PROBE = '0.0.0';
/**
 * Reads the recipe template and checks everything the user can get wrong in it, without
 * AWS: the pipeline calls it before it builds anything, so that a template mistake changes
 * nothing anywhere.
 */
async function prepareRecipe(inputs, reporter) {
    const file = inputs.recipe;
    const format = formatOf(file);
    const template = await readTemplate(file);
    const image = toolkit_inputs/* IMAGE_URI */.Rx.exec(inputs.imageUri);
    if (!image) {
        throw new toolkit_errors/* ConfigurationError */.j1(`Input 'image-uri' must be <registry>/<repository>@sha256:<64 hex digits>, as build-push outputs it; got '${inputs.imageUri}'.`, 'image-uri');
    }
    const registry = image[1];
    const imageRepository = image[2];
    if (imageRepository !== inputs.repository) {
        reporter.warning(`image-uri is in repository '${imageRepository}' but the repository input is '${inputs.repository}', which the device policy grants pull on; the devices may be denied the image. Pass the same repository to both.`);
    }
    const values = templateValues({
        accountId: inputs.accountId,
        region: inputs.region,
        repository: inputs.repository,
        tableName: inputs.tableName,
        roleName: inputs.roleName,
        registry,
        imageUri: inputs.imageUri,
        componentAuthor: COMPONENT_AUTHOR,
        variables: inputs.variables
    });
    const render = (name, version) => {
        const text = renderTemplate(template, { ...values, COMPONENT_NAME: name, COMPONENT_VERSION: version }, { file, json: format === 'json' });
        return { text, recipe: parseRecipe(text, file) };
    };
    const check = (r) => validateRecipe(r.recipe, { file, templateText: template, text: r.text, registries: [registry] });
    const explicit = inputs.componentVersion === 'auto' ? undefined : inputs.componentVersion;
    const componentName = resolveName(render(inputs.componentName ?? NAME_PROBE, VERSION_PROBE), {
        file,
        template,
        input: inputs.componentName
    });
    // Everything the user can get wrong is reported here, before any AWS call.
    check(render(componentName, explicit ?? VERSION_PROBE));
    return { file, format, template, componentName, explicit, render, check };
}
async function renderRecipe(inputs, clients, ctx, options = {}) {
    const { reporter } = ctx;
    const { file, format, template, componentName, explicit, render, check } = await prepareRecipe(inputs, reporter);
    let componentVersion;
    let versionReused = false;
    let latestVersion;
    let final;
    if (explicit) {
        componentVersion = explicit;
        final = render(componentName, explicit);
    }
    else {
        const componentArn = `arn:${(0,aws/* partitionOf */.iQ)(inputs.region)}:greengrass:${inputs.region}:${inputs.accountId}:components:${componentName}`;
        const versions = await listVersions(clients.greengrass, componentArn, ctx);
        latestVersion = latest(versions);
        if (!latestVersion) {
            reporter.info(`Component ${componentName} has no versions yet: this is ${FIRST_VERSION}.`);
            componentVersion = FIRST_VERSION;
            final = render(componentName, FIRST_VERSION);
        }
        else {
            const candidate = render(componentName, latestVersion);
            const stored = await latestRecipe(clients.greengrass, `${componentArn}:versions:${latestVersion}`, format, ctx);
            if (stored !== undefined && recipesEqual(candidate.recipe, stored)) {
                reporter.info(`The rendered recipe equals that of ${componentName} ${latestVersion}, the latest version: reusing it.`);
                componentVersion = latestVersion;
                versionReused = true;
                final = candidate;
            }
            else {
                componentVersion = semver.inc(latestVersion, 'patch');
                reporter.info(`The recipe differs from that of ${componentName} ${latestVersion}, the latest version: this is ${componentVersion}.`);
                final = render(componentName, componentVersion);
            }
        }
    }
    requireVersion(final.recipe, componentVersion, { file, template, explicit: !!explicit });
    check(final);
    if (options.write ?? true)
        await writeOutput(inputs.output, final.text);
    reporter.info(`Rendered ${file} as ${componentName} ${componentVersion} (${Buffer.byteLength(final.text)} bytes)${(options.write ?? true) ? ` into ${inputs.output}` : ''}.`);
    return {
        recipePath: inputs.output,
        componentName,
        componentVersion,
        recipe: final.text,
        versionReused,
        latestVersion
    };
}
// ---------------------------------------------------------------------------------------
// Reading, writing and names
function formatOf(file) {
    const ext = (0,external_node_path_.extname)(file).toLowerCase();
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    throw new toolkit_errors/* ConfigurationError */.j1(`Input 'recipe': ${file} must be a YAML (.yaml, .yml) or JSON (.json) recipe template; the extension says which.`, 'recipe');
}
async function readTemplate(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw new toolkit_errors/* ConfigurationError */.j1(missing
            ? `Input 'recipe': ${file} does not exist (relative to ${process.cwd()}). Point 'recipe' at the recipe template, e.g. recipe/recipe.yaml.`
            : `Input 'recipe': cannot read ${file}: ${(0,toolkit_errors/* errorMessage */.gJ)(error)}`, 'recipe');
    }
}
async function writeOutput(path, text) {
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, text, 'utf8');
    }
    catch (error) {
        throw new toolkit_errors/* ConfigurationError */.j1(`Input 'output': cannot write the rendered recipe to ${path}: ${(0,toolkit_errors/* errorMessage */.gJ)(error)}. Choose a writable path.`, 'output');
    }
}
function resolveName(probe, c) {
    const written = field(probe.recipe, 'ComponentName');
    const where = at(c.file, c.template, 'ComponentName');
    if (c.input !== undefined) {
        if (typeof written === 'string' && written !== c.input) {
            throw new toolkit_errors/* ConfigurationError */.j1(`${where}: ComponentName is '${written}' but the component-name input is '${c.input}'. Write ComponentName: '{COMPONENT_NAME}' so that the input fills it in, or leave component-name empty.`, c.file);
        }
        return c.input;
    }
    if (written === NAME_PROBE) {
        throw new toolkit_errors/* ConfigurationError */.j1(`${where}: ComponentName is '{COMPONENT_NAME}' but the component-name input is empty. Set component-name, or write the name in the template, e.g. ComponentName: com.example.AccessDynamoDb.`, 'component-name');
    }
    if (typeof written !== 'string' || !COMPONENT_NAME.test(written)) {
        // validateRecipe says what is wrong with it.
        validateRecipe(probe.recipe, { file: c.file, templateText: c.template });
        throw new toolkit_errors/* ConfigurationError */.j1(`${where}: ComponentName is missing or invalid.`, c.file);
    }
    return written;
}
function requireVersion(recipe, version, c) {
    const written = field(recipe, 'ComponentVersion');
    if (written === version)
        return;
    const why = c.explicit
        ? `the component-version input is '${version}'`
        : `component-version 'auto' resolved to '${version}'`;
    throw new toolkit_errors/* ConfigurationError */.j1(`${at(c.file, c.template, 'ComponentVersion')}: ComponentVersion is ${JSON.stringify(written)}, but ${why}. Write ComponentVersion: '{COMPONENT_VERSION}' so that the toolkit fills it in.`, c.file);
}
// ---------------------------------------------------------------------------------------
// Versions in Greengrass
async function listVersions(greengrass, arn, ctx) {
    const versions = [];
    let nextToken;
    try {
        do {
            const page = await (0,retry/* withRetry */.b)(ctx, 'greengrass:ListComponentVersions', () => greengrass.send(new client_greengrassv2_dist_cjs/* ListComponentVersionsCommand */.CX7({ arn, nextToken, maxResults: 100 })));
            for (const v of page.componentVersions ?? []) {
                if (v.componentVersion)
                    versions.push(v.componentVersion);
            }
            nextToken = page.nextToken;
        } while (nextToken);
    }
    catch (error) {
        if ((0,toolkit_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException')
            return [];
        throw awsFailure(error, 'greengrass:ListComponentVersions', arn);
    }
    return versions;
}
function latest(versions) {
    const valid = versions.filter(v => semver.valid(v));
    return valid.length > 0 ? semver.rsort(valid)[0] : undefined;
}
/** The latest version's recipe as data; undefined (with a warning) when it cannot be read. */
async function latestRecipe(greengrass, arn, format, ctx) {
    let bytes;
    try {
        const got = await (0,retry/* withRetry */.b)(ctx, 'greengrass:GetComponent', () => greengrass.send(new client_greengrassv2_dist_cjs/* GetComponentCommand */.Py8({ arn, recipeOutputFormat: format === 'json' ? 'JSON' : 'YAML' })));
        bytes = got.recipe;
    }
    catch (error) {
        throw awsFailure(error, 'greengrass:GetComponent', arn);
    }
    const text = bytes ? new TextDecoder().decode(bytes) : '';
    try {
        return parseRecipe(text, arn);
    }
    catch (error) {
        ctx.reporter.warning(`Could not read the recipe of ${arn} (${(0,toolkit_errors/* errorMessage */.gJ)(error)}); treating the recipe as changed.`);
        return undefined;
    }
}
function awsFailure(error, action, resource) {
    const name = (0,toolkit_errors/* awsErrorName */.ZH)(error) ?? 'Error';
    const message = (0,toolkit_errors/* errorMessage */.gJ)(error);
    if (name === 'AccessDeniedException' || (0,toolkit_errors/* httpStatus */.nG)(error) === 403) {
        return new toolkit_errors/* StepFailure */.pH(`${action} on ${resource} was denied: ${message}. Allow ${action} on this component in the policy of the role this runs as (the CI role), or set component-version to an explicit version.`);
    }
    return new toolkit_errors/* StepFailure */.pH(`${action} on ${resource} failed: ${name}: ${message}. Rerun once the cause is fixed, or set component-version to an explicit version.`);
}
// ---------------------------------------------------------------------------------------
// Parsing and comparing
/**
 * YAML or JSON to the recipe's top-level mapping; the file's extension says which unless
 * `format` does. YAML reads JSON too, so 'yaml' suits text that may be either.
 */
function parseRecipe(text, file, format = file.toLowerCase().endsWith('.json') ? 'json' : 'yaml') {
    let data;
    if (format === 'json') {
        const parsed = parseJson(text);
        if ('error' in parsed) {
            throw new toolkit_errors/* ConfigurationError */.j1(`${file}:${parsed.line}: not valid JSON (${parsed.error}). Fix the JSON syntax near that line.`, file);
        }
        data = parsed.value;
    }
    else {
        const lines = new dist/* LineCounter */.HN();
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
        if (doc.errors.length > 0) {
            throw new toolkit_errors/* ConfigurationError */.j1(doc.errors
                .map(e => {
                const line = lines.linePos(e.pos[0]).line;
                return `${file}:${line}: not valid YAML: ${e.message.split('\n')[0]}. Fix the YAML near that line (values with ': ' or ' #' need quotes).`;
            })
                .join('\n'), file);
        }
        data = doc.toJS();
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new toolkit_errors/* ConfigurationError */.j1(`${file}: a recipe must be a mapping with RecipeFormatVersion, ComponentName, ComponentVersion, ComponentDependencies and Manifests.`, file);
    }
    return data;
}
/**
 * The same recipe as data: formatting, comments and key order do not count. The digest and
 * algorithm Greengrass records on an artifact are not part of what the author wrote, so they
 * do not count either.
 */
function recipesEqual(a, b) {
    return sameData(withoutArtifactDigests(a), withoutArtifactDigests(b));
}
/**
 * Where two recipes first differ (a path, for messages), by the rules of recipesEqual;
 * undefined when they are equal.
 */
function recipeDifference(a, b) {
    return firstDifference(withoutArtifactDigests(a), withoutArtifactDigests(b));
}
/** The value without the Digest and Algorithm members of the objects under an Artifacts key. */
function withoutArtifactDigests(value, parentKey = '') {
    if (Array.isArray(value))
        return value.map(v => withoutArtifactDigests(v, parentKey));
    if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
        const inArtifacts = parentKey.toLowerCase() === 'artifacts';
        return Object.fromEntries(Object.entries(value)
            .filter(([k]) => !(inArtifacts && ['digest', 'algorithm'].includes(k.toLowerCase())))
            .map(([k, v]) => [k, withoutArtifactDigests(v, k)]));
    }
    return value;
}
// ---------------------------------------------------------------------------------------
// Validation
const COMPONENT_NAME = /^[a-zA-Z0-9._-]{1,128}$/;
const VERSION = /^\d+\.\d+\.\d+$/;
const LIFECYCLE_STEPS = ['setenv', 'bootstrap', 'install', 'startup', 'run', 'shutdown', 'recover'];
const DOCKER_RUN = /\bdocker\s+(?:container\s+)?run\b/;
const HOST_NETWORK = /(?:^|\s)--net(?:work)?(?:=|\s+)["']?host\b/;
/** Throws one ConfigurationError listing every problem, each with file:line and the fix. */
function validateRecipe(recipe, options) {
    const problems = recipeProblems(recipe, options);
    if (problems.length > 0)
        throw new toolkit_errors/* ConfigurationError */.j1(problems.join('\n'), options.file);
}
/** What is wrong with a rendered recipe, each as `file[:line]: problem; fix.` */
function recipeProblems(recipe, options) {
    const source = options.templateText ?? options.text ?? '';
    const problems = [];
    // The last argument is the message; those before it say where to look, best first.
    const report = (...args) => {
        const message = args.pop();
        problems.push(`${at(options.file, source, ...args)}: ${message}`);
    };
    if (typeof recipe !== 'object' || recipe === null || Array.isArray(recipe)) {
        return [
            `${options.file}: a recipe must be a mapping with RecipeFormatVersion, ComponentName, ComponentVersion, ComponentDependencies and Manifests.`
        ];
    }
    const r = recipe;
    const format = field(r, 'RecipeFormatVersion');
    if (format !== RECIPE_FORMAT_VERSION) {
        report('RecipeFormatVersion', format === undefined
            ? `RecipeFormatVersion is missing; add RecipeFormatVersion: '${RECIPE_FORMAT_VERSION}'.`
            : `RecipeFormatVersion is ${JSON.stringify(format)}; write '${RECIPE_FORMAT_VERSION}' (quoted), the only format Greengrass knows.`);
    }
    const name = field(r, 'ComponentName');
    if (name === undefined) {
        report('ComponentName', 'ComponentName is missing; add e.g. ComponentName: com.example.AccessDynamoDb.');
    }
    else if (typeof name !== 'string' || !COMPONENT_NAME.test(name)) {
        report('ComponentName', `ComponentName ${JSON.stringify(name)} is not a component name; use letters, digits, '.', '_' and '-' (at most 128), e.g. com.example.AccessDynamoDb.`);
    }
    const version = field(r, 'ComponentVersion');
    if (version === undefined) {
        report('ComponentVersion', "ComponentVersion is missing; add ComponentVersion: '{COMPONENT_VERSION}'.");
    }
    else if (typeof version !== 'string' || !VERSION.test(version)) {
        report('ComponentVersion', `ComponentVersion ${JSON.stringify(version)} is not MAJOR.MINOR.PATCH; write ComponentVersion: '{COMPONENT_VERSION}' (quoted).`);
    }
    // Artifacts: the image, pinned by digest.
    const images = [];
    const manifests = asArray(field(r, 'Manifests'));
    for (const manifest of manifests) {
        for (const artifact of asArray(field(manifest, 'Artifacts'))) {
            const uri = field(artifact, 'URI');
            if (typeof uri !== 'string' || !/^docker:/i.test(uri))
                continue;
            const ref = uri.slice('docker:'.length);
            if (toolkit_inputs/* IMAGE_URI */.Rx.test(ref))
                images.push(ref);
            else {
                report(uri, 'URI', `the artifact ${uri} is not pinned by digest, so devices would run whatever the tag points at when they pull; pin by digest: use docker:{IMAGE_URI}.`);
            }
        }
    }
    const dockerArtifacts = manifests.some(m => asArray(field(m, 'Artifacts')).some(a => /^docker:/i.test(String(field(a, 'URI') ?? ''))));
    if (!dockerArtifacts) {
        report('Artifacts', 'Manifests', 'no Docker image artifact; add to the manifest: Artifacts: [{ URI: docker:{IMAGE_URI} }].');
    }
    // Dependencies: Docker, and the credentials a private image needs.
    const dependencies = field(r, 'ComponentDependencies');
    const deps = isMapping(dependencies) ? dependencies : {};
    if (!Object.hasOwn(deps, DOCKER_MANAGER)) {
        report('ComponentDependencies', `ComponentDependencies lacks ${DOCKER_MANAGER}, which pulls the image; add ${DOCKER_MANAGER}: { VersionRequirement: ~2.0.0 }.`);
    }
    const privateImage = images.some(ref => {
        const host = ref.slice(0, ref.indexOf('/'));
        return ECR_HOST.test(host) || (options.registries ?? []).includes(host);
    });
    if (privateImage && !Object.hasOwn(deps, TOKEN_EXCHANGE)) {
        report('ComponentDependencies', `ComponentDependencies lacks ${TOKEN_EXCHANGE}; the image is in a private registry, which the device reaches with the token exchange role's credentials. Add ${TOKEN_EXCHANGE}: { VersionRequirement: ~2.0.0 }.`);
    }
    for (const [dep, spec] of Object.entries(deps)) {
        if (typeof field(spec, 'VersionRequirement') !== 'string') {
            report(dep, `the dependency ${dep} has no VersionRequirement; add e.g. VersionRequirement: ~2.0.0.`);
        }
    }
    // Lifecycle: a docker run that can reach the token exchange service.
    const scripts = [
        ...lifecycleScripts(field(r, 'Lifecycle')),
        ...manifests.flatMap(m => lifecycleScripts(field(m, 'Lifecycle')))
    ];
    const dockerRuns = scripts.filter(s => DOCKER_RUN.test(s));
    if (dockerRuns.length === 0) {
        report('Lifecycle', 'Manifests', 'no Run or Startup lifecycle script runs the container; add to the manifest Lifecycle: { Run: docker run --rm --net=host --env AWS_CONTAINER_AUTHORIZATION_TOKEN --env AWS_CONTAINER_CREDENTIALS_FULL_URI … {IMAGE_URI} }.');
    }
    for (const script of dockerRuns) {
        if (!HOST_NETWORK.test(script)) {
            report(DOCKER_RUN, 'the docker run command lacks --net=host; the container reaches the token exchange service on the host loopback only, so add --net=host.');
        }
        const missing = CREDENTIALS_VARIABLES.filter(v => !passesEnv(script, v));
        if (missing.length > 0) {
            report(DOCKER_RUN, `the docker run command does not pass ${missing.join(' and ')}, so the container gets no credentials; add ${missing.map(v => `--env ${v}`).join(' ')}.`);
        }
        // `--env NAME=$NAME` works, but the shell expands it into docker's arguments, which any
        // user on the device can read (ps, /proc): the token would let them act as the device.
        // `--env NAME` makes docker copy the value from its own environment instead.
        const byValue = CREDENTIALS_VARIABLES.filter(v => envWithValue(v).test(script));
        if (byValue.length > 0) {
            report(envWithValue(byValue[0]), DOCKER_RUN, `the docker run command passes ${byValue.join(' and ')} with a value (${byValue[0]}=…), which puts the device's credentials on docker's command line, where any user on the device can read them with ps; pass them by name instead: ${byValue.map(v => `--env ${v}`).join(' ')}.`);
        }
        if (images.length > 0 && !images.some(ref => script.includes(ref))) {
            report(DOCKER_RUN, `the docker run command does not run the artifact's image (${images[0]}); use {IMAGE_URI} in both the artifact URI and the docker run command.`);
        }
    }
    if (options.text !== undefined) {
        const size = Buffer.byteLength(options.text, 'utf8');
        if (size > RECIPE_SIZE_LIMIT) {
            problems.push(`${options.file}: the rendered recipe is ${size} bytes; Greengrass accepts at most ${RECIPE_SIZE_LIMIT}. Shorten it (comments count too).`);
        }
    }
    return problems;
}
function passesEnv(script, variable) {
    return new RegExp(`(?:^|\\s)(?:--env|-e)(?:=|\\s+)["']?${variable}(?:[=\\s"']|$)`).test(script);
}
/** `--env NAME=value` or `-e NAME=value`, in any quoting: the value is in docker's argv. */
function envWithValue(variable) {
    return new RegExp(`(?:^|\\s)(?:--env|-e)(?:=|\\s+)["']?${variable}=`);
}
/** Run and Startup scripts, in a lifecycle or in its selections (`all:`, `linux:`, …). */
function lifecycleScripts(lifecycle, depth = 0) {
    if (!isMapping(lifecycle) || depth > 2)
        return [];
    const scripts = [];
    for (const [key, value] of Object.entries(lifecycle)) {
        const step = key.toLowerCase();
        if (step === 'run' || step === 'startup') {
            const script = typeof value === 'string' ? value : field(value, 'Script');
            if (typeof script === 'string')
                scripts.push(script);
        }
        else if (!LIFECYCLE_STEPS.includes(step)) {
            scripts.push(...lifecycleScripts(value, depth + 1));
        }
    }
    return scripts;
}
// ---------------------------------------------------------------------------------------
// Small helpers
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
/** A recipe key, matched without regard to case: Greengrass and GDK accept any case. */
function field(value, key) {
    if (!isMapping(value))
        return undefined;
    if (Object.hasOwn(value, key))
        return value[key];
    const lower = key.toLowerCase();
    const found = Object.keys(value).find(k => k.toLowerCase() === lower);
    return found === undefined ? undefined : value[found];
}
/**
 * `file:line` of the first line outside comments that holds the first needle found: a string
 * as a YAML or JSON key, else anywhere in the line; a RegExp as it matches. Just `file` when
 * the source has none of them.
 */
function at(file, source, ...needles) {
    const lines = source.split('\n');
    const code = (l) => !/^\s*(?:#|\/\/)/.test(l);
    for (const needle of needles) {
        let index;
        if (typeof needle === 'string') {
            const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            const key = new RegExp(`^\\s*(?:-\\s*)?["']?${escaped}["']?\\s*:`, 'i');
            index = lines.findIndex(l => key.test(l));
            if (index < 0)
                index = lines.findIndex(l => code(l) && l.includes(needle));
        }
        else {
            index = lines.findIndex(l => code(l) && needle.test(l));
        }
        if (index >= 0)
            return `${file}:${index + 1}`;
    }
    return file;
}

;// CONCATENATED MODULE: ./actions/toolkit/greengrass.ts
// The deploy step: publish the rendered recipe as a component version (once: versions are
// immutable), then give every target a deployment that is its current one with only this
// component changed (a deployment replaces the target's previous one, and whatever it leaves
// out is removed from the devices), and wait for each device's own verdict.
//
// Everything a user can get wrong is checked with read-only calls first, so that a bad
// recipe, file or target never leaves half a deployment behind; and every create carries a
// content-derived client token, so that a rerun after a lost response creates nothing twice.











/** CreateDeployment calls in flight at most; each thing target is its own deployment. */
const CREATE_CONCURRENCY = 4;
function componentArn(region, accountId, componentName, componentVersion) {
    return `arn:${(0,aws/* partitionOf */.iQ)(region)}:greengrass:${region}:${accountId}:components:${componentName}:versions:${componentVersion}`;
}
// The API's documented defaults, written out so that a plan shows what the devices will get
// and so that "the file changed nothing" compares like with like.
const DEFAULT_POLICIES = {
    failureHandlingPolicy: 'ROLLBACK',
    componentUpdatePolicy: { timeoutInSeconds: 60, action: 'NOTIFY_COMPONENTS' },
    configurationValidationPolicy: { timeoutInSeconds: 30 }
};
/**
 * The deployment to create: the target's existing deployment with only our component set to
 * our version. Other components keep their version, configurationUpdate and runWith exactly.
 * Ours keeps its runWith (how a device runs it is the operator's choice) but drops a previous
 * configurationUpdate: the rendered recipe's DefaultConfiguration is the one source of our
 * configuration, so a value set by hand in the console cannot silently outlive a change to
 * the recipe. Policies and the IoT job configuration: what the file says wins, what it leaves
 * out keeps the existing deployment's value, and the API's defaults fill the rest.
 */
function mergeDeployment(existing, ours, file) {
    const components = {};
    for (const [name, spec] of Object.entries(existing?.components ?? {})) {
        if (name !== ours.componentName)
            components[name] = spec;
    }
    const previous = existing?.components?.[ours.componentName];
    components[ours.componentName] = {
        componentVersion: ours.componentVersion,
        ...(previous?.runWith ? { runWith: previous.runWith } : {})
    };
    const merged = {
        deploymentName: file.deploymentName ??
            existing?.deploymentName ??
            `${ours.componentName} ${ours.componentVersion}`,
        components,
        deploymentPolicies: mergedPolicies(existing, file.deploymentPolicies)
    };
    const job = pruneEmpty(deepMerge(existing?.iotJobConfiguration ?? {}, file.iotJobConfiguration ?? {}));
    if (job)
        merged.iotJobConfiguration = job;
    return merged;
}
function mergedPolicies(existing, file) {
    const base = deepMerge(DEFAULT_POLICIES, existing?.deploymentPolicies ?? {});
    return deepMerge(base, file ?? {});
}
/**
 * The deployment file and the targets, checked without AWS: the pipeline calls it before it
 * builds anything, so that a mistake in them changes nothing anywhere.
 */
async function deploymentPlan(inputs, reporter) {
    const file = await readDeploymentFile(inputs.deployment, reporter);
    const targets = inputs.targets ?? file.targets;
    if (targets.length === 0) {
        throw new toolkit_errors/* ConfigurationError */.j1(`No targets: set the 'targets' input, or list targets in the deployment file ${inputs.deployment} (targets: [thinggroup/<name>, <thing name>]).`, 'targets');
    }
    const canary = inputs.canary ?? [];
    const foreign = (0,toolkit_inputs/* foreignTargets */.tp)([...targets, ...canary], inputs.region, inputs.accountId);
    if (foreign.length > 0)
        throw new toolkit_errors/* ConfigurationError */.j1(foreign.join('\n'), 'targets');
    const fleet = targets.filter(t => !canary.some(c => (0,toolkit_inputs/* sameTarget */.cS)(c, t)));
    if (canary.length > 0 && fleet.length === 0) {
        throw new toolkit_errors/* ConfigurationError */.j1("Input 'canary' lists every target: name the canary targets in 'canary' and the rest of the fleet in 'targets' (or the deployment file).", 'canary');
    }
    if (canary.length > 0 && !inputs.wait && !inputs.dryRun) {
        throw new toolkit_errors/* ConfigurationError */.j1("Input 'canary' needs wait: true: the other targets are deployed only after the canary's devices succeeded.", 'canary');
    }
    return { file, targets, canary, fleet };
}
async function deploy(inputs, clients, ctx, options = {}) {
    const { reporter, clock } = ctx;
    const gg = clients.greengrass;
    // 1. Everything the user controls, checked before any call that changes anything.
    const recipe = await loadRecipe(inputs.recipePath, options.recipeText);
    const { file, canary, fleet } = await deploymentPlan(inputs, reporter);
    const arn = componentArn(inputs.region, inputs.accountId, recipe.name, recipe.version);
    const existing = await inspectComponent(gg, ctx, arn, recipe);
    // A group's core devices, listed once per run, and never more than a page or so.
    const listed = new Map();
    const devicesOf = groupArn => {
        if (!listed.has(groupArn))
            listed.set(groupArn, coreDevicesOf(gg, ctx, groupArn));
        return listed.get(groupArn);
    };
    const asked = { gg, iot: clients.iot, ctx, devicesOf };
    const plan = (target) => planTarget(asked, inputs, target, recipe, file);
    const canaryPlans = await mapLimit(canary, CREATE_CONCURRENCY, plan);
    const fleetPlans = await mapLimit(fleet, CREATE_CONCURRENCY, plan);
    if (canary.length > 0) {
        for (const p of canaryPlans)
            p.stage = 'canary';
        for (const p of fleetPlans)
            p.stage = 'fleet';
    }
    const plans = [...canaryPlans, ...fleetPlans];
    const result = {
        componentName: recipe.name,
        componentVersion: recipe.version,
        componentArn: arn,
        componentCreated: existing === undefined,
        startedAt: clock.now().toISOString(),
        targets: [],
        failures: []
    };
    if (inputs.dryRun) {
        reporter.info(existing
            ? `Component ${recipe.name} ${recipe.version} exists with the same recipe; it would be reused.`
            : `Component ${recipe.name} ${recipe.version} does not exist; it would be created.`);
        if (canary.length > 0) {
            reporter.info(`Canary first: ${canary.map(toolkit_inputs/* targetLabel */.Op).join(', ')}; then, if they succeed, ${fleet.map(toolkit_inputs/* targetLabel */.Op).join(', ')}.`);
        }
        for (const plan of plans) {
            reporter.info(plan.unchanged
                ? `${(0,toolkit_inputs/* targetLabel */.Op)(plan.target)}: unchanged; the latest deployment ${plan.previous?.deploymentId} already has this component set.`
                : `${(0,toolkit_inputs/* targetLabel */.Op)(plan.target)}: would create this deployment:\n${JSON.stringify({ targetArn: plan.targetArn, ...plan.request }, null, 2)}`);
            result.targets.push({
                ...targetResult(plan, plan.unchanged ? plan.previous?.deploymentId : undefined),
                status: 'planned'
            });
        }
        return result;
    }
    // 2. The component version, then the deployments, stage by stage.
    const deadline = clock.now().getTime() + inputs.waitTimeoutSeconds * 1000;
    if (!existing)
        result.componentCreated = await createComponent(gg, ctx, arn, recipe);
    await waitDeployable(gg, ctx, arn, recipe, deadline, existing);
    const watcher = {
        gg,
        iot: clients.iot,
        ctx,
        devicesOf,
        timeoutSeconds: inputs.waitTimeoutSeconds,
        threshold: inputs.failureThreshold ?? 0
    };
    result.startedAt = clock.now().toISOString();
    const canaryResults = await runStage(watcher, result, canaryPlans, recipe, inputs.wait);
    if (canaryResults.length > 0) {
        const failed = canaryResults.filter(t => t.status !== 'succeeded');
        let stopped;
        let rollBackNow = failed.filter(t => t.status === 'failed');
        if (failed.length > 0) {
            stopped = `the canary ${failed.map(t => `${(0,toolkit_inputs/* targetLabel */.Op)(t.target)} ${t.status}`).join(', ')}`;
        }
        else if (options.checkCanary) {
            const check = await options.checkCanary(canaryResults, result.startedAt);
            if (check.failures.length > 0) {
                stopped = `the canary's smoke check failed (${check.missing.length} device${check.missing.length === 1 ? '' : 's'} wrote no item that counts)`;
                rollBackNow = targetsWithDevices(canaryResults, check.missing);
            }
        }
        if (stopped) {
            result.stopped = `Not deployed to ${fleet.map(toolkit_inputs/* targetLabel */.Op).join(', ')}: ${stopped}.`;
            reporter.warning(result.stopped);
            for (const plan of fleetPlans) {
                result.targets.push({ ...targetResult(plan, undefined), status: 'not-deployed' });
            }
            if (inputs.rollback)
                await rollBack(watcher, result, rollBackNow, stopped);
            return result;
        }
        reporter.info(`The canary succeeded; deploying to ${fleet.map(toolkit_inputs/* targetLabel */.Op).join(', ')}.`);
        result.fleetStartedAt = clock.now().toISOString();
    }
    const fleetResults = await runStage(watcher, result, fleetPlans, recipe, inputs.wait);
    if (inputs.rollback) {
        const failed = fleetResults.filter(t => t.status === 'failed');
        await rollBack(watcher, result, failed, 'its devices failed');
    }
    return result;
}
function targetResult(plan, deploymentId) {
    return {
        target: plan.target,
        targetArn: plan.targetArn,
        deploymentId,
        previousDeploymentId: plan.previous?.deploymentId,
        unchanged: plan.unchanged,
        ...(plan.retried ? { retried: true } : {}),
        alreadyRunning: [],
        devices: [],
        status: 'not-waited',
        ...(plan.stage ? { stage: plan.stage } : {})
    };
}
/** Creates the stage's deployments (at most CREATE_CONCURRENCY at a time) and waits. */
async function runStage(w, result, plans, recipe, wait) {
    if (plans.length === 0)
        return [];
    const { gg, ctx, devicesOf } = w;
    const running = new Map();
    for (const plan of plans) {
        if (!plan.unchanged) {
            running.set(plan, await devicesAlreadyRunning(gg, ctx, plan, recipe, devicesOf));
        }
    }
    const created = [];
    const before = result.targets.filter(t => t.deploymentId && !t.unchanged);
    const stage = [];
    try {
        await mapLimit(plans, CREATE_CONCURRENCY, async (plan) => {
            const deploymentId = plan.unchanged
                ? plan.previous.deploymentId
                : await createDeployment(gg, ctx, plan);
            if (!plan.unchanged)
                created.push(`${(0,toolkit_inputs/* targetLabel */.Op)(plan.target)}: ${deploymentId}`);
            const t = { ...targetResult(plan, deploymentId), alreadyRunning: running.get(plan) ?? [] };
            stage.push(t);
        });
    }
    catch (error) {
        const done = [...before.map(t => `${(0,toolkit_inputs/* targetLabel */.Op)(t.target)}: ${t.deploymentId}`), ...created];
        const message = done.length
            ? ` Deployments already created (a rerun keeps them): ${done.join(', ')}.`
            : '';
        throw new toolkit_errors/* StepFailure */.pH(`${(0,toolkit_errors/* errorMessage */.gJ)(error)}${message}`);
    }
    // In the order of the targets, whatever order the creates finished in.
    stage.sort((a, b) => plans.findIndex(p => p.target === a.target) - plans.findIndex(p => p.target === b.target));
    result.targets.push(...stage);
    // 3. The devices' verdicts. From here on nothing throws: the deployments exist, and the
    // caller reports them before failing the job.
    if (wait)
        await waitForDevices(w, stage, result.failures);
    else
        w.ctx.reporter.info('Not waiting for the devices (wait: false); their result is not checked.');
    return stage;
}
/** The targets a device list points at: a thing by name, a group by the devices seen in it,
 * and a large group (watched through its job, so its members unknown) always. */
function targetsWithDevices(targets, things) {
    const named = new Set(things);
    return targets.filter(t => t.target.kind === 'thing'
        ? named.has(t.target.name)
        : t.counts !== undefined || t.devices.some(d => named.has(d.thingName)));
}
async function loadRecipe(path, given) {
    let text = given;
    if (text === undefined) {
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            const missing = error.code === 'ENOENT';
            throw new toolkit_errors/* ConfigurationError */.j1(missing
                ? `Input 'recipe-path': the rendered recipe ${path} does not exist. Run render-recipe first (its recipe-path output names the file), or point 'recipe-path' at it.`
                : `Input 'recipe-path': cannot read ${path}: ${(0,toolkit_errors/* errorMessage */.gJ)(error)}`, 'recipe-path');
        }
    }
    let data;
    try {
        // As YAML, which reads JSON too: the rendered recipe is either, whatever the file's name.
        data = parseRecipe(text, path, 'yaml');
    }
    catch (error) {
        throw new toolkit_errors/* ConfigurationError */.j1(`Input 'recipe-path': ${(0,toolkit_errors/* errorMessage */.gJ)(error).split('\n')[0]} Deploy the recipe render-recipe wrote: run render-recipe first (its recipe-path output names the file), and point 'recipe-path' at it.`, 'recipe-path');
    }
    const stringField = (key) => {
        const value = field(data, key);
        return typeof value === 'string' && value ? value : undefined;
    };
    const name = stringField('ComponentName');
    const version = stringField('ComponentVersion');
    if (!name || !version) {
        throw new toolkit_errors/* ConfigurationError */.j1(`${path}: the recipe has no ${name ? 'ComponentVersion' : 'ComponentName'}; render it with render-recipe, which fills both.`, 'recipe-path');
    }
    return { name, version, text, data };
}
function token(...parts) {
    // sha256 in hex is 64 characters: exactly the API's limit, and within ^[a-zA-Z0-9-]+$.
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\n')).digest('hex');
}
// ---------------------------------------------------------------------------------------
// The component version
const ACCESS_HINT = "The CI role needs this Greengrass permission (see 'What you need in AWS' in the README).";
async function call(ctx, what, fn) {
    try {
        return await (0,retry/* withRetry */.b)(ctx, what, fn);
    }
    catch (error) {
        throw asFailure(what, error);
    }
}
function asFailure(what, error) {
    if (error instanceof toolkit_errors/* ConfigurationError */.j1 || error instanceof toolkit_errors/* StepFailure */.pH)
        return error;
    const name = (0,toolkit_errors/* awsErrorName */.ZH)(error);
    const hint = name === 'AccessDeniedException' ? ` ${ACCESS_HINT}` : '';
    return new toolkit_errors/* StepFailure */.pH(`${what} failed: ${name ? `${name}: ` : ''}${(0,toolkit_errors/* errorMessage */.gJ)(error)}.${hint}`);
}
async function describe(gg, ctx, arn) {
    try {
        return await (0,retry/* withRetry */.b)(ctx, 'DescribeComponent', () => gg.send(new client_greengrassv2_dist_cjs/* DescribeComponentCommand */.CWH({ arn })));
    }
    catch (error) {
        if ((0,toolkit_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException')
            return undefined;
        throw asFailure(`DescribeComponent ${arn}`, error);
    }
}
/** The existing version, after checking it has our recipe; undefined when there is none. */
async function inspectComponent(gg, ctx, arn, recipe) {
    const found = await describe(gg, ctx, arn);
    if (found)
        await checkSameRecipe(gg, ctx, arn, recipe);
    return found;
}
async function checkSameRecipe(gg, ctx, arn, recipe) {
    const stored = await call(ctx, `GetComponent ${arn}`, () => gg.send(new client_greengrassv2_dist_cjs/* GetComponentCommand */.Py8({ arn, recipeOutputFormat: 'YAML' })));
    let theirs;
    try {
        theirs = parseRecipe(new TextDecoder().decode(stored.recipe ?? new Uint8Array()), arn, 'yaml');
    }
    catch {
        theirs = undefined;
    }
    // Greengrass adds a Digest and Algorithm to artifacts in the recipe it stores: not ours to
    // compare.
    const difference = recipeDifference(theirs, recipe.data);
    if (difference === undefined) {
        ctx.reporter.info(`Component ${recipe.name} ${recipe.version} already exists with the same recipe; reusing it.`);
        return;
    }
    throw new toolkit_errors/* ConfigurationError */.j1(`Component ${recipe.name} version ${recipe.version} already exists with a different recipe (first difference at ${difference}): versions are immutable; bump component-version (or use auto).`, 'component-version');
}
async function createComponent(gg, ctx, arn, recipe) {
    try {
        await (0,retry/* withRetry */.b)(ctx, 'CreateComponentVersion', () => gg.send(new client_greengrassv2_dist_cjs/* CreateComponentVersionCommand */.d2g({
            inlineRecipe: new TextEncoder().encode(recipe.text),
            clientToken: token(recipe.name, recipe.version, recipe.text)
        })));
        ctx.reporter.info(`Created component ${recipe.name} ${recipe.version}.`);
        return true;
    }
    catch (error) {
        // Someone (a concurrent run) created it between our look and our create: fine if it is
        // the same recipe, the version-conflict error otherwise.
        if ((0,toolkit_errors/* awsErrorName */.ZH)(error) !== 'ConflictException') {
            throw asFailure(`CreateComponentVersion ${recipe.name} ${recipe.version}`, error);
        }
        await checkSameRecipe(gg, ctx, arn, recipe);
        return false;
    }
}
async function waitDeployable(gg, ctx, arn, recipe, deadline, known) {
    const what = `Component ${recipe.name} ${recipe.version}`;
    let delay = 2000;
    let current = known ?? (await describe(gg, ctx, arn));
    for (;;) {
        const status = current?.status;
        const state = status?.componentState;
        if (state === 'DEPLOYABLE')
            return;
        if (state === 'DEPRECATED') {
            ctx.reporter.warning(`${what} is DEPRECATED; deploying it anyway.`);
            return;
        }
        if (state === 'FAILED') {
            const errors = Object.entries(status?.errors ?? {}).map(([k, v]) => `${k}: ${v}`);
            throw new toolkit_errors/* StepFailure */.pH(`${what} failed to register: ${status?.message ?? 'no message'}${errors.length ? ` (${errors.join('; ')})` : ''}. Fix the recipe and publish it under a new component-version: a version cannot be replaced.`);
        }
        const remaining = deadline - ctx.clock.now().getTime();
        if (remaining <= 0) {
            throw new toolkit_errors/* StepFailure */.pH(`${what} is still ${state ?? 'not visible'} after the wait-timeout; rerun later (the version is kept), or raise wait-timeout.`);
        }
        ctx.reporter.info(`${what} is ${state ?? 'being registered'}; waiting for DEPLOYABLE.`);
        await ctx.clock.sleep(Math.min(delay, remaining));
        delay = Math.min(delay * 2, 10_000);
        current = await describe(gg, ctx, arn);
    }
}
async function latestDeployment(gg, ctx, arn) {
    const all = [];
    let nextToken;
    do {
        const page = await call(ctx, `ListDeployments ${arn}`, () => gg.send(new client_greengrassv2_dist_cjs/* ListDeploymentsCommand */.sr8({ targetArn: arn, historyFilter: 'LATEST_ONLY', nextToken })));
        all.push(...(page.deployments ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    const ours = all.filter(d => d.deploymentId && (!d.targetArn || d.targetArn === arn));
    const time = (d) => d.creationTimestamp?.getTime() ?? 0;
    // LATEST_ONLY gives the latest revision per target; prefer what the API marks as latest,
    // then the newest.
    return ours.sort((a, b) => Number(b.isLatestForTarget ?? false) - Number(a.isLatestForTarget ?? false) ||
        time(b) - time(a))[0];
}
async function planTarget(asked, inputs, target, recipe, file) {
    const { gg, ctx } = asked;
    const arn = (0,toolkit_inputs/* targetArn */.lZ)(target, inputs.region, inputs.accountId);
    const label = (0,toolkit_inputs/* targetLabel */.Op)(target);
    const latest = await latestDeployment(gg, ctx, arn);
    const previous = latest
        ? await call(ctx, `GetDeployment ${latest.deploymentId}`, () => gg.send(new client_greengrassv2_dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId: latest.deploymentId })))
        : undefined;
    const ours = { componentName: recipe.name, componentVersion: recipe.version };
    const request = mergeDeployment(previous, ours, file);
    const before = previous?.components?.[recipe.name];
    if (before?.configurationUpdate) {
        ctx.reporter.warning(`${label}: the current deployment sets a configurationUpdate for ${recipe.name} (${JSON.stringify(before.configurationUpdate)}); the new deployment drops it so that the recipe's DefaultConfiguration applies. Put lasting values in the recipe (or the variables input).`);
    }
    if (request.deploymentPolicies.failureHandlingPolicy === 'DO_NOTHING' &&
        file.deploymentPolicies?.failureHandlingPolicy === undefined) {
        ctx.reporter.warning(`${label}: the current deployment ${previous?.deploymentId} sets failureHandlingPolicy DO_NOTHING, and the deployment file does not say otherwise, so it is kept: a device that fails to run the new version keeps the broken component. Set deploymentPolicies.failureHandlingPolicy: ROLLBACK in ${inputs.deployment}.`);
    }
    // A failed or cancelled deployment is redeployed even when identical: a rerun is how a
    // user retries it.
    const reusable = previous?.deploymentStatus === 'ACTIVE' || previous?.deploymentStatus === 'COMPLETED';
    const same = reusable &&
        sameData(previous?.components ?? {}, request.components) &&
        sameData(mergedPolicies(previous, undefined), request.deploymentPolicies) &&
        sameData(pruneEmpty(previous?.iotJobConfiguration ?? {}) ?? {}, request.iotJobConfiguration ?? {});
    // A group's deployment stays ACTIVE when some of its devices failed it, so it is only
    // reused when none did: otherwise the rerun after fixing a device would wait on the old
    // failure forever instead of giving the devices the deployment again.
    const failedOn = same && target.kind === 'thinggroup' ? await groupFailures(asked, arn, previous) : undefined;
    const unchanged = same && !failedOn;
    if (failedOn) {
        ctx.reporter.info(`${label}: the latest deployment ${previous.deploymentId} already has ${recipe.name} ${recipe.version}, but ${failedOn}; deploying it again.`);
    }
    else if (!previous) {
        ctx.reporter.info(`${label}: no deployment yet; the new one has only ${recipe.name}.`);
    }
    else if (unchanged) {
        ctx.reporter.info(`${label}: the latest deployment ${previous.deploymentId} already has ${recipe.name} ${recipe.version} and the same policies; no new deployment.`);
    }
    else {
        const others = Object.entries(request.components)
            .filter(([name]) => name !== recipe.name)
            .map(([name, spec]) => `${name} ${spec.componentVersion}`);
        ctx.reporter.info(`${label}: ${recipe.name} ${before?.componentVersion ?? '(new)'} → ${recipe.version}, based on deployment ${previous.deploymentId}; keeps ${others.length ? others.join(', ') : 'no other component'}.`);
    }
    return { target, targetArn: arn, previous, request, unchanged, retried: Boolean(failedOn) };
}
/** Above this many devices a target is not asked device by device; the smoke check then
 * applies `since` to all of them. */
const RUNNING_CHECK_LIMIT = 50;
/** Which of a group's devices failed its deployment, in words; undefined when none did. */
async function groupFailures(asked, groupArn, deployment) {
    const group = await asked.devicesOf(groupArn);
    if (group.more || group.names.length > SMALL_GROUP) {
        // Too many to ask one by one: the deployment's IoT job keeps the count.
        if (!deployment.iotJobId)
            return undefined;
        const job = new JobWatch(asked.iot, asked.ctx, deployment.iotJobId);
        await job.poll();
        const failed = job.counts ? (0,counts/* failedOf */.ZA)(job.counts) : 0;
        if (job.status === 'CANCELED')
            return `its IoT job ${deployment.iotJobId} was canceled`;
        return failed > 0 ? `${failed} of its devices failed it` : undefined;
    }
    const failed = [];
    for (const thingName of group.names) {
        const v = await verdictOf(asked.gg, asked.ctx, thingName, deployment.deploymentId);
        if (FAILED.has(v.status))
            failed.push(`${thingName} (${v.status})`);
    }
    return failed.length > 0 ? `${failed.join(', ')} failed it` : undefined;
}
/**
 * The devices of a changed target that already run this component version, through
 * another target: Greengrass does not restart a component whose version, recipe and
 * configuration did not change, so these write no new item in this run.
 */
async function devicesAlreadyRunning(gg, ctx, plan, recipe, devicesOf) {
    const group = plan.target.kind === 'thing'
        ? { names: [plan.target.name], more: false }
        : await devicesOf(plan.targetArn);
    const devices = group.names;
    if (group.more || devices.length > RUNNING_CHECK_LIMIT) {
        ctx.reporter.debug(`${(0,toolkit_inputs/* targetLabel */.Op)(plan.target)}: more than ${RUNNING_CHECK_LIMIT} devices; not asking each which version it runs.`);
        return [];
    }
    const running = [];
    for (const thingName of devices) {
        let nextToken;
        let found = false;
        do {
            const page = await call(ctx, `ListInstalledComponents ${thingName}`, () => gg.send(new client_greengrassv2_dist_cjs/* ListInstalledComponentsCommand */.eTW({ coreDeviceThingName: thingName, nextToken }))).catch((error) => {
                // A device Greengrass does not know yet has nothing installed.
                if ((0,toolkit_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException')
                    return {};
                throw error;
            });
            found ||= (page.installedComponents ?? []).some(c => c.componentName === recipe.name &&
                c.componentVersion === recipe.version &&
                (c.lifecycleState === 'RUNNING' || c.lifecycleState === 'FINISHED'));
            nextToken = page.nextToken;
        } while (nextToken && !found);
        if (found)
            running.push(thingName);
    }
    if (running.length > 0) {
        ctx.reporter.info(`${(0,toolkit_inputs/* targetLabel */.Op)(plan.target)}: ${running.join(', ')} already run${running.length === 1 ? 's' : ''} ${recipe.name} ${recipe.version} and will not restart it.`);
    }
    return running;
}
async function createDeployment(gg, ctx, plan) {
    const body = { targetArn: plan.targetArn, ...plan.request };
    // The base deployment is part of the token: a retry of this run is idempotent, while going
    // back to an earlier set within the token's 8 hours still creates a deployment.
    const request = {
        ...body,
        clientToken: token(plan.targetArn, plan.previous?.deploymentId ?? '', canonicalJson(body))
    };
    ctx.reporter.debug(`CreateDeployment ${JSON.stringify(request, null, 2)}`);
    try {
        const created = await (0,retry/* withRetry */.b)(ctx, 'CreateDeployment', () => gg.send(new client_greengrassv2_dist_cjs/* CreateDeploymentCommand */.ttP(request)));
        ctx.reporter.info(`${(0,toolkit_inputs/* targetLabel */.Op)(plan.target)}: created deployment ${created.deploymentId}.`);
        return created.deploymentId;
    }
    catch (error) {
        const failure = asFailure(`CreateDeployment for ${(0,toolkit_inputs/* targetLabel */.Op)(plan.target)}`, error);
        const hint = (0,toolkit_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException'
            ? ` Check that ${(0,toolkit_inputs/* targetLabel */.Op)(plan.target)} exists in this account and region.`
            : '';
        throw new toolkit_errors/* StepFailure */.pH(`${failure.message}${hint}`);
    }
}
// ---------------------------------------------------------------------------------------
// Waiting for the devices
//
// A thing, and a group of at most SMALL_GROUP core devices, are watched device by device
// (each device's own verdict and reason). A larger group is watched through the deployment's
// IoT job: one DescribeJob per poll whatever the fleet's size, and only the failed executions
// listed (capped), so that the cost of a poll does not grow with the fleet.
const OK = new Set(['COMPLETED', 'SUCCEEDED']);
const FAILED = new Set(['FAILED', 'TIMED_OUT', 'REJECTED', 'CANCELED']);
const PENDING = 'PENDING';
/** We could not ask the device's status (e.g. the thing is not a core device). */
const ERROR = 'ERROR';
const OUR_TIMEOUT = 'TIMED_OUT (';
/** Groups up to this many core devices are watched device by device. */
const SMALL_GROUP = 20;
const FIRST_POLL_MS = 5000;
const MAX_POLL_MS = 30_000;
async function waitForDevices(w, targets, failures) {
    const { ctx, devicesOf } = w;
    const { clock, reporter } = ctx;
    const started = clock.now().getTime();
    const deadline = started + w.timeoutSeconds * 1000;
    const watched = [];
    for (const t of targets) {
        const entry = { result: t, devices: [], viaJob: false, done: false };
        watched.push(entry);
        try {
            if (t.target.kind === 'thing') {
                entry.devices = [{ thingName: t.target.name, status: PENDING, ok: false }];
                continue;
            }
            const group = await devicesOf(t.targetArn);
            if (group.names.length === 0) {
                entry.problem = `${(0,toolkit_inputs/* targetLabel */.Op)(t.target)}: the group has no Greengrass core devices; add a core device to it, or target a thing.`;
            }
            else if (group.more || group.names.length > SMALL_GROUP) {
                entry.viaJob = true;
                reporter.info(`${(0,toolkit_inputs/* targetLabel */.Op)(t.target)}: more than ${SMALL_GROUP} core devices; following the deployment's IoT job (aggregate counts, failed devices only).`);
            }
            else {
                entry.devices = group.names.map(thingName => ({ thingName, status: PENDING, ok: false }));
            }
        }
        catch (error) {
            entry.problem = `${(0,toolkit_inputs/* targetLabel */.Op)(t.target)}: cannot list its core devices: ${(0,toolkit_errors/* errorMessage */.gJ)(error)}`;
        }
        if (entry.problem)
            entry.done = true;
    }
    let delay = FIRST_POLL_MS;
    let lastProgress = '';
    let waited;
    for (;;) {
        for (const entry of watched.filter(e => !e.done)) {
            if (entry.viaJob)
                await pollJob(w, entry);
            else
                await pollDevices(w, entry);
        }
        waited = Math.round((clock.now().getTime() - started) / 1000);
        const progress = watched
            .filter(e => e.devices.length || e.job?.counts)
            .map(e => `${(0,toolkit_inputs/* targetLabel */.Op)(e.result.target)}: ${e.viaJob ? (0,counts/* countsText */.WN)(e.job.counts) : countByStatus(e.devices)}`)
            .join('; ');
        if (progress !== lastProgress)
            reporter.info(`Devices after ${waited}s: ${progress}`);
        else
            reporter.debug(`Devices after ${waited}s: unchanged`);
        lastProgress = progress;
        if (watched.every(e => e.done))
            break;
        const remaining = deadline - clock.now().getTime();
        if (remaining <= 0)
            break;
        await clock.sleep(Math.min(delay, remaining));
        delay = Math.min(delay * 2, MAX_POLL_MS);
    }
    for (const entry of watched) {
        if (entry.viaJob)
            await jobVerdict(w, entry, waited, failures);
        else
            deviceVerdict(w, entry, waited, failures);
    }
}
async function pollDevices(w, entry) {
    for (const device of entry.devices) {
        if (!isPendingStatus(device.status))
            continue;
        Object.assign(device, await verdictOf(w.gg, w.ctx, device.thingName, entry.result.deploymentId));
    }
    entry.done = !entry.devices.some(d => isPendingStatus(d.status));
}
/** One DescribeJob; the deployment's job id comes from one GetDeployment, once. */
async function pollJob(w, entry) {
    const t = entry.result;
    try {
        if (!entry.job) {
            const deployment = await (0,retry/* withRetry */.b)(w.ctx, `GetDeployment ${t.deploymentId}`, () => w.gg.send(new client_greengrassv2_dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId: t.deploymentId })));
            if (!deployment.iotJobId)
                return;
            entry.job = new JobWatch(w.iot, w.ctx, deployment.iotJobId);
            t.jobId = deployment.iotJobId;
        }
        const job = entry.job;
        await job.poll();
        const added = await job.listNewFailures();
        if (added.length > 0) {
            w.ctx.reporter.info(`${(0,toolkit_inputs/* targetLabel */.Op)(t.target)}: failed on ${added.join(', ')}.`);
        }
        const c = job.counts;
        const total = (0,counts/* totalOf */.e6)(c);
        entry.done =
            job.status === 'CANCELED' ||
                job.status === 'COMPLETED' ||
                (total > 0 && (0,counts/* pendingOf */.lc)(c) === 0) ||
                // Failures only grow: once past the threshold the verdict cannot change.
                (total > 0 && (0,counts/* pastThreshold */.sT)((0,counts/* failedOf */.ZA)(c), total, w.threshold));
    }
    catch (error) {
        // The deployment exists: a job we cannot follow is a failed verdict, not a crash.
        entry.problem = `${(0,toolkit_inputs/* targetLabel */.Op)(t.target)}: cannot follow its IoT job${t.jobId ? ` ${t.jobId}` : ''}: ${(0,toolkit_errors/* awsErrorName */.ZH)(error) ?? 'error'}: ${(0,toolkit_errors/* errorMessage */.gJ)(error)}`;
        entry.done = true;
    }
}
function deviceVerdict(w, entry, waited, failures) {
    const t = entry.result;
    const label = (0,toolkit_inputs/* targetLabel */.Op)(t.target);
    for (const d of entry.devices.filter(d => isPendingStatus(d.status))) {
        d.reason =
            d.status === PENDING
                ? 'the device has not reported this deployment yet (is it online?)'
                : `last status ${d.status}`;
        d.status = `${OUR_TIMEOUT}waited ${waited}s)`;
    }
    t.devices = entry.devices;
    if (entry.problem) {
        failures.push(entry.problem);
        t.status = 'failed';
        return;
    }
    const failed = entry.devices.filter(d => !d.ok && !d.status.startsWith(OUR_TIMEOUT));
    const timedOut = entry.devices.filter(d => d.status.startsWith(OUR_TIMEOUT));
    const tolerated = t.target.kind === 'thinggroup' &&
        failed.length > 0 &&
        !(0,counts/* pastThreshold */.sT)(failed.length, entry.devices.length, w.threshold);
    const lines = [...failed, ...timedOut].map(d => `thing ${d.thingName} (${label}): ${d.status}${d.reason ? ` — ${d.reason}` : ''}`);
    if (tolerated) {
        for (const line of lines.slice(0, failed.length))
            w.ctx.reporter.warning(line);
        failures.push(...lines.slice(failed.length));
        w.ctx.reporter.info(`${label}: ${failed.length} of ${entry.devices.length} devices failed (${(0,counts/* percentText */.fL)(failed.length, entry.devices.length)}), within the failure-threshold of ${w.threshold}%.`);
    }
    else
        failures.push(...lines);
    if (failed.length > 0 && !tolerated)
        t.status = 'failed';
    else if (timedOut.length > 0)
        t.status = 'timed-out';
    else
        t.status = 'succeeded';
}
async function jobVerdict(w, entry, waited, failures) {
    const t = entry.result;
    const label = (0,toolkit_inputs/* targetLabel */.Op)(t.target);
    const job = entry.job;
    if (entry.problem || !job?.counts) {
        failures.push(entry.problem ??
            `${label}: TIMED_OUT (waited ${waited}s): the deployment's IoT job did not start.`);
        t.status = entry.problem ? 'failed' : 'timed-out';
        return;
    }
    const c = job.counts;
    t.counts = c;
    const total = (0,counts/* totalOf */.e6)(c);
    const failed = (0,counts/* failedOf */.ZA)(c);
    // The failed devices, listed up to the cap, each with its own reason.
    try {
        for (let i = 0; i < 3 && job.listed.size < Math.min(failed, LISTED_FAILURES); i++) {
            if ((await job.listNewFailures()).length === 0)
                break;
        }
    }
    catch (error) {
        w.ctx.reporter.debug(`${label}: could not list the failed devices: ${(0,toolkit_errors/* errorMessage */.gJ)(error)}`);
    }
    for (const [thingName, status] of job.listed) {
        const verdict = await verdictOf(w.gg, w.ctx, thingName, t.deploymentId);
        t.devices.push({
            thingName,
            status: FAILED.has(verdict.status) ? verdict.status : status,
            ok: false,
            ...(verdict.reason ? { reason: verdict.reason } : {})
        });
    }
    const unlisted = failed - t.devices.length;
    const deviceLines = t.devices.map(d => `thing ${d.thingName} (${label}): ${d.status}${d.reason ? ` — ${d.reason}` : ''}`);
    if (unlisted > 0)
        deviceLines.push(`${label}: ${unlisted} more failed devices not listed.`);
    const share = `${failed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} failed (${(0,counts/* percentText */.fL)(failed, total)})`;
    if (job.status === 'CANCELED') {
        t.aborted = true;
        t.status = 'failed';
        failures.push(`${label}: aborted by the rollout's abort criteria: ${share}.`, ...deviceLines);
    }
    else if ((0,counts/* pastThreshold */.sT)(failed, total, w.threshold)) {
        t.status = 'failed';
        failures.push(`${label}: ${share}, more than the failure-threshold of ${w.threshold}%.`, ...deviceLines);
    }
    else {
        for (const line of deviceLines)
            w.ctx.reporter.warning(line);
        if ((0,counts/* pendingOf */.lc)(c) > 0 && job.status !== 'COMPLETED') {
            t.status = 'timed-out';
            failures.push(`${label}: TIMED_OUT (waited ${waited}s): ${(0,counts/* countsText */.WN)(c)}.`);
        }
        else
            t.status = 'succeeded';
    }
}
/** Still worth asking about: not reported yet, QUEUED, IN_PROGRESS or a status we don't know. */
function isPendingStatus(status) {
    return (!OK.has(status) && !FAILED.has(status) && status !== ERROR && !status.startsWith(OUR_TIMEOUT));
}
function countByStatus(devices) {
    const counts = new Map();
    for (const d of devices)
        counts.set(d.status, (counts.get(d.status) ?? 0) + 1);
    return [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
}
async function coreDevicesOf(gg, ctx, groupArn) {
    const names = [];
    let nextToken;
    do {
        const page = await call(ctx, `ListCoreDevices ${groupArn}`, () => gg.send(new client_greengrassv2_dist_cjs/* ListCoreDevicesCommand */.W9M({ thingGroupArn: groupArn, nextToken })));
        for (const d of page.coreDevices ?? [])
            if (d.coreDeviceThingName)
                names.push(d.coreDeviceThingName);
        nextToken = page.nextToken;
    } while (nextToken && names.length <= RUNNING_CHECK_LIMIT);
    return { names, more: nextToken !== undefined };
}
async function verdictOf(gg, ctx, thingName, deploymentId) {
    let entry;
    let nextToken;
    try {
        do {
            const page = await (0,retry/* withRetry */.b)(ctx, `ListEffectiveDeployments ${thingName}`, () => gg.send(new client_greengrassv2_dist_cjs/* ListEffectiveDeploymentsCommand */.jic({ coreDeviceThingName: thingName, nextToken })));
            entry = page.effectiveDeployments?.find(e => e.deploymentId === deploymentId);
            nextToken = entry ? undefined : page.nextToken;
        } while (nextToken);
    }
    catch (error) {
        // The deployments exist: a device we cannot ask about is a failed verdict, not a crash.
        const name = (0,toolkit_errors/* awsErrorName */.ZH)(error);
        const hint = name === 'ResourceNotFoundException' ? ' (is it a Greengrass core device?)' : '';
        return { status: ERROR, reason: `${name ?? 'error'}: ${(0,toolkit_errors/* errorMessage */.gJ)(error)}${hint}`, ok: false };
    }
    const status = entry?.coreDeviceExecutionStatus ?? PENDING;
    if (OK.has(status))
        return { status, ok: true };
    if (!FAILED.has(status))
        return { status, ok: false };
    const details = entry?.statusDetails;
    const reason = [
        entry?.reason,
        details?.errorStack?.length ? `error stack: ${details.errorStack.join(' > ')}` : undefined,
        details?.errorTypes?.length ? `error types: ${details.errorTypes.join(', ')}` : undefined
    ]
        .filter(Boolean)
        .join('; ');
    return { status, ok: false, ...(reason ? { reason } : {}) };
}
// ---------------------------------------------------------------------------------------
// Rolling back
//
// Greengrass's own failureHandlingPolicy ROLLBACK restores a device that failed to apply a
// deployment; it does not restore the devices where it applied, nor a target whose app runs
// but does not work. This redeploys the target's previous deployment as it was (components,
// policies, IoT job configuration). The run still fails: the change did.
async function rollBack(w, result, targets, why) {
    const { ctx } = w;
    const started = [];
    for (const t of targets) {
        const label = (0,toolkit_inputs/* targetLabel */.Op)(t.target);
        if (t.unchanged || t.rollback)
            continue;
        if (!t.previousDeploymentId) {
            t.rollback = {
                status: 'impossible',
                message: `cannot roll back: ${label} had no deployment before this one`
            };
            ctx.reporter.warning(`${label}: ${t.rollback.message}.`);
            continue;
        }
        try {
            const previous = await call(ctx, `GetDeployment ${t.previousDeploymentId}`, () => w.gg.send(new client_greengrassv2_dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId: t.previousDeploymentId })));
            const body = pruneEmpty({
                targetArn: t.targetArn,
                deploymentName: previous.deploymentName ?? `rollback to ${t.previousDeploymentId}`,
                components: previous.components ?? {},
                deploymentPolicies: previous.deploymentPolicies,
                iotJobConfiguration: previous.iotJobConfiguration
            });
            body.components ??= {};
            const request = {
                ...body,
                clientToken: token('rollback', t.targetArn, t.deploymentId ?? '', canonicalJson(body))
            };
            const created = await call(ctx, `CreateDeployment (rollback of ${label})`, () => w.gg.send(new client_greengrassv2_dist_cjs/* CreateDeploymentCommand */.ttP(request)));
            const components = componentsText(previous.components ?? {}, result.componentName);
            ctx.reporter.info(`${label}: ${why}; rolling back to deployment ${t.previousDeploymentId} (${components}) with deployment ${created.deploymentId}.`);
            const r = {
                ...t,
                deploymentId: created.deploymentId,
                devices: [],
                counts: undefined,
                status: 'not-waited'
            };
            started.push({ t, r, components, to: t.previousDeploymentId });
        }
        catch (error) {
            t.rollback = {
                toDeploymentId: t.previousDeploymentId,
                status: 'failed',
                message: `rollback to deployment ${t.previousDeploymentId} failed: ${(0,toolkit_errors/* errorMessage */.gJ)(error)}`
            };
            result.failures.push(`${label}: ${t.rollback.message}`);
        }
    }
    if (started.length === 0)
        return;
    const failures = [];
    await waitForDevices(w, started.map(s => s.r), failures);
    result.failures.push(...failures.map(f => `rollback: ${f}`));
    for (const { t, r, components, to } of started) {
        const status = r.status === 'succeeded' ? 'succeeded' : r.status === 'failed' ? 'failed' : 'timed-out';
        t.rollback = {
            toDeploymentId: to,
            deploymentId: r.deploymentId,
            components,
            status,
            message: `rolled back to deployment ${to} (${components})${status === 'succeeded' ? '' : `, but the rollback ${status}`}`
        };
    }
}
/** After a failed smoke check: rolls back the changed targets the missing devices belong to. */
async function rollBackTargets(inputs, clients, ctx, result, targets, why) {
    const w = {
        gg: clients.greengrass,
        iot: clients.iot,
        ctx,
        devicesOf: groupArn => coreDevicesOf(clients.greengrass, ctx, groupArn),
        timeoutSeconds: inputs.waitTimeoutSeconds,
        threshold: inputs.failureThreshold ?? 0
    };
    await rollBack(w, result, targets, why);
}
/** "com.example.AccessDynamoDb 1.0.3, aws.greengrass.Cli 2.12.6": ours first. */
function componentsText(components, ours) {
    const names = Object.keys(components).sort((a, b) => a === ours ? -1 : b === ours ? 1 : a.localeCompare(b));
    if (names.length === 0)
        return 'no components';
    const text = names.map(n => `${n} ${components[n].componentVersion ?? ''}`.trim());
    return components[ours] ? text.join(', ') : `without ${ours}: ${text.join(', ')}`;
}
// ---------------------------------------------------------------------------------------
// Small helpers on plain data
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/** `override` laid over `base`: objects merge key by key, anything else replaces. */
function deepMerge(base, override) {
    const out = { ...base };
    for (const [k, v] of Object.entries(override)) {
        if (v === undefined)
            continue;
        const b = out[k];
        out[k] = isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : v;
    }
    return out;
}
/** Drops undefined values and empty objects; undefined when nothing is left. */
function pruneEmpty(value) {
    if (!isPlainObject(value))
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        const p = pruneEmpty(v);
        if (p !== undefined)
            out[k] = p;
    }
    return Object.keys(out).length ? out : undefined;
}

;// CONCATENATED MODULE: ./actions/toolkit/policy.ts
// The device policy: renders the IAM policy template, keeps one customer managed policy in step
// with it and attaches it to the token exchange role. Idempotent by design: a new version only
// when the document differs as data, an attach only when missing, so a rerun after a crash
// finishes the work. A dry run makes read-only calls and says what would change.







/** IAM's limit for a managed policy document, whitespace not counted. */
const POLICY_SIZE_LIMIT = 6144;
/** IAM keeps at most this many versions of a managed policy. */
const MAX_POLICY_VERSIONS = 5;
// ---------------------------------------------------------------------------------------
// Rendering
function renderPolicy(templateText, values, file) {
    const text = renderTemplate(templateText, values, { file, json: true });
    const parsed = parseJson(text);
    if ('error' in parsed) {
        throw new toolkit_errors/* ConfigurationError */.j1(`${file}:${parsed.line}: the policy template is not valid JSON after rendering (${parsed.error}). Fix the JSON syntax near that line.`, file);
    }
    const doc = parsed.value;
    validateShape(doc, templateText, file);
    const minified = JSON.stringify(doc);
    const size = minified.replace(/\s/g, '').length;
    if (size > POLICY_SIZE_LIMIT) {
        throw new toolkit_errors/* ConfigurationError */.j1(`${file}: the rendered policy has ${size} characters without whitespace; IAM allows at most ${POLICY_SIZE_LIMIT} in a managed policy. Merge statements or use fewer, broader resources.`, file);
    }
    return minified;
}
function validateShape(doc, templateText, file) {
    const fail = (needle, message) => {
        const line = lineOf(templateText, needle);
        throw new toolkit_errors/* ConfigurationError */.j1(`${file}${line ? `:${line}` : ''}: ${message}`, file);
    };
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        fail('', 'an IAM policy document must be a JSON object with Version and Statement.');
    }
    const policy = doc;
    if (policy.Version !== '2012-10-17' && policy.Version !== '2008-10-17') {
        fail('"Version"', `"Version" must be "2012-10-17"; got ${JSON.stringify(policy.Version)}.`);
    }
    const statements = policy.Statement;
    if (!Array.isArray(statements) || statements.length === 0) {
        fail('"Statement"', '"Statement" must be a non-empty array of statements.');
    }
    for (const [i, s] of statements.entries()) {
        const st = s;
        const where = `statement ${i + 1}`;
        if (typeof st !== 'object' || st === null || Array.isArray(st)) {
            fail('"Statement"', `${where} must be an object with Effect, Action and Resource.`);
        }
        const { Effect, Sid } = st;
        const needle = typeof Sid === 'string' ? `"${Sid}"` : '"Statement"';
        if (Effect !== 'Allow' && Effect !== 'Deny') {
            fail(needle, `${where}: "Effect" must be "Allow" or "Deny".`);
        }
        if (!('Action' in st) && !('NotAction' in st)) {
            fail(needle, `${where} has no "Action".`);
        }
        if (!('Resource' in st) && !('NotResource' in st)) {
            fail(needle, `${where} has no "Resource".`);
        }
    }
}
// ---------------------------------------------------------------------------------------
// Comparing and showing documents
function pretty(doc) {
    return JSON.stringify(sortedKeys(doc), null, 2);
}
/** IAM returns documents URL-encoded (RFC 3986); some emulators return them as is. */
function decodePolicyDocument(raw) {
    const text = raw.trimStart().startsWith('{') ? raw : decodeURIComponent(raw);
    return JSON.parse(text);
}
/** Same policy as data: whitespace and key order do not count. */
function sameDocument(a, b) {
    return sameData(a, b);
}
/** A line diff (LCS) of the two documents pretty-printed, with two lines of context. */
function policyDiff(before, after) {
    const a = before === undefined ? [] : pretty(before).split('\n');
    const b = pretty(after).split('\n');
    const lcs = Array.from({ length: a.length + 1 }, () => Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lcs[i][j] =
                a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            ops.push({ mark: ' ', line: a[i++] });
            j++;
        }
        else if (j < b.length && (i >= a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
            ops.push({ mark: '+', line: b[j++] });
        }
        else {
            ops.push({ mark: '-', line: a[i++] });
        }
    }
    const near = (k) => ops.slice(Math.max(0, k - 2), k + 3).some(op => op.mark !== ' ');
    const out = [];
    for (const [k, op] of ops.entries()) {
        if (op.mark !== ' ' || near(k))
            out.push(`${op.mark} ${op.line}`);
        else if (out[out.length - 1] !== '  …')
            out.push('  …');
    }
    return out.join('\n');
}
// ---------------------------------------------------------------------------------------
// IAM calls
const PROPAGATION = {
    attempts: 40,
    baseDelayMs: 1000,
    maxDelayMs: 10_000,
    budgetMs: 120_000
};
/** Matches both the wire code ('NoSuchEntity') and the SDK's class name ('…Exception'). */
function isNamed(error, names) {
    const name = (0,toolkit_errors/* awsErrorName */.ZH)(error);
    return name !== undefined && names.some(n => name === n || name === `${n}Exception`);
}
/** IAM's LimitExceeded is a quota, which retry.ts would take for throttling. */
class QuotaReached extends Error {
    original;
    name = 'QuotaReached';
    constructor(original) {
        super((0,toolkit_errors/* errorMessage */.gJ)(original));
        this.original = original;
    }
}
async function send(ctx, op, fn, options = {}) {
    const retryOn = options.retryOn ?? [];
    try {
        return await (0,retry/* withRetry */.b)(ctx, op.action, async () => {
            try {
                return await fn();
            }
            catch (error) {
                if (isNamed(error, ['LimitExceeded']) && !retryOn.includes('LimitExceeded')) {
                    throw new QuotaReached(error);
                }
                throw error;
            }
        }, { ...options.retry, retryable: error => isNamed(error, retryOn) });
    }
    catch (caught) {
        const error = caught instanceof QuotaReached ? caught.original : caught;
        if (isNamed(error, options.pass ?? []))
            throw error;
        throw policy_awsFailure(error, op);
    }
}
function policy_awsFailure(error, op) {
    const name = (0,toolkit_errors/* awsErrorName */.ZH)(error) ?? 'Error';
    const message = (0,toolkit_errors/* errorMessage */.gJ)(error);
    if (isNamed(error, ['AccessDenied']) || (0,toolkit_errors/* httpStatus */.nG)(error) === 403) {
        return new toolkit_errors/* StepFailure */.pH(`${op.action} on ${op.resource} was denied: ${message}. Allow ${op.action} on ${op.resource} in the policy of the role this runs as (the CI role).`);
    }
    if (isNamed(error, ['LimitExceeded'])) {
        return new toolkit_errors/* StepFailure */.pH(`${op.action} on ${op.resource} hit an IAM quota: ${message}.${op.onLimit ? ` ${op.onLimit}` : ''}`);
    }
    return new toolkit_errors/* StepFailure */.pH(`${op.action} on ${op.resource} failed: ${name}: ${message}. Rerun once the cause is fixed; the step carries on from where it stopped.`);
}
// ---------------------------------------------------------------------------------------
// The step
/** The policy template, read and rendered (minified): every mistake in it, without AWS. */
async function policyDocument(inputs) {
    const { region, accountId } = inputs;
    const templateText = await policy_readTemplate(inputs.policy);
    const values = templateValues({
        accountId,
        region,
        repository: inputs.repository,
        tableName: inputs.tableName,
        roleName: inputs.roleName,
        registry: `${accountId}.dkr.ecr.${region}.${(0,aws/* dnsSuffixOf */.a4)(region)}`,
        variables: inputs.variables
    });
    return renderPolicy(templateText, values, inputs.policy);
}
function roleArnOf(region, accountId, roleName) {
    return `arn:${(0,aws/* partitionOf */.iQ)(region)}:iam::${accountId}:role/${roleName}`;
}
async function attachPolicy(inputs, clients, ctx) {
    const { iam } = clients;
    const { reporter } = ctx;
    const { region, accountId, policyName, roleName, dryRun } = inputs;
    const file = inputs.policy;
    // Everything the user can get wrong is checked before the first call.
    const document = await policyDocument(inputs);
    const wanted = JSON.parse(document);
    const partition = (0,aws/* partitionOf */.iQ)(region);
    const policyArn = `arn:${partition}:iam::${accountId}:policy/${policyName}`;
    const roleArn = roleArnOf(region, accountId, roleName);
    reporter.debug(`Rendered ${file}: ${document.length} characters (IAM allows ${POLICY_SIZE_LIMIT}).`);
    if (dryRun)
        reporter.info('Dry run: reading only; no IAM change is made.');
    await checkRole(iam, ctx, roleName, roleArn);
    const result = {
        policyArn,
        policyName,
        roleName,
        policyVersion: 'none',
        changed: false,
        created: false,
        attached: false,
        document
    };
    let policy = await getPolicy(iam, ctx, policyArn);
    // Created seconds ago, by this run or by one that crashed or raced it: IAM may not show it
    // to AttachRolePolicy yet.
    let recent = false;
    if (!policy) {
        reporter.info(`Policy ${policyName} does not exist; ${dryRun ? 'would create' : 'creating'} it.`);
        result.diff = policyDiff(undefined, wanted);
        reporter.info(result.diff);
        if (dryRun) {
            return { ...result, changed: true, created: true, attached: true };
        }
        policy = await createPolicy(iam, ctx, inputs, policyArn, document);
        if (policy) {
            result.created = true;
            result.changed = true;
            result.policyVersion = policy.DefaultVersionId ?? 'v1';
            reporter.info(`Created ${policyArn} (${result.policyVersion}).`);
        }
        else {
            reporter.info(`Policy ${policyName} was created by someone else meanwhile; updating it.`);
            policy = await getPolicyAfterConflict(iam, ctx, policyArn, policyName);
            recent = true;
        }
    }
    if (!result.created) {
        Object.assign(result, await updatePolicy(iam, ctx, policy, { policyArn, document, file, dryRun }));
    }
    const attached = result.created ? false : await isAttached(iam, ctx, roleName, roleArn, policyArn);
    if (attached) {
        reporter.info(`Policy ${policyName} is already attached to role ${roleName}.`);
    }
    else if (dryRun) {
        reporter.info(`Would attach policy ${policyName} to role ${roleName}.`);
        result.attached = true;
    }
    else {
        await send(ctx, { action: 'iam:AttachRolePolicy', resource: roleArn }, () => iam.send(new client_iam_dist_cjs/* AttachRolePolicyCommand */.XgU({ RoleName: roleName, PolicyArn: policyArn })), 
        // A policy just created may not be visible to AttachRolePolicy for a while.
        result.created || recent ? { retryOn: ['NoSuchEntity'], retry: PROPAGATION } : {});
        reporter.info(`Attached policy ${policyName} to role ${roleName}.`);
        result.attached = true;
    }
    return result;
}
async function policy_readTemplate(file) {
    if (!file) {
        throw new toolkit_errors/* ConfigurationError */.j1("Input 'policy' is required: the path of the IAM policy template, e.g. recipe/token-exchange-policy.json.", 'policy');
    }
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw new toolkit_errors/* ConfigurationError */.j1(missing
            ? `Input 'policy': ${file} does not exist (relative to ${process.cwd()}). Point 'policy' at the IAM policy template, e.g. recipe/token-exchange-policy.json.`
            : `Input 'policy': cannot read ${file}: ${(0,toolkit_errors/* errorMessage */.gJ)(error)}.`, 'policy');
    }
}
async function checkRole(iam, ctx, roleName, roleArn) {
    try {
        const { Role } = await send(ctx, { action: 'iam:GetRole', resource: roleArn }, () => iam.send(new client_iam_dist_cjs/* GetRoleCommand */.kbp({ RoleName: roleName })), { pass: ['NoSuchEntity'] });
        ctx.reporter.info(`Role ${roleName} exists (${Role?.Arn ?? roleArn}).`);
        const trust = Role?.AssumeRolePolicyDocument;
        if (trust && !safeDecode(trust).includes('credentials.iot.amazonaws.com')) {
            ctx.reporter.warning(`Role ${roleName} does not trust credentials.iot.amazonaws.com, so Greengrass devices cannot assume it through their token exchange role alias.`);
        }
    }
    catch (error) {
        if (!isNamed(error, ['NoSuchEntity']))
            throw error;
        throw new toolkit_errors/* ConfigurationError */.j1(`Role ${roleName} does not exist. It is the role Greengrass devices get credentials for: Greengrass core setup creates it when run with --provision true (GreengrassV2TokenExchangeRole, with the role alias GreengrassV2TokenExchangeRoleAlias). Otherwise create it with a trust policy that lets credentials.iot.amazonaws.com assume it (and a role alias pointing at it), or set 'role-name' to the role your devices already use.`, 'role-name');
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
async function getPolicy(iam, ctx, policyArn, options = {}) {
    try {
        const { Policy } = await send(ctx, { action: 'iam:GetPolicy', resource: policyArn }, () => iam.send(new client_iam_dist_cjs/* GetPolicyCommand */.s4W({ PolicyArn: policyArn })), { pass: ['NoSuchEntity'], ...options });
        return Policy;
    }
    catch (error) {
        if (isNamed(error, ['NoSuchEntity']))
            return undefined;
        throw error;
    }
}
/** Undefined when another run created the policy first. */
async function createPolicy(iam, ctx, inputs, policyArn, document) {
    try {
        const { Policy } = await send(ctx, {
            action: 'iam:CreatePolicy',
            resource: policyArn,
            onLimit: 'The account has as many customer managed policies as IAM allows: delete unused ones, or set policy-name to an existing policy.'
        }, () => iam.send(new client_iam_dist_cjs/* CreatePolicyCommand */.Mrm({
            PolicyName: inputs.policyName,
            PolicyDocument: document,
            Description: `Managed by ggcd: lets Greengrass devices pull images from ECR repository ${inputs.repository} and write to DynamoDB table ${inputs.tableName}. Changes made by hand are replaced at the next run.`
        })), { pass: ['EntityAlreadyExists', 'MalformedPolicyDocument'] });
        return Policy ?? {};
    }
    catch (error) {
        if (isNamed(error, ['EntityAlreadyExists']))
            return undefined;
        throw malformed(error, inputs.policy);
    }
}
function malformed(error, file) {
    if (!isNamed(error, ['MalformedPolicyDocument']))
        return error;
    return new toolkit_errors/* ConfigurationError */.j1(`IAM rejected the policy rendered from ${file}: ${(0,toolkit_errors/* errorMessage */.gJ)(error)}. Fix the template.`, file);
}
async function getPolicyAfterConflict(iam, ctx, policyArn, policyName) {
    // The other run's create may take a moment to be visible.
    const policy = await getPolicy(iam, ctx, policyArn, {
        retryOn: ['NoSuchEntity'],
        retry: { ...PROPAGATION, budgetMs: 30_000 }
    });
    if (policy)
        return policy;
    throw new toolkit_errors/* ConfigurationError */.j1(`A managed policy named ${policyName} exists, but not as ${policyArn} (it has another path). Set 'policy-name' to another name, or delete that policy.`, 'policy-name');
}
async function updatePolicy(iam, ctx, policy, target) {
    const { reporter } = ctx;
    const { policyArn, document, file, dryRun } = target;
    const wanted = JSON.parse(document);
    const current = policy.DefaultVersionId ?? 'v1';
    const { PolicyVersion } = await send(ctx, { action: 'iam:GetPolicyVersion', resource: policyArn }, () => iam.send(new client_iam_dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn: policyArn, VersionId: current })));
    let existing;
    try {
        existing = decodePolicyDocument(PolicyVersion?.Document ?? '');
    }
    catch {
        existing = undefined;
        reporter.warning(`The document of ${policyArn} ${current} could not be read; replacing it.`);
    }
    if (existing !== undefined && sameDocument(existing, wanted)) {
        reporter.info(`Policy ${policyArn} is up to date (default version ${current}).`);
        return { policyVersion: current, changed: false };
    }
    const diff = policyDiff(existing, wanted);
    reporter.info(`The template differs from the default version ${current}:\n${diff}`);
    const versions = await policy_listVersions(iam, ctx, policyArn);
    let deletedVersion;
    if (versions.length >= MAX_POLICY_VERSIONS) {
        const oldest = versions
            .filter(v => !v.IsDefaultVersion && v.VersionId !== current)
            .sort((x, y) => (x.CreateDate?.getTime() ?? 0) - (y.CreateDate?.getTime() ?? 0))[0];
        deletedVersion = oldest?.VersionId;
        if (deletedVersion) {
            reporter.info(`${policyArn} has ${versions.length} versions, IAM's maximum: ${dryRun ? 'would delete' : 'deleting'} the oldest non-default one, ${deletedVersion}.`);
            if (!dryRun) {
                const versionId = deletedVersion;
                await send(ctx, { action: 'iam:DeletePolicyVersion', resource: policyArn }, () => iam.send(new client_iam_dist_cjs/* DeletePolicyVersionCommand */.$Pb({ PolicyArn: policyArn, VersionId: versionId })));
            }
        }
    }
    if (dryRun) {
        reporter.info(`Would create a new default version of ${policyArn}.`);
        return { policyVersion: current, changed: true, diff, deletedVersion };
    }
    const created = await send(ctx, {
        action: 'iam:CreatePolicyVersion',
        resource: policyArn,
        onLimit: `A managed policy keeps at most ${MAX_POLICY_VERSIONS} versions: delete a non-default one (aws iam list-policy-versions --policy-arn ${policyArn}; aws iam delete-policy-version --policy-arn ${policyArn} --version-id <id>) and rerun.`
    }, () => iam.send(new client_iam_dist_cjs/* CreatePolicyVersionCommand */.WZZ({
        PolicyArn: policyArn,
        PolicyDocument: document,
        SetAsDefault: true
    })), {
        pass: ['MalformedPolicyDocument'],
        // Right after our delete, IAM may still count the deleted version for a while.
        ...(deletedVersion ? { retryOn: ['LimitExceeded'], retry: PROPAGATION } : {})
    }).catch((error) => {
        throw malformed(error, file);
    });
    const policyVersion = created.PolicyVersion?.VersionId ?? current;
    reporter.info(`Created version ${policyVersion} of ${policyArn} and made it the default.`);
    return { policyVersion, changed: true, diff, deletedVersion };
}
async function policy_listVersions(iam, ctx, policyArn) {
    const versions = [];
    let marker;
    do {
        const page = await send(ctx, { action: 'iam:ListPolicyVersions', resource: policyArn }, () => iam.send(new client_iam_dist_cjs/* ListPolicyVersionsCommand */.D6R({ PolicyArn: policyArn, Marker: marker })));
        versions.push(...(page.Versions ?? []));
        marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    return versions;
}
async function isAttached(iam, ctx, roleName, roleArn, policyArn) {
    let marker;
    do {
        const page = await send(ctx, { action: 'iam:ListAttachedRolePolicies', resource: roleArn }, () => iam.send(new client_iam_dist_cjs/* ListAttachedRolePoliciesCommand */.wfM({ RoleName: roleName, Marker: marker })));
        if (page.AttachedPolicies?.some(p => p.PolicyArn === policyArn))
            return true;
        marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    return false;
}

// EXTERNAL MODULE: ./actions/toolkit/summary.ts
var summary = __webpack_require__(1994);
// EXTERNAL MODULE: ./actions/toolkit/results.ts
var results = __webpack_require__(4124);
;// CONCATENATED MODULE: ./actions/toolkit/smoke.ts





const FIRST_INTERVAL_MS = 2_000;
const MAX_INTERVAL_MS = 15_000;
const PROGRESS_NAMES = 10;
// Missing devices whose newest item is read at once, to say why none counts.
const EXPLAIN_CONCURRENCY = 8;
async function smoke(inputs, clients, ctx) {
    const { reporter, clock } = ctx;
    const since = inputs.since.toISOString();
    const { devices, emptyGroups } = await expandTargets(inputs, clients.iot, ctx);
    const result = {
        devices: {},
        missing: [],
        items: {},
        tableName: inputs.tableName,
        since,
        emptyGroups,
        reasons: {}
    };
    if (devices.length === 0) {
        reporter.warning('No device to check: every target is an empty thing group.');
        return result;
    }
    const [{ Checker }, dynamodb] = await Promise.all([
        __webpack_require__.e(/* import() */ 510).then(__webpack_require__.bind(__webpack_require__, 5510)),
        typeof clients.dynamodb === 'function' ? clients.dynamodb() : clients.dynamodb
    ]);
    const checker = new Checker(inputs, dynamodb, ctx);
    const versionNote = inputs.componentVersion
        ? ` of component version ${inputs.componentVersion}`
        : '';
    reporter.info(`Checking ${count(devices.length, 'device')} for an item${versionNote} in ${inputs.tableName} (${inputs.region}) written at or after ${since}; polling for up to ${inputs.timeoutSeconds} s.`);
    const unchanged = devices.filter(d => d.unchanged);
    if (unchanged.length > 0) {
        reporter.info(`${names(unchanged.map(d => d.name))}: deployment unchanged in this run, so an item${versionNote} from any time counts.`);
    }
    const deadline = clock.now().getTime() + inputs.timeoutSeconds * 1000;
    let pending = devices;
    let interval = FIRST_INTERVAL_MS;
    for (let poll = 1;; poll++) {
        const still = [];
        for (const device of pending) {
            const item = await checker.find(device);
            if (item) {
                result.items[device.name] = item;
                const version = item.component_version
                    ? `component_version ${item.component_version}`
                    : 'no component_version';
                const when = device.unchanged ? ', target unchanged' : '';
                reporter.info(`Found ${device.name}: item at ${item.timestamp} (${version}${when}).`);
            }
            else
                still.push(device);
        }
        pending = still;
        const found = devices.length - pending.length;
        const remaining = deadline - clock.now().getTime();
        if (pending.length === 0 || remaining <= 0)
            break;
        const wait = Math.min(interval, remaining);
        reporter.info(`Poll ${poll}: ${found} of ${devices.length} found; waiting for ${names(pending.map(d => d.name))}; next check in ${Math.ceil(wait / 1000)} s.`);
        await clock.sleep(wait);
        interval = Math.min(MAX_INTERVAL_MS, interval * 2);
    }
    // One look at each missing device's newest item: why it does not count, or that one that
    // counts arrived after the last poll (the device is then found).
    const reasons = {};
    const late = [];
    const looks = await mapLimit(pending, EXPLAIN_CONCURRENCY, device => checker.explain(device));
    for (const [i, device] of pending.entries()) {
        const seen = looks[i];
        if (typeof seen === 'string') {
            reasons[device.name] = seen;
        }
        else {
            result.items[device.name] = seen;
            late.push(device);
            reporter.info(`Found ${device.name}: item at ${seen.timestamp}, after the last poll.`);
        }
    }
    pending = pending.filter(d => !late.includes(d));
    const missing = new Set(pending.map(d => d.name));
    for (const device of devices) {
        result.devices[device.name] = missing.has(device.name) ? 'missing' : 'found';
    }
    result.missing = pending.map(d => d.name);
    if (pending.length === 0) {
        reporter.info(`All ${count(devices.length, 'device')} wrote their item.`);
    }
    else {
        reporter.info(`After ${inputs.timeoutSeconds} s, ${count(pending.length, 'device')} of ${devices.length} wrote no item that counts: ${names(result.missing)}.`);
        for (const device of pending.slice(0, PROGRESS_NAMES)) {
            reporter.info(`${device.name} ${reasons[device.name]}.`);
        }
        result.reasons = reasons;
    }
    return result;
}
/** The things behind the targets, each once; a device counts as unchanged if any of its
 * targets is, or if it is named itself (thing/<name>: deploy found this version already
 * running there through another target), since it then does not restart the component. */
async function expandTargets(inputs, iot, ctx) {
    const isUnchanged = (t) => inputs.unchangedTargets.some(u => u.kind === t.kind && u.name === t.name);
    const byName = new Map();
    const emptyGroups = [];
    for (const target of inputs.targets) {
        const things = target.kind === 'thing' ? [target.name] : await groupThings(target.name, iot, ctx);
        if (target.kind === 'thinggroup') {
            if (things.length === 0) {
                emptyGroups.push(target.name);
                ctx.reporter.warning(`Thing group ${target.name} has no things, so no device there can pass the smoke check: add the core devices to the group, or remove ${(0,toolkit_inputs/* targetLabel */.Op)(target)} from the targets.`);
            }
            else {
                ctx.reporter.info(`${(0,toolkit_inputs/* targetLabel */.Op)(target)}: ${count(things.length, 'thing')}.`);
            }
        }
        for (const name of things) {
            const device = byName.get(name) ?? { name, unchanged: false };
            device.unchanged ||= isUnchanged(target) || isUnchanged({ kind: 'thing', name });
            byName.set(name, device);
        }
    }
    return { devices: [...byName.values()], emptyGroups };
}
async function groupThings(group, iot, ctx) {
    const things = [];
    let nextToken;
    do {
        const page = await (0,retry/* withRetry */.b)(ctx, `ListThingsInThingGroup ${group}`, () => iot.send(new client_iot_dist_cjs/* ListThingsInThingGroupCommand */.LNt({ thingGroupName: group, recursive: true, nextToken }))).catch(error => {
            throw groupFailure(group, error);
        });
        things.push(...(page.things ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    return things;
}
function groupFailure(group, error) {
    const name = (0,toolkit_errors/* awsErrorName */.ZH)(error);
    if (name === 'ResourceNotFoundException') {
        return new toolkit_errors/* StepFailure */.pH(`Thing group ${group} does not exist in this region: check the name and region of the target thinggroup/${group}.`);
    }
    if ((0,toolkit_errors/* isAccessDenied */.w7)(error)) {
        return new toolkit_errors/* StepFailure */.pH(`${(0,toolkit_errors/* errorMessage */.gJ)(error)}. The smoke check needs iot:ListThingsInThingGroup on thing group ${group}.`);
    }
    return new toolkit_errors/* StepFailure */.pH(`Listing the things of group ${group} failed: ${name ?? 'error'}: ${(0,toolkit_errors/* errorMessage */.gJ)(error)}`);
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function names(list) {
    const shown = list.slice(0, PROGRESS_NAMES).join(', ');
    return list.length > PROGRESS_NAMES ? `${shown} and ${list.length - PROGRESS_NAMES} more` : shown;
}

;// CONCATENATED MODULE: ./actions/toolkit/pipeline.ts
// The whole pipeline in one process: build-push → render-recipe → attach-policy → deploy →
// smoke, sharing one set of clients and handing each step's results to the next as values.
// With dry-run every step plans instead of acting: read-only calls at most.

















function pipelineClients(region) {
    const config = (0,aws/* clientConfig */.yO)(region);
    return {
        sts: new client_sts_dist_cjs/* STSClient */.iM(config),
        ecr: new client_ecr_dist_cjs/* ECRClient */.S70(config),
        greengrass: new client_greengrassv2_dist_cjs/* GreengrassV2Client */.z5j(config),
        iam: new client_iam_dist_cjs/* IAMClient */.h8v(config),
        dynamodb: new dist_cjs/* DynamoDBClient */.MGV(config),
        iot: new client_iot_dist_cjs/* IoTClient */.CgZ(config)
    };
}
/** Where the pipeline writes the rendered recipe (relative to the working directory). */
const RENDERED_RECIPE = 'build/recipe.yaml';
async function runPipeline(inputs, clients, ctx) {
    const { region, dryRun } = inputs;
    const { reporter } = ctx;
    const accountId = await (0,account/* resolveAccountId */.V)(inputs.accountId, clients.sts, ctx);
    const common = { region, accountId };
    await preflight(inputs, common, clients.iam, ctx);
    if (dryRun)
        reporter.info('Dry run: planning only; no call that changes anything is made.');
    // What is done so far: a step that throws leaves the job summary of the steps before it.
    const done = { dryRun, accountId, region };
    const step = async (title, fn) => {
        try {
            return await reporter.group(title, fn);
        }
        catch (error) {
            throw (0,toolkit_errors/* withSummary */.lp)(error, (0,summary/* stoppedSummary */.k2)(done, title));
        }
    };
    const build = await step('1/5 Build and push the image', () => buildPush({ ...common, ...inputs.build }, { ecr: clients.ecr }, ctx, { dryRun }));
    done.build = build;
    const render = await step('2/5 Render the recipe', () => renderRecipe({ ...common, ...inputs.render, imageUri: build.imageUri, output: RENDERED_RECIPE }, { greengrass: clients.greengrass }, ctx));
    // The plan shows what would be deployed: the whole rendered recipe.
    if (dryRun)
        reporter.info(`The rendered recipe:\n${render.recipe}`);
    done.render = render;
    const policy = await step('3/5 Device policy', () => attachPolicy({ ...common, ...inputs.policy, dryRun }, { iam: clients.iam }, ctx));
    // With canary targets, the canary's devices are smoke-checked before the fleet is touched.
    const smokeOn = !dryRun && inputs.smoke && inputs.deploy.wait;
    const smokeCheck = (targets, since) => smoke({
        region,
        tableName: inputs.policy.tableName,
        targets: targets.map(t => t.target),
        since: new Date(since),
        timeoutSeconds: inputs.smokeTimeoutSeconds,
        componentVersion: render.componentVersion,
        unchangedTargets: (0,results/* unchangedTargets */.uu)({ targets })
    }, { dynamodb: clients.dynamodb, iot: clients.iot }, ctx);
    let canarySmoke;
    const deployClients = { greengrass: clients.greengrass, iot: clients.iot };
    done.policy = policy;
    const deployed = await step('4/5 Deploy', () => deploy({ ...common, ...inputs.deploy, recipePath: render.recipePath, dryRun }, deployClients, ctx, {
        recipeText: render.recipe,
        ...(smokeOn
            ? {
                checkCanary: async (canary, startedAt) => {
                    reporter.info('Smoke check of the canary:');
                    const checked = await smokeCheck(canary, startedAt);
                    canarySmoke = checked;
                    return { failures: (0,results/* smokeFailures */.Tx)(checked), missing: checked.missing };
                }
            }
            : {})
    }));
    const result = {
        dryRun,
        accountId,
        region,
        build,
        render,
        policy,
        deploy: deployed
    };
    const skipped = smokeSkipReason(inputs, deployed);
    if (skipped) {
        result.smokeSkipped = skipped;
        if (canarySmoke)
            result.smoke = canarySmoke;
        return result;
    }
    const fleet = deployed.targets.filter(t => t.stage !== 'canary');
    done.deploy = deployed;
    const fleetSmoke = await step('5/5 Smoke check', () => smokeCheck(fleet, deployed.fleetStartedAt ?? deployed.startedAt));
    result.smoke = mergeSmoke(canarySmoke, fleetSmoke);
    if (fleetSmoke.missing.length > 0 && inputs.deploy.rollback) {
        await step('Rollback', () => rollBackTargets(inputs.deploy, deployClients, ctx, deployed, targetsWithDevices(fleet, fleetSmoke.missing), 'its smoke check failed'));
    }
    return result;
}
/**
 * The files the user keeps (recipe and policy templates, the deployment file), the targets
 * and the device role (read-only GetRole), checked before anything is built, created or
 * changed: a mistake in any of them fails the run with nothing done. What they would warn
 * about, each step says in its turn.
 */
async function preflight(inputs, common, iam, ctx) {
    const quiet = new report/* MemoryReporter */.f();
    const registry = inputs.build.registry?.host ?? defaultRegistryHost(common.accountId, common.region);
    const imageUri = `${registry}/${inputs.render.repository}@${DRY_RUN_DIGEST}`;
    await prepareRecipe({ ...common, ...inputs.render, imageUri, output: RENDERED_RECIPE }, quiet);
    await policyDocument({ ...common, ...inputs.policy, dryRun: inputs.dryRun });
    await deploymentPlan({ ...common, ...inputs.deploy, recipePath: RENDERED_RECIPE, dryRun: inputs.dryRun }, quiet);
    const { roleName } = inputs.policy;
    await checkRole(iam, { ...ctx, reporter: quiet }, roleName, roleArnOf(common.region, common.accountId, roleName));
}
/** The canary's smoke check and the fleet's, as one. */
function mergeSmoke(first, second) {
    if (!first)
        return second;
    return {
        devices: { ...first.devices, ...second.devices },
        missing: [...first.missing, ...second.missing],
        items: { ...first.items, ...second.items },
        reasons: { ...first.reasons, ...second.reasons },
        tableName: second.tableName,
        since: first.since,
        emptyGroups: [...first.emptyGroups, ...second.emptyGroups]
    };
}
function smokeSkipReason(inputs, deployed) {
    if (inputs.dryRun)
        return 'dry run';
    if (!inputs.smoke)
        return 'smoke: false';
    if (!inputs.deploy.wait)
        return 'wait: false (the devices had not reported yet)';
    if (deployed.failures.length > 0)
        return 'the deployment failed';
    if (deployed.stopped)
        return deployed.stopped;
    return undefined;
}


/***/ })

};
