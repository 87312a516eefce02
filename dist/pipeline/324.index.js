export const id = 324;
export const ids = [324];
export const modules = {

/***/ 7222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pipelineClients: () => (/* binding */ pipelineClients),
  runPipeline: () => (/* binding */ runPipeline),
  stopOf: () => (/* binding */ stopOf)
});

// UNUSED EXPORTS: RENDERED_RECIPE, withStop

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var dist_cjs = __webpack_require__(303);
// EXTERNAL MODULE: ./src/core/arns.ts
var arns = __webpack_require__(5271);
// EXTERNAL MODULE: ./src/core/registry.ts
var core_registry = __webpack_require__(4692);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var client_dynamodb_dist_cjs = __webpack_require__(4305);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-greengrassv2/dist-cjs/index.js
var client_greengrassv2_dist_cjs = __webpack_require__(2956);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var client_iot_dist_cjs = __webpack_require__(8907);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/core/account.ts
var account = __webpack_require__(5896);
// EXTERNAL MODULE: ./src/core/shared/aws.ts + 1 modules
var aws = __webpack_require__(6907);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/shared/errors.ts
var shared_errors = __webpack_require__(9130);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/build/build-inputs.ts
// Build inputs: a sha256 over what the build can see (the Dockerfile's bytes, and every file
// of the context its ignore file lets through, by path, mode and bytes) and the platforms.
// Same inputs, same image as far as ggcd can tell, so an image already pushed for them is
// reused whatever commit it was built for; see buildInputsDigest.



/** The OCI label that carries the full build-inputs digest (64 hex digits). */
const BUILD_INPUTS_LABEL = 'dev.ggcd.build-inputs';
/** The tag under which an image is findable by its build inputs: this, then 32 hex digits. */
const INPUTS_TAG_PREFIX = 'ggcd-inputs-';
function build_inputs_inputsTag(buildInputs) {
    return `${INPUTS_TAG_PREFIX}${buildInputs.slice(0, 32)}`;
}
/** Docker's limit on a tag's length, which docker, buildah and podman enforce. */
const MAX_TAG_LENGTH = 128;
/**
 * The tag for an image of these build inputs when `imageTag` already names an image of other
 * inputs (ECR tags are immutable): <imageTag>-<first 12 hex of the build inputs>, with
 * imageTag shortened when both would not fit in a tag.
 */
function suffixedTag(imageTag, buildInputs) {
    const suffix = `-${buildInputs.slice(0, 12)}`;
    return `${imageTag.slice(0, MAX_TAG_LENGTH - suffix.length)}${suffix}`;
}
/**
 * The digest of what a build of `inputs` can see, decided by content only (never by times):
 * the Dockerfile's bytes; every entry of the context that the ignore file lets through (sorted
 * relative path, type, permission bits, and a file's bytes or a link's target); the platforms
 * (as a set); the build args, the target, the secrets' ids and provenance, when given. Not
 * included: the secrets' values, the cache (how the build is done, not what from),
 * SOURCE_DATE_EPOCH (a timestamp, not an input), the labels from the commit (revision,
 * source, created: the commit is what may change without the image changing, so an image
 * reused for a docs-only commit carries the labels of the commit it was built for), and what the Dockerfile pulls
 * by reference (a base image tag that moves upstream is not seen: pin it by digest to make
 * it an input).
 *
 * Nor the builder: it is how the image is built, not what from. Where docker and buildah
 * would see different things (each prefers its own ignore file) the entries differ, and so
 * the digest; with the same Dockerfile, context and platforms each builds the image those ask
 * for, so switching builders is no reason to rebuild and push a second image of the commit.
 */
async function buildInputsDigest(inputs) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const record = (...fields) => hash.update(`${fields.map(f => JSON.stringify(f)).join(' ')}\n`);
    // 2: the builder no longer counts (1 counted it).
    record('ggcd-build-inputs', 2);
    // No platforms: the builder's default, the machine's own, which a runner of another
    // architecture would not build.
    const platforms = inputs.platforms.length
        ? [...new Set(inputs.platforms)].sort().join(',')
        : `default ${hostPlatform()}`;
    record('platforms', platforms);
    const dockerfile = await (0,promises_.readFile)(inputs.dockerfile);
    record('dockerfile', dockerfile.length);
    hash.update(dockerfile);
    // Each only when given, so the digest of a build without them is what it always was (an
    // image pushed before these existed is still found by its inputs tag).
    const args = Object.entries(inputs.buildArgs ?? {}).sort(([a], [b]) => byCodePoint(a, b));
    if (args.length)
        record('build-args', ...args.flat());
    if (inputs.target)
        record('target', inputs.target);
    // A secret's value may change what a RUN step fetches, but hashing it would put something
    // derived from it in a tag anyone with pull rights reads; rotating a token is no rebuild.
    const ids = [...new Set(inputs.secretIds ?? [])].sort(byCodePoint);
    if (ids.length)
        record('secret-ids', ...ids);
    // An attestation changes what is pushed (an index, not the image's manifest alone).
    if (inputs.provenance)
        record('provenance', inputs.provenance);
    const ignoreFile = await findIgnoreFile(inputs);
    const matcher = new IgnoreMatcher(ignoreFile ? await (0,promises_.readFile)(ignoreFile, 'utf8') : '');
    const entries = [];
    await walkContext(inputs.context, '', matcher, entries, hash, record);
    return { digest: hash.digest('hex'), ignoreFile, entries };
}
/** This machine's platform as OCI names it (Node's arch names are not Go's). */
function hostPlatform(arch = process.arch) {
    const oci = { x64: 'amd64', ia32: '386', ppc64: 'ppc64le' };
    return `linux/${oci[arch] ?? arch}`;
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
    const home = env.HOME || (0,external_node_os_.homedir)();
    const dockerConfig = (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)(home, '.docker'), 'config.json');
    if (kind === 'docker')
        return [dockerConfig];
    const uid = process.getuid?.() ?? 0;
    return [
        ...(env.REGISTRY_AUTH_FILE ? [env.REGISTRY_AUTH_FILE] : []),
        (0,external_node_path_.join)(env.XDG_RUNTIME_DIR || `/run/containers/${uid}`, 'containers', 'auth.json'),
        (0,external_node_path_.join)(`/run/containers/${uid}`, 'auth.json'),
        (0,external_node_path_.join)(home, '.config', 'containers', 'auth.json'),
        dockerConfig
    ];
}
async function readJsonObject(path) {
    try {
        const value = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
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
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.parent ?? (env.RUNNER_TEMP || (0,external_node_os_.tmpdir)()), AUTH_DIR_PREFIX));
    try {
        await (0,promises_.chmod)(dir, 0o700);
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
        const write = (file, value) => (0,promises_.writeFile)((0,external_node_path_.join)(dir, file), `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
        if (kind !== 'docker') {
            await write('auth.json', { auths });
            return { dir, env: { REGISTRY_AUTH_FILE: (0,external_node_path_.join)(dir, 'auth.json') } };
        }
        // Docker keeps its plugins (buildx) and builder instances beside config.json: linked in,
        // so that the builder docker/setup-buildx-action made is still the one in use. A
        // credential store would put the login outside this directory, so there is none.
        const userDir = env.DOCKER_CONFIG || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker');
        for (const name of ['cli-plugins', 'buildx', 'contexts']) {
            if (await (0,promises_.lstat)((0,external_node_path_.join)(userDir, name)).then(() => true, () => false)) {
                await (0,promises_.symlink)((0,external_node_path_.join)(userDir, name), (0,external_node_path_.join)(dir, name));
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
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw error;
    }
}
/** Removes a per-run auth directory (only one of ours, by its name); never throws. */
async function removeRegistryAuth(dir) {
    if (!dir || !(0,external_node_path_.basename)(dir).startsWith(AUTH_DIR_PREFIX))
        return false;
    try {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/core/shared/interrupt.ts
var interrupt = __webpack_require__(190);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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
    return new shared_errors/* ConfigurationError */.j1(`The image builder '${command}' was not found${detail ? ` (${detail})` : ' on PATH'}: ${hint}, or choose another with the 'builder' input (docker, buildah or podman).`, 'builder');
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
            // Interrupted, the builder stops too: a push must not go on after the logout.
            const unregister = (0,interrupt/* registerCleanup */.qE)(() => void child.kill('SIGTERM'));
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

// EXTERNAL MODULE: ./src/core/shared/report.ts
var report = __webpack_require__(7423);
// EXTERNAL MODULE: ./src/core/shared/retry.ts
var shared_retry = __webpack_require__(4359);
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
        path: (0,external_node_path_.join)(options.workDir, `digest-${i}`),
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
    const metadata = (0,external_node_path_.join)(options.workDir, 'metadata.json');
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
    throw new shared_errors/* StepFailure */.pH(`${source} holds '${shown}', not an image digest (sha256:<64 hex digits); the push may not have completed.`);
}
/** The digest in the metadata file of `docker buildx build --metadata-file`. */
function parseBuildxMetadata(text, source) {
    let metadata;
    try {
        metadata = JSON.parse(text);
    }
    catch (error) {
        throw new shared_errors/* StepFailure */.pH(`${source} is not JSON (${(0,shared_errors/* errorMessage */.gJ)(error)}); the push may have failed.`);
    }
    const digest = metadata?.['containerimage.digest'];
    if (typeof digest !== 'string') {
        throw new shared_errors/* StepFailure */.pH(`${source} has no containerimage.digest; docker buildx did not report a pushed image.`);
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
class LoginFailure extends shared_errors/* StepFailure */.pH {
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
        throw new shared_errors/* ConfigurationError */.j1(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. $(git log -1 --format=%ct)); got '${sourceDateEpoch}'.`, 'SOURCE_DATE_EPOCH');
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
            throw new shared_errors/* StepFailure */.pH(`${what} failed (${c.command} exited with ${result.exitCode}):\n${outputTail(result)}`);
        }
        return result;
    }
    async function readDigest(file) {
        let text;
        try {
            text = await (0,promises_.readFile)(file.path, 'utf8');
        }
        catch (error) {
            throw new shared_errors/* StepFailure */.pH(`${kind} reported success but wrote no digest to ${file.path} (${(0,shared_errors/* errorMessage */.gJ)(error)}).`);
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
            await (0,shared_retry/* withRetry */.b)({ reporter, clock: options.clock ?? report/* systemClock */.ml, random: options.random }, `Login to ${registry.host}`, attempt, {
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
            const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tmpDir ?? (0,external_node_os_.tmpdir)(), buildDirPrefix()));
            const removal = (0,interrupt/* registerCleanup */.qE)(() => (0,promises_.rm)(workDir, { recursive: true, force: true }));
            // Never a pushed reference: another run on this machine may build under that one.
            const localName = localImageName(options.runId ?? newRunId());
            // Whether a build gave the local name to an image, which is then removed.
            let named = false;
            try {
                const secretFiles = {};
                if (secrets.length)
                    await (0,promises_.mkdir)((0,external_node_path_.join)(workDir, 'secrets'), { mode: 0o700 });
                for (const [i, [id, value]] of secrets.entries()) {
                    const file = (0,external_node_path_.join)(workDir, 'secrets', `secret-${i}`);
                    await (0,promises_.writeFile)(file, value, { mode: 0o600, flag: 'wx' });
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
                            if (!isRetryablePush((0,shared_errors/* errorMessage */.gJ)(error)))
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
                    throw new shared_errors/* StepFailure */.pH(`${kind} pushed no image.`);
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
                    }).catch((error) => ({ exitCode: 1, stdout: '', stderr: (0,shared_errors/* errorMessage */.gJ)(error) }));
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
async function registryLogout(builder, registry, runner = spawnRunner, reporter = new report/* MemoryReporter */.fA(), env) {
    try {
        await createBuilder(builder, runner, reporter, env ? { env } : {}).logout(registry);
        return true;
    }
    catch (error) {
        reporter.warning(`Could not log ${builder} out of ${registry.host}: ${(0,shared_errors/* errorMessage */.gJ)(error)}`);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/core/build/logins.ts
// What a crash leaves: a registry login (the ECR credential, valid for 12 hours, in an auth
// file), the builder's temporary directory and, with buildah or podman, the run's local image
// (localImageName) in the builder's storage. A process killed outright (SIGKILL, the
// machine's OOM killer) runs no cleanup and no post step, so the next run cleans up after
// it, but only what it can tell is ggcd's: a login or a local image ggcd recorded here before
// making it and whose process is gone, a `ggcd-build-<pid>-` directory whose process is
// gone. A login the user made themselves (same registry, same auth file), an image of a run
// still running or any image ggcd did not name is never touched.
//
// The record names the auth file of the login. With a per-run auth file the cleanup deletes
// that file (removeAuthFile); with the builder's shared one it logs the builder out.









/** Where the records live: not a job's temporary directory, which a crash may outlive. */
function loginsDir(env = process.env) {
    if (env.GGCD_STATE_DIR)
        return (0,external_node_path_.join)(env.GGCD_STATE_DIR, 'logins');
    const state = env.XDG_STATE_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.local', 'state');
    return (0,external_node_path_.join)(state, 'ggcd', 'logins');
}
/** Where the records of local images live, beside the logins'. */
function imagesDir(env = process.env) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(loginsDir(env)), 'images');
}
/** The only names the sweep removes: localImageName's. */
const LOCAL_NAME = /^localhost\/ggcd-run-\d+-[0-9a-f]+$/;
async function writeRecord(dir, record) {
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    const stamp = { pid: process.pid, host: (0,external_node_os_.hostname)(), at: new Date().toISOString() };
    // Two records of one process in one millisecond (a login and an image) are two files.
    const file = (0,external_node_path_.join)(dir, `${process.pid}-${Date.now()}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.json`);
    await (0,promises_.writeFile)(file, JSON.stringify({ ...record, ...stamp }), { mode: 0o600 });
    return file;
}
/** Records a login made by this process; the path returned is for forgetLogin. */
async function recordLogin(login, env = process.env) {
    return writeRecord(loginsDir(env), {
        builder: login.builder,
        registry: `${login.registry.insecure ? 'http://' : ''}${login.registry.host}`,
        ...(login.authFile ? { authFile: login.authFile } : {}),
        ...(login.removeAuthFile ? { removeAuthFile: true } : {})
    });
}
/**
 * Records the local name this process is about to build under, before the build; the path
 * returned is for forgetLogin, once the name is removed.
 */
async function recordImage(image, env = process.env) {
    return writeRecord(imagesDir(env), image);
}
/** The login (or local image) is undone: its record goes. */
async function forgetLogin(file) {
    await (0,promises_.rm)(file, { force: true });
}
/** Whether a process of this machine is still running. */
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: it exists, as another user's.
        return error.code === 'EPERM';
    }
}
/**
 * Undoes the logins and removes the local images and temporary directories of ggcd processes
 * of this machine that are gone. Never throws: a cleanup that fails is said, and the run goes on.
 */
async function cleanStale(runner, reporter, options = {}) {
    const alive = options.alive ?? isAlive;
    const done = { logins: 0, images: 0, dirs: 0 };
    const dir = loginsDir(options.env);
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    for (const name of names.filter(n => n.endsWith('.json'))) {
        const file = (0,external_node_path_.join)(dir, name);
        try {
            const record = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
            if (record.host !== (0,external_node_os_.hostname)() || alive(record.pid))
                continue;
            const registry = (0,core_registry/* parseRegistry */.l5)(record.registry);
            if (record.removeAuthFile && record.authFile) {
                await (0,promises_.rm)(record.authFile, { recursive: true, force: true });
            }
            else if (registry.ok) {
                // A logout that finds no login (the user logged out meanwhile) is no failure here.
                const quiet = {
                    info: m => reporter.info(m),
                    warning: m => reporter.debug(m),
                    debug: m => reporter.debug(m),
                    mask: secret => reporter.mask(secret),
                    group: (title, fn) => reporter.group(title, fn)
                };
                await registryLogout(record.builder, registry.value, runner, quiet);
            }
            await (0,promises_.rm)(file, { force: true });
            done.logins++;
            reporter.info(`Removed the login to ${record.registry} that ggcd process ${record.pid} left at ${record.at} (it ended without logging out).`);
        }
        catch (error) {
            reporter.warning(`Could not clean up the stale login recorded in ${file}: ${(0,shared_errors/* errorMessage */.gJ)(error)}`);
        }
    }
    const images = imagesDir(options.env);
    for (const name of (await (0,promises_.readdir)(images).catch(() => [])).filter(n => n.endsWith('.json'))) {
        const file = (0,external_node_path_.join)(images, name);
        try {
            const record = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
            if (record.host !== (0,external_node_os_.hostname)() || alive(record.pid))
                continue;
            if (!LOCAL_NAME.test(record.image) || !['buildah', 'podman'].includes(record.builder)) {
                throw new Error(`'${record.image}' (${record.builder}) is no local name ggcd gives`);
            }
            let removed = true;
            // The name is one argument of the builder's own command, never through a shell.
            for (const c of cleanupCommands(record.builder, record, { localName: record.image })) {
                const result = await (runner ?? spawnRunner).run(c.command, c.args, {
                    onOutput: line => reporter.debug(line)
                });
                if (result.exitCode === 0)
                    continue;
                if (!IMAGE_GONE.test(`${result.stderr}\n${result.stdout}`)) {
                    throw new Error(`${c.command} ${c.args.join(' ')} failed: ${outputTail(result, 3)}`);
                }
                removed = false;
            }
            await (0,promises_.rm)(file, { force: true });
            const what = `local image ${record.image} of ggcd process ${record.pid} (${record.at})`;
            if (!removed)
                reporter.debug(`No ${what} to remove: it is gone already.`);
            else {
                done.images++;
                reporter.info(`Removed the ${what}: it ended without removing it.`);
            }
        }
        catch (error) {
            reporter.warning(`Could not clean up the stale local image recorded in ${file}: ${(0,shared_errors/* errorMessage */.gJ)(error)}`);
        }
    }
    const temp = options.tmpDir ?? (0,external_node_os_.tmpdir)();
    const entries = await (0,promises_.readdir)(temp).catch(() => []);
    for (const name of entries) {
        const m = /^ggcd-build-(\d+)-/.exec(name);
        if (!m || Number(m[1]) === process.pid || alive(Number(m[1])))
            continue;
        await (0,promises_.rm)((0,external_node_path_.join)(temp, name), { recursive: true, force: true }).then(() => void done.dirs++, (error) => reporter.warning(`Could not remove ${(0,external_node_path_.join)(temp, name)}: ${(0,shared_errors/* errorMessage */.gJ)(error)}`));
    }
    if (done.dirs)
        reporter.info(`Removed ${done.dirs} temporary build directories of ended runs.`);
    return done;
}

;// CONCATENATED MODULE: ./src/core/build/repository.ts
// The ECR repository the build-push step pushes to: found (DescribeRepositories), or created
// with scan on push, immutable tags (but BuildKit's cache tag), AES256 encryption and a
// lifecycle policy that expires untagged images; and its images looked up by tag.




/** The exclusion filter that keeps BuildKit's cache tags mutable in an IMMUTABLE repository. */
const CACHE_TAG_FILTER = `${CACHE_TAG_PREFIX}*`;
/** Days after which the lifecycle policy of a repository ggcd creates expires an untagged image. */
const UNTAGGED_EXPIRY_DAYS = 14;
/**
 * The lifecycle policy of a repository ggcd creates: untagged images expire. Every image ggcd
 * pushes is tagged (image-tag and the inputs tag), so what is untagged is what a push cut short
 * left behind, or an image whose tags someone removed. The per-platform images of a
 * multi-platform image are untagged too, but ECR never expires an image an index refers to.
 */
function lifecyclePolicyText(days = UNTAGGED_EXPIRY_DAYS) {
    return JSON.stringify({
        rules: [
            {
                rulePriority: 1,
                description: `Expire untagged images ${days} days after their push (set by ggcd)`,
                selection: {
                    tagStatus: 'untagged',
                    countType: 'sinceImagePushed',
                    countUnit: 'days',
                    countNumber: days
                },
                action: { type: 'expire' }
            }
        ]
    });
}
function ecrFailure(action, error, resource) {
    return (0,shared_errors/* awsFailure */.MT)(error, {
        action: `ecr:${action}`,
        resource,
        hint: "Check the region and the credentials' account, then rerun."
    });
}
/** Whether the repository exists; an existing one is checked for a cache tag it could refuse. */
async function repositoryExists(access, inputs, repositoryArn) {
    const { ecr, call, accountId, repository } = access;
    try {
        const described = await call('DescribeRepositories', () => ecr.send(new client_ecr_dist_cjs/* DescribeRepositoriesCommand */.pE_({ registryId: accountId, repositoryNames: [repository] })));
        checkCacheTagMutable(inputs, described.repositories?.[0]);
        return true;
    }
    catch (error) {
        if (error instanceof shared_errors/* ConfigurationError */.j1)
            throw error;
        if ((0,shared_errors/* awsErrorName */.ZH)(error) !== 'RepositoryNotFoundException') {
            throw ecrFailure('DescribeRepositories', error, repositoryArn);
        }
        return false;
    }
}
/** The image a tag names, or undefined when the tag is free. */
async function imageByTag(access, tag, repositoryArn) {
    const { ecr, call, accountId, repository, host } = access;
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
            throw new shared_errors/* StepFailure */.pH(`ECR reports digest '${digest}' for ${host}/${repository}:${tag}; expected sha256:<64 hex>.`);
        }
        return { digest, tags: image?.imageTags ?? [] };
    }
    catch (error) {
        if ((0,shared_errors/* awsErrorName */.ZH)(error) === 'ImageNotFoundException')
            return undefined;
        if (error instanceof shared_errors/* StepFailure */.pH)
            throw error;
        throw ecrFailure('DescribeImages', error, repositoryArn);
    }
}
/**
 * Creates the repository; true when this run created it, false when it was there by the time
 * the create arrived (which is what we wanted): another run made it since our describe, or
 * this run's own create did, its answer lost and the SDK's retry told it exists. Either way
 * the repository is one ggcd made in this run's window, so it gets ggcd's lifecycle policy
 * (the same text every time) as one created here would.
 */
async function createRepository(access, inputs, repositoryArn, reporter) {
    const { ecr, call, accountId, repository } = access;
    try {
        await call('CreateRepository', () => ecr.send(new client_ecr_dist_cjs/* CreateRepositoryCommand */.WTe(createRepositoryInput(inputs, accountId))));
        reporter.info(`Created ECR repository ${repository} (scan on push, immutable tags${useCacheTag(inputs) ? ` but ${CACHE_TAG_FILTER}, the build cache` : ''}, AES256 encryption).`);
        await putLifecyclePolicy(access, repositoryArn, reporter);
        return true;
    }
    catch (error) {
        // Another run created it between our describe and create: that is what we wanted.
        if ((0,shared_errors/* awsErrorName */.ZH)(error) !== 'RepositoryAlreadyExistsException') {
            throw ecrFailure('CreateRepository', error, repositoryArn);
        }
        reporter.info(`ECR repository ${repository} was created just now (by another run, or by this run's own create whose answer was lost); using it.`);
        await putLifecyclePolicy(access, repositoryArn, reporter);
        return false;
    }
}
// The repository works without it: a failure is said, and the push goes on.
async function putLifecyclePolicy(access, repositoryArn, reporter) {
    const { ecr, call, accountId, repository } = access;
    try {
        await call('PutLifecyclePolicy', () => ecr.send(new client_ecr_dist_cjs/* PutLifecyclePolicyCommand */.Rcn({
            registryId: accountId,
            repositoryName: repository,
            lifecyclePolicyText: lifecyclePolicyText()
        })));
        reporter.info(`Set the lifecycle policy of ${repository}: untagged images expire ${UNTAGGED_EXPIRY_DAYS} days after their push.`);
    }
    catch (error) {
        reporter.warning(`${ecrFailure('PutLifecyclePolicy', error, repositoryArn).message} The repository is used without a lifecycle policy: untagged images stay until someone deletes them.`);
    }
}
/** BuildKit's cache is one tag pushed again on every build; buildah's are content keys. */
function useCacheTag(inputs) {
    return Boolean(inputs.cache) && inputs.builder === 'docker';
}
/** The repository ggcd creates: scan on push, immutable tags (but the cache's), AES256. */
function createRepositoryInput(inputs, accountId) {
    return {
        registryId: accountId,
        repositoryName: inputs.repository,
        imageScanningConfiguration: { scanOnPush: true },
        ...tagMutability(inputs),
        encryptionConfiguration: { encryptionType: 'AES256' }
    };
}
/** CreateRepository's tag mutability: immutable, but for the cache tag when there is one. */
function tagMutability(inputs) {
    if (!useCacheTag(inputs))
        return { imageTagMutability: 'IMMUTABLE' };
    return {
        imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
        imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: CACHE_TAG_FILTER }]
    };
}
/**
 * An existing repository where the cache tag could be pushed once and never again: found
 * before anything is built, with the command that fixes it.
 */
function checkCacheTagMutable(inputs, repository) {
    if (!useCacheTag(inputs) || !repository)
        return;
    const mutability = repository.imageTagMutability;
    if (mutability === 'MUTABLE' || mutability === undefined)
        return;
    const filters = repository.imageTagMutabilityExclusionFilters ?? [];
    const tag = cacheTag(inputs.target);
    if (mutability === 'IMMUTABLE_WITH_EXCLUSION' && filters.some(f => wildcard(f.filter, tag))) {
        return;
    }
    throw new shared_errors/* ConfigurationError */.j1(`Input 'cache': ECR repository ${inputs.repository} has immutable tags, so BuildKit's cache tag ${tag} could be pushed only once. Exclude it from immutability (aws ecr put-image-tag-mutability --repository-name ${inputs.repository} --image-tag-mutability IMMUTABLE_WITH_EXCLUSION --image-tag-mutability-exclusion-filters filterType=WILDCARD,filter='${CACHE_TAG_FILTER}'), or set cache to false.`, 'cache');
}
/** ECR's WILDCARD exclusion filter: `*` matches any run of characters. */
function wildcard(filter, tag) {
    if (!filter)
        return false;
    const regex = filter
        .split('*')
        .map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${regex}$`).test(tag);
}

;// CONCATENATED MODULE: ./src/core/build/reuse.ts
// Which image a build-push run deploys, decided from what ECR shows (DescribeImages lists
// every tag of an image):
//   - the image under image-tag, when it also carries this run's inputs tag (the inputs tag
//     names that very digest): a rerun of the commit;
//   - else the image under the inputs tag, whatever commit it was built for (a docs-only
//     commit): reused as it is, image-tag is not added to it, since that would be a change
//     (ECR PutImage);
//   - else a new build, pushed under image-tag when that tag is free; when it names an image
//     of other build inputs (a rerun after a fix, another Dockerfile or platforms), under
//     <image-tag>-<first 12 hex of the build inputs>, since ECR tags are immutable.
// That a tag exists proves nothing about what it names: only the inputs tag on the same
// digest does. (Anyone with push rights could push that tag too; so could they a label.)


/** What an existing repository holds decides: reuse an image, or build under which tag. */
async function decideReuse(q) {
    const { imageTag, inputsTag, buildInputs, image, repository, reporter } = q;
    const reference = `${image}:${imageTag}`;
    const atTag = await q.imageByTag(imageTag);
    // The inputs tag on the very image: the registry's word that it has these build inputs.
    if (atTag && (imageTag === inputsTag || atTag.tags.includes(inputsTag))) {
        reporter.info(`${reference} already exists as ${atTag.digest}, built from the same build inputs (it carries ${inputsTag}): reusing it, nothing is built or pushed.`);
        return { digest: atTag.digest, reused: true, reusedBecause: 'tag' };
    }
    const same = imageTag === inputsTag ? undefined : await q.imageByTag(inputsTag);
    // The tag list that left the inputs tag out lagged behind the tags (seen in mirrors of
    // ECR, not in ECR): the inputs tag names the same digest, which is what counts.
    if (atTag && same?.digest === atTag.digest) {
        reporter.info(`${reference} already exists as ${atTag.digest}, which ${inputsTag} names too (the same build inputs): reusing it, nothing is built or pushed.`);
        return { digest: atTag.digest, reused: true, reusedBecause: 'tag' };
    }
    const suffixed = suffixedTag(imageTag, buildInputs);
    let held = '';
    let tagHeldBy;
    if (atTag) {
        tagHeldBy = atTag.digest;
        held = `${reference} holds ${atTag.digest}, an image of other build inputs (${tagsText(atTag.tags, inputsTag)}); `;
    }
    if (same) {
        if (atTag && same.tags.includes(suffixed)) {
            reporter.info(`${held}${image}:${suffixed} already exists as ${same.digest}, built from these build inputs (it carries ${inputsTag}): reusing it, nothing is built or pushed.`);
            return { digest: same.digest, reused: true, reusedBecause: 'tag', tag: suffixed, tagHeldBy };
        }
        const builtFor = same.tags.filter(t => !t.startsWith(INPUTS_TAG_PREFIX)).sort();
        const others = builtFor.length ? ` (built for ${builtFor.join(', ')})` : '';
        reporter.info(`${held}${image}:${inputsTag} already exists as ${same.digest}${others}: the same build inputs, so it is reused; nothing is built or pushed, and ${imageTag} is not added to it.`);
        return {
            digest: same.digest,
            reused: true,
            reusedBecause: 'inputs',
            tag: inputsTag,
            builtFor,
            tagHeldBy
        };
    }
    if (!atTag)
        return { reused: false, pushTag: imageTag };
    const taken = await q.imageByTag(suffixed);
    if (taken) {
        // It would carry the inputs tag if it were of these inputs; ECR cannot retag it.
        throw new shared_errors/* ConfigurationError */.j1(`Input 'image-tag': ${reference} and ${image}:${suffixed} both name images of other build inputs (${atTag.digest}, ${taken.digest}), and ECR tags are immutable; set image-tag to a tag not yet in ${repository}, or delete ${suffixed} from it.`, 'image-tag');
    }
    reporter.info(`${held}ECR tags are immutable, so this build ${q.dryRun ? 'would be' : 'is'} pushed as ${suffixed} instead.`);
    return { reused: false, pushTag: suffixed, tagHeldBy };
}
/** An image's tags for a message: which inputs tag it has, if any. */
function tagsText(tags, inputsTag) {
    const own = tags.filter(t => t.startsWith(INPUTS_TAG_PREFIX));
    if (own.length === 0)
        return `no ${INPUTS_TAG_PREFIX} tag, so not a build ggcd can tie to any inputs`;
    return `tagged ${own.join(', ')}, not ${inputsTag}`;
}

;// CONCATENATED MODULE: ./src/core/build/build-push.ts
// The build-push step: make sure the ECR repository exists, reuse an image only when the
// registry shows it was built from this run's build inputs, otherwise log in with an ECR
// token, build, push and report the image by digest — the only form the recipe may pin.
//
// Build inputs: every image ggcd pushes carries a second tag, ggcd-inputs-<32 hex> (the start
// of buildInputsDigest: the Dockerfile, the context the build sees, the platforms), and the
// label dev.ggcd.build-inputs=<64 hex>. Same inputs, same tag, so the tag never has to move
// in an IMMUTABLE repository.
//
// Which image: reuse.ts decides, from what ECR shows. The repository: repository.ts.
//
// Dry run: read-only ECR calls only; no repository is created and no builder runs. The same
// decision is made and said; when an image would be reused its real digest is returned,
// otherwise imageDigest is '' and imageUri carries DRY_RUN_DIGEST (all zeros), so the later
// steps can still render and plan while no one can mistake it for a pushed image.
















const DRY_RUN_DIGEST = `sha256:${'0'.repeat(64)}`;
const REVISION_LABEL = 'org.opencontainers.image.revision';
const SOURCE_LABEL = 'org.opencontainers.image.source';
const CREATED_LABEL = 'org.opencontainers.image.created';
/**
 * The OCI labels that say which commit an image was built from. Never build inputs: they
 * change with every commit, and a docs-only commit must reuse the image as it is.
 */
function commitLabels(imageTag, env, now) {
    const labels = { [REVISION_LABEL]: env.GITHUB_SHA || imageTag };
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) {
        labels[SOURCE_LABEL] = `${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}`;
    }
    // SOURCE_DATE_EPOCH keeps a reproducible build reproducible; otherwise the build's time.
    const epoch = env.SOURCE_DATE_EPOCH;
    const created = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
    labels[CREATED_LABEL] = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return labels;
}
async function buildPush(inputs, clients, ctx, options = {}) {
    // Before anything can print them.
    for (const value of Object.values(inputs.secrets ?? {}))
        ctx.reporter.mask(value);
    const { reporter } = ctx;
    const { ecr } = clients;
    const { repository, imageTag, accountId, region } = inputs;
    const dryRun = options.dryRun ?? false;
    // Everything the user can get wrong is found before anything is created.
    (0,core_registry/* checkRegistry */.qW)(inputs.registry, accountId, region);
    const registry = (0,core_registry/* registryOf */.Fv)(inputs.registry, accountId, region);
    const repositoryArn = (0,arns/* repositoryArn */.qM)(region, accountId, repository);
    const call = (action, fn) => (0,shared_retry/* withRetry */.b)(ctx, `ecr:${action}`, fn, { retryable: shared_errors/* isTransient */.dg });
    // Everything the user can get wrong is found before anything is created.
    await checkSources(inputs);
    const builder = createBuilder(inputs.builder, options.runner ?? spawnRunner, reporter, {
        clock: ctx.clock,
        random: ctx.random,
        sleep: ms => ctx.clock.sleep(ms)
    });
    // What a crashed run of this machine left (a login, temporary files), even when this run
    // reuses an image and never logs in itself.
    if (!dryRun)
        await cleanStale(options.runner ?? spawnRunner, reporter);
    const { digest: buildInputs, ignoreFile, entries } = await readBuildInputs(inputs);
    const inputsTag = build_inputs_inputsTag(buildInputs);
    const inputsReference = `${registry.host}/${repository}:${inputsTag}`;
    reporter.info(`Build inputs ${buildInputs.slice(0, 12)}…: ${inputs.dockerfile}, ${entries.length} entries of ${inputs.context}${ignoreFile ? ` (through ${ignoreFile})` : ''}${platformsText(inputs.platforms)}${stageText(inputs)}, ${inputs.builder}.`);
    reporter.debug(`Build context as the build sees it: ${entries.join(', ')}`);
    const result = (digest, extra) => ({
        imageUri: `${registry.host}/${repository}@${digest}`,
        imageDigest: digest,
        registry: registry.host,
        repository,
        imageTag,
        tag: imageTag,
        repositoryCreated: false,
        reused: false,
        buildInputs,
        inputsTag,
        ...extra
    });
    const access = { ecr, call, accountId, repository, host: registry.host };
    const existingImage = (tag) => imageByTag(access, tag, repositoryArn);
    const exists = await repositoryExists(access, inputs, repositoryArn);
    // The tag this run pushes under, unless an image of these inputs is found first.
    let pushTag = imageTag;
    let tagHeldBy;
    if (exists) {
        const decided = await decideReuse({
            imageTag,
            inputsTag,
            buildInputs,
            image: `${registry.host}/${repository}`,
            repository,
            dryRun,
            imageByTag: existingImage,
            reporter
        });
        if (decided.reused) {
            const { digest, ...extra } = decided;
            return result(digest, extra);
        }
        ;
        ({ pushTag, tagHeldBy } = decided);
    }
    const pushReference = `${registry.host}/${repository}:${pushTag}`;
    if (dryRun) {
        if (!exists) {
            reporter.info(`Dry run: would create ECR repository ${repository} (scan on push, immutable tags, AES256 encryption, untagged images expiring after ${UNTAGGED_EXPIRY_DAYS} days).`);
        }
        reporter.info(`Dry run: would build ${pushReference} with ${inputs.builder}${platformsText(inputs.platforms)} and push it, also as ${inputsTag} (not built); no image has these build inputs yet.`);
        return { ...result(DRY_RUN_DIGEST, { tag: pushTag, tagHeldBy }), imageDigest: '' };
    }
    await builder.check();
    const repositoryCreated = exists
        ? false
        : await createRepository(access, inputs, repositoryArn, reporter);
    const { username, password } = await authorization(ecr, call, reporter);
    // The login goes into an auth file of this run's own (createRegistryAuth), never the
    // user's, and no login is left behind, whatever happens next: it is undone below once the
    // push is over (nothing after it needs the registry), at an interruption (registerCleanup),
    // by the action's post step if this process dies first, and, should all of that be
    // skipped (SIGKILL), by the next run on this machine (recordLogin, cleanStale).
    const runner = options.runner ?? spawnRunner;
    // buildah and podman build into local storage under this run's own name, removed after
    // the push (buildAndPush); recorded before it exists, so that the next run removes what a
    // run killed before that leaves (cleanStale). Forgotten only once the build is over.
    const runId = newRunId();
    const image = inputs.builder === 'docker'
        ? undefined
        : await recordImage({
            builder: inputs.builder,
            image: localImageName(runId),
            platforms: inputs.platforms
        });
    const auth = await createRegistryAuth(inputs.builder, registry);
    ctx.saveState?.('registry-auth-dir', auth.dir);
    const record = await recordLogin({
        builder: inputs.builder,
        registry,
        authFile: auth.dir,
        removeAuthFile: true
    });
    // Once the builder has the local name, it alone says when it is gone: a removal that
    // failed leaves the record for the next run's sweep.
    let builderHasName = false;
    const authed = createBuilder(inputs.builder, runner, reporter, {
        runId,
        env: auth.env,
        clock: ctx.clock,
        random: ctx.random,
        sleep: ms => ctx.clock.sleep(ms),
        ...(image ? { onLocalNameGone: () => forgetLogin(image) } : {})
    });
    let loggedIn = false;
    const cleanUp = async () => {
        if (loggedIn && (await registryLogout(inputs.builder, registry, runner, reporter, auth.env))) {
            reporter.info(`Logged out of ${registry.host}`);
            ctx.saveState?.('logout-builder', '');
        }
        loggedIn = false;
        await removeRegistryAuth(auth.dir);
        ctx.saveState?.('registry-auth-dir', '');
        await forgetLogin(record);
    };
    const registration = (0,interrupt/* registerCleanup */.qE)(cleanUp);
    try {
        await authed.login(registry, username, password);
        loggedIn = true;
        ctx.saveState?.('logout-builder', inputs.builder);
        ctx.saveState?.('logout-registry', `${registry.insecure ? 'http://' : ''}${registry.host}`);
        return await pushImage();
    }
    finally {
        await registration.undo();
        if (image && !builderHasName)
            await forgetLogin(image);
    }
    async function pushImage() {
        // The inputs tag first: a push cut short after it leaves an image the next run finds
        // by its inputs, where one cut short after the other tag would leave an image no run can
        // tell the inputs of.
        const references = pushTag === inputsTag ? [pushReference] : [inputsReference, pushReference];
        let digest;
        try {
            builderHasName = true;
            ({ digest } = await authed.buildAndPush({
                context: inputs.context,
                dockerfile: inputs.dockerfile,
                platforms: inputs.platforms,
                references,
                labels: {
                    ...commitLabels(imageTag, options.env ?? process.env, ctx.clock.now()),
                    [BUILD_INPUTS_LABEL]: buildInputs
                },
                insecure: registry.insecure,
                buildArgs: inputs.buildArgs,
                target: inputs.target,
                secrets: inputs.secrets,
                provenance: inputs.provenance,
                cache: inputs.cache ? `${registry.host}/${repository}` : undefined
            }));
        }
        catch (error) {
            // A concurrent run with the same build inputs may have pushed the immutable tags
            // first: its image is as good as ours. Only the inputs tag vouches for that; an image
            // that another build pushed under pushTag meanwhile is never taken.
            if (!(error instanceof shared_errors/* StepFailure */.pH))
                throw error;
            const pushed = await existingImage(inputsTag).catch(() => undefined);
            if (!pushed)
                throw error;
            const tag = pushed.tags.includes(pushTag) ? pushTag : inputsTag;
            reporter.warning(`Our push failed, but ${inputsReference} was pushed meanwhile (by a concurrent run with the same build inputs?) as ${pushed.digest}: using it${tag === pushTag ? '' : `; ${pushTag} does not name it`}.`);
            return result(pushed.digest, { repositoryCreated, tag, tagHeldBy });
        }
        reporter.info(`Pushed ${pushReference}${pushTag === inputsTag ? '' : ` and ${inputsTag}`} as ${digest}`);
        return result(digest, { repositoryCreated, tag: pushTag, tagHeldBy });
    }
}
// ---------------------------------------------------------------------------------------
async function checkSources(inputs) {
    const isDir = await (0,promises_.stat)(inputs.context).then(s => s.isDirectory(), () => false);
    if (!isDir) {
        throw new shared_errors/* ConfigurationError */.j1(`Input 'context': '${inputs.context}' is not a directory (relative to ${process.cwd()}); set it to the folder the image is built from, e.g. container.`, 'context');
    }
    const isFile = await (0,promises_.stat)(inputs.dockerfile).then(s => s.isFile(), () => false);
    if (!isFile) {
        throw new shared_errors/* ConfigurationError */.j1(`Input 'dockerfile': '${inputs.dockerfile}' is not a file (relative to ${process.cwd()}); set it to the Dockerfile's path, or leave it empty for <context>/Dockerfile.`, 'dockerfile');
    }
}
async function readBuildInputs(inputs) {
    try {
        return await buildInputsDigest({
            context: inputs.context,
            dockerfile: inputs.dockerfile,
            platforms: inputs.platforms,
            builder: inputs.builder,
            buildArgs: inputs.buildArgs,
            target: inputs.target,
            secretIds: Object.keys(inputs.secrets ?? {}),
            provenance: inputs.provenance
        });
    }
    catch (error) {
        throw new shared_errors/* ConfigurationError */.j1(`Cannot read the build's inputs (${inputs.dockerfile} and the context ${inputs.context}): ${(0,shared_errors/* errorMessage */.gJ)(error)}. Make every file of the context readable, or keep it out with .dockerignore.`, 'context');
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
        throw new shared_errors/* StepFailure */.pH('ECR GetAuthorizationToken returned no authorization token.');
    reporter.mask(token);
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0 || colon === decoded.length - 1) {
        throw new shared_errors/* StepFailure */.pH('ECR returned an authorization token that is not base64 of <user>:<password>.');
    }
    const password = decoded.slice(colon + 1);
    reporter.mask(password);
    return { username: decoded.slice(0, colon), password };
}
/** The build args' names, the target and the secrets' ids: never a value. */
function stageText(inputs) {
    const parts = [];
    const args = Object.keys(inputs.buildArgs ?? {});
    if (args.length)
        parts.push(`build args ${args.join(', ')}`);
    if (inputs.target)
        parts.push(`target ${inputs.target}`);
    const ids = Object.keys(inputs.secrets ?? {});
    if (ids.length)
        parts.push(`secrets ${ids.join(', ')}`);
    if (inputs.provenance)
        parts.push(`provenance ${inputs.provenance}`);
    return parts.length ? `, ${parts.join(', ')}` : '';
}
function platformsText(platforms) {
    return platforms.length ? ` for ${platforms.join(', ')}` : '';
}

// EXTERNAL MODULE: ./src/core/deploy/counts.ts
var counts = __webpack_require__(7611);
;// CONCATENATED MODULE: ./src/core/deploy/fleet.ts
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
    /** One DescribeJob: the aggregate counts and the job's status. `retry`: while waiting,
     * retries bounded by the wait's deadline. */
    async poll(retry = {}) {
        const { job } = await (0,shared_retry/* withRetry */.b)(this.ctx, `DescribeJob ${this.jobId}`, () => this.iot.send(new client_iot_dist_cjs/* DescribeJobCommand */.cPL({ jobId: this.jobId })), retry);
        this.counts = (0,counts/* jobCounts */.O0)(job?.jobProcessDetails);
        this.status = job?.status;
    }
    /**
     * At most one ListJobExecutionsForJob page, and only when a failure count grew beyond what
     * was listed, until LISTED_FAILURES are listed. Returns the things newly listed.
     */
    async listNewFailures(retry = {}) {
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
        const page = await (0,shared_retry/* withRetry */.b)(this.ctx, `ListJobExecutionsForJob ${this.jobId}`, () => this.iot.send(new client_iot_dist_cjs/* ListJobExecutionsForJobCommand */.OnS({
            jobId: this.jobId,
            status,
            maxResults: LISTED_FAILURES - this.listed.size,
            nextToken: this.tokens[status]
        })), retry);
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

// EXTERNAL MODULE: ./src/core/target-names.ts
var target_names = __webpack_require__(5499);
;// CONCATENATED MODULE: ./src/core/targets.ts
// The targets as IoT knows them. CreateDeployment takes any well-formed thing or thing-group
// ARN, so a misspelt target is found out only after the component version and a deployment
// exist: each target is therefore looked up first (read-only), and a missing one is bad input
// before anything changes. A group's members come from IoT too: Greengrass's
// ListCoreDevices(thingGroupArn) lists only devices that already ran the group's deployment
// (none, the first time) and keeps devices removed from the group.







/** Lookups in flight at most: a long target list should not trip IoT's rate limits. */
const LOOKUP_CONCURRENCY = 4;
/** ListThingsInThingGroup's largest page. */
const MEMBERS_PAGE = 250;
/**
 * Looks every target up in IoT (DescribeThing, DescribeThingGroup) and every thing in
 * Greengrass (GetCoreDevice). Throws a ConfigurationError naming every missing target and
 * the fix; warns about each thing that is not a core device (Greengrass keeps its deployment
 * until it is provisioned as one). Read-only.
 */
async function checkTargets(sources, where, clients, ctx) {
    const seen = new Set();
    const items = [];
    for (const from of sources) {
        for (const target of from.targets) {
            const key = (0,target_names/* targetLabel */.Op)(target);
            if (!seen.has(key))
                items.push({ target, from });
            seen.add(key);
        }
    }
    const found = await mapLimit(items, LOOKUP_CONCURRENCY, ({ target }) => lookUp(target, where, clients, ctx));
    const missing = items.filter((_, i) => found[i] === 'missing');
    if (missing.length > 0) {
        const place = `${where.region} (account ${where.accountId})`;
        const lines = missing.map(({ target, from }) => target.kind === 'thing'
            ? `Target ${(0,target_names/* targetLabel */.Op)(target)} (${from.source}) does not exist: there is no IoT thing named ${target.name} in ${place}. Check the name and the region, or provision the device first (Greengrass core setup with --provision true creates its thing).`
            : `Target ${(0,target_names/* targetLabel */.Op)(target)} (${from.source}) does not exist: there is no IoT thing group named ${target.name} in ${place}. Check the name and the region, or create the group (aws iot create-thing-group --thing-group-name ${target.name}) and add the core devices to it.`);
        throw new shared_errors/* ConfigurationError */.j1(`${lines.join('\n')}\nNothing was changed.`, missing[0].from.subject);
    }
    const notCoreDevices = items
        .filter((_, i) => found[i] === 'not-core')
        .map(({ target }) => target.name);
    for (const name of notCoreDevices) {
        ctx.reporter.warning(`Target thing/${name} is an IoT thing but not a Greengrass core device: its deployment waits until the device is provisioned as one (install the Greengrass nucleus on it), so waiting for it reports no success.`);
    }
    return { notCoreDevices };
}
async function lookUp(target, where, clients, ctx) {
    const arn = (0,target_names/* targetArn */.lZ)(target, where.region, where.accountId);
    const exists = target.kind === 'thing'
        ? await read(ctx, 'iot:DescribeThing', arn, () => clients.iot.send(new client_iot_dist_cjs/* DescribeThingCommand */.jnU({ thingName: target.name })))
        : await read(ctx, 'iot:DescribeThingGroup', arn, () => clients.iot.send(new client_iot_dist_cjs/* DescribeThingGroupCommand */.Qli({ thingGroupName: target.name })));
    if (!exists)
        return 'missing';
    if (target.kind === 'thinggroup')
        return 'ok';
    const device = (0,arns/* coreDeviceArn */.pP)(where.region, where.accountId, target.name);
    const core = await read(ctx, 'greengrass:GetCoreDevice', device, () => clients.greengrass.send(new client_greengrassv2_dist_cjs/* GetCoreDeviceCommand */.DuZ({ coreDeviceThingName: target.name })));
    return core ? 'ok' : 'not-core';
}
/** A group's things (child groups' too, as its deployment reaches them), `limit` at most
 * unless the page holds more; `more` says the list stopped early. The one paging of
 * ListThingsInThingGroup: deploy's wait and the smoke check both list through it. */
async function groupMembers(iot, ctx, group, limit = Infinity, options = {}) {
    const failure = options.failure ??
        ((error) => readFailure('iot:ListThingsInThingGroup', `thing group ${group}`, error));
    const names = [];
    let nextToken;
    do {
        const page = await (0,shared_retry/* withRetry */.b)(ctx, `ListThingsInThingGroup ${group}`, () => iot.send(new client_iot_dist_cjs/* ListThingsInThingGroupCommand */.LNt({
            thingGroupName: group,
            recursive: true,
            maxResults: MEMBERS_PAGE,
            nextToken
        })), { ...options.retry, retryable: isServerError }).catch(error => {
            throw failure(error);
        });
        names.push(...(page.things ?? []));
        nextToken = page.nextToken;
    } while (nextToken && names.length < limit);
    return { names, more: nextToken !== undefined };
}
/** One read; false when the resource does not exist. Throttling and 5xx are retried. */
async function read(ctx, action, resource, fn) {
    try {
        await (0,shared_retry/* withRetry */.b)(ctx, `${action} ${resource}`, fn, { retryable: isServerError });
        return true;
    }
    catch (error) {
        if ((0,shared_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException')
            return false;
        throw readFailure(action, resource, error);
    }
}
function isServerError(error) {
    return ((0,shared_errors/* httpStatus */.nG)(error) ?? 0) >= 500;
}
function readFailure(action, resource, error) {
    return (0,shared_errors/* awsFailure */.MT)(error, { action, resource });
}
/**
 * Which of a group's things are Greengrass core devices (GetCoreDevice, read-only). A thing
 * group may also hold plain IoT things (a sensor): the deployment never runs there, so the
 * wait and the smoke check must not wait for them. A member Greengrass does not know is
 * skipped and named; any other answer (throttling past its retries, a denial) keeps the
 * member, whose own status then says what is wrong.
 */
async function coreMembers(gg, ctx, names) {
    const known = await mapLimit(names, LOOKUP_CONCURRENCY, async (name) => {
        try {
            await (0,shared_retry/* withRetry */.b)(ctx, `GetCoreDevice ${name}`, () => gg.send(new client_greengrassv2_dist_cjs/* GetCoreDeviceCommand */.DuZ({ coreDeviceThingName: name })), { retryable: isServerError });
            return true;
        }
        catch (error) {
            return (0,shared_errors/* awsErrorName */.ZH)(error) !== 'ResourceNotFoundException';
        }
    });
    return {
        core: names.filter((_, i) => known[i]),
        skipped: names
            .filter((_, i) => !known[i])
            .map(name => ({ name, why: 'an IoT thing that is not a Greengrass core device' }))
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./src/core/shared/files.ts
// The files the user keeps (templates, the deployment file, the rendered recipe), read with
// one message for each way that fails: the input that names the file, and what to do.


/**
 * The text of `file`, named by `input`. A missing file says `whenMissing` (what the file
 * is and how to get it); any other read error says why it could not be read.
 */
async function readInputFile(file, input, whenMissing) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw new shared_errors/* ConfigurationError */.j1(missing
            ? `Input '${input}': ${whenMissing}`
            : `Input '${input}': cannot read ${file}: ${(0,shared_errors/* errorMessage */.gJ)(error)}.`, input);
    }
}

// EXTERNAL MODULE: ./src/core/config.ts
var config = __webpack_require__(4489);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/sh-syntax/lib/index.js + 3 modules
var lib = __webpack_require__(7589);
// EXTERNAL MODULE: ./node_modules/sh-syntax/vendors/wasm_exec.cjs
var wasm_exec = __webpack_require__(3720);
;// CONCATENATED MODULE: ./src/core/recipe/shell.ts
// Lifecycle scripts read as the device's shell reads them. mvdan/sh (the sh-syntax package, as
// WebAssembly) decides whether a script parses at all and where it breaks; its JSON tree stops
// at statements (a command's words are not in it), so the words of each simple command are
// then read here from the script it accepted: comments, quotes, escapes, continuations,
// here-documents, redirections and the operators that end a command, as POSIX sh defines them.


// The Go runtime the WebAssembly needs. Imported by name because sh-syntax's package.json
// marks its .cjs file free of side effects, so a bundler would drop a bare import.

void wasm_exec;
// A literal path the bundler sees: ncc copies the file next to the bundle and rewrites this.
const WASM = __webpack_require__.ab + "main.wasm";
const parseShell = (0,lib/* getProcessor */.R)(() => (0,promises_.readFile)(WASM));
/** The script's simple commands, or the shell's syntax error and its line. */
async function readScript(script) {
    try {
        await parseShell(script, { keepComments: true });
    }
    catch (error) {
        if (error instanceof lib/* ParseError */.mB)
            return { error: error.Text, line: error.Pos?.Line ?? 1 };
        throw error;
    }
    return new Lexer(script).read();
}
/** The word's text with quotes removed, when it holds no expansion. */
function literal(word) {
    if (word.segments.some(s => s.kind !== 'text'))
        return undefined;
    return word.segments.map(s => (s.kind === 'text' ? s.text : '')).join('');
}
const RESERVED = new Set([
    'if',
    'then',
    'else',
    'elif',
    'fi',
    'do',
    'done',
    'while',
    'until',
    'for',
    'case',
    'esac',
    'select',
    'function',
    '{',
    '}',
    '!',
    '[[',
    ']]'
]);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
class Lexer {
    s;
    i = 0;
    line = 1;
    commands = [];
    comments = [];
    words = [];
    segments = [];
    start = 0;
    wordLine = 1;
    heredocs = [];
    skipNext = false;
    constructor(s) {
        this.s = s;
    }
    read() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === '\\' && s[this.i + 1] === '\n') {
                this.i += 2;
                this.line++;
            }
            else if (c === ' ' || c === '\t' || c === '\r') {
                this.endWord();
                this.i++;
            }
            else if (c === '\n') {
                this.endCommand();
                this.i++;
                this.line++;
                this.readHeredocs();
            }
            else if (c === '#' && this.segments.length === 0) {
                const end = s.indexOf('\n', this.i);
                const stop = end < 0 ? s.length : end;
                this.comments.push({ text: s.slice(this.i + 1, stop), line: this.line });
                this.i = stop;
            }
            else if (';&|()'.includes(c)) {
                if (c === '&' && s[this.i + 1] === '>') {
                    this.redirect();
                    continue;
                }
                this.endCommand();
                this.i++;
            }
            else if (c === '<' || c === '>') {
                this.redirect();
            }
            else {
                this.wordPart();
            }
        }
        this.endCommand();
        return { commands: this.commands, comments: this.comments };
    }
    begin() {
        if (this.segments.length === 0) {
            this.start = this.i;
            this.wordLine = this.line;
        }
    }
    push(segment) {
        const last = this.segments.at(-1);
        if (segment.kind === 'text' && last?.kind === 'text' && last.quoted === segment.quoted) {
            last.text += segment.text;
        }
        else {
            this.segments.push(segment);
        }
    }
    wordPart() {
        const s = this.s;
        this.begin();
        const c = s[this.i];
        if (c === "'") {
            const end = s.indexOf("'", this.i + 1);
            const text = s.slice(this.i + 1, end);
            this.line += text.split('\n').length - 1;
            this.push({ kind: 'text', text, quoted: true });
            this.i = end + 1;
        }
        else if (c === '"') {
            this.i++;
            this.push({ kind: 'text', text: '', quoted: true });
            while (this.i < s.length && s[this.i] !== '"') {
                const d = s[this.i];
                if (d === '\\' && '$`"\\\n'.includes(s[this.i + 1] ?? '')) {
                    if (s[this.i + 1] === '\n')
                        this.line++;
                    else
                        this.push({ kind: 'text', text: s[this.i + 1], quoted: true });
                    this.i += 2;
                }
                else if (d === '$' || d === '`') {
                    this.expansion(true);
                }
                else {
                    if (d === '\n')
                        this.line++;
                    this.push({ kind: 'text', text: d, quoted: true });
                    this.i++;
                }
            }
            this.i++;
        }
        else if (c === '\\') {
            this.push({ kind: 'text', text: s[this.i + 1] ?? '', quoted: true });
            this.i += 2;
        }
        else if (c === '$' && s[this.i + 1] === "'") {
            const end = s.indexOf("'", this.i + 2);
            this.push({ kind: 'other', text: s.slice(this.i, end + 1), quoted: true });
            this.i = end + 1;
        }
        else if (c === '$' || c === '`') {
            this.expansion(false);
        }
        else {
            this.push({ kind: 'text', text: c, quoted: false });
            this.i++;
        }
    }
    /** `$NAME`, `${NAME}`, `$(…)`, `$((…))`, `` `…` `` and the special parameters. */
    expansion(quoted) {
        const s = this.s;
        const from = this.i;
        if (s[this.i] === '`') {
            this.i = s.indexOf('`', this.i + 1) + 1;
        }
        else if (s[this.i + 1] === '(' || s[this.i + 1] === '{') {
            const open = s[this.i + 1];
            const close = open === '(' ? ')' : '}';
            let depth = 0;
            this.i++;
            while (this.i < s.length) {
                const d = s[this.i];
                if (d === '\\')
                    this.i++;
                else if (d === "'" && open === '(')
                    this.i = s.indexOf("'", this.i + 1);
                else if (d === open)
                    depth++;
                else if (d === close && --depth === 0)
                    break;
                else if (d === '\n')
                    this.line++;
                this.i++;
            }
            this.i++;
            const inner = s.slice(from + 2, this.i - 1);
            if (open === '{' && new RegExp(`${NAME.source}$`).test(inner)) {
                this.push({ kind: 'var', name: inner, quoted });
                return;
            }
        }
        else {
            const name = NAME.exec(s.slice(this.i + 1))?.[0];
            if (name) {
                this.i += 1 + name.length;
                this.push({ kind: 'var', name, quoted });
                return;
            }
            // $? $$ $1 …, or a lone $, which is literal.
            const special = /^[?$!#*@0-9-]/.test(s[this.i + 1] ?? '');
            this.i += special ? 2 : 1;
            if (!special) {
                this.push({ kind: 'text', text: '$', quoted });
                return;
            }
        }
        this.push({ kind: 'other', text: s.slice(from, this.i), quoted });
    }
    /** A redirection: its operator, a file-descriptor number before it and its target are not arguments. */
    redirect() {
        const s = this.s;
        const sofar = this.segments.map(x => (x.kind === 'text' ? x.text : '?')).join('');
        if (/^\d+$/.test(sofar) && this.segments.every(x => x.kind === 'text' && !x.quoted)) {
            this.segments = [];
        }
        else {
            this.endWord();
        }
        const op = /^(?:<<-|<<<|<<|&>>|&>|>>|>&|<&|<>|>\||<|>)/.exec(s.slice(this.i))[0];
        this.i += op.length;
        while (s[this.i] === ' ' || s[this.i] === '\t')
            this.i++;
        if (op === '<<' || op === '<<-') {
            const m = /^(['"]?)([^\s'";&|<>()]+)\1/.exec(s.slice(this.i));
            if (m) {
                this.heredocs.push({ delimiter: m[2], strip: op === '<<-' });
                this.i += m[0].length;
            }
            return;
        }
        this.skipNext = true;
    }
    readHeredocs() {
        for (const doc of this.heredocs) {
            while (this.i < this.s.length) {
                const end = this.s.indexOf('\n', this.i);
                const stop = end < 0 ? this.s.length : end;
                const text = this.s.slice(this.i, stop);
                this.i = stop + 1;
                this.line++;
                if ((doc.strip ? text.replace(/^\t+/, '') : text) === doc.delimiter)
                    break;
            }
        }
        this.heredocs = [];
    }
    endWord() {
        if (this.segments.length === 0)
            return;
        const word = {
            segments: this.segments,
            raw: this.s.slice(this.start, this.i),
            line: this.wordLine
        };
        this.segments = [];
        if (this.skipNext) {
            this.skipNext = false;
            return;
        }
        const text = literal(word);
        // A reserved word where a command starts is grammar (if, then, do, …), not a command name.
        if (this.words.length === 0 && text !== undefined && RESERVED.has(text))
            return;
        this.words.push(word);
    }
    endCommand() {
        this.endWord();
        this.skipNext = false;
        if (this.words.length > 0) {
            this.commands.push({ words: this.words, line: this.words[0].line });
        }
        this.words = [];
    }
}

;// CONCATENATED MODULE: ./src/core/recipe/docker.ts
// Docker as the device runs it: the artifact URIs Greengrass accepts (docker:[registry/]
// repository[:tag|@digest]) and a lifecycle command read the way docker reads its arguments:
// global options, then `run` (or `container run`), then run's options up to the image, and
// after the image only the container's own command, which docker never reads.

// The distribution reference grammar (github.com/distribution/reference), as docker parses it.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::\\d+)?';
const REFERENCE = new RegExp(`^(?:(${DOMAIN})/)?(${COMPONENT}(?:/${COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@([a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+))?$`);
/** A `docker:` artifact URI's image reference, classified as Greengrass and docker read it. */
function dockerUri(uri) {
    const ref = uri.replace(/^docker:/i, '');
    const m = REFERENCE.exec(ref);
    if (!m)
        return { form: 'invalid', ref };
    let host = m[1];
    // docker reads the first part as a registry only if it looks like a host name.
    if (host && !/[.:]|^localhost$/.test(host))
        host = undefined;
    const [, , , tag, digest] = m;
    if (digest && !/^sha256:[a-f0-9]{64}$/.test(digest))
        return { form: 'invalid', ref };
    if (tag && digest)
        return { form: 'both', ref };
    if (digest)
        return { form: 'digest', ref, host };
    return { form: 'tag', ref };
}
/** The same image, whether written with docker.io's defaults or without. */
function sameImage(a, b) {
    const norm = (ref) => {
        let r = ref.replace(/^docker\.io\/|^index\.docker\.io\//, '');
        if (!r.includes('/'))
            r = `library/${r}`;
        return r;
    };
    return norm(a) === norm(b);
}
// docker run's options that take a value (docker 27). Any other option is a flag.
const RUN_VALUE_LONG = new Set(('add-host annotation attach blkio-weight blkio-weight-device cap-add cap-drop cgroup-parent ' +
    'cgroupns cidfile cpu-count cpu-percent cpu-period cpu-quota cpu-rt-period cpu-rt-runtime ' +
    'cpu-shares cpus cpuset-cpus cpuset-mems detach-keys device device-cgroup-rule ' +
    'device-read-bps device-read-iops device-write-bps device-write-iops dns dns-option ' +
    'dns-opt dns-search domainname entrypoint env env-file expose gpus group-add health-cmd ' +
    'health-interval health-retries health-start-interval health-start-period health-timeout ' +
    'hostname io-maxbandwidth io-maxiops ip ip6 ipc isolation kernel-memory label label-file ' +
    'link link-local-ip log-driver log-opt mac-address memory memory-reservation memory-swap ' +
    'memory-swappiness mount name net net-alias network network-alias oom-score-adj pid ' +
    'pids-limit platform publish pull restart runtime security-opt shm-size stop-signal ' +
    'stop-timeout storage-opt sysctl tmpfs ulimit user userns uts volume volume-driver ' +
    'volumes-from workdir').split(' '));
const RUN_VALUE_SHORT = new Set('acehlmpuvw'.split(''));
const SHORT_NAMES = {
    e: 'env',
    v: 'volume',
    p: 'publish',
    u: 'user',
    w: 'workdir',
    h: 'hostname',
    m: 'memory',
    l: 'label',
    a: 'attach',
    c: 'cpu-shares'
};
const DOCKER_GLOBAL_VALUE = new Set([
    '-H',
    '--host',
    '-c',
    '--context',
    '--config',
    '-l',
    '--log-level',
    '--tlscacert',
    '--tlscert',
    '--tlskey'
]);
// What stands before a command without changing it, and their options that take a value.
const WRAPPERS = {
    sudo: new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T', '-R']),
    env: new Set(['-u', '-C', '-S']),
    exec: new Set(['-a']),
    nohup: new Set(),
    command: new Set(),
    time: new Set(),
    nice: new Set(['-n'])
};
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** Expands a word as the shell would with `vars`; undefined where a value is not known. */
function expand(word, vars) {
    let known = true;
    const fields = [''];
    let open = false;
    const add = (text, quoted) => {
        if (quoted) {
            fields[fields.length - 1] += text;
            open = true;
            return;
        }
        // Unquoted expansions are split into fields at blanks (IFS's default).
        const parts = text.split(/[ \t\n]+/);
        parts.forEach((p, i) => {
            if (i > 0 && (fields.at(-1) !== '' || open)) {
                fields.push('');
                open = false;
            }
            fields[fields.length - 1] += p;
            if (p)
                open = true;
        });
    };
    for (const s of word.segments) {
        if (s.kind === 'text') {
            fields[fields.length - 1] += s.text;
            open = true;
        }
        else if (s.kind === 'var' && vars.has(s.name) && vars.get(s.name) !== undefined) {
            add(vars.get(s.name), s.quoted);
        }
        else {
            known = false;
            fields[fields.length - 1] += s.kind === 'var' ? `$${s.name}` : s.text;
            open = true;
        }
    }
    return { fields: fields.filter((f, i) => f !== '' || open || i < fields.length - 1), known };
}
/** Records what a command sets (`NAME=value`, `export NAME=value`) in `vars`. */
function docker_assign(command, vars) {
    const words = command.words;
    const first = literal(words[0]);
    const list = first === 'export' || first === 'readonly' ? words.slice(1) : words;
    if (first !== 'export' && first !== 'readonly' && !list.every(isAssignment))
        return;
    for (const w of list.filter(isAssignment)) {
        const [name] = w.raw.split('=', 1);
        const value = expand({ ...w, segments: dropName(w.segments, name.length + 1) }, vars);
        vars.set(name, value.known ? value.fields.join(' ') : undefined);
    }
}
function isAssignment(w) {
    const first = w.segments[0];
    return first?.kind === 'text' && !first.quoted && ASSIGNMENT.test(first.text);
}
function dropName(segments, length) {
    const [first, ...rest] = segments;
    if (first?.kind !== 'text')
        return segments;
    return [{ ...first, text: first.text.slice(length) }, ...rest];
}
/** The docker command this is, if any, with run's options read as docker reads them. */
function dockerCommand(command, vars) {
    let words = command.words;
    // Assignments before a command only set its environment.
    while (words.length > 0 && isAssignment(words[0]))
        words = words.slice(1);
    for (;;) {
        const name = words[0] && literal(words[0]);
        const options = name !== undefined ? WRAPPERS[name] : undefined;
        if (!options)
            break;
        let i = 1;
        while (i < words.length) {
            const w = literal(words[i]) ?? '';
            if (name === 'env' && ASSIGNMENT.test(w))
                i++;
            else if (w === '--') {
                i++;
                break;
            }
            else if (w.startsWith('-'))
                i += options.has(w) ? 2 : 1;
            else
                break;
        }
        words = words.slice(i);
    }
    const argv0 = words[0] && literal(words[0]);
    if (argv0 === undefined)
        return undefined;
    const program = argv0.split('/').pop();
    const line = words[0].line;
    if (program === 'docker-compose' || program === 'podman-compose')
        return { kind: 'compose', line };
    const args = words.slice(1);
    const text = args.map(w => expand(w, vars).fields.join(' '));
    if (program !== 'docker' && program !== 'podman') {
        return { kind: 'other', line, words: text };
    }
    let i = 0;
    while (i < args.length && (literal(args[i]) ?? '').startsWith('-')) {
        i += DOCKER_GLOBAL_VALUE.has(literal(args[i])) ? 2 : 1;
    }
    let sub = args[i] && literal(args[i]);
    if (sub === 'container' || sub === 'compose') {
        if (sub === 'compose')
            return { kind: 'compose', line };
        i++;
        sub = args[i] && literal(args[i]);
    }
    if (sub !== 'run' && sub !== 'create')
        return { kind: 'other', line, words: text.slice(i) };
    return readRun(args.slice(i + 1), vars, line);
}
/** Splits the words into fields as the shell would, keeping for each the word it came from. */
function fieldsOf(words, vars) {
    const fields = [];
    for (const word of words) {
        const { fields: parts, known } = expand(word, vars);
        // Unquoted and all expansion: it may stand for options, or for nothing at all.
        const opaque = !known && word.segments.every(s => s.kind !== 'text' && !s.quoted);
        for (const text of parts)
            fields.push({ text, known, opaque, word });
    }
    return fields;
}
function readRun(words, vars, line) {
    const run = {
        kind: 'run',
        line,
        env: [],
        envFiles: [],
        privileged: false,
        pidHost: false,
        dockerSocket: false,
        late: []
    };
    const fields = fieldsOf(words, vars);
    const option = (name, value, word) => {
        if (name === 'net' || name === 'network')
            run.network = value;
        else if (name === 'env' && value !== undefined) {
            const eq = value.indexOf('=');
            run.env.push(eq < 0
                ? { name: value, word }
                : { name: value.slice(0, eq), value: value.slice(eq + 1), word });
        }
        else if (name === 'env-file' && value !== undefined)
            run.envFiles.push(value);
        else if (name === 'privileged')
            run.privileged = value !== 'false';
        else if (name === 'pid')
            run.pidHost = value === 'host';
        else if ((name === 'volume' || name === 'mount') && value?.includes('docker.sock')) {
            run.dockerSocket = true;
        }
    };
    let i = 0;
    for (; i < fields.length; i++) {
        const f = fields[i];
        // An unknown `$OPTIONS` (or a `# comment` in backquotes) is not the image.
        if (f.opaque)
            continue;
        if (f.text === '--') {
            i++;
            break;
        }
        if (!f.text.startsWith('-') || f.text === '-')
            break;
        if (f.text.startsWith('--')) {
            const eq = f.text.indexOf('=');
            const name = f.text.slice(2, eq < 0 ? undefined : eq);
            if (eq >= 0)
                option(name, f.text.slice(eq + 1), f.word);
            else if (RUN_VALUE_LONG.has(name)) {
                const value = fields[++i];
                option(name, value?.text, value?.word ?? f.word);
            }
            else
                option(name, undefined, f.word);
            continue;
        }
        // A cluster of short flags (-it, -dp 80:80, -eNAME=value).
        for (let j = 1; j < f.text.length; j++) {
            const c = f.text[j];
            if (!RUN_VALUE_SHORT.has(c))
                continue;
            const rest = f.text.slice(j + 1).replace(/^=/, '');
            const value = rest ? f : fields[++i];
            option(SHORT_NAMES[c], rest || value?.text, value?.word ?? f.word);
            break;
        }
    }
    const image = fields[i];
    if (image) {
        run.imageWord = image.word;
        if (image.known)
            run.image = image.text;
    }
    const after = fields.slice(i + 1);
    after.forEach((f, j) => {
        if (!/^(?:--(?:net|network|env|env-file)(?:=|$)|-e$|-e[A-Z])/.test(f.text))
            return;
        const value = f.text.includes('=') || /^-e./.test(f.text) ? '' : ` ${after[j + 1]?.text ?? ''}`;
        run.late.push({ text: `${f.text}${value}`.trim(), word: f.word });
    });
    return run;
}

;// CONCATENATED MODULE: ./src/core/recipe/lifecycle.ts
// The lifecycle Greengrass runs and what its scripts do with the image. A manifest's own
// Lifecycle replaces the recipe's global one; in the global one, keys named by the manifest's
// Selections (default `all`) may stand at any level, and keys are matched without regard to
// case. Run or Startup starts the container; Install and Shutdown do not.


const STEPS = ['setenv', 'bootstrap', 'install', 'startup', 'run', 'shutdown', 'recover'];
const CREDENTIALS = ['AWS_CONTAINER_AUTHORIZATION_TOKEN', 'AWS_CONTAINER_CREDENTIALS_FULL_URI'];
// What Greengrass sets for every component's scripts; their values are the device's.
const GREENGRASS_ENV = [
    ...CREDENTIALS,
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
    'AWS_IOT_THING_NAME',
    'SVCUID',
    'AWS_GG_NUCLEUS_DOMAIN_SOCKET_FILEPATH_FOR_COMPONENT',
    'GG_ROOT_CA_PATH'
];
const SCRIPT_RUNNERS = /^(?:sh|bash|dash|zsh|ksh|python[0-9.]*|node|perl|ruby)$|\.(?:sh|py|bash)$/;
const isMapping = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function get(value, key) {
    if (!isMapping(value))
        return undefined;
    const found = Object.keys(value).find(k => k.toLowerCase() === key.toLowerCase());
    return found === undefined ? undefined : value[found];
}
/** The node with its selection keys resolved: the first of `selections` present wins. */
function lifecycle_select(node, selections) {
    if (!isMapping(node))
        return node;
    const keys = Object.keys(node);
    for (const s of selections) {
        const k = keys.find(key => key.toLowerCase() === s.toLowerCase());
        if (k !== undefined)
            return lifecycle_select(node[k], selections);
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, lifecycle_select(v, selections)]));
}
function steps(lifecycle) {
    if (!isMapping(lifecycle))
        return [];
    const out = [];
    for (const [key, value] of Object.entries(lifecycle)) {
        const name = key.toLowerCase();
        if (!STEPS.includes(name) || name === 'setenv')
            continue;
        const script = typeof value === 'string' ? value : get(value, 'Script');
        if (typeof script !== 'string')
            continue;
        const priv = get(value, 'RequiresPrivilege');
        out.push({
            name,
            script,
            setenv: isMapping(get(value, 'Setenv')) ? get(value, 'Setenv') : {},
            privileged: priv === true || (typeof priv === 'string' && priv.toLowerCase() !== 'false')
        });
    }
    return out;
}
/** `{configuration:/a/b}` replaced by DefaultConfiguration's scalar there, as Greengrass does. */
function interpolate(script, configuration) {
    return script.replace(/\{configuration:(\/[^}]*)\}/g, (whole, path) => {
        let node = configuration;
        for (const part of path.split('/').slice(1))
            node = get(node, part);
        return ['string', 'number', 'boolean'].includes(typeof node) ? String(node) : whole;
    });
}
async function lifecycleFindings(c) {
    const errors = [];
    const warnings = [];
    const own = get(c.manifest, 'Lifecycle');
    const selections = Array.isArray(get(c.manifest, 'Selections'))
        ? get(c.manifest, 'Selections').map(String)
        : ['all'];
    const lifecycle = lifecycle_select(own !== undefined ? own : c.global, selections);
    const vars = new Map(GREENGRASS_ENV.map(v => [v, undefined]));
    const setenv = (m) => {
        if (isMapping(m))
            for (const [k, v] of Object.entries(m))
                vars.set(k, String(v));
    };
    setenv(get(lifecycle, 'Setenv'));
    const runs = [];
    let compose = false;
    let handedOver;
    let broken = false;
    let privileged = false;
    for (const step of steps(lifecycle)) {
        const text = interpolate(step.script, c.configuration);
        const script = await readScript(text);
        if ('error' in script) {
            const line = text.split('\n')[script.line - 1]?.trim() ?? '';
            errors.push({
                at: [line, 'Lifecycle'],
                message: `the ${step.name} script is not valid shell (line ${script.line} of the script: ${script.error}); the device's shell would refuse it. Fix the quoting or syntax there.`
            });
            broken ||= step.name === 'run' || step.name === 'startup';
            continue;
        }
        privileged ||= step.privileged;
        if (step.name !== 'run' && step.name !== 'startup')
            continue;
        const stepVars = new Map(vars);
        for (const [k, v] of Object.entries(step.setenv))
            stepVars.set(k, String(v));
        for (const command of script.commands) {
            docker_assign(command, stepVars);
            const docker = dockerCommand(command, stepVars);
            if (docker?.kind === 'run')
                runs.push({ run: docker, script });
            else if (docker?.kind === 'compose')
                compose = true;
            else if (docker?.kind === 'other' &&
                SCRIPT_RUNNERS.test(program(command.words[0].raw)) &&
                docker.words.some(w => w.includes(c.image))) {
                handedOver ??= `${command.words[0].raw} `;
            }
        }
    }
    if (privileged) {
        warnings.push({
            at: [/requiresprivilege/i],
            message: 'a lifecycle step has RequiresPrivilege, so it runs as root on the device; the toolkit cannot check what the script does with that. Drop it unless the script needs root (docker needs only the docker group).'
        });
    }
    for (const { run } of runs)
        checkRun(run, errors, warnings);
    const imageless = runs.filter(r => r.run.imageWord === undefined);
    for (const { run } of imageless) {
        errors.push({
            at: [RUN],
            message: `the docker run command on line ${run.line} of the script names no image, so docker refuses it; a comment or a blank line inside a command continued with \\ ends the command there. Put the options and the image on lines that continue it.`
        });
    }
    runs.splice(0, runs.length, ...runs.filter(r => !imageless.includes(r)));
    const mine = runs.filter(r => r.run.image !== undefined && sameImage(r.run.image, c.image));
    const unknown = runs.filter(r => r.run.image === undefined);
    // An image not pinned has its error already; which script runs it is moot until it is.
    // What is already reported (an image not pinned, a script that does not parse, a docker
    // run without an image) makes the question of which command runs the image moot.
    if (mine.length === 0 && (!c.pinned || broken || imageless.length > 0)) {
        return { errors, warnings };
    }
    if (mine.length === 0) {
        if (compose) {
            warnings.push({
                at: [/docker[ -]compose/],
                message: `the container is started by docker compose, whose file the toolkit cannot read: check yourself that it runs ${c.image} and, if the container calls AWS, gives it network_mode: host and the ${CREDENTIALS.join(' and ')} variables.`
            });
        }
        else if (handedOver || unknown.length > 0) {
            warnings.push({
                at: [unknown[0]?.run.imageWord?.raw ?? handedOver ?? c.image, RUN],
                message: `the container is started by a script or an image the toolkit cannot resolve, so it cannot check the docker run options: check yourself that it runs ${c.image} with its options before the image.`
            });
        }
        else if (runs.length > 0) {
            errors.push({
                at: [/docker\s+(?:container\s+)?run/],
                message: `the docker run command does not run the artifact's image (${c.image}); use {IMAGE_URI} in both the artifact URI and the docker run command.`
            });
        }
        else {
            const globalRuns = own !== undefined && JSON.stringify(c.global ?? '').match(/docker\s+(?:container\s+)?run/);
            errors.push({
                at: ['Lifecycle', 'Manifests'],
                message: globalRuns
                    ? "no Run or Startup script of the manifest's Lifecycle runs the container: the manifest has a Lifecycle of its own, which replaces the recipe's top-level Lifecycle (where the docker run is), so the device never runs that one. Move the docker run into the manifest's Lifecycle, or remove the manifest's."
                    : 'no Run or Startup lifecycle script runs the container; add to the manifest Lifecycle: { Run: docker run --rm --net=host --env AWS_CONTAINER_AUTHORIZATION_TOKEN --env AWS_CONTAINER_CREDENTIALS_FULL_URI … {IMAGE_URI} }.'
            });
        }
        return { errors, warnings };
    }
    for (const { run, script } of mine) {
        if (givesCredentials(run))
            continue;
        const inComment = script.comments.find(k => /AWS_CONTAINER_|--net(?:work)?[= ]+["']?host/.test(k.text));
        const other = runs.find(r => r.run !== run && givesCredentials(r.run));
        if (inComment) {
            errors.push({
                at: [`#${inComment.text}`.trim(), /docker\s+(?:container\s+)?run/],
                message: `the docker run of ${c.image} gets no AWS credentials: --net=host and the ${CREDENTIALS.join(' and ')} variables appear only in a shell comment, which the shell ignores. Write them as options of the docker run, before the image.`
            });
        }
        else if (other) {
            errors.push({
                at: [/docker\s+(?:container\s+)?run/],
                message: `the docker run of ${c.image} gets no AWS credentials, while another docker run (of ${other.run.image ?? 'another image'}) in the same script gets them: give --net=host and --env ${CREDENTIALS.join(' --env ')} to the component's own container, before its image.`
            });
        }
        else {
            warnings.push({
                at: [/docker\s+(?:container\s+)?run/],
                message: `the container of ${c.image} is given no AWS credentials (no --net=host and no ${CREDENTIALS.join(' or ')}): fine for a container that calls no AWS API; if it does, add --net=host --env ${CREDENTIALS.join(' --env ')} before the image.`
            });
        }
    }
    return { errors, warnings };
}
/** The value of NAME=value as the author wrote it, without the quotes around the word. */
function written(raw, name) {
    const value = raw.slice(raw.indexOf(`${name}=`) + name.length + 1);
    return /^["']/.test(raw) || /^--env=["']/.test(raw) ? value.replace(/["']$/, '') : value;
}
function program(raw) {
    return raw.replace(/["']/g, '').split('/').pop() ?? '';
}
function givesCredentials(run) {
    return run.envFiles.length > 0 || run.env.some(e => CREDENTIALS.includes(e.name));
}
const RUN = /docker\s+(?:container\s+)?run/;
function checkRun(run, errors, warnings) {
    const where = (w) => (w ? [w.raw, RUN] : [RUN]);
    if (run.late.length > 0) {
        const words = run.late.map(w => w.text).join(' ');
        errors.push({
            at: where(run.late[0].word),
            message: `the docker run command has ${words} after the image ${run.imageWord?.raw ?? ''}: docker passes everything after the image to the container's command, so docker itself never sees it. Move it before the image.`
        });
    }
    const names = new Set(run.env.map(e => e.name));
    const passes = CREDENTIALS.filter(v => names.has(v));
    if (passes.length > 0 || run.envFiles.length > 0) {
        if (run.network !== 'host' && passes.length > 0) {
            errors.push({
                at: where(),
                message: 'the docker run command lacks --net=host; the container reaches the token exchange service on the host loopback only, so add --net=host.'
            });
        }
        // The token alone serves stream manager; the credentials URL is useless without it.
        if (names.has(CREDENTIALS[1]) && !names.has(CREDENTIALS[0])) {
            errors.push({
                at: where(),
                message: `the docker run command does not pass ${CREDENTIALS[0]}, so the container gets no credentials; add --env ${CREDENTIALS[0]}.`
            });
        }
        if (run.envFiles.length > 0) {
            warnings.push({
                at: [/--env-file/, RUN],
                message: `the docker run command reads variables from ${run.envFiles.join(', ')}, which the toolkit cannot read: check that it names ${CREDENTIALS.join(' and ')} without values, and that the docker run has --net=host.`
            });
        }
    }
    const byValue = run.env.filter(e => e.value !== undefined && CREDENTIALS.includes(e.name));
    const token = byValue.find(e => e.name === CREDENTIALS[0]);
    const url = byValue.find(e => e.name === CREDENTIALS[1]);
    // `--env NAME=$NAME` works, but the shell expands it into docker's arguments, which any
    // user on the device can read (ps, /proc): the token would let them act as the device.
    if (token) {
        const both = url ? ` and ${CREDENTIALS[1]}` : '';
        errors.push({
            at: [new RegExp(`${CREDENTIALS[0]}=`), RUN],
            message: `the docker run command passes ${CREDENTIALS[0]}${both} with a value (${CREDENTIALS[0]}=…), which puts the device's credentials on docker's command line, where any user on the device can read them with ps; pass them by name instead: --env ${CREDENTIALS[0]}${url ? ` --env ${CREDENTIALS[1]}` : ''}.`
        });
    }
    else if (url) {
        errors.push({
            at: [new RegExp(`${CREDENTIALS[1]}=`), RUN],
            message: `the docker run command passes ${CREDENTIALS[1]} with a value (${written(url.word.raw, CREDENTIALS[1])}); pass it by name instead, so that docker copies the address Greengrass sets for this component: --env ${CREDENTIALS[1]}.`
        });
    }
    if (run.privileged) {
        warnings.push({
            at: [/--privileged/, RUN],
            message: 'the docker run command has --privileged: the container gets every device of the host and root on it. The toolkit cannot tell whether it needs that; prefer --device or --cap-add for what it needs.'
        });
    }
    if (run.pidHost) {
        warnings.push({
            at: [/--pid/, RUN],
            message: "the docker run command has --pid=host: the container sees and can signal the device's processes. Drop it unless the container needs that."
        });
    }
    if (run.dockerSocket) {
        warnings.push({
            at: [/docker\.sock/, RUN],
            message: 'the docker run command mounts the docker socket: the container can start containers as root on the device. Drop the mount unless the container needs it.'
        });
    }
}

;// CONCATENATED MODULE: ./src/core/recipe/check.ts
// The check of a rendered recipe. An error is what makes Greengrass refuse the recipe or the
// device fail it; a warning is what the toolkit cannot verify (a compose file, a script that
// starts the container, a container given no AWS credentials, root on the device). Each says
// file:line and the fix.




const RECIPE_FORMAT_VERSION = '2020-01-25';
/** Greengrass refuses larger recipes; GDK enforces the same number of bytes. */
const RECIPE_SIZE_LIMIT = 16_000;
const DOCKER_MANAGER = 'aws.greengrass.DockerApplicationManager';
const TOKEN_EXCHANGE = 'aws.greengrass.TokenExchangeService';
const ECR_HOST = /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;
const COMPONENT_NAME = /^[a-zA-Z0-9._-]{1,128}$/;
// Greengrass (component-common, semver4j) refuses a version part over 999999.
const VERSION = /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})$/;
// Placeholders that documentation and samples leave for the reader to fill in.
const LEFTOVERS = [
    [/\[[^\]\n]*\b(?:YOUR|REPLACE|INSERT|ENTER)\b[^\]\n]*\]/i, 'a placeholder in brackets'],
    [/\b(?:YOUR|REPLACE)_[A-Z0-9_]+\b/, 'a placeholder'],
    [/\b(?:REPLACE_ME|CHANGE_ME|CHANGEME)\b/, 'a placeholder']
];
// The tokens GDK's build and publish replace in S3 artifact URIs with the bucket and the
// component's name and version; Greengrass reads them as a bucket named BUCKET_NAME.
const GDK_TOKENS = /^s3:\/\/BUCKET_NAME\/|\/COMPONENT_NAME\/|\/COMPONENT_VERSION\//;
// GDK's placeholders for the two fields its build fills in from gdk-config.json.
const GDK_FIELDS = [
    ['ComponentName', 'COMPONENT_NAME'],
    ['ComponentVersion', 'COMPONENT_VERSION']
];
/** Throws one ConfigurationError listing every error; returns the warnings. */
async function validateRecipe(recipe, options) {
    const { errors, warnings } = await recipeProblems(recipe, options);
    if (errors.length > 0)
        throw new shared_errors/* ConfigurationError */.j1(errors.join('\n'), options.file);
    return warnings;
}
/** What is wrong with a rendered recipe, and what cannot be verified, each as `file[:line]: …`. */
async function recipeProblems(recipe, options) {
    const source = options.templateText ?? options.text ?? '';
    const errors = [];
    const warnings = [];
    // The last argument is the message; those before it say where to look, best first.
    const report = (...args) => {
        const message = args.pop();
        errors.push(`${at(options.file, source, ...args)}: ${message}`);
    };
    const out = (list, f) => list.push(`${at(options.file, source, ...f.at)}: ${f.message}`);
    if (!check_isMapping(recipe)) {
        return {
            errors: [
                `${options.file}: a recipe must be a mapping with RecipeFormatVersion, ComponentName, ComponentVersion, ComponentDependencies and Manifests.`
            ],
            warnings
        };
    }
    const format = field(recipe, 'RecipeFormatVersion');
    if (format !== RECIPE_FORMAT_VERSION) {
        report('RecipeFormatVersion', format === undefined
            ? `RecipeFormatVersion is missing; add RecipeFormatVersion: '${RECIPE_FORMAT_VERSION}'.`
            : `RecipeFormatVersion is ${JSON.stringify(format)}; write '${RECIPE_FORMAT_VERSION}' (quoted), the only format Greengrass knows.`);
    }
    const name = field(recipe, 'ComponentName');
    if (name === undefined) {
        report('ComponentName', 'ComponentName is missing; add e.g. ComponentName: com.example.AccessDynamoDb.');
    }
    else if (typeof name === 'string' && name.length > 128) {
        report('ComponentName', `ComponentName is ${name.length} characters long; Greengrass accepts at most 128. Shorten it.`);
    }
    else if (typeof name !== 'string' || !COMPONENT_NAME.test(name)) {
        report('ComponentName', `ComponentName ${JSON.stringify(name)} is not a component name; use letters, digits, '.', '_' and '-' (at most 128), e.g. com.example.AccessDynamoDb.`);
    }
    const version = field(recipe, 'ComponentVersion');
    const parts = typeof version === 'string' ? /^(\d+)\.(\d+)\.(\d+)$/.exec(version) : null;
    if (version === undefined) {
        report('ComponentVersion', "ComponentVersion is missing; add ComponentVersion: '{COMPONENT_VERSION}'.");
    }
    else if (parts && !VERSION.test(version)) {
        report('ComponentVersion', `ComponentVersion ${JSON.stringify(version)} has a part over 999999, which Greengrass refuses; keep each of MAJOR.MINOR.PATCH at most 999999.`);
    }
    else if (!parts) {
        report('ComponentVersion', `ComponentVersion ${JSON.stringify(version)} is not MAJOR.MINOR.PATCH; write ComponentVersion: '{COMPONENT_VERSION}' (quoted).`);
    }
    const manifests = asArray(field(recipe, 'Manifests'));
    const gdk = gdkTemplate(options.templateText);
    const images = [];
    for (const manifest of manifests) {
        for (const artifact of asArray(field(manifest, 'Artifacts'))) {
            const uri = field(artifact, 'URI');
            if (typeof uri !== 'string')
                continue;
            for (const [pattern, what] of LEFTOVERS) {
                const m = pattern.exec(uri);
                if (m) {
                    report(m[0], uri, 'URI', `the artifact URI ${uri} still holds ${what}, '${m[0]}', which no one replaces; write the real value, or a toolkit placeholder given through the variables input.`);
                }
            }
            if (/^s3:/i.test(uri) && GDK_TOKENS.test(uri)) {
                if (gdk) {
                    // A template written for GDK's build, where the tokens are meant; ggcd cannot tell
                    // whether an artifact was put at that path by hand.
                    warnings.push(`${at(options.file, source, uri, 'URI')}: the artifact URI ${uri} holds GDK's BUCKET_NAME/COMPONENT_NAME/COMPONENT_VERSION tokens, which \`gdk component build\` replaces with its bucket and the component's name and version; ggcd does not upload artifacts, so the artifact must be at that path as written, else the device fails the component. Or replace the tokens with the bucket's path, or a {VARIABLE} given through the variables input (e.g. s3://{ARTIFACT_BUCKET}/…).`);
                }
                else {
                    // A finished recipe: the tokens are leftovers Greengrass cannot reach, so the
                    // component version is FAILED.
                    report(uri, 'URI', `the artifact URI ${uri} holds GDK's BUCKET_NAME/COMPONENT_NAME/COMPONENT_VERSION tokens, which only \`gdk component publish\` replaces; Greengrass would look for a bucket named BUCKET_NAME and fail the component version. Write the URI of the uploaded artifact, e.g. s3://{ARTIFACT_BUCKET}/… with ARTIFACT_BUCKET in the variables input.`);
                }
            }
            if (!/^docker:/i.test(uri))
                continue;
            const image = dockerUri(uri);
            if (image.form === 'digest')
                images.push(image);
            else if (image.form === 'both') {
                report(uri, 'URI', `the artifact ${uri} names a tag and a digest; Greengrass accepts a tag or a digest, not both. Keep the digest: use docker:{IMAGE_URI}.`);
            }
            else if (image.form === 'tag') {
                report(uri, 'URI', `the artifact ${uri} is not pinned by digest, so devices would run whatever the tag points at when they pull; pin by digest: use docker:{IMAGE_URI}.`);
            }
            else {
                report(uri, 'URI', `the artifact ${uri} is not a docker image reference Greengrass can read (docker:[registry/]repository[:tag|@digest]); use docker:{IMAGE_URI}.`);
            }
        }
    }
    const dockerManifests = manifests.filter(m => asArray(field(m, 'Artifacts')).some(a => /^docker:/i.test(String(field(a, 'URI') ?? ''))));
    if (dockerManifests.length === 0) {
        report('Artifacts', 'Manifests', 'no Docker image artifact; add to the manifest: Artifacts: [{ URI: docker:{IMAGE_URI} }].');
    }
    const dependencies = field(recipe, 'ComponentDependencies');
    const deps = check_isMapping(dependencies) ? dependencies : {};
    if (!Object.hasOwn(deps, DOCKER_MANAGER)) {
        report('ComponentDependencies', `ComponentDependencies lacks ${DOCKER_MANAGER}, which pulls the image; add ${DOCKER_MANAGER}: { VersionRequirement: ~2.0.0 }.`);
    }
    const privateImage = images.some(i => i.host && (ECR_HOST.test(i.host) || (options.registries ?? []).includes(i.host)));
    if (privateImage && !Object.hasOwn(deps, TOKEN_EXCHANGE)) {
        report('ComponentDependencies', `ComponentDependencies lacks ${TOKEN_EXCHANGE}; the image is in a private registry, which the device reaches with the token exchange role's credentials. Add ${TOKEN_EXCHANGE}: { VersionRequirement: ~2.0.0 }.`);
    }
    for (const [dep, spec] of Object.entries(deps)) {
        if (typeof field(spec, 'VersionRequirement') !== 'string') {
            report(dep, `the dependency ${dep} has no VersionRequirement; add e.g. VersionRequirement: ~2.0.0.`);
        }
        const type = field(spec, 'DependencyType');
        if (type !== undefined && !['HARD', 'SOFT'].includes(String(type).toUpperCase())) {
            report(new RegExp(`DependencyType:\\s*["']?${String(type)}`, 'i'), dep, `the dependency ${dep} has DependencyType ${JSON.stringify(type)}; Greengrass knows HARD and SOFT only.`);
        }
    }
    for (const manifest of dockerManifests) {
        const own = asArray(field(manifest, 'Artifacts'))
            .map(a => String(field(a, 'URI') ?? ''))
            .filter(u => /^docker:/i.test(u))
            .map(u => dockerUri(u).ref);
        const findings = await lifecycleFindings({
            manifest,
            global: field(recipe, 'Lifecycle'),
            configuration: field(field(recipe, 'ComponentConfiguration'), 'DefaultConfiguration'),
            image: own[0],
            pinned: images.some(i => i.ref === own[0])
        });
        findings.errors.forEach(f => out(errors, f));
        findings.warnings.forEach(f => out(warnings, f));
    }
    if (options.text !== undefined) {
        const size = Buffer.byteLength(options.text, 'utf8');
        if (size > RECIPE_SIZE_LIMIT) {
            errors.push(`${options.file}: the rendered recipe is ${size} bytes; Greengrass accepts at most ${RECIPE_SIZE_LIMIT}. Shorten it (comments count too).`);
        }
    }
    return { errors: [...new Set(errors)], warnings: [...new Set(warnings)] };
}
/**
 * Whether the template (before rendering) has GDK's placeholder as its ComponentName or
 * ComponentVersion: a recipe written for GDK's build, which fills in those fields and the S3
 * tokens alike. Quoted, the field reads as the string '{COMPONENT_VERSION}'; unquoted, YAML
 * reads it as a flow mapping with that one key.
 */
function gdkTemplate(templateText) {
    if (templateText === undefined)
        return false;
    const doc = (0,dist/* parseDocument */.Tp)(templateText, { prettyErrors: false });
    // A template that only parses once rendered: read the two fields line by line.
    if (doc.errors.length > 0) {
        return GDK_FIELDS.some(([key, token]) => new RegExp(`^\\s*["']?${key}["']?\\s*:\\s*["']?\\{${token}\\}["']?\\s*,?\\s*$`, 'im').test(templateText));
    }
    const template = doc.toJS();
    return GDK_FIELDS.some(([key, token]) => {
        const value = field(template, key);
        if (value === `{${token}}`)
            return true;
        return check_isMapping(value) && Object.keys(value).join() === token && value[token] === null;
    });
}
function check_isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
/** A recipe key, matched without regard to case: Greengrass and GDK accept any case. */
function field(value, key) {
    if (!check_isMapping(value))
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
        if (needle === '')
            continue;
        let index;
        if (typeof needle === 'string') {
            const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            const key = new RegExp(`^\\s*(?:-\\s*)?["']?${escaped}["']?\\s*:`, 'i');
            index = lines.findIndex(l => key.test(l));
            if (index < 0)
                index = lines.findIndex(l => code(l) && l.includes(needle));
            // A shell comment inside a script is a needle too.
            if (index < 0 && needle.startsWith('#'))
                index = lines.findIndex(l => l.includes(needle));
        }
        else {
            index = lines.findIndex(l => code(l) && needle.test(l));
        }
        if (index >= 0)
            return `${file}:${index + 1}`;
    }
    return file;
}

;// CONCATENATED MODULE: ./src/core/shared/data.ts
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
/**
 * JSON.parse, or the parser's message and the line it points at, for a `file:line` error. The
 * message never quotes the text: V8 puts the first characters of the input in some of its
 * messages (`Unexpected token 'a', "aws_access"... is not valid JSON`), and a path pointed at
 * the wrong file (a credentials file) must not print what is in it.
 */
function parseJson(text) {
    try {
        return { value: JSON.parse(text) };
    }
    catch (error) {
        const raw = (error instanceof Error ? error.message : String(error)).replace(/\s*\(line \d+ column \d+\)$/, '');
        // The parser's own words stay; a message that quotes the input is replaced, and where
        // the quoted part sits still tells the line.
        const quoted = /, "(?:\.\.\.)?([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(raw);
        const message = quoted || raw.includes('"') ? 'unexpected character' : raw;
        const position = /at position (\d+)/.exec(raw);
        const at = position ? Number(position[1]) : quoted?.[1] ? text.indexOf(quoted[1]) : -1;
        const line = at >= 0 ? text.slice(0, at).split('\n').length : text.trimEnd().split('\n').length;
        return { error: message, line };
    }
}

;// CONCATENATED MODULE: ./src/core/recipe/parse.ts
// Recipes as data: YAML or JSON text to the recipe's mapping (with the line of a syntax error),
// and the comparison that decides whether a rendered recipe equals a stored version's.



/**
 * YAML or JSON to the recipe's top-level mapping; the file's extension says which unless
 * `format` does. YAML reads JSON too, so 'yaml' suits text that may be either.
 */
function parseRecipe(text, file, format = file.toLowerCase().endsWith('.json') ? 'json' : 'yaml') {
    let data;
    if (format === 'json') {
        const parsed = parseJson(text);
        if ('error' in parsed) {
            throw new shared_errors/* ConfigurationError */.j1(`${file}:${parsed.line}: not valid JSON (${parsed.error}). Fix the JSON syntax near that line.`, file);
        }
        data = parsed.value;
    }
    else {
        const lines = new dist/* LineCounter */.HN();
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
        if (doc.errors.length > 0) {
            throw new shared_errors/* ConfigurationError */.j1(doc.errors
                .map(e => {
                // A quote left open runs to the end of the file: point at where it opens.
                const open = e.code === 'MISSING_CHAR' ? unclosedQuote(text) : undefined;
                const line = lines.linePos(open ?? e.pos[0]).line;
                return `${file}:${line}: not valid YAML: ${e.message.split('\n')[0]}. Fix the YAML near that line (values with ': ' or ' #' need quotes).`;
            })
                .join('\n'), file);
        }
        data = doc.toJS();
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new shared_errors/* ConfigurationError */.j1(`${file}: a recipe must be a mapping with RecipeFormatVersion, ComponentName, ComponentVersion, ComponentDependencies and Manifests.`, file);
    }
    return data;
}
/** Where a quoted YAML scalar that never closes begins, if there is one. */
function unclosedQuote(text) {
    let found;
    for (const token of new dist/* Parser */.iX().parse(text)) {
        if (token.type !== 'document')
            continue;
        dist/* CST */.DB.visit(token, item => {
            const v = item.value;
            if (v?.type !== 'double-quoted-scalar' && v?.type !== 'single-quoted-scalar')
                return;
            const quote = v.source[0];
            if (found === undefined && (v.source.length < 2 || !v.source.endsWith(quote))) {
                found = v.offset;
            }
        });
    }
    return found;
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

// EXTERNAL MODULE: ./src/core/shared/text.ts
var shared_text = __webpack_require__(986);
;// CONCATENATED MODULE: ./src/core/shared/template.ts
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
    const occurrences = [];
    text.split('\n').forEach((line, i) => {
        const where = `${options.file}:${i + 1}`;
        for (const m of line.matchAll(DOC_PLACEHOLDER)) {
            problems.push(`${where}: '${m[0]}' is a documentation placeholder left in the template; use a toolkit placeholder such as ${hintFor(m[0])} instead.`);
        }
        for (const m of line.matchAll(PLACEHOLDER)) {
            const name = m[1];
            occurrences.push({ name, line: i + 1 });
            if (values[name] === undefined) {
                problems.push(`${where}: unknown placeholder ${m[0]}; known: ${Object.keys(values)
                    .sort()
                    .map(k => `{${k}}`)
                    .join(', ')}. Pass other values through the 'variables' input as ${name}=<value>.`);
            }
        }
    });
    if (problems.length > 0)
        throw new shared_errors/* ConfigurationError */.j1(problems.join('\n'), options.file);
    const format = options.format ?? (options.json ? 'json' : undefined);
    if (format === undefined)
        return substitute(text, i => values[occurrences[i].name]);
    return renderStructured(text, values, occurrences, format, options.file);
}
/** The template with its i-th placeholder (counted as PLACEHOLDER finds them) replaced. */
function substitute(text, fill) {
    let i = 0;
    return text.replace(PLACEHOLDER, () => fill(i++));
}
// ---------------------------------------------------------------------------------------
// Values are text, wherever they land
//
// A value is pasted into YAML or JSON: a quote in it would end its scalar, a ': ' or ' #' in
// a plain scalar would start a key or a comment, and a line break would start a new key. The
// `yaml` package reads YAML 1.2, where a lone carriage return stays inside a scalar, but
// Greengrass reads recipes as YAML 1.1 (SnakeYAML), where \r, U+0085, U+2028 and U+2029 end a
// line. So: a value holding a line break or another control character is refused; every
// other value is escaped for the scalar it lands in (double- or single-quoted YAML, a JSON
// string), and the result is checked: rendered with a unique sentinel per placeholder, and
// with the values, the document must have the same structure (keys, list lengths) in YAML
// 1.1 and 1.2 alike, each value a leaf that reads back as the value itself.
const slot = (i) => `ggcdslot${String(i).padStart(4, '0')}x`;
const SLOTS = /ggcdslot(\d{4})x/g;
// JSON can hold a placeholder outside a string ("Port": {PORT}); there the sentinel is a number.
const numberSlot = (i) => Number(`9173${String(i).padStart(4, '0')}9`);
const NUMBER_SLOT = /^9173(\d{4})9$/;
function renderStructured(text, values, occurrences, format, file) {
    const valueOf = (i) => values[occurrences[i].name];
    const where = (i) => `${file}:${occurrences[i].line}`;
    const problems = [];
    for (const [i, o] of occurrences.entries()) {
        const problem = (0,shared_text/* controlCharacterProblem */.wB)(valueOf(i));
        if (problem && !problems.some(p => p.includes(`{${o.name}}`))) {
            problems.push(`${where(i)}: the value of {${o.name}} ${problem}; template values are one line of text (in YAML 1.1, which Greengrass reads, it would start a new line). Remove it from the value (variables: ${o.name}=…).`);
        }
    }
    if (problems.length > 0)
        throw new shared_errors/* ConfigurationError */.j1(problems.join('\n'), file);
    const readers = format === 'json' ? [readJson] : [readYaml('1.1'), readYaml('1.2')];
    // The template's own structure, with a sentinel in each placeholder's place.
    let numeric = false;
    let sentinelText = substitute(text, slot);
    let shapes = readers.map(read => read(sentinelText));
    if (format === 'json' && !shapes[0].ok) {
        numeric = true;
        sentinelText = substitute(text, i => String(numberSlot(i)));
        shapes = readers.map(read => read(sentinelText));
    }
    const kinds = format === 'yaml' ? scalarKinds(sentinelText) : new Map();
    const escaped = (i) => {
        const v = valueOf(i);
        if (format === 'json')
            return JSON.stringify(v).slice(1, -1);
        const kind = kinds.get(i);
        if (kind === 'QUOTE_DOUBLE')
            return v.replace(/[\\"]/g, c => `\\${c}`);
        if (kind === 'QUOTE_SINGLE')
            return v.replace(/'/g, "''");
        return v;
    };
    const rendered = substitute(text, escaped);
    if (shapes.some(s => !s.ok)) {
        // The template does not parse as it is; the caller reports where, on the rendered text.
        return rendered;
    }
    const verify = (candidate, real) => readers.every((read, r) => {
        const got = read(candidate);
        const shape = shapes[r];
        return (got.ok &&
            sameShape(shape.value, got.value, i => (real(i) ? valueOf(i) : undefined), {
                numeric,
                format
            }));
    });
    if (verify(rendered, () => true))
        return rendered;
    // Name the placeholder whose value changes the structure: each value alone, the others
    // left as sentinels.
    const culprit = occurrences.findIndex((_, i) => {
        const one = substitute(text, j => j === i ? escaped(j) : numeric ? String(numberSlot(j)) : slot(j));
        return !verify(one, j => j === i);
    });
    const i = culprit < 0 ? 0 : culprit;
    const name = occurrences[i].name;
    throw new shared_errors/* ConfigurationError */.j1(`${where(i)}: the value of {${name}} would change the structure of ${file} where it lands (it would not stay one ${format === 'yaml' ? 'YAML' : 'JSON'} value: a quote, ': ', ' #', a leading indicator such as '[', '{', '&', '*', '!', '|', '>' or '-' in an unquoted place). Quote the placeholder in the template (e.g. '"{${name}}"'), or change the value (variables: ${name}=…).`, file);
}
function readJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false };
    }
}
function readYaml(version) {
    return text => {
        const doc = (0,dist/* parseDocument */.Tp)(text, { version, prettyErrors: false });
        if (doc.errors.length > 0)
            return { ok: false };
        try {
            return { ok: true, value: doc.toJS() };
        }
        catch {
            return { ok: false };
        }
    };
}
/** Which kind of YAML scalar each sentinel landed in (keys included). */
function scalarKinds(sentinelText) {
    const kinds = new Map();
    const doc = (0,dist/* parseDocument */.Tp)(sentinelText, { prettyErrors: false });
    (0,dist/* visit */.YR)(doc, {
        Scalar(_key, node) {
            if (typeof node.value !== 'string')
                return;
            for (const m of node.value.matchAll(SLOTS)) {
                const kind = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? node.type : 'other';
                kinds.set(Number(m[1]), kind);
            }
        }
    });
    return kinds;
}
/**
 * Whether `actual` (the rendering with values) is `expected` (the rendering with sentinels)
 * with each sentinel replaced by its value: the same keys and list lengths, and every leaf
 * that held a sentinel reading as the text with the values in it. A value alone in an
 * unquoted place may read as a number or a boolean, as that value alone would.
 */
function sameShape(expected, actual, valueOf, c) {
    const fill = (s) => s.replace(SLOTS, (whole, i) => valueOf(Number(i)) ?? whole);
    if (typeof expected === 'string') {
        if (typeof actual === 'string')
            return actual === fill(expected);
        const whole = new RegExp(`^${SLOTS.source}$`).exec(expected);
        const value = whole ? valueOf(Number(whole[1])) : undefined;
        return value !== undefined && isScalar(actual) && sameScalar(value, actual, c.format);
    }
    if (typeof expected === 'number' && c.numeric) {
        const m = NUMBER_SLOT.exec(String(expected));
        const value = m ? valueOf(Number(m[1])) : undefined;
        if (m && value === undefined)
            return actual === expected;
        if (value !== undefined)
            return isScalar(actual) && sameScalar(value, actual, 'json');
    }
    if (Array.isArray(expected)) {
        return (Array.isArray(actual) &&
            actual.length === expected.length &&
            expected.every((e, i) => sameShape(e, actual[i], valueOf, c)));
    }
    if (isPlainObject(expected)) {
        if (!isPlainObject(actual))
            return false;
        const keys = Object.keys(expected);
        if (keys.length !== Object.keys(actual).length)
            return false;
        return keys.every(k => {
            const key = fill(k);
            return Object.hasOwn(actual, key) && sameShape(expected[k], actual[key], valueOf, c);
        });
    }
    return sameData(expected, actual);
}
function isScalar(v) {
    return (v === null || v instanceof Date || ['string', 'number', 'boolean', 'bigint'].includes(typeof v));
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/** The value, read alone as the format reads a scalar, is the leaf. */
function sameScalar(value, leaf, format) {
    const alone = format === 'json' ? readJson(value) : readYaml('1.2')(value);
    const alone11 = format === 'json' ? alone : readYaml('1.1')(value);
    return [alone, alone11].some(r => r.ok && sameData(r.value, leaf));
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
function hintFor(doc) {
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
        throw new shared_errors/* ConfigurationError */.j1(`Input 'variables' sets ${clash.join(', ')}, which the toolkit fills in itself; use the matching input instead (e.g. table-name for TABLE_NAME).`, 'variables');
    }
    const values = {};
    for (const [k, v] of Object.entries(builtIn))
        if (v !== undefined)
            values[k] = v;
    return { ...values, ...c.variables };
}

;// CONCATENATED MODULE: ./src/core/recipe/render-recipe.ts
// The render-recipe step: turns the user's recipe template into the recipe that is deployed.
// It fills in the placeholders, resolves component-version 'auto' (a new patch version only
// when the rendered recipe differs from the latest version's, so a rerun creates nothing),
// and checks the result (recipe-check.ts) for the mistakes that otherwise surface only on a
// device. The parsing helpers serve the deploy step too.














/**
 * What {COMPONENT_AUTHOR} becomes. GDK takes it from its config file, which this toolkit has
 * no equivalent of; a user who wants their own publisher writes it in the template.
 */
const COMPONENT_AUTHOR = 'ggcd';
const FIRST_VERSION = '1.0.0';
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
    const image = config/* IMAGE_URI */.Rx.exec(inputs.imageUri);
    if (!image) {
        throw new shared_errors/* ConfigurationError */.j1(`Input 'image-uri' must be <registry>/<repository>@sha256:<64 hex digits>, as build-push outputs it; got '${inputs.imageUri}'.`, 'image-uri');
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
        const text = renderTemplate(template, { ...values, COMPONENT_NAME: name, COMPONENT_VERSION: version }, { file, format });
        return { text, recipe: parseRecipe(text, file) };
    };
    const check = (r) => validateRecipe(r.recipe, { file, templateText: template, text: r.text, registries: [registry] });
    const explicit = inputs.componentVersion === 'auto' ? undefined : inputs.componentVersion;
    const componentName = await resolveName(render(inputs.componentName ?? NAME_PROBE, VERSION_PROBE), {
        file,
        template,
        input: inputs.componentName
    });
    // Everything the user can get wrong is reported here, before any AWS call.
    await check(render(componentName, explicit ?? VERSION_PROBE));
    return { file, format, template, componentName, explicit, render, check };
}
/** `options.prepared`: the template the caller already prepared for these inputs (the
 * pipeline: once for the render and for a next version), with what preparing it said. */
async function renderRecipe(inputs, clients, ctx, options = {}) {
    const { reporter } = ctx;
    options.prepared?.notes?.replayTo(reporter);
    const { file, format, template, componentName, explicit, render, check } = options.prepared?.recipe ?? (await prepareRecipe(inputs, reporter));
    let componentVersion;
    let versionReused = false;
    let latestVersion;
    let final;
    if (explicit) {
        componentVersion = explicit;
        final = render(componentName, explicit);
    }
    else {
        const componentArn = (0,arns/* componentArn */.Du)(inputs.region, inputs.accountId, componentName);
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
    const warnings = await check(final);
    for (const w of warnings)
        reporter.warning(w);
    if (options.write ?? true)
        await writeOutput(inputs.output, final.text);
    reporter.info(`Rendered ${file} as ${componentName} ${componentVersion} (${Buffer.byteLength(final.text)} bytes)${(options.write ?? true) ? ` into ${inputs.output}` : ''}.`);
    return {
        recipePath: inputs.output,
        componentName,
        componentVersion,
        recipe: final.text,
        warnings,
        versionReused,
        latestVersion,
        explicit: Boolean(explicit)
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
    throw new shared_errors/* ConfigurationError */.j1(`Input 'recipe': ${file} must be a YAML (.yaml, .yml) or JSON (.json) recipe template; the extension says which.`, 'recipe');
}
async function readTemplate(file) {
    return readInputFile(file, 'recipe', `${file} does not exist (relative to ${process.cwd()}). Point 'recipe' at the recipe template, e.g. recipe/recipe.yaml.`);
}
async function writeOutput(path, text) {
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, text, 'utf8');
    }
    catch (error) {
        throw new shared_errors/* ConfigurationError */.j1(`Input 'output': cannot write the rendered recipe to ${path}: ${(0,shared_errors/* errorMessage */.gJ)(error)}. Choose a writable path.`, 'output');
    }
}
async function resolveName(probe, c) {
    const written = field(probe.recipe, 'ComponentName');
    const where = at(c.file, c.template, 'ComponentName');
    if (c.input !== undefined) {
        if (typeof written === 'string' && written !== c.input) {
            throw new shared_errors/* ConfigurationError */.j1(`${where}: ComponentName is '${written}' but the component-name input is '${c.input}'. Write ComponentName: '{COMPONENT_NAME}' so that the input fills it in, or leave component-name empty.`, c.file);
        }
        return c.input;
    }
    if (written === NAME_PROBE) {
        throw new shared_errors/* ConfigurationError */.j1(`${where}: ComponentName is '{COMPONENT_NAME}' but the component-name input is empty. Set component-name, or write the name in the template, e.g. ComponentName: com.example.AccessDynamoDb.`, 'component-name');
    }
    if (typeof written !== 'string' || !COMPONENT_NAME.test(written)) {
        // validateRecipe says what is wrong with it.
        await validateRecipe(probe.recipe, { file: c.file, templateText: c.template });
        throw new shared_errors/* ConfigurationError */.j1(`${where}: ComponentName is missing or invalid.`, c.file);
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
    throw new shared_errors/* ConfigurationError */.j1(`${at(c.file, c.template, 'ComponentVersion')}: ComponentVersion is ${JSON.stringify(written)}, but ${why}. Write ComponentVersion: '{COMPONENT_VERSION}' so that the toolkit fills it in.`, c.file);
}
// ---------------------------------------------------------------------------------------
// Versions in Greengrass
async function listVersions(greengrass, arn, ctx) {
    const versions = [];
    let nextToken;
    try {
        do {
            const page = await (0,shared_retry/* withRetry */.b)(ctx, 'greengrass:ListComponentVersions', () => greengrass.send(new client_greengrassv2_dist_cjs/* ListComponentVersionsCommand */.CX7({ arn, nextToken, maxResults: 100 })));
            for (const v of page.componentVersions ?? []) {
                if (v.componentVersion)
                    versions.push(v.componentVersion);
            }
            nextToken = page.nextToken;
        } while (nextToken);
    }
    catch (error) {
        if ((0,shared_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException')
            return [];
        throw versionsFailure(error, 'greengrass:ListComponentVersions', arn);
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
        const got = await (0,shared_retry/* withRetry */.b)(ctx, 'greengrass:GetComponent', () => greengrass.send(new client_greengrassv2_dist_cjs/* GetComponentCommand */.Py8({ arn, recipeOutputFormat: format === 'json' ? 'JSON' : 'YAML' })));
        bytes = got.recipe;
    }
    catch (error) {
        throw versionsFailure(error, 'greengrass:GetComponent', arn);
    }
    const text = bytes ? new TextDecoder().decode(bytes) : '';
    try {
        return parseRecipe(text, arn);
    }
    catch (error) {
        ctx.reporter.warning(`Could not read the recipe of ${arn} (${(0,shared_errors/* errorMessage */.gJ)(error)}); treating the recipe as changed.`);
        return undefined;
    }
}
function versionsFailure(error, action, resource) {
    return (0,shared_errors/* awsFailure */.MT)(error, {
        action: action.includes(':') ? action : `greengrass:${action}`,
        resource,
        hint: 'Rerun once the cause is fixed, or set component-version to an explicit version.'
    });
}

;// CONCATENATED MODULE: ./src/core/deploy/calls.ts
// The step's AWS calls: retried, and mapped to the error that names the permission.



function token(...parts) {
    // sha256 in hex is 64 characters: exactly the API's limit, and within ^[a-zA-Z0-9-]+$.
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\n')).digest('hex');
}
async function call(ctx, what, fn) {
    try {
        return await (0,shared_retry/* withRetry */.b)(ctx, what, fn);
    }
    catch (error) {
        throw asFailure(what, error);
    }
}
/** `what` is the Greengrass action and what it was called on: `GetComponent <arn>`. */
function asFailure(what, error) {
    const [action, ...on] = what.split(' ');
    return (0,shared_errors/* awsFailure */.MT)(error, {
        action: `greengrass:${action}`,
        resource: on.join(' ').replace(/^for /, '') || '*'
    });
}
/** Retries that end by the wait's deadline: while waiting, the next poll asks again anyway,
 * and what could not be read by the deadline is unknown. */
function untilDeadline(ctx, deadline) {
    const remaining = Math.max(0, deadline - ctx.clock.now().getTime());
    return { attempts: 3, budgetMs: remaining, maxDelayMs: Math.min(2000, remaining) };
}

;// CONCATENATED MODULE: ./src/core/deploy/component.ts
// The component version: the rendered recipe loaded and checked, published once (versions
// are immutable), and waited for until DEPLOYABLE.








function componentArn(region, accountId, componentName, componentVersion) {
    return (0,arns/* componentVersionArn */.Vh)(region, accountId, componentName, componentVersion);
}
async function loadRecipe(path, given) {
    let text = given;
    if (text === undefined) {
        text = await readInputFile(path, 'recipe-path', `the rendered recipe ${path} does not exist. Run render-recipe first (its recipe-path output names the file), or point 'recipe-path' at it.`);
    }
    let data;
    try {
        // As YAML, which reads JSON too: the rendered recipe is either, whatever the file's name.
        data = parseRecipe(text, path, 'yaml');
    }
    catch (error) {
        throw new shared_errors/* ConfigurationError */.j1(`Input 'recipe-path': ${(0,shared_errors/* errorMessage */.gJ)(error).split('\n')[0]} Deploy the recipe render-recipe wrote: run render-recipe first (its recipe-path output names the file), and point 'recipe-path' at it.`, 'recipe-path');
    }
    const stringField = (key) => {
        const value = field(data, key);
        return typeof value === 'string' && value ? value : undefined;
    };
    const name = stringField('ComponentName');
    const version = stringField('ComponentVersion');
    if (!name || !version) {
        throw new shared_errors/* ConfigurationError */.j1(`${path}: the recipe has no ${name ? 'ComponentVersion' : 'ComponentName'}; render it with render-recipe, which fills both.`, 'recipe-path');
    }
    return { name, version, text, data };
}
async function describe(gg, ctx, arn) {
    try {
        return await (0,shared_retry/* withRetry */.b)(ctx, 'DescribeComponent', () => gg.send(new client_greengrassv2_dist_cjs/* DescribeComponentCommand */.CWH({ arn })));
    }
    catch (error) {
        if ((0,shared_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException')
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
async function checkSameRecipe(gg, ctx, arn, recipe, raced = false) {
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
    throw new VersionTaken(recipe.version, difference, raced);
}
/** The component version exists with another recipe. `raced`: it did not exist when this
 * run looked, so another run created it at the same time. */
class VersionTaken extends Error {
    version;
    difference;
    raced;
    constructor(version, difference, raced) {
        super(`version ${version} exists with a different recipe (first difference at ${difference})`);
        this.version = version;
        this.difference = difference;
        this.raced = raced;
    }
}
/** Attempts at a component version when concurrent runs with auto keep taking it. */
const VERSION_ATTEMPTS = 3;
/**
 * After VersionTaken: with auto (the caller can render the recipe again), the next patch
 * version; otherwise the error for the user. A version that existed before this run is the
 * user's to bump (exit 2); one a concurrent run created just now is not bad input (exit 1).
 */
async function takeNextVersion(taken, attempt, recipe, options, ctx) {
    const what = `Component ${recipe.name} version ${taken.version}`;
    if (!options.nextVersion) {
        if (!taken.raced) {
            throw new shared_errors/* ConfigurationError */.j1(`${what} already exists with a different recipe (first difference at ${taken.difference}): versions are immutable; bump component-version (or use auto).`, 'component-version');
        }
        throw new shared_errors/* StepFailure */.pH(`${what} was created by another run at the same time, with a different recipe (first difference at ${taken.difference}). Nothing of this run was deployed. Rerun after the other run: with component-version auto this run takes the next version; with an explicit version, choose one the other run did not take.`);
    }
    if (attempt >= VERSION_ATTEMPTS) {
        throw new shared_errors/* StepFailure */.pH(`${what}: concurrent runs took ${attempt} versions in a row, each with a different recipe. Nothing of this run was deployed; rerun once the other runs are done.`);
    }
    const version = semver.inc(taken.version, 'patch');
    ctx.reporter.warning(`${what} was taken by another run with a different recipe (first difference at ${taken.difference}); taking ${version}.`);
    return loadRecipe(`${recipe.name} ${version}`, options.nextVersion(version));
}
async function createComponent(gg, ctx, arn, recipe) {
    try {
        await (0,shared_retry/* withRetry */.b)(ctx, 'CreateComponentVersion', () => gg.send(new client_greengrassv2_dist_cjs/* CreateComponentVersionCommand */.d2g({
            inlineRecipe: new TextEncoder().encode(recipe.text),
            clientToken: token(recipe.name, recipe.version, recipe.text)
        })));
        ctx.reporter.info(`Created component ${recipe.name} ${recipe.version}.`);
        return true;
    }
    catch (error) {
        // Someone (a concurrent run) created it between our look and our create: fine if it is
        // the same recipe, the version-conflict error otherwise.
        if ((0,shared_errors/* awsErrorName */.ZH)(error) !== 'ConflictException') {
            throw asFailure(`CreateComponentVersion ${recipe.name} ${recipe.version}`, error);
        }
        await checkSameRecipe(gg, ctx, arn, recipe, true);
        return false;
    }
}
async function waitDeployable(gg, ctx, arn, recipe, deadline, known) {
    const what = `Component ${recipe.name} ${recipe.version}`;
    // A new version is usually DEPLOYABLE within a second or two: look soon, then back off.
    let delay = 500;
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
            throw new shared_errors/* StepFailure */.pH(`${what} failed to register: ${status?.message ?? 'no message'}${errors.length ? ` (${errors.join('; ')})` : ''}. Fix the recipe and publish it under a new component-version: a version cannot be replaced.`);
        }
        const remaining = deadline - ctx.clock.now().getTime();
        if (remaining <= 0) {
            throw new shared_errors/* StepFailure */.pH(`${what} is still ${state ?? 'not visible'} after the wait-timeout; rerun later (the version is kept), or raise wait-timeout.`);
        }
        ctx.reporter.info(`${what} is ${state ?? 'being registered'}; waiting for DEPLOYABLE.`);
        await ctx.clock.sleep(Math.min(delay, remaining));
        delay = Math.min(delay * 2, 10_000);
        current = await describe(gg, ctx, arn);
    }
}

;// CONCATENATED MODULE: ./src/core/shared/pages.ts
// Every page of a paginated AWS listing, in one loop: the SDK's nextToken convention.
/**
 * Calls `page` with each nextToken until there is none (or `enough` says the items so far
 * suffice), and returns every item in order.
 */
async function allPages(page, items, enough = () => false) {
    const all = [];
    let nextToken;
    do {
        const answer = await page(nextToken);
        all.push(...(items(answer) ?? []));
        nextToken = answer.nextToken;
    } while (nextToken && !enough(all));
    return all;
}

;// CONCATENATED MODULE: ./src/core/deploy/devices.ts
// One device's verdict on a deployment, and a group's core devices.






const OK = new Set(['COMPLETED', 'SUCCEEDED']);
const FAILED = new Set(['FAILED', 'TIMED_OUT', 'REJECTED', 'CANCELED']);
const PENDING = 'PENDING';
/** We could not read the device's status, and asking again will not help (e.g. denied). */
const UNKNOWN = 'UNKNOWN';
/** We could not read the device's status this time (throttling, 5xx): asked again. */
const UNREAD = 'UNKNOWN (asking again)';
const OUR_TIMEOUT = 'TIMED_OUT (';
/** Groups up to this many core devices are watched device by device. */
const SMALL_GROUP = 20;
/** Above this many devices a target is not asked device by device; the smoke check then
 * applies `since` to all of them. */
const RUNNING_CHECK_LIMIT = 50;
/** Still worth asking about: not reported yet, QUEUED, IN_PROGRESS or a status we don't know. */
function isPendingStatus(status) {
    return (!OK.has(status) && !FAILED.has(status) && status !== UNKNOWN && !status.startsWith(OUR_TIMEOUT));
}
async function devicesInGroup(clients, ctx, group) {
    const members = await groupMembers(clients.iot, ctx, group, RUNNING_CHECK_LIMIT + 1);
    // A large group is followed through its IoT job, whose counts cover only the devices
    // Greengrass deploys to: its members are not asked one by one.
    if (members.more || members.names.length > RUNNING_CHECK_LIMIT) {
        return { ...members, skipped: [] };
    }
    const { core, skipped } = await coreMembers(clients.greengrass, ctx, members.names);
    if (skipped.length > 0) {
        ctx.reporter.info(`thinggroup/${group}: not waiting for ${skipped.map(s => `${s.name} (${s.why})`).join(', ')}: the deployment runs only on core devices.`);
    }
    return { names: core, more: false, skipped };
}
/** Worth asking again at the next poll: throttling, a 5xx, a network error (no HTTP status).
 * Wider than shared/errors.ts isTransient (what a step's retries use): here an error with no
 * HTTP status is asked about again too. Either way a status that could not be read is
 * unread or unknown, never failed. */
function worthAnotherPoll(error) {
    const status = (0,shared_errors/* httpStatus */.nG)(error);
    return (0,shared_retry/* isThrottling */.E)(error) || status === undefined || status >= 500;
}
async function verdictOf(gg, ctx, thingName, deploymentId, deadline) {
    let entry;
    // While waiting, the retries stay within the deadline: the next poll asks again anyway.
    const bounded = deadline === undefined ? {} : untilDeadline(ctx, deadline);
    try {
        const ours = (e) => e.deploymentId === deploymentId;
        const seen = await allPages(nextToken => (0,shared_retry/* withRetry */.b)(ctx, `ListEffectiveDeployments ${thingName}`, () => gg.send(new client_greengrassv2_dist_cjs/* ListEffectiveDeploymentsCommand */.jic({ coreDeviceThingName: thingName, nextToken })), bounded), page => page.effectiveDeployments, soFar => soFar.some(ours));
        entry = seen.find(ours);
    }
    catch (error) {
        // A status we could not read is unknown, never a failure: a throttled poll must not fail
        // (nor roll back) a release the device runs. Transient errors are asked again at the
        // next poll; others (e.g. access denied) settle as unknown.
        const name = (0,shared_errors/* awsErrorName */.ZH)(error);
        if (name === 'ResourceNotFoundException') {
            // Greengrass does not know the thing as a core device (yet): its deployment waits.
            return {
                status: PENDING,
                reason: 'not a Greengrass core device yet: its deployment waits until it is provisioned as one',
                ok: false
            };
        }
        return {
            status: worthAnotherPoll(error) ? UNREAD : UNKNOWN,
            reason: `its status could not be read: ${name ?? 'error'}: ${(0,shared_errors/* errorMessage */.gJ)(error)}`,
            ok: false
        };
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

;// CONCATENATED MODULE: ./src/core/deploy/verdict.ts
// A watched target's verdict, device by device or from its IoT job's counts.




function deviceVerdict(w, entry, waited, failures) {
    const t = entry.result;
    const label = (0,target_names/* targetLabel */.Op)(t.target);
    for (const d of entry.devices.filter(d => isPendingStatus(d.status))) {
        if (d.status === UNREAD) {
            d.status = UNKNOWN;
            d.reason = `${d.reason ?? 'its status could not be read'} (until the wait-timeout, ${waited}s)`;
            continue;
        }
        d.reason =
            d.status === PENDING
                ? (d.reason ?? 'the device has not reported this deployment yet (is it online?)')
                : `last status ${d.status}`;
        d.status = `${OUR_TIMEOUT}waited ${waited}s)`;
    }
    t.devices = entry.devices;
    if (entry.problem) {
        failures.push(entry.problem);
        t.status = 'unknown';
        return;
    }
    const unknown = entry.devices.filter(d => d.status === UNKNOWN);
    const failed = entry.devices.filter(d => !d.ok && !d.status.startsWith(OUR_TIMEOUT) && d.status !== UNKNOWN);
    const timedOut = entry.devices.filter(d => d.status.startsWith(OUR_TIMEOUT));
    const tolerated = t.target.kind === 'thinggroup' &&
        failed.length > 0 &&
        !(0,counts/* pastThreshold */.sT)(failed.length, entry.devices.length, w.threshold);
    const lines = [...failed, ...timedOut, ...unknown].map(d => `thing ${d.thingName} (${label}): ${d.status}${d.reason ? ` — ${d.reason}` : ''}`);
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
    else if (unknown.length > 0)
        t.status = 'unknown';
    else
        t.status = 'succeeded';
}
async function jobVerdict(w, entry, waited, failures) {
    const t = entry.result;
    const label = (0,target_names/* targetLabel */.Op)(t.target);
    const job = entry.job;
    if (entry.problem || !job?.counts) {
        const unread = entry.problem ??
            (entry.unread ? `${entry.unread} (until the wait-timeout, ${waited}s)` : undefined);
        failures.push(unread ?? `${label}: TIMED_OUT (waited ${waited}s): the deployment's IoT job did not start.`);
        t.status = unread ? 'unknown' : 'timed-out';
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
        w.ctx.reporter.debug(`${label}: could not list the failed devices: ${(0,shared_errors/* errorMessage */.gJ)(error)}`);
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
function countByStatus(devices) {
    const counts = new Map();
    for (const d of devices)
        counts.set(d.status, (counts.get(d.status) ?? 0) + 1);
    return [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
}

;// CONCATENATED MODULE: ./src/core/deploy/watch.ts
// Waiting for the devices: polled until each target has a verdict or the wait-timeout.
//
// A thing, and a group of at most SMALL_GROUP core devices, are watched device by device
// (each device's own verdict and reason). A larger group is watched through the deployment's
// IoT job: one DescribeJob per poll whatever the fleet's size, and only the failed executions
// listed (capped), so that the cost of a poll does not grow with the fleet.








// A device often reports within a second or two: the first look comes soon, then back off.
const FIRST_POLL_MS = 1000;
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
            const group = await devicesOf(t.target.name);
            if (group.skipped.length > 0)
                t.skipped = group.skipped;
            if (group.names.length === 0) {
                // Not a failure: a group's deployment reaches every core device that joins it later.
                const others = group.skipped.length
                    ? ` (only ${group.skipped.map(s => s.name).join(', ')}, not core devices)`
                    : '';
                reporter.warning(`${(0,target_names/* targetLabel */.Op)(t.target)}: no core device in the group yet${others}; the deployment waits for devices to join it. Add the core devices to the group to run it.`);
                entry.empty = true;
                entry.done = true;
                continue;
            }
            else if (group.more || group.names.length > SMALL_GROUP) {
                entry.viaJob = true;
                reporter.info(`${(0,target_names/* targetLabel */.Op)(t.target)}: more than ${SMALL_GROUP} core devices; following the deployment's IoT job (aggregate counts, failed devices only).`);
            }
            else {
                entry.devices = group.names.map(thingName => ({ thingName, status: PENDING, ok: false }));
            }
        }
        catch (error) {
            entry.problem = `${(0,target_names/* targetLabel */.Op)(t.target)}: cannot list its things: ${(0,shared_errors/* errorMessage */.gJ)(error)}`;
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
                await pollJob(w, entry, deadline);
            else
                await pollDevices(w, entry, deadline);
        }
        waited = Math.round((clock.now().getTime() - started) / 1000);
        const progress = watched
            .filter(e => e.devices.length || e.job?.counts)
            .map(e => `${(0,target_names/* targetLabel */.Op)(e.result.target)}: ${e.viaJob ? (0,counts/* countsText */.WN)(e.job.counts) : countByStatus(e.devices)}`)
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
        if (entry.empty)
            entry.result.status = 'not-waited';
        else if (entry.viaJob)
            await jobVerdict(w, entry, waited, failures);
        else
            deviceVerdict(w, entry, waited, failures);
    }
}
async function pollDevices(w, entry, deadline) {
    for (const device of entry.devices) {
        if (!isPendingStatus(device.status))
            continue;
        const verdict = await verdictOf(w.gg, w.ctx, device.thingName, entry.result.deploymentId, deadline);
        // An unreadable status tells nothing new: the device keeps what it last reported (and
        // is asked again at the next poll).
        if (verdict.status === UNREAD && device.status !== PENDING && device.status !== UNREAD) {
            continue;
        }
        device.status = verdict.status;
        device.ok = verdict.ok;
        if (verdict.reason)
            device.reason = verdict.reason;
        else
            delete device.reason;
    }
    entry.done = !entry.devices.some(d => isPendingStatus(d.status));
}
/** One DescribeJob; the deployment's job id comes from one GetDeployment, once. Their
 * retries end by the deadline: a job not read by then is unknown, never failed. */
async function pollJob(w, entry, deadline) {
    const t = entry.result;
    try {
        if (!entry.job) {
            const deployment = await (0,shared_retry/* withRetry */.b)(w.ctx, `GetDeployment ${t.deploymentId}`, () => w.gg.send(new client_greengrassv2_dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId: t.deploymentId })), untilDeadline(w.ctx, deadline));
            if (!deployment.iotJobId)
                return;
            entry.job = new JobWatch(w.iot, w.ctx, deployment.iotJobId);
            t.jobId = deployment.iotJobId;
        }
        const job = entry.job;
        await job.poll(untilDeadline(w.ctx, deadline));
        delete entry.unread;
        const added = await job.listNewFailures(untilDeadline(w.ctx, deadline));
        if (added.length > 0) {
            w.ctx.reporter.info(`${(0,target_names/* targetLabel */.Op)(t.target)}: failed on ${added.join(', ')}.`);
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
        // The deployment exists: a job we cannot follow is an unknown verdict, never a failed
        // one. Throttling and 5xx are asked again at the next poll, within the deadline.
        const why = `${(0,target_names/* targetLabel */.Op)(t.target)}: cannot follow its IoT job${t.jobId ? ` ${t.jobId}` : ''}: ${(0,shared_errors/* awsErrorName */.ZH)(error) ?? 'error'}: ${(0,shared_errors/* errorMessage */.gJ)(error)}`;
        if (worthAnotherPoll(error))
            entry.unread = why;
        else {
            entry.problem = why;
            entry.done = true;
        }
    }
}

;// CONCATENATED MODULE: ./src/core/deploy/create.ts
// Creating a stage's deployments (a few at a time), with what they start from.










/** CreateDeployment calls in flight at most; each thing target is its own deployment. */
const CREATE_CONCURRENCY = 4;
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
                created.push(`${(0,target_names/* targetLabel */.Op)(plan.target)}: ${deploymentId}`);
            const t = { ...targetResult(plan, deploymentId), alreadyRunning: running.get(plan) ?? [] };
            stage.push(t);
        });
    }
    catch (error) {
        const done = [...before.map(t => `${(0,target_names/* targetLabel */.Op)(t.target)}: ${t.deploymentId}`), ...created];
        const message = done.length
            ? ` Deployments already created (a rerun keeps them): ${done.join(', ')}.`
            : '';
        // The user's to fix stays the user's (exit 2), with what was already done.
        if (error instanceof shared_errors/* ConfigurationError */.j1) {
            throw new shared_errors/* ConfigurationError */.j1(`${error.message}${message}`, error.subject);
        }
        throw new shared_errors/* StepFailure */.pH(`${(0,shared_errors/* errorMessage */.gJ)(error)}${message}`);
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
/**
 * The devices of a changed target that already run this component version, through
 * another target: Greengrass does not restart a component whose version, recipe and
 * configuration did not change, so these write no new item in this run.
 */
async function devicesAlreadyRunning(gg, ctx, plan, recipe, devicesOf) {
    const group = plan.target.kind === 'thing'
        ? { names: [plan.target.name], more: false }
        : await devicesOf(plan.target.name);
    const devices = group.names;
    if (group.more || devices.length > RUNNING_CHECK_LIMIT) {
        ctx.reporter.debug(`${(0,target_names/* targetLabel */.Op)(plan.target)}: more than ${RUNNING_CHECK_LIMIT} devices; not asking each which version it runs.`);
        return [];
    }
    const running = [];
    for (const thingName of devices) {
        const runsOurs = (c) => c.componentName === recipe.name &&
            c.componentVersion === recipe.version &&
            (c.lifecycleState === 'RUNNING' || c.lifecycleState === 'FINISHED');
        const installed = await allPages(nextToken => call(ctx, `ListInstalledComponents ${thingName}`, () => gg.send(new client_greengrassv2_dist_cjs/* ListInstalledComponentsCommand */.eTW({ coreDeviceThingName: thingName, nextToken }))).catch((error) => {
            // A device Greengrass does not know yet has nothing installed.
            if ((0,shared_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException')
                return {};
            throw error;
        }), page => page.installedComponents, soFar => soFar.some(runsOurs));
        if (installed.some(runsOurs))
            running.push(thingName);
    }
    if (running.length > 0) {
        ctx.reporter.info(`${(0,target_names/* targetLabel */.Op)(plan.target)}: ${running.join(', ')} already run${running.length === 1 ? 's' : ''} ${recipe.name} ${recipe.version} and will not restart it.`);
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
        const created = await (0,shared_retry/* withRetry */.b)(ctx, 'CreateDeployment', () => gg.send(new client_greengrassv2_dist_cjs/* CreateDeploymentCommand */.ttP(request)));
        ctx.reporter.info(`${(0,target_names/* targetLabel */.Op)(plan.target)}: created deployment ${created.deploymentId}.`);
        return created.deploymentId;
    }
    catch (error) {
        const failure = asFailure(`CreateDeployment for ${(0,target_names/* targetLabel */.Op)(plan.target)}`, error);
        const hint = (0,shared_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException'
            ? ` Check that ${(0,target_names/* targetLabel */.Op)(plan.target)} exists in this account and region.`
            : '';
        if (!hint)
            throw failure;
        throw new shared_errors/* StepFailure */.pH(`${failure.message}${hint}`);
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/core/deploy/deployment-file.ts
// The deployment file (recipe/deployment.yaml): the user's defaults for every deployment the
// toolkit creates — targets, name, policies and IoT job rollout — in the CreateDeployment
// API's own member names. The toolkit fills in the components, so the file never lists them.
// It is read strictly: an unknown or misspelt key would otherwise be silently ignored and the
// devices would run with a policy the user never chose.





const deployment_file_int = (min, max) => {
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
            timeoutInSeconds: deployment_file_int(1).optional(),
            action: oneOf(['NOTIFY_COMPONENTS', 'SKIP_NOTIFY_COMPONENTS']).optional()
        })
            .optional(),
        configurationValidationPolicy: schemas/* strictObject */.rej({ timeoutInSeconds: deployment_file_int(1).optional() })
            .optional()
    })
        .optional(),
    iotJobConfiguration: schemas/* strictObject */.rej({
        jobExecutionsRolloutConfig: schemas/* strictObject */.rej({
            exponentialRate: schemas/* strictObject */.rej({
                baseRatePerMinute: deployment_file_int(1, 1000),
                incrementFactor: schemas/* number */.aig({ error: 'must be a number from 1.1 to 5' })
                    .min(1.1, { error: 'must be from 1.1 to 5' })
                    .max(5, { error: 'must be from 1.1 to 5' }),
                rateIncreaseCriteria: schemas/* strictObject */.rej({
                    numberOfNotifiedThings: deployment_file_int(1).optional(),
                    numberOfSucceededThings: deployment_file_int(1).optional()
                })
                    .refine(c => (c.numberOfNotifiedThings === undefined) !==
                    (c.numberOfSucceededThings === undefined), {
                    error: 'needs exactly one of numberOfNotifiedThings or numberOfSucceededThings'
                })
            })
                .optional(),
            maximumPerMinute: deployment_file_int(1, 1000).optional()
        })
            .optional(),
        abortConfig: schemas/* strictObject */.rej({
            criteriaList: schemas/* array */.YOg(schemas/* strictObject */.rej({
                failureType: oneOf(['FAILED', 'REJECTED', 'TIMED_OUT', 'ALL']),
                action: oneOf(['CANCEL']),
                thresholdPercentage: schemas/* number */.aig({ error: 'must be a number from 0 to 100' })
                    .min(0, { error: 'must be from 0 to 100' })
                    .max(100, { error: 'must be from 0 to 100' }),
                minNumberOfExecutedThings: deployment_file_int(1)
            }))
                .min(1, { error: 'must list at least one criterion' })
        })
            .optional(),
        timeoutConfig: schemas/* strictObject */.rej({ inProgressTimeoutInMinutes: deployment_file_int(1).optional() }).optional()
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
function deployment_file_hintFor(key) {
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
    const text = await readInputFile(path, 'deployment', `the deployment file ${path} does not exist. Create it (targets, deploymentPolicies, iotJobConfiguration; see recipe/deployment.yaml in the toolkit's README) or point 'deployment' at yours.`);
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
        throw new shared_errors/* ConfigurationError */.j1(problems.join('\n'), file);
    }
    const where = new Locator(file, doc, lines);
    const data = doc.toJS() ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new shared_errors/* ConfigurationError */.j1(`${file}: must be a mapping with targets, deploymentName, deploymentPolicies and iotJobConfiguration.`, file);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
        const problems = parsed.error.issues.flatMap(issue => {
            if (issue.code === 'unrecognized_keys') {
                return issue.keys.map(key => `${where.at(issue.path, key)}: unknown key '${pathText([...issue.path, key])}': ${deployment_file_hintFor(key)}.`);
            }
            return [`${where.at(issue.path)}: '${pathText(issue.path)}' ${issue.message}.`];
        });
        throw new shared_errors/* ConfigurationError */.j1(problems.join('\n'), file);
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
    const parsed = (0,target_names/* parseTargets */.Sx)(Array.isArray(raw) ? raw.join('\n') : raw);
    if (parsed.ok)
        return parsed.value;
    const bad = /^'([^']*)'/.exec(parsed.message)?.[1];
    const index = Array.isArray(raw) && bad !== undefined ? raw.findIndex(t => t.trim() === bad) : -1;
    const at = where.at(index >= 0 ? ['targets', index] : ['targets']);
    throw new shared_errors/* ConfigurationError */.j1(`${at}: 'targets' has ${parsed.message}.`, where.file);
}

;// CONCATENATED MODULE: ./src/core/deploy/merge.ts
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
    const job = pruneEmpty(mergedJob(existing?.iotJobConfiguration, file.iotJobConfiguration));
    if (job)
        merged.iotJobConfiguration = job;
    if (existing?.tags && Object.keys(existing.tags).length > 0)
        merged.tags = existing.tags;
    return merged;
}
/** The IoT job configuration, the file's over the existing. rateIncreaseCriteria takes
 * exactly one of numberOfNotifiedThings or numberOfSucceededThings (the API refuses both):
 * the file's criteria replace the existing ones whole instead of merging key by key. */
function mergedJob(existing, file) {
    const merged = deepMerge(existing ?? {}, file ?? {});
    const criteria = file?.jobExecutionsRolloutConfig?.exponentialRate?.rateIncreaseCriteria;
    const rate = merged.jobExecutionsRolloutConfig?.exponentialRate;
    if (criteria && rate)
        rate.rateIncreaseCriteria = { ...criteria };
    return merged;
}
function mergedPolicies(existing, file) {
    const base = deepMerge(DEFAULT_POLICIES, existing?.deploymentPolicies ?? {});
    return deepMerge(base, file ?? {});
}
function merge_isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/** `override` laid over `base`: objects merge key by key, anything else replaces. */
function deepMerge(base, override) {
    const out = { ...base };
    for (const [k, v] of Object.entries(override)) {
        if (v === undefined)
            continue;
        const b = out[k];
        out[k] = merge_isPlainObject(b) && merge_isPlainObject(v) ? deepMerge(b, v) : v;
    }
    return out;
}
/** Drops undefined values and empty objects; undefined when nothing is left. */
function pruneEmpty(value) {
    if (!merge_isPlainObject(value))
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        const p = pruneEmpty(v);
        if (p !== undefined)
            out[k] = p;
    }
    return Object.keys(out).length ? out : undefined;
}

// EXTERNAL MODULE: ./src/core/deploy/rules.ts
var rules = __webpack_require__(640);
;// CONCATENATED MODULE: ./src/core/deploy/plan.ts
// The plan: the deployment file and targets checked without AWS, then for each target the
// deployment to create (its current one with only our component changed), or none.











/**
 * The deployment file and the targets, checked without AWS: the pipeline calls it before it
 * builds anything, so that a mistake in them changes nothing anywhere.
 */
async function deploymentPlan(inputs, reporter) {
    const file = await readDeploymentFile(inputs.deployment, reporter);
    const targets = inputs.targets ?? file.targets;
    if (targets.length === 0) {
        throw new shared_errors/* ConfigurationError */.j1(`No targets: set the 'targets' input, or list targets in the deployment file ${inputs.deployment} (targets: [thinggroup/<name>, <thing name>]).`, 'targets');
    }
    const canary = inputs.canary ?? [];
    const foreign = (0,target_names/* foreignTargets */.tp)([...targets, ...canary], inputs.region, inputs.accountId);
    if (foreign.length > 0)
        throw new shared_errors/* ConfigurationError */.j1(foreign.join('\n'), 'targets');
    const fleet = targets.filter(t => !canary.some(c => (0,target_names/* sameTarget */.cS)(c, t)));
    // The rules' owner is rules.ts; the input parser reports them too. A dry run is not exempt.
    const canaries = canary.length;
    const problem = (0,rules/* canaryNeedsFleet */.S$)({ canaries, fleet: fleet.length, fromFile: !inputs.targets }) ??
        (0,rules/* canaryNeedsWait */.NN)({ canaries, wait: inputs.wait });
    if (problem)
        throw new shared_errors/* ConfigurationError */.j1(problem, 'canary');
    const rollbackProblem = (0,rules/* rollbackNeedsWait */.x9)({
        rollback: inputs.rollback ?? false,
        wait: inputs.wait
    });
    if (rollbackProblem)
        throw new shared_errors/* ConfigurationError */.j1(rollbackProblem, 'rollback');
    return { file, targets, canary, fleet };
}
/** The targets with where the user named them: the input, or the deployment file. */
function targetSources(inputs, plan) {
    return [
        { targets: plan.canary, source: "input 'canary'", subject: 'canary' },
        {
            targets: plan.fleet,
            source: inputs.targets ? "input 'targets'" : `the deployment file ${inputs.deployment}`,
            subject: inputs.targets ? 'targets' : 'deployment'
        }
    ];
}
async function latestDeployment(gg, ctx, arn) {
    const all = await allPages(nextToken => call(ctx, `ListDeployments ${arn}`, () => gg.send(new client_greengrassv2_dist_cjs/* ListDeploymentsCommand */.sr8({ targetArn: arn, historyFilter: 'LATEST_ONLY', nextToken }))), page => page.deployments);
    const ours = all.filter(d => d.deploymentId && (!d.targetArn || d.targetArn === arn));
    const time = (d) => d.creationTimestamp?.getTime() ?? 0;
    // LATEST_ONLY gives the latest revision per target; prefer what the API marks as latest,
    // then the newest.
    return ours.sort((a, b) => Number(b.isLatestForTarget ?? false) - Number(a.isLatestForTarget ?? false) ||
        time(b) - time(a))[0];
}
async function planTarget(asked, inputs, target, recipe, file) {
    const { gg, ctx } = asked;
    const arn = (0,target_names/* targetArn */.lZ)(target, inputs.region, inputs.accountId);
    const label = (0,target_names/* targetLabel */.Op)(target);
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
    const failedOn = same && target.kind === 'thinggroup'
        ? await groupFailures(asked, target.name, previous)
        : undefined;
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
/** Which of a group's devices failed its deployment, in words; undefined when none did. */
async function groupFailures(asked, groupName, deployment) {
    const group = await asked.devicesOf(groupName);
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

;// CONCATENATED MODULE: ./src/core/deploy/rollback.ts
// Rolling back.
//
// Greengrass's own failureHandlingPolicy ROLLBACK restores a device that failed to apply a
// deployment; it does not restore the devices where it applied, nor a target whose app runs
// but does not work. This redeploys the target's previous deployment as it was (components,
// policies, IoT job configuration). The run still fails: the change did.








async function rollBack(w, result, targets, why) {
    const { ctx } = w;
    const started = [];
    for (const t of targets) {
        const label = (0,target_names/* targetLabel */.Op)(t.target);
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
                iotJobConfiguration: previous.iotJobConfiguration,
                tags: previous.tags
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
                message: `rollback to deployment ${t.previousDeploymentId} failed: ${(0,shared_errors/* errorMessage */.gJ)(error)}`
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
        // A status that could not be read stays unknown here too: never failed, nor timed out.
        const status = r.status === 'succeeded' || r.status === 'failed' || r.status === 'unknown'
            ? r.status
            : 'timed-out';
        const but = status === 'unknown'
            ? ", but the rollback's result is unknown (a device's status could not be read)"
            : `, but the rollback ${status}`;
        t.rollback = {
            toDeploymentId: to,
            deploymentId: r.deploymentId,
            components,
            status,
            message: `rolled back to deployment ${to} (${components})${status === 'succeeded' ? '' : but}`
        };
    }
}
/** After a failed smoke check: rolls back the changed targets the missing devices belong to. */
async function rollBackTargets(inputs, clients, ctx, result, targets, why) {
    const w = {
        gg: clients.greengrass,
        iot: clients.iot,
        ctx,
        devicesOf: group => devicesInGroup(clients, ctx, group),
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
/** The targets a device list points at: a thing by name, a group by the devices seen in it,
 * and a large group (watched through its job, so its members unknown) always. */
function targetsWithDevices(targets, things) {
    const named = new Set(things);
    return targets.filter(t => t.target.kind === 'thing'
        ? named.has(t.target.name)
        : t.counts !== undefined || t.devices.some(d => named.has(d.thingName)));
}

;// CONCATENATED MODULE: ./src/core/deploy/logs.ts
// The tail of a failed device's component log, where its target runs the log manager
// (aws.greengrass.LogManager): a rerun after a real failure then shows what the component
// itself said, beside the device's status details.
//
// The log manager uploads a user component's log (what its lifecycle printed) to the log group
// /aws/greengrass/UserComponent/<region>/<componentName>, one stream per device and UTC day of
// the line: /<yyyy/MM/dd>/thing/<thingName> (a `:` in the thing name becomes `+`: a stream name
// cannot hold one). It does so only for the components its configuration names
// (logsUploaderConfiguration.componentLogsConfigurationMap), every periodicUploadIntervalSec
// (300 s by default), with the device role's logs:CreateLogGroup, CreateLogStream,
// PutLogEvents and DescribeLogStreams. Reading takes logs:GetLogEvents on that group's streams.
//
// What this reads is help, never the verdict: a missing group or stream, a denied read, a slow
// answer are a note in the result, and the run goes on as it would have without it.


const LOG_MANAGER = 'aws.greengrass.LogManager';
const TAIL_LIMITS = { lines: 20, devices: 5, seconds: 15 };
/** A device's own failure (not one whose status we could not read). */
const logs_FAILED = /^(?:FAILED|TIMED_OUT|REJECTED)\b/;
function componentLogGroup(region, componentName) {
    return `/aws/greengrass/UserComponent/${region}/${componentName}`;
}
/** The stream the log manager writes a device's lines of that UTC day to. */
function componentLogStream(thingName, day) {
    const date = day.toISOString().slice(0, 10).replace(/-/g, '/');
    return `/${date}/thing/${thingName.replace(/:/g, '+')}`;
}
/**
 * The last lines of the component's log on each failed device (the first `limits.devices`
 * of them) whose target runs the log manager; undefined when no device failed.
 */
async function failedDeviceLogs(client, request, ctx, limits = TAIL_LIMITS) {
    const failed = request.targets.flatMap(t => t.devices.filter(d => !d.ok && logs_FAILED.test(d.status)).map(d => ({ target: t, device: d })));
    if (failed.length === 0)
        return undefined;
    const notes = [];
    const withManager = failed.filter(f => f.target.components.includes(LOG_MANAGER));
    const without = [...new Set(failed.filter(f => !withManager.includes(f)).map(f => f.target))];
    for (const t of without) {
        notes.push(`${t.label} does not run ${LOG_MANAGER}: with it in the deployment, and ${request.componentName} in its logsUploaderConfiguration.componentLogsConfigurationMap, the summary shows the tail of the component's log.`);
    }
    if (withManager.length > 0 && !client) {
        notes.push(`The component's log was not read: no CloudWatch Logs client.`);
        return { tails: [], notes };
    }
    const read = withManager.slice(0, limits.devices);
    if (withManager.length > read.length) {
        notes.push(`${withManager.length - read.length} more failed device${withManager.length - read.length === 1 ? '' : 's'}: their logs were not read (at most ${limits.devices}).`);
    }
    const deadline = Date.now() + limits.seconds * 1000;
    const tails = await Promise.all(read.map(({ target, device }) => tailOf(client, request, target.label, device.thingName, deadline, limits, ctx)));
    return { tails, notes };
}
async function tailOf(client, request, target, thingName, deadline, limits, ctx) {
    const logGroup = componentLogGroup(request.region, request.componentName);
    const since = new Date(request.since);
    const now = ctx.clock.now();
    // Today's stream first; the day the deployment started too, when the run crossed midnight.
    const streams = [
        ...new Set([componentLogStream(thingName, now), componentLogStream(thingName, since)])
    ];
    const tail = { thingName, target, logGroup, logStream: streams[0], lines: [] };
    let missing;
    for (const logStream of streams) {
        const wanted = limits.lines - tail.lines.length;
        if (wanted <= 0)
            break;
        let events;
        try {
            events = await withDeadline(deadline, signal => client.send(new dist_cjs/* GetLogEventsCommand */.h7S({
                logGroupName: logGroup,
                logStreamName: logStream,
                startFromHead: false,
                startTime: since.getTime(),
                limit: limits.lines
            }), { abortSignal: signal })).then(out => out.events);
        }
        catch (error) {
            // A day's stream that does not exist may be followed by one that does.
            if (isMissing(error)) {
                missing ??= error;
                continue;
            }
            tail.note = readProblem(error, logGroup, logStream, request.componentName, limits.seconds);
            break;
        }
        const lines = (events ?? []).flatMap(e => (e.message ?? '')
            .split(/\r\n|\r|\n/)
            .filter(text => text.trim() !== '')
            .map(text => ({ time: new Date(e.timestamp ?? 0).toISOString(), text })));
        if (lines.length > 0 && tail.lines.length === 0)
            tail.logStream = logStream;
        tail.lines = [...lines.slice(-wanted), ...tail.lines];
    }
    if (tail.lines.length === 0 && !tail.note) {
        tail.note = missing
            ? readProblem(missing, logGroup, tail.logStream, request.componentName, limits.seconds)
            : `no lines in ${logGroup} ${tail.logStream} since ${request.since}: the log manager uploads every periodicUploadIntervalSec (300 s by default), so a rerun may show them.`;
    }
    if (tail.note)
        ctx.reporter.debug(`${thingName}: ${tail.note}`);
    return tail;
}
function isMissing(error) {
    return (0,shared_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException';
}
function readProblem(error, logGroup, logStream, componentName, seconds) {
    const name = (0,shared_errors/* awsErrorName */.ZH)(error) ?? 'Error';
    if (error instanceof DeadlineError || name === 'AbortError') {
        return `the log was not read within ${seconds} s.`;
    }
    if ((0,shared_errors/* isAccessDenied */.w7)(error)) {
        return `not allowed to read ${logGroup}: ${name}: ${(0,shared_errors/* errorMessage */.gJ)(error)} (the deploy role needs logs:GetLogEvents on its streams; see infra/README.md).`;
    }
    if (isMissing(error)) {
        const what = /group/i.test((0,shared_errors/* errorMessage */.gJ)(error))
            ? `no log group ${logGroup}`
            : `no log stream ${logStream} in ${logGroup}`;
        return `${what} yet: the log manager uploads ${componentName}'s log only when its logsUploaderConfiguration.componentLogsConfigurationMap names it, every periodicUploadIntervalSec (300 s by default).`;
    }
    return `the log could not be read: ${name}: ${(0,shared_errors/* errorMessage */.gJ)(error)}`;
}
class DeadlineError extends Error {
    name = 'DeadlineError';
}
/** The call, aborted (and given up on, whether or not the client honours the abort) when the
 * deadline passes. */
async function withDeadline(deadline, call) {
    const left = deadline - Date.now();
    if (left <= 0)
        throw new DeadlineError('deadline passed');
    const controller = new AbortController();
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new DeadlineError('deadline passed'));
        }, left);
    });
    try {
        return await Promise.race([call(controller.signal), expired]);
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./src/core/deploy/deploy.ts















async function deploy(inputs, clients, ctx, options = {}) {
    const { reporter, clock } = ctx;
    const gg = clients.greengrass;
    // 1. Everything the user controls, checked before any call that changes anything.
    let recipe = await loadRecipe(inputs.recipePath, options.recipeText);
    // The pipeline's preflight made the plan already; what making it said is said here.
    options.plan?.notes?.replayTo(reporter);
    const { file, canary, fleet } = options.plan?.plan ?? (await deploymentPlan(inputs, reporter));
    if (!options.targetsChecked) {
        await checkTargets(targetSources(inputs, { canary, fleet }), inputs, clients, ctx);
    }
    const deadline = clock.now().getTime() + inputs.waitTimeoutSeconds * 1000;
    // A group's things, listed once per run, and never more than a page or so.
    const listed = new Map();
    const devicesOf = group => {
        if (!listed.has(group))
            listed.set(group, devicesInGroup(clients, ctx, group));
        return listed.get(group);
    };
    const asked = { gg, iot: clients.iot, ctx, devicesOf };
    // The component version, and the plans that deploy it. With component-version auto, a
    // concurrent run may take the version this run chose (with another recipe) between the
    // render and the create: this run then takes the next version, plans again, and goes on.
    const prepared = await versionAndPlans(inputs, asked, recipe, file, { canary, fleet }, options);
    recipe = prepared.recipe;
    const { arn, existing, canaryPlans, fleetPlans, componentCreated } = prepared;
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
        componentCreated: inputs.dryRun ? existing === undefined : componentCreated,
        startedAt: clock.now().toISOString(),
        targets: [],
        failures: []
    };
    if (inputs.dryRun) {
        reporter.info(existing
            ? `Component ${recipe.name} ${recipe.version} exists with the same recipe; it would be reused.`
            : `Component ${recipe.name} ${recipe.version} does not exist; it would be created.`);
        if (canary.length > 0) {
            reporter.info(`Canary first: ${canary.map(target_names/* targetLabel */.Op).join(', ')}; then, if they succeed, ${fleet.map(target_names/* targetLabel */.Op).join(', ')}.`);
        }
        for (const plan of plans) {
            reporter.info(plan.unchanged
                ? `${(0,target_names/* targetLabel */.Op)(plan.target)}: unchanged; the latest deployment ${plan.previous?.deploymentId} already has this component set.`
                : `${(0,target_names/* targetLabel */.Op)(plan.target)}: would create this deployment:\n${JSON.stringify({ targetArn: plan.targetArn, ...plan.request }, null, 2)}`);
            result.targets.push({
                ...targetResult(plan, plan.unchanged ? plan.previous?.deploymentId : undefined),
                status: 'planned'
            });
        }
        return result;
    }
    // 2. The component version (created above), then the deployments, stage by stage.
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
            stopped = `the canary ${failed.map(t => `${(0,target_names/* targetLabel */.Op)(t.target)} ${t.status}`).join(', ')}`;
        }
        else if (options.checkCanary) {
            const check = await options.checkCanary(canaryResults, result.startedAt);
            if (check.failures.length > 0) {
                stopped = `the canary's smoke check failed (${check.missing.length} device${check.missing.length === 1 ? '' : 's'} wrote no item that counts)`;
                rollBackNow = targetsWithDevices(canaryResults, check.missing);
            }
        }
        if (stopped) {
            await addDeviceLogs(result, plans, clients, inputs.region, ctx);
            result.stopped = `Not deployed to ${fleet.map(target_names/* targetLabel */.Op).join(', ')}: ${stopped}.`;
            reporter.warning(result.stopped);
            for (const plan of fleetPlans) {
                result.targets.push({ ...targetResult(plan, undefined), status: 'not-deployed' });
            }
            if (inputs.rollback)
                await rollBack(watcher, result, rollBackNow, stopped);
            return result;
        }
        reporter.info(`The canary succeeded; deploying to ${fleet.map(target_names/* targetLabel */.Op).join(', ')}.`);
        result.fleetStartedAt = clock.now().toISOString();
    }
    const fleetResults = await runStage(watcher, result, fleetPlans, recipe, inputs.wait);
    await addDeviceLogs(result, plans, clients, inputs.region, ctx);
    if (inputs.rollback) {
        const failed = fleetResults.filter(t => t.status === 'failed');
        await rollBack(watcher, result, failed, 'its devices failed');
    }
    return result;
}
/** The failed devices' component logs (src/core/deploy/logs.ts), when a device failed. */
async function addDeviceLogs(result, plans, clients, region, ctx) {
    const targets = result.targets.map(t => ({
        label: (0,target_names/* targetLabel */.Op)(t.target),
        components: Object.keys(plans.find(p => p.target === t.target)?.request.components ?? {}),
        devices: t.devices
    }));
    const request = { componentName: result.componentName, region, since: result.startedAt, targets };
    const logs = await failedDeviceLogs(clients.logs, request, ctx);
    if (logs)
        result.logs = logs;
}
async function versionAndPlans(inputs, asked, first, file, targets, options) {
    const { gg, ctx } = asked;
    let recipe = first;
    for (let attempt = 1;; attempt++) {
        try {
            const arn = componentArn(inputs.region, inputs.accountId, recipe.name, recipe.version);
            const existing = await inspectComponent(gg, ctx, arn, recipe);
            const current = recipe;
            const plan = (target) => planTarget(asked, inputs, target, current, file);
            const canaryPlans = await mapLimit(targets.canary, CREATE_CONCURRENCY, plan);
            const fleetPlans = await mapLimit(targets.fleet, CREATE_CONCURRENCY, plan);
            const componentCreated = !inputs.dryRun && !existing ? await createComponent(gg, ctx, arn, recipe) : false;
            return { recipe, arn, existing, canaryPlans, fleetPlans, componentCreated };
        }
        catch (error) {
            if (!(error instanceof VersionTaken))
                throw error;
            recipe = await takeNextVersion(error, attempt, recipe, options, ctx);
        }
    }
}

;// CONCATENATED MODULE: ./src/core/policy/document.ts
// The device policy's document: the template rendered and checked against IAM's grammar and
// size limit, and documents compared as data and shown as a line diff.



/** IAM's limit for a managed policy document, whitespace not counted. */
const POLICY_SIZE_LIMIT = 6144;
function renderPolicy(templateText, values, file) {
    const text = renderTemplate(templateText, values, { file, json: true });
    const parsed = parseJson(text);
    if ('error' in parsed) {
        throw new shared_errors/* ConfigurationError */.j1(`${file}:${parsed.line}: the policy template is not valid JSON after rendering (${parsed.error}). Fix the JSON syntax near that line.`, file);
    }
    const doc = parsed.value;
    validateShape(doc, templateText, file);
    const minified = JSON.stringify(doc);
    const size = minified.replace(/\s/g, '').length;
    if (size > POLICY_SIZE_LIMIT) {
        throw new shared_errors/* ConfigurationError */.j1(`${file}: the rendered policy has ${size} characters without whitespace; IAM allows at most ${POLICY_SIZE_LIMIT} in a managed policy. Merge statements or use fewer, broader resources.`, file);
    }
    return minified;
}
function validateShape(doc, templateText, file) {
    const fail = (needle, message) => {
        const line = lineOf(templateText, needle);
        throw new shared_errors/* ConfigurationError */.j1(`${file}${line ? `:${line}` : ''}: ${message}`, file);
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

;// CONCATENATED MODULE: ./src/core/policy/iam-calls.ts
// The policy step's IAM calls: retried within IAM's eventual consistency where asked, a quota
// told apart from throttling, and every other failure said with the action and resource.



const PROPAGATION = {
    attempts: 40,
    baseDelayMs: 1000,
    maxDelayMs: 10_000,
    budgetMs: 120_000
};
/** Matches both the wire code ('NoSuchEntity') and the SDK's class name ('…Exception'). */
function isNamed(error, names) {
    const name = (0,shared_errors/* awsErrorName */.ZH)(error);
    return name !== undefined && names.some(n => name === n || name === `${n}Exception`);
}
/** IAM's LimitExceeded is a quota, which retry.ts would take for throttling. */
class QuotaReached extends Error {
    original;
    name = 'QuotaReached';
    constructor(original) {
        super((0,shared_errors/* errorMessage */.gJ)(original));
        this.original = original;
    }
}
async function send(ctx, op, fn, options = {}) {
    const retryOn = options.retryOn ?? [];
    try {
        return await (0,shared_retry/* withRetry */.b)(ctx, op.action, async () => {
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
        throw policyFailure(error, op);
    }
}
function policyFailure(error, op) {
    if (isNamed(error, ['LimitExceeded'])) {
        return new shared_errors/* StepFailure */.pH(`${op.action} on ${op.resource} hit an IAM quota: ${(0,shared_errors/* errorMessage */.gJ)(error)}.${op.onLimit ? ` ${op.onLimit}` : ''}`);
    }
    return (0,shared_errors/* awsFailure */.MT)(error, op);
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
function malformed(error, file) {
    if (!isNamed(error, ['MalformedPolicyDocument']))
        return error;
    return new shared_errors/* ConfigurationError */.j1(`IAM rejected the policy rendered from ${file}: ${(0,shared_errors/* errorMessage */.gJ)(error)}. Fix the template.`, file);
}

;// CONCATENATED MODULE: ./src/core/policy/lint.ts
// The lint: what a device policy may never grant.
//
// The CI role may write any document into the device policy (IAM has no condition key on a
// policy's content), so the toolkit refuses, before the first call, a document that would
// hand the devices more than a device needs. The permissions boundary the infra template puts
// on the device role caps it in AWS as well; the lint keeps the mistake from reaching IAM.
// Deny statements only take rights away, so only Allow statements are linted.


/** Services whose actions let a holder change who may do what, or become someone else. */
const PRIVILEGED_SERVICES = ['iam', 'sts', 'organizations'];
/** service:Action as IAM reads it (a service prefix, one colon, a name with wildcards). */
const ACTION_FORMAT = /^(\*|[a-z0-9*?-]+:[A-Za-z0-9*?]+)$/;
/** The one action a device needs that has no resource-level permissions. */
const RESOURCE_STAR_ONLY = ['ecr:getauthorizationtoken'];
function lintDevicePolicy(doc, accountId, templateText, file) {
    const statements = doc.Statement;
    for (const [i, st] of statements.entries()) {
        const sid = typeof st.Sid === 'string' ? st.Sid : undefined;
        const name = `statement ${i + 1}${sid ? ` (${sid})` : ''}`;
        const line = sid ? lineOf(templateText, `"${sid}"`) : undefined;
        const where = `${file}${line ? `:${line}` : ''}: ${name}`;
        // The format of every action, Deny too: IAM refuses a malformed one only when the policy
        // is written, after the image was built and pushed.
        for (const key of ['Action', 'NotAction']) {
            for (const action of stringsOf(st[key]) ?? []) {
                if (!ACTION_FORMAT.test(action)) {
                    throw new shared_errors/* ConfigurationError */.j1(`${where} has the ${key} ${JSON.stringify(action)}, which is not an IAM action: write service:Action, e.g. dynamodb:PutItem; fix the template.`, file);
                }
            }
        }
        if (st.Effect !== 'Allow')
            continue;
        const fail = (message) => {
            throw new shared_errors/* ConfigurationError */.j1(`${where} ${message} The device policy may grant only what a device needs; fix the template.`, file);
        };
        for (const key of ['NotAction', 'NotResource', 'NotPrincipal']) {
            if (key in st)
                fail(`uses "${key}", which allows everything it does not name.`);
        }
        const actions = stringsOf(st.Action);
        const resources = stringsOf(st.Resource);
        if (!actions)
            fail('has an "Action" that is not a string or a list of strings.');
        if (!resources)
            fail('has a "Resource" that is not a string or a list of strings.');
        for (const action of actions) {
            const [service, operation] = action.toLowerCase().split(':', 2);
            if (!service || !operation || /[*?]/.test(action)) {
                fail(`allows ${JSON.stringify(action)}: a wildcard action; list each action by name.`);
            }
            if (PRIVILEGED_SERVICES.includes(service)) {
                fail(`allows ${JSON.stringify(action)}: no ${PRIVILEGED_SERVICES.map(s => `${s}:`).join(', ')} action belongs in a device policy.`);
            }
        }
        for (const resource of resources) {
            const everything = resource === '*' || /^arn:[^:]*:[^:]*:[^:]*:[^:]*:\*$/.test(resource);
            if (everything) {
                const others = actions.filter(a => !RESOURCE_STAR_ONLY.includes(a.toLowerCase()));
                if (others.length > 0) {
                    fail(`allows ${others.join(', ')} on ${JSON.stringify(resource)}: only ecr:GetAuthorizationToken may have Resource "*"; name the resources.`);
                }
                continue;
            }
            const parts = resource.split(':');
            if (parts[0] !== 'arn' || parts.length < 6) {
                fail(`has the resource ${JSON.stringify(resource)}, which is not an ARN.`);
            }
            const [, partition, service, region, account] = parts;
            if (/[*?]/.test(`${partition}:${service}:${region}:${account}`)) {
                fail(`has the resource ${JSON.stringify(resource)} with a wildcard in its partition, service, region or account.`);
            }
            if (account !== '' && account !== accountId) {
                fail(`has the resource ${JSON.stringify(resource)} of account ${account}; a device policy names resources of this account (${accountId}) only.`);
            }
            // `table/*`, `repository/*`: every resource of a type is as good as "*" for that type.
            // An ARN without an account (S3's) starts with the name itself: `bucket/*` is fine.
            const name = parts.slice(5).join(':').split(/[/:]/);
            const first = account === '' || name.length === 1 ? name[0] : name[1];
            if (first === '*') {
                fail(`has the resource ${JSON.stringify(resource)}, which names every resource of its type; name the table or repository.`);
            }
        }
    }
}
function stringsOf(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value) && value.length > 0 && value.every(v => typeof v === 'string')) {
        return value;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/policy/versions.ts
// IAM policy versions: a new default version only when the document differs as data, the
// oldest non-default one deleted first when IAM's limit of five is reached, and a request
// whose answer was lost read back from IAM rather than sent twice.



/** IAM keeps at most this many versions of a managed policy. */
const MAX_POLICY_VERSIONS = 5;
async function updatePolicy(iam, ctx, policy, target) {
    const { reporter } = ctx;
    const { policyArn, document, file, dryRun } = target;
    const wanted = JSON.parse(document);
    const current = policy.DefaultVersionId ?? 'v1';
    const { PolicyVersion } = await send(ctx, { action: 'iam:GetPolicyVersion', resource: policyArn }, () => iam.send(new client_iam_dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn: policyArn, VersionId: current })));
    const existing = documentOf(PolicyVersion);
    if (existing === undefined) {
        reporter.warning(`The document of ${policyArn} ${current} could not be read; replacing it.`);
    }
    else if (sameDocument(existing, wanted)) {
        reporter.info(`Policy ${policyArn} is up to date (default version ${current}).`);
        return { policyVersion: current, changed: false };
    }
    const diff = policyDiff(existing, wanted);
    reporter.info(`The template differs from the default version ${current}:\n${diff}`);
    const versions = await versions_listVersions(iam, ctx, policyArn);
    let deletedVersion;
    if (versions.length >= MAX_POLICY_VERSIONS) {
        const oldest = versions
            .filter(v => !v.IsDefaultVersion && v.VersionId !== current)
            .sort((x, y) => (x.CreateDate?.getTime() ?? 0) - (y.CreateDate?.getTime() ?? 0))[0];
        deletedVersion = oldest?.VersionId;
        if (deletedVersion) {
            reporter.info(`${policyArn} has ${versions.length} versions, IAM's maximum: ${dryRun ? 'would delete' : 'deleting'} the oldest non-default one, ${deletedVersion}.`);
            if (!dryRun)
                await deleteVersion(iam, ctx, policyArn, deletedVersion);
        }
    }
    if (dryRun) {
        reporter.info(`Would create a new default version of ${policyArn}.`);
        return { policyVersion: current, changed: true, diff, deletedVersion };
    }
    const before = new Set(versions.map(v => v.VersionId));
    // Whether IAM's default version is already this document: the work of a request whose
    // answer was lost (the SDK's retry of it then meets the version limit, or fails again).
    const ours = async () => {
        const version = await defaultVersionOf(iam, ctx, policyArn);
        return version && version.id !== current && sameDocument(version.document, wanted)
            ? version.id
            : undefined;
    };
    let policyVersion;
    try {
        const created = await send(ctx, {
            action: 'iam:CreatePolicyVersion',
            resource: policyArn,
            onLimit: `A managed policy keeps at most ${MAX_POLICY_VERSIONS} versions: delete a non-default one (aws iam list-policy-versions --policy-arn ${policyArn}; aws iam delete-policy-version --policy-arn ${policyArn} --version-id <id>) and rerun.`
        }, async () => {
            try {
                return await iam.send(new client_iam_dist_cjs/* CreatePolicyVersionCommand */.WZZ({
                    PolicyArn: policyArn,
                    PolicyDocument: document,
                    SetAsDefault: true
                }));
            }
            catch (error) {
                // Read back before retrying: never a second version of the same document.
                const id = isNamed(error, ['LimitExceeded']) ? await ours() : undefined;
                if (id)
                    return { PolicyVersion: { VersionId: id } };
                throw error;
            }
        }, {
            pass: ['MalformedPolicyDocument'],
            // Right after our delete, IAM may still count the deleted version for a while.
            ...(deletedVersion ? { retryOn: ['LimitExceeded'], retry: PROPAGATION } : {})
        });
        policyVersion = created.PolicyVersion?.VersionId ?? current;
    }
    catch (error) {
        if (isNamed(error, ['MalformedPolicyDocument']))
            throw malformed(error, file);
        // Failed as far as the answers go; IAM's state says whether it was done.
        const id = await ours().catch(() => undefined);
        if (!id)
            throw error;
        reporter.info(`${policyArn} already has this document as its default version ${id}.`);
        policyVersion = id;
    }
    await removeDuplicates(iam, ctx, policyArn, wanted, before, policyVersion);
    reporter.info(`Created version ${policyVersion} of ${policyArn} and made it the default.`);
    return { policyVersion, changed: true, diff, deletedVersion };
}
/** A version's document as data; undefined when IAM's answer holds none that can be read. */
function documentOf(version) {
    try {
        return decodePolicyDocument(version?.Document ?? '');
    }
    catch {
        return undefined;
    }
}
/**
 * The default version of a policy and its document (undefined when it cannot be read), as
 * IAM holds them now.
 */
async function defaultVersionOf(iam, ctx, policyArn) {
    const policy = await getPolicy(iam, ctx, policyArn);
    const id = policy?.DefaultVersionId;
    if (!id)
        return undefined;
    const { PolicyVersion } = await send(ctx, { action: 'iam:GetPolicyVersion', resource: policyArn }, () => iam.send(new client_iam_dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn: policyArn, VersionId: id })));
    return { id, document: documentOf(PolicyVersion) };
}
/**
 * Deletes a version; one already gone counts as deleted. A request whose answer was lost and
 * that the SDK sent again gets NoSuchEntity for the version it deleted the first time: any
 * failure is judged by whether IAM still lists the version.
 */
async function deleteVersion(iam, ctx, policyArn, versionId) {
    try {
        await send(ctx, { action: 'iam:DeletePolicyVersion', resource: policyArn }, () => iam.send(new client_iam_dist_cjs/* DeletePolicyVersionCommand */.$Pb({ PolicyArn: policyArn, VersionId: versionId })));
    }
    catch (error) {
        const left = await versions_listVersions(iam, ctx, policyArn).catch(() => undefined);
        if (!left || left.some(v => v.VersionId === versionId))
            throw error;
        ctx.reporter.info(`${policyArn} ${versionId} is deleted (IAM no longer lists it).`);
    }
}
/**
 * Versions of the same document that this run's create left besides the default: the work of
 * a request sent twice (an answer lost, then the SDK's retry), deleted so that they take no
 * room from the versions to come. Only versions new since this run listed them, never another.
 */
async function removeDuplicates(iam, ctx, policyArn, wanted, before, keep) {
    const now = await versions_listVersions(iam, ctx, policyArn);
    for (const version of now) {
        const id = version.VersionId;
        if (!id || id === keep || version.IsDefaultVersion || before.has(id))
            continue;
        const { PolicyVersion } = await send(ctx, { action: 'iam:GetPolicyVersion', resource: policyArn }, () => iam.send(new client_iam_dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn: policyArn, VersionId: id })));
        // One that cannot be read is no duplicate.
        if (!sameDocument(documentOf(PolicyVersion), wanted))
            continue;
        ctx.reporter.info(`${policyArn} ${id} duplicates the default ${keep}: deleting it.`);
        await deleteVersion(iam, ctx, policyArn, id);
    }
}
async function versions_listVersions(iam, ctx, policyArn) {
    const versions = [];
    let marker;
    do {
        const page = await send(ctx, { action: 'iam:ListPolicyVersions', resource: policyArn }, () => iam.send(new client_iam_dist_cjs/* ListPolicyVersionsCommand */.D6R({ PolicyArn: policyArn, Marker: marker })));
        versions.push(...(page.Versions ?? []));
        marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    return versions;
}

;// CONCATENATED MODULE: ./src/core/policy/attach-policy.ts
// The device policy: renders the IAM policy template, keeps one customer managed policy in step
// with it and attaches it to the token exchange role. Idempotent by design: a new version only
// when the document differs as data, an attach only when missing, so a rerun after a crash
// finishes the work. A dry run makes read-only calls and says what would change.










// ---------------------------------------------------------------------------------------
// The step
/** The policy template, read and rendered (minified): every mistake in it, without AWS. */
async function policyDocument(inputs) {
    const { region, accountId } = inputs;
    const templateText = await attach_policy_readTemplate(inputs.policy);
    const values = templateValues({
        accountId,
        region,
        repository: inputs.repository,
        tableName: inputs.tableName,
        roleName: inputs.roleName,
        // The account's own: the registry of the repository the policy names (registry.ts).
        registry: (0,core_registry/* defaultRegistryHost */.xn)(accountId, region),
        variables: inputs.variables
    });
    const document = renderPolicy(templateText, values, inputs.policy);
    lintDevicePolicy(JSON.parse(document), accountId, templateText, inputs.policy);
    return document;
}
/** `prepared`: what the pipeline's preflight already did: the rendered document, and the
 * role's check (GetRole), whose report is given again here instead of asking again. */
async function attachPolicy(inputs, clients, ctx, prepared = {}) {
    const { iam } = clients;
    const { reporter } = ctx;
    const { region, accountId, policyName, roleName, dryRun } = inputs;
    const file = inputs.policy;
    // Everything the user can get wrong is checked before the first call.
    const document = prepared.document ?? (await policyDocument(inputs));
    const wanted = JSON.parse(document);
    const policyArn = (0,arns/* policyArn */.mF)(region, accountId, policyName);
    const roleArn = (0,arns/* roleArn */.w3)(region, accountId, roleName);
    reporter.debug(`Rendered ${file}: ${document.length} characters (IAM allows ${POLICY_SIZE_LIMIT}).`);
    if (dryRun)
        reporter.info('Dry run: reading only; no IAM change is made.');
    if (prepared.role?.roleArn === roleArn)
        prepared.role.notes.replayTo(reporter);
    else
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
async function attach_policy_readTemplate(file) {
    if (!file) {
        throw new shared_errors/* ConfigurationError */.j1("Input 'policy' is required: the path of the IAM policy template, e.g. recipe/token-exchange-policy.json.", 'policy');
    }
    return readInputFile(file, 'policy', `${file} does not exist (relative to ${process.cwd()}). Point 'policy' at the IAM policy template, e.g. recipe/token-exchange-policy.json.`);
}
async function checkRole(iam, ctx, roleName, roleArn) {
    try {
        const { Role } = await send(ctx, { action: 'iam:GetRole', resource: roleArn }, () => iam.send(new client_iam_dist_cjs/* GetRoleCommand */.kbp({ RoleName: roleName })), { pass: ['NoSuchEntity'] });
        ctx.reporter.info(`Role ${roleName} exists (${Role?.Arn ?? roleArn}).`);
        const trust = Role?.AssumeRolePolicyDocument;
        if (trust && !safeDecode(trust).includes('credentials.iot.amazonaws.com')) {
            ctx.reporter.warning(`Role ${roleName} does not trust credentials.iot.amazonaws.com, so Greengrass devices cannot assume it through their token exchange role alias.`);
        }
        // Without a boundary the device policy alone says what the devices may do, and whoever
        // can rewrite it (this step's role) decides. infra/github-oidc.yaml's deploy role cannot
        // attach the policy to a role without its boundary; say why before that is denied.
        if (Role && !Role.PermissionsBoundary?.PermissionsBoundaryArn) {
            ctx.reporter.warning(`Role ${roleName} has no permissions boundary, so the device policy alone limits what the devices may do. Set the boundary infra/github-oidc.yaml creates (aws iam put-role-permissions-boundary, infra/README.md step 5); the deploy role it creates may attach the policy only to a role that has it.`);
        }
    }
    catch (error) {
        if (!isNamed(error, ['NoSuchEntity']))
            throw error;
        throw new shared_errors/* ConfigurationError */.j1(`Role ${roleName} does not exist. It is the role Greengrass devices get credentials for: Greengrass core setup creates it when run with --provision true (GreengrassV2TokenExchangeRole, with the role alias GreengrassV2TokenExchangeRoleAlias). Otherwise create it with a trust policy that lets credentials.iot.amazonaws.com assume it (and a role alias pointing at it), or set 'role-name' to the role your devices already use.`, 'role-name');
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
async function getPolicyAfterConflict(iam, ctx, policyArn, policyName) {
    // The other run's create may take a moment to be visible.
    const policy = await getPolicy(iam, ctx, policyArn, {
        retryOn: ['NoSuchEntity'],
        retry: { ...PROPAGATION, budgetMs: 30_000 }
    });
    if (policy)
        return policy;
    throw new shared_errors/* ConfigurationError */.j1(`A managed policy named ${policyName} exists, but not as ${policyArn} (it has another path). Set 'policy-name' to another name, or delete that policy.`, 'policy-name');
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

// EXTERNAL MODULE: ./src/core/smoke/verdict.ts
var verdict = __webpack_require__(4120);
;// CONCATENATED MODULE: ./src/core/smoke/smoke.ts





/** Groups up to this size have their plain IoT things (not core devices) left out. */
const CORE_CHECK_LIMIT = 50;
// Poll early (the devices have usually written their item by the time deploy saw them
// succeed), then back off.
const FIRST_INTERVAL_MS = 1_000;
const MAX_INTERVAL_MS = 15_000;
/** Names in a progress line, at most: the rest is a count. */
const PROGRESS_NAMES = 5;
/** Missing devices the log explains one line each; the summary and the report have them all. */
const EXPLAINED_IN_LOG = 10;
async function smoke(inputs, clients, ctx) {
    const { reporter, clock } = ctx;
    const since = inputs.since.toISOString();
    const concurrency = inputs.concurrency ?? config/* DEFAULT_CONCURRENCY */.WH;
    const { devices, emptyGroups, skipped } = await expandTargets(inputs, clients, ctx);
    const result = {
        devices: {},
        missing: [],
        items: {},
        tableName: inputs.tableName,
        since,
        emptyGroups,
        ...(skipped.length ? { skipped } : {}),
        reasons: {}
    };
    if (devices.length === 0) {
        reporter.warning('Nothing to check: no target has a core device yet (neither passed nor failed).');
        return result;
    }
    const [{ Checker }, dynamodb] = await Promise.all([
        __webpack_require__.e(/* import() */ 125).then(__webpack_require__.bind(__webpack_require__, 6125)),
        typeof clients.dynamodb === 'function' ? clients.dynamodb() : clients.dynamodb
    ]);
    const checker = new Checker(inputs, dynamodb, ctx);
    const versionNote = inputs.componentVersion
        ? ` of component version ${inputs.componentVersion}`
        : '';
    reporter.info(`Checking ${count(devices.length, 'device')} for an item${versionNote} in ${inputs.tableName} (${inputs.region}) written at or after ${since}, ${concurrency} ${concurrency === 1 ? 'query' : 'queries'} at a time; polling for up to ${inputs.timeoutSeconds} s.`);
    const unchanged = devices.filter(d => d.unchanged);
    if (unchanged.length > 0) {
        reporter.info(`${names(unchanged.map(d => d.name))}: deployment unchanged in this run, so an item${versionNote} from any time counts.`);
    }
    // Each poll asks only about the devices still missing, `concurrency` at a time.
    const deadline = clock.now().getTime() + inputs.timeoutSeconds * 1000;
    let pending = devices;
    let interval = FIRST_INTERVAL_MS;
    for (let poll = 1;; poll++) {
        const items = await mapLimit(pending, concurrency, device => checker.find(device));
        const still = [];
        for (const [i, device] of pending.entries()) {
            const item = items[i];
            if (item)
                result.items[device.name] = item;
            else
                still.push(device);
        }
        pending = still;
        const found = devices.length - pending.length;
        const remaining = deadline - clock.now().getTime();
        if (pending.length === 0 || remaining <= 0) {
            reporter.info(`Poll ${poll}: ${found} of ${devices.length} found.`);
            break;
        }
        const wait = Math.min(interval, remaining);
        reporter.info(`Poll ${poll}: ${found} of ${devices.length} found; waiting for ${names(pending.map(d => d.name))}; next check in ${Math.ceil(wait / 1000)} s.`);
        await clock.sleep(wait);
        interval = Math.min(MAX_INTERVAL_MS, interval * 2);
    }
    // One look at each missing device's newest item: why it does not count, or that one that
    // counts arrived after the last poll (the device is then found).
    const reasons = {};
    const late = [];
    const looks = await mapLimit(pending, concurrency, device => checker.explain(device));
    for (const [i, device] of pending.entries()) {
        const seen = looks[i];
        if (typeof seen === 'string') {
            reasons[device.name] = seen;
        }
        else {
            result.items[device.name] = seen;
            late.push(device);
        }
    }
    if (late.length > 0) {
        reporter.info(`Found after the last poll: ${names(late.map(d => d.name))} (their items arrived since).`);
    }
    const unnamed = checker.unnamedWarnings();
    if (unnamed > 0) {
        reporter.warning(`${count(unnamed, 'more device')} wrote timestamps the smoke check can't compare (not named here); their items are ignored.`);
    }
    const lateNames = new Set(late.map(d => d.name));
    pending = pending.filter(d => !lateNames.has(d.name));
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
        for (const device of pending.slice(0, EXPLAINED_IN_LOG)) {
            reporter.info(`${device.name} ${reasons[device.name]}.`);
        }
        result.reasons = reasons;
    }
    return result;
}
/** The things behind the targets, each once; a device counts as unchanged if any of its
 * targets is, or if it is named itself (thing/<name>: deploy found this version already
 * running there through another target), since it then does not restart the component. */
async function expandTargets(inputs, clients, ctx) {
    const isUnchanged = (t) => inputs.unchangedTargets.some(u => u.kind === t.kind && u.name === t.name);
    const byName = new Map();
    const emptyGroups = [];
    const skipped = [];
    for (const target of inputs.targets) {
        let things = target.kind === 'thing'
            ? [target.name]
            : await groupThings(target.name, clients.iot, ctx, inputs.timeoutSeconds);
        // Plain IoT things in a group are told from core devices one by one, as deploy's wait
        // does, up to CORE_CHECK_LIMIT members: a fleet of thousands is not asked device by
        // device (a query per device is the smoke check's whole cost there).
        if (target.kind === 'thinggroup' && clients.greengrass && things.length <= CORE_CHECK_LIMIT) {
            const members = await coreMembers(clients.greengrass, ctx, things);
            things = members.core;
            skipped.push(...members.skipped);
            if (members.skipped.length > 0) {
                ctx.reporter.info(`${(0,target_names/* targetLabel */.Op)(target)}: not checking ${names(members.skipped.map(m => m.name))} (${members.skipped[0].why}).`);
            }
        }
        if (target.kind === 'thinggroup') {
            if (things.length === 0) {
                emptyGroups.push(target.name);
                ctx.reporter.warning(`${(0,target_names/* targetLabel */.Op)(target)} has no core device yet: nothing there to check. Its deployment reaches the core devices that join the group.`);
            }
            else {
                ctx.reporter.info(`${(0,target_names/* targetLabel */.Op)(target)}: ${count(things.length, 'thing')}.`);
            }
        }
        for (const name of things) {
            const device = byName.get(name) ?? { name, unchanged: false };
            device.unchanged ||= isUnchanged(target) || isUnchanged({ kind: 'thing', name });
            byName.set(name, device);
        }
    }
    return { devices: [...byName.values()], emptyGroups, skipped };
}
/** The group's things, each page retried on a 5xx within the smoke-timeout rather than
 * failing the check at once. */
async function groupThings(group, iot, ctx, timeoutSeconds) {
    const budgetMs = timeoutSeconds * 1000;
    const { names } = await groupMembers(iot, ctx, group, Infinity, {
        retry: { attempts: 30, budgetMs, maxDelayMs: Math.min(5000, budgetMs) },
        failure: error => groupFailure(group, error, timeoutSeconds)
    });
    return names;
}
function groupFailure(group, error, timeoutSeconds) {
    const name = (0,shared_errors/* awsErrorName */.ZH)(error);
    if (name === 'ResourceNotFoundException') {
        return new shared_errors/* StepFailure */.pH(`Thing group ${group} does not exist in this region: check the name and region of the target thinggroup/${group}.`);
    }
    if ((0,shared_errors/* isAccessDenied */.w7)(error)) {
        return (0,shared_errors/* awsFailure */.MT)(error, {
            action: 'iot:ListThingsInThingGroup',
            resource: `thing group ${group}`
        });
    }
    const persistent = ((0,shared_errors/* httpStatus */.nG)(error) ?? 0) >= 500
        ? ` It kept failing until the smoke-timeout (${timeoutSeconds} s): IoT had a problem, not the devices; rerun the smoke check once IoT answers (the deployment is done), or raise smoke-timeout.`
        : '';
    return new shared_errors/* StepFailure */.pH(`Listing the things of group ${group} failed: ${name ?? 'error'}: ${(0,shared_errors/* errorMessage */.gJ)(error)}.${persistent}`);
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** At most PROGRESS_NAMES names, then how many more. */
function names(list) {
    const shown = list.slice(0, PROGRESS_NAMES).join(', ');
    return list.length > PROGRESS_NAMES ? `${shown} and ${list.length - PROGRESS_NAMES} more` : shown;
}

;// CONCATENATED MODULE: ./src/core/build/scan.ts
// The scan gate: after the push and before anything is deployed, wait for ECR's scan of the
// pushed digest and refuse to deploy when a finding is at or above scan-threshold.
//
// Which calls, and why:
//   - DescribeImageScanFindings (read-only), polled while the scan is IN_PROGRESS/PENDING, up
//     to a bounded wait (the injectable clock sleeps, so tests do not wait);
//   - StartImageScan (mutating) only when ECR answers ScanNotFoundException, i.e. the image
//     was never scanned (a repository without scan-on-push, or one the toolkit did not
//     create). ECR allows one manual scan per image per day: LimitExceededException means a
//     scan is already under way or done today, so we keep reading;
//   - a reused image (the no-op rerun) reads the existing result: no new scan is started
//     when one exists;
//   - dry run: one read of an existing result at most, never StartImageScan; it says what it
//     would check.
// A scan that cannot finish (FAILED, UNSUPPORTED_IMAGE, ...) with a threshold set refuses to
// deploy: an image we could not judge is not an image we judged clean.



/** ECR's severities, lowest first; UNDEFINED and UNTRIAGED rank below every threshold. */
const RANK = {
    INFORMATIONAL: 0,
    LOW: 1,
    MEDIUM: 2,
    HIGH: 3,
    CRITICAL: 4
};
/** How many findings the message and summary name before they give only a count. */
const FINDINGS_NAMED = 10;
const SCAN_WAIT_SECONDS = 300;
const POLL_MS = 5_000;
function atOrAbove(severity, threshold) {
    if (threshold === 'none')
        return false;
    const rank = RANK[severity.toUpperCase()];
    return rank !== undefined && rank >= RANK[threshold.toUpperCase()];
}
/** The gate; throws StepFailure (nothing deployed) when the image may not be deployed. */
async function scanGate(inputs, clients, ctx) {
    const { threshold, repository, imageDigest, accountId } = inputs;
    if (threshold === 'none')
        return undefined;
    const { reporter } = ctx;
    const what = `the ECR scan of ${repository}@${imageDigest || '<the pushed digest>'}`;
    const rule = `findings of severity ${threshold.toUpperCase()} or above refuse the deployment`;
    const imageId = { imageDigest };
    const describe = (nextToken) => (0,shared_retry/* withRetry */.b)(ctx, 'ecr:DescribeImageScanFindings', () => clients.ecr.send(new client_ecr_dist_cjs/* DescribeImageScanFindingsCommand */.TQ0({
        registryId: accountId,
        repositoryName: repository,
        imageId,
        maxResults: 1000,
        ...(nextToken ? { nextToken } : {})
    })), { retryable: shared_errors/* isTransient */.dg });
    if (inputs.dryRun) {
        if (!imageDigest) {
            const message = `Would wait for ${what} (up to ${inputs.waitSeconds ?? SCAN_WAIT_SECONDS} s) after the push; ${rule}.`;
            reporter.info(message);
            return { threshold, outcome: 'planned', counts: {}, started: false, message };
        }
        let message;
        let counts = {};
        try {
            const first = await describe();
            counts = severityCounts(first);
            const status = first.imageScanStatus?.status ?? 'unknown';
            const blocking = blockingCount(counts, threshold);
            message =
                status === 'COMPLETE' || status === 'ACTIVE'
                    ? `Would check ${what}: its scan is complete with ${blocking} finding(s) at or above ${threshold.toUpperCase()}; the deployment would be ${blocking > 0 ? 'refused' : 'allowed'}.`
                    : `Would wait for ${what}: its scan is ${status}; ${rule}.`;
        }
        catch (error) {
            if ((0,shared_errors/* awsErrorName */.ZH)(error) !== 'ScanNotFoundException')
                throw scanFailure(what, error);
            message = `Would start ${what} (never scanned: ECR StartImageScan) and wait for it; ${rule}.`;
        }
        reporter.info(message);
        return { threshold, outcome: 'planned', counts, started: false, message };
    }
    const waitMs = (inputs.waitSeconds ?? SCAN_WAIT_SECONDS) * 1000;
    const since = ctx.clock.now().getTime();
    let started = false;
    let said = '';
    const say = (line) => {
        if (line !== said)
            reporter.info(line);
        said = line;
    };
    for (;;) {
        let first;
        let waiting = '';
        try {
            first = await describe();
        }
        catch (error) {
            const name = (0,shared_errors/* awsErrorName */.ZH)(error);
            if (name === 'ScanNotFoundException' && !started) {
                // Mutating, and acceptable only here: the image has no scan at all.
                started = await startScan(clients.ecr, ctx, accountId, repository, imageDigest, what);
                continue;
            }
            // Right after a push ECR may not list the image or its scan yet.
            if (name !== 'ScanNotFoundException' && name !== 'ImageNotFoundException') {
                throw scanFailure(what, error);
            }
            waiting =
                name === 'ImageNotFoundException' ? 'ECR does not list the image yet' : 'no scan yet';
        }
        if (first) {
            const status = first.imageScanStatus?.status ?? 'unknown';
            if (status === 'COMPLETE' || status === 'ACTIVE') {
                return judge(first, describe, inputs, what, started, ctx);
            }
            if (status !== 'IN_PROGRESS' && status !== 'PENDING') {
                const why = first.imageScanStatus?.description;
                throw new shared_errors/* StepFailure */.pH(`Refusing to deploy: ${what} ended ${status}${why ? ` (${why})` : ''}; with scan-threshold ${threshold} an image that could not be scanned is not deployed. Fix the scan (or set scan-threshold: none) and rerun.`);
            }
            waiting = `scan ${status}`;
        }
        const elapsed = ctx.clock.now().getTime() - since;
        if (elapsed >= waitMs) {
            throw new shared_errors/* StepFailure */.pH(`Refusing to deploy: ${what} did not finish within ${Math.round(waitMs / 1000)} s (${waiting}); rerun once ECR has scanned the image.`);
        }
        say(`Waiting for ${what}: ${waiting}.`);
        await ctx.clock.sleep(Math.min(POLL_MS, waitMs - elapsed));
    }
}
async function startScan(ecr, ctx, accountId, repository, imageDigest, what) {
    ctx.reporter.info(`${what}: the image was never scanned; starting a scan (ECR StartImageScan).`);
    try {
        await (0,shared_retry/* withRetry */.b)(ctx, 'ecr:StartImageScan', () => ecr.send(new client_ecr_dist_cjs/* StartImageScanCommand */.Qc9({
            registryId: accountId,
            repositoryName: repository,
            imageId: { imageDigest }
        })), { retryable: shared_errors/* isTransient */.dg });
    }
    catch (error) {
        // One manual scan per image per day: one is already under way or done; keep reading.
        if ((0,shared_errors/* awsErrorName */.ZH)(error) !== 'LimitExceededException')
            throw scanFailure(what, error);
    }
    return true;
}
function severityCounts(r) {
    const counts = {};
    for (const [k, v] of Object.entries(r.imageScanFindings?.findingSeverityCounts ?? {})) {
        if (typeof v === 'number')
            counts[k] = v;
    }
    return counts;
}
function blockingCount(counts, threshold) {
    return Object.entries(counts)
        .filter(([severity]) => atOrAbove(severity, threshold))
        .reduce((sum, [, n]) => sum + n, 0);
}
function findingsOf(r) {
    const out = [];
    for (const f of r.imageScanFindings?.findings ?? []) {
        const attr = (key) => f.attributes?.find(a => a.key === key)?.value;
        const name = attr('package_name');
        const version = attr('package_version');
        out.push({
            name: f.name ?? '(unnamed)',
            severity: f.severity ?? 'UNDEFINED',
            ...(name ? { package: version ? `${name}@${version}` : name } : {}),
            ...(f.uri ? { uri: f.uri } : {})
        });
    }
    for (const f of r.imageScanFindings?.enhancedFindings ?? []) {
        const pkg = f.packageVulnerabilityDetails?.vulnerablePackages?.[0];
        const id = f.packageVulnerabilityDetails?.vulnerabilityId ?? f.title ?? '(unnamed)';
        const uri = f.packageVulnerabilityDetails?.sourceUrl;
        out.push({
            name: id,
            severity: f.severity ?? 'UNDEFINED',
            ...(pkg?.name ? { package: pkg.version ? `${pkg.name}@${pkg.version}` : pkg.name } : {}),
            ...(uri ? { uri } : {})
        });
    }
    return out;
}
function findingLine(f) {
    return `${f.severity} ${f.name}${f.package ? ` in ${f.package}` : ''}${f.uri ? ` (${f.uri})` : ''}`;
}
async function judge(first, describe, inputs, what, started, ctx) {
    const { threshold } = inputs;
    const counts = severityCounts(first);
    const blocking = [];
    let page = first;
    // Only as many pages as it takes to name FINDINGS_NAMED; the counts give the total.
    while (page) {
        blocking.push(...findingsOf(page).filter(f => atOrAbove(f.severity, threshold)));
        if (blocking.length >= FINDINGS_NAMED || !page.nextToken)
            break;
        page = await describe(page.nextToken);
    }
    const total = Math.max(blockingCount(counts, threshold), blocking.length);
    const countsText = Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
    const reused = inputs.reused ? ' (the existing scan of the reused image)' : '';
    if (total === 0) {
        const message = `${what}${reused}: no finding at or above ${threshold.toUpperCase()} (${countsText || 'no findings'}); the deployment may go ahead.`;
        ctx.reporter.info(message);
        return { threshold, outcome: 'passed', counts, started, message };
    }
    rank(blocking);
    const named = blocking.slice(0, FINDINGS_NAMED).map(findingLine);
    const more = total - named.length;
    throw new shared_errors/* StepFailure */.pH([
        `Refusing to deploy: ${what}${reused} has ${total} finding(s) at or above ${threshold.toUpperCase()} (scan-threshold ${threshold}; ${countsText}):`,
        ...named,
        ...(more > 0 ? [`… and ${more} more`] : []),
        'Nothing was deployed. Fix the image (or raise scan-threshold) and rerun.'
    ].join('\n'));
}
function rank(findings) {
    findings.sort((a, b) => (RANK[b.severity.toUpperCase()] ?? -1) - (RANK[a.severity.toUpperCase()] ?? -1));
}
function scanFailure(what, error) {
    return new shared_errors/* StepFailure */.pH(`Refusing to deploy: could not read ${what}: ${(0,shared_errors/* awsErrorName */.ZH)(error) ?? 'error'}: ${(0,shared_errors/* errorMessage */.gJ)(error)}. The CI role needs ecr:DescribeImageScanFindings and ecr:StartImageScan on the repository.`);
}

;// CONCATENATED MODULE: ./src/core/pipeline/release.ts
// What a release depends on besides its component: the DynamoDB table the devices write to,
// and the device policy that lets them. The table is checked before anything changes; the
// policy goes back to its previous default version when the release is rolled back.
//
// Why restore rather than an additive policy: a policy that holds both the old and the new
// statements until the devices succeed needs a second policy write per run (and a second
// IAM version, of the five IAM keeps), and a crash between the two leaves the wide document
// in place. Restoring the previous default version is one idempotent call
// (SetDefaultPolicyVersion), made only when no device is meant to run the new release any
// more: every target this run deployed was rolled back. A partial rollback (one target of
// two) keeps the new document, which the targets still on the new release need; the old
// release's statements are then what may be missing, and the run says so.





/**
 * The table the devices write to exists (DescribeTable, read-only): a mistyped table-name
 * would otherwise be deployed, fail on every device, and be rolled back. A denied check is a
 * warning: the run goes on as before the check existed.
 */
async function checkTable(dynamodb, ctx, where) {
    const { region, accountId, tableName } = where;
    const arn = (0,arns/* tableArn */.cU)(region, accountId, tableName);
    try {
        await (0,shared_retry/* withRetry */.b)(ctx, `dynamodb:DescribeTable ${tableName}`, () => dynamodb.send(new client_dynamodb_dist_cjs/* DescribeTableCommand */.h8C({ TableName: tableName })));
    }
    catch (error) {
        if ((0,shared_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException') {
            throw new shared_errors/* ConfigurationError */.j1(`Input 'table-name': the DynamoDB table ${tableName} does not exist in ${region} (account ${accountId}): the devices could not write their items. Check the name, or create the table first. Nothing was changed.`, 'table-name');
        }
        if ((0,shared_errors/* isAccessDenied */.w7)(error)) {
            ctx.reporter.warning(`Could not check that the DynamoDB table ${tableName} exists: ${(0,shared_errors/* errorMessage */.gJ)(error)}. Allow dynamodb:DescribeTable on ${arn} to the CI role, so that a mistyped table-name stops the run before it deploys.`);
            return;
        }
        throw error;
    }
}
/** The device policy's default version now (before attach-policy changes it); undefined when
 * there is no policy yet or it cannot be read (nothing to restore then). */
async function defaultPolicyVersion(iam, ctx, policyArn) {
    try {
        const { Policy } = await (0,shared_retry/* withRetry */.b)(ctx, `iam:GetPolicy ${policyArn}`, () => iam.send(new client_iam_dist_cjs/* GetPolicyCommand */.s4W({ PolicyArn: policyArn })));
        return Policy?.DefaultVersionId;
    }
    catch (error) {
        ctx.reporter.debug(`${policyArn}: no default version to restore: ${(0,shared_errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}
/**
 * After a rollback: the previous default version of the device policy, restored when every
 * target this run deployed was rolled back (the devices then run the previous release, which
 * the previous document was written for). Undefined when there is nothing to do.
 */
async function restorePolicy(iam, ctx, deployed, policy, previousVersion) {
    const changed = deployed.targets.filter(t => t.deploymentId && !t.unchanged && t.status !== 'not-deployed');
    const rolledBack = changed.filter(t => t.rollback?.deploymentId);
    if (rolledBack.length === 0 || !policy.changed || policy.created)
        return undefined;
    if (!previousVersion || previousVersion === policy.policyVersion)
        return undefined;
    const { policyArn } = policy;
    if (rolledBack.length < changed.length) {
        const message = `${policyArn} keeps ${policy.policyVersion}: targets this run deployed still run the new release. The rolled-back targets run the previous release with the new document; if it needs what ${previousVersion} allowed, add that to the policy template.`;
        ctx.reporter.warning(message);
        return { message };
    }
    try {
        await (0,shared_retry/* withRetry */.b)(ctx, `iam:SetDefaultPolicyVersion ${policyArn}`, () => iam.send(new client_iam_dist_cjs/* SetDefaultPolicyVersionCommand */.ppY({ PolicyArn: policyArn, VersionId: previousVersion })));
    }
    catch (error) {
        const denied = (0,shared_errors/* isAccessDenied */.w7)(error)
            ? ` Allow iam:SetDefaultPolicyVersion on ${policyArn} to the CI role.`
            : '';
        const message = `the rollback could not restore ${policyArn} to ${previousVersion} (it stays at ${policy.policyVersion}): ${(0,shared_errors/* awsErrorName */.ZH)(error) ?? 'error'}: ${(0,shared_errors/* errorMessage */.gJ)(error)}.${denied} Restore it by hand: aws iam set-default-policy-version --policy-arn ${policyArn} --version-id ${previousVersion}`;
        ctx.reporter.warning(message);
        deployed.failures.push(`device policy: ${message}`);
        return { message };
    }
    const message = `${policyArn} restored to ${previousVersion}, the version the rolled-back release was deployed with (${policy.policyVersion} is kept, not default).`;
    ctx.reporter.info(message);
    return { restoredVersion: previousVersion, message };
}

// EXTERNAL MODULE: ./node_modules/semver/functions/rcompare.js
var rcompare = __webpack_require__(2173);
var rcompare_default = /*#__PURE__*/__webpack_require__.n(rcompare);
;// CONCATENATED MODULE: ./src/core/prune/prune.ts
// The prune step: delete the component versions and ECR images nothing uses any more, beyond
// the newest `keep`, so that a pipeline running on every commit does not grow the account
// without bound. What is in use is read, never guessed: every deployment of the account that
// is some target's latest, every ACTIVE one, and each target's deployment before its latest
// (where a rollback goes); every component version they name is kept, and every image digest
// the recipes of the kept versions pin. Images are deleted before versions, so that a run that
// stops halfway leaves each remaining version's pins readable for the rerun to finish.









/** The build cache's tag (build-push's cache input): never an image of a version. */
const CACHE_TAG = 'ggcd-cache';
/** GetDeployment / GetComponent calls in flight at once. */
const READ_CONCURRENCY = 8;
/** BatchDeleteImage takes at most 100 image ids. */
const DELETE_BATCH = 100;
/**
 * Which versions stay and which go: every version a deployment uses stays, and so do the
 * newest `keep` versions (in version order, newest first); the rest go.
 */
function selectVersions(versions, uses, keep) {
    const reasons = new Map();
    for (const use of uses)
        reasons.set(use.version, [...(reasons.get(use.version) ?? []), use.reason]);
    const sorted = [...new Set(versions)].sort(byVersion);
    const kept = [];
    const deleted = [];
    sorted.forEach((version, i) => {
        const why = [...(reasons.get(version) ?? [])];
        if (i < keep)
            why.push(`one of the newest ${keep}`);
        if (why.length > 0)
            kept.push({ version, reasons: why });
        else
            deleted.push(version);
    });
    return { kept, deleted };
}
function byVersion(a, b) {
    // Versions that are not semver (another tool's) sort after, and are thereby older.
    const valid = (v) => /^\d+\.\d+\.\d+/.test(v);
    if (valid(a) && valid(b))
        return rcompare_default()(a, b, true);
    return Number(valid(b)) - Number(valid(a)) || b.localeCompare(a);
}
/**
 * Which images go: those pinned only by deleted versions. An image that a kept version pins,
 * one of the newest `keep` pushed (a concurrent run may be about to pin it), the build cache,
 * and an image no version of ours ever pinned (someone else's) all stay.
 */
function selectImages(images, pins, keptVersions, deletedVersions, keep) {
    const keptDigests = new Set(keptVersions.flatMap(v => pins.get(v) ?? []));
    const ofDeleted = new Set(deletedVersions.flatMap(v => pins.get(v) ?? []));
    const time = (i) => i.pushedAt?.getTime() ?? 0;
    const newest = new Set([...images]
        .filter(i => !i.tags.includes(CACHE_TAG))
        .sort((a, b) => time(b) - time(a))
        .slice(0, keep)
        .map(i => i.digest));
    return images
        .filter(i => ofDeleted.has(i.digest) &&
        !keptDigests.has(i.digest) &&
        !newest.has(i.digest) &&
        !i.tags.includes(CACHE_TAG))
        .map(i => i.digest);
}
/**
 * The deployments whose components count as in use: each target's latest, every ACTIVE one,
 * and each target's newest before its latest (a rollback's destination).
 */
function deploymentsInUse(deployments) {
    const byTarget = new Map();
    for (const d of deployments) {
        if (!d.deploymentId)
            continue;
        const target = d.targetArn ?? '';
        byTarget.set(target, [...(byTarget.get(target) ?? []), d]);
    }
    const why = new Map();
    const time = (d) => d.creationTimestamp?.getTime() ?? 0;
    for (const [target, list] of byTarget) {
        const label = target.replace(/^arn:[^:]+:iot:[^:]+:\d+:/, '') || 'an unknown target';
        // Newest first; the API's own mark of the latest wins over the clock.
        const sorted = [...list].sort((a, b) => Number(b.isLatestForTarget ?? false) - Number(a.isLatestForTarget ?? false) ||
            time(b) - time(a));
        sorted.forEach((d, i) => {
            const id = d.deploymentId;
            if (i === 0 || d.isLatestForTarget)
                why.set(id, `latest deployment ${id} of ${label}`);
            else if (i === 1)
                why.set(id, `deployment ${id} of ${label}, where a rollback goes`);
            else if (d.deploymentStatus === 'ACTIVE')
                why.set(id, `ACTIVE deployment ${id} of ${label}`);
        });
    }
    return why;
}
/** The image digests a recipe pins in the repository: artifacts docker:<registry>/<repo>@sha256:…. */
function pinnedDigests(recipeText, repository) {
    const recipe = parseRecipe(recipeText, 'recipe.json', 'json');
    const digests = [];
    const manifests = field(recipe, 'Manifests');
    for (const manifest of Array.isArray(manifests) ? manifests : []) {
        const artifacts = field(manifest, 'Artifacts');
        for (const artifact of Array.isArray(artifacts) ? artifacts : []) {
            const uri = field(artifact, 'Uri');
            if (typeof uri !== 'string' || !uri.startsWith('docker:'))
                continue;
            const m = config/* IMAGE_URI */.Rx.exec(uri.slice('docker:'.length));
            if (m && m[2] === repository && !digests.includes(m[3]))
                digests.push(m[3]);
        }
    }
    return digests;
}
async function prune_call(ctx, what, fn) {
    try {
        return await (0,shared_retry/* withRetry */.b)(ctx, what, fn);
    }
    catch (error) {
        // `what` is the IAM action and what it was called on: `greengrass:ListDeployments *`.
        const [action, ...on] = what.split(' ');
        throw (0,shared_errors/* awsFailure */.MT)(error, { action: action, resource: on.join(' ') || '*' });
    }
}
function componentArnOf(region, accountId, name) {
    return (0,arns/* componentArn */.Du)(region, accountId, name);
}
async function prune(options, clients, ctx) {
    const { componentName, repository, keep, dryRun } = options;
    const { reporter } = ctx;
    const gg = clients.greengrass;
    const result = {
        componentName,
        repository,
        keep,
        dryRun,
        kept: [],
        versions: [],
        images: [],
        failures: []
    };
    // 1. What is in use: every deployment of the account, read once.
    const deployments = [];
    let nextToken;
    do {
        const page = await prune_call(ctx, 'greengrass:ListDeployments', () => gg.send(new client_greengrassv2_dist_cjs/* ListDeploymentsCommand */.sr8({ historyFilter: 'ALL', nextToken, maxResults: 100 })));
        deployments.push(...(page.deployments ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    const inUse = deploymentsInUse(deployments);
    const uses = [];
    await mapLimit([...inUse], READ_CONCURRENCY, async ([id, reason]) => {
        const d = await prune_call(ctx, `greengrass:GetDeployment ${id}`, () => gg.send(new client_greengrassv2_dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId: id })));
        const version = d.components?.[componentName]?.componentVersion;
        if (version)
            uses.push({ version, reason });
    });
    // 2. The component's versions, and which go.
    const arn = componentArnOf(options.region, options.accountId, componentName);
    const versions = [];
    nextToken = undefined;
    try {
        do {
            const page = await (0,shared_retry/* withRetry */.b)(ctx, 'ListComponentVersions', () => gg.send(new client_greengrassv2_dist_cjs/* ListComponentVersionsCommand */.CX7({ arn, nextToken })));
            for (const v of page.componentVersions ?? []) {
                if (v.componentVersion && v.arn)
                    versions.push({ version: v.componentVersion, arn: v.arn });
            }
            nextToken = page.nextToken;
        } while (nextToken);
    }
    catch (error) {
        if ((0,shared_errors/* awsErrorName */.ZH)(error) !== 'ResourceNotFoundException') {
            await prune_call(ctx, `greengrass:ListComponentVersions ${arn}`, () => Promise.reject(error));
        }
    }
    const { kept, deleted } = selectVersions(versions.map(v => v.version), uses, keep);
    result.kept = kept;
    for (const k of kept)
        reporter.info(`Keeps ${componentName} ${k.version}: ${k.reasons.join('; ')}.`);
    // 3. The images: what every version of ours pins, and what the repository holds.
    const pins = new Map();
    await mapLimit(versions, READ_CONCURRENCY, async (v) => {
        const got = await prune_call(ctx, `greengrass:GetComponent ${v.arn}`, () => gg.send(new client_greengrassv2_dist_cjs/* GetComponentCommand */.Py8({ arn: v.arn, recipeOutputFormat: 'JSON' })));
        pins.set(v.version, pinnedDigests(new TextDecoder().decode(got.recipe), repository));
    });
    const images = await repositoryImages(clients.ecr, ctx, repository);
    const goingImages = selectImages(images, pins, kept.map(k => k.version), deleted, keep);
    const verb = dryRun ? 'Would delete' : 'Deleting';
    for (const digest of goingImages)
        reporter.info(`${verb} image ${repository}@${digest}.`);
    for (const v of deleted)
        reporter.info(`${verb} ${componentName} ${v}: no deployment uses it.`);
    if (dryRun) {
        result.images = goingImages;
        result.versions = deleted;
        return result;
    }
    // 4. Images first, then versions (see the top of the file).
    for (let i = 0; i < goingImages.length; i += DELETE_BATCH) {
        const batch = goingImages.slice(i, i + DELETE_BATCH);
        const answer = await prune_call(ctx, `ecr:BatchDeleteImage ${repository}`, () => clients.ecr.send(new client_ecr_dist_cjs/* BatchDeleteImageCommand */.wau({
            repositoryName: repository,
            imageIds: batch.map(imageDigest => ({ imageDigest }))
        })));
        const failed = new Map((answer.failures ?? [])
            .filter(f => f.failureCode !== 'ImageNotFound')
            .map(f => [f.imageId?.imageDigest ?? '', `${f.failureCode}: ${f.failureReason ?? ''}`]));
        for (const digest of batch) {
            if (failed.has(digest)) {
                result.failures.push(`image ${repository}@${digest} not deleted: ${failed.get(digest)}`);
            }
            else
                result.images.push(digest);
        }
    }
    const undeletedImages = new Set(goingImages.filter(d => !result.images.includes(d)));
    for (const v of versions.filter(v => deleted.includes(v.version))) {
        // A version whose image stayed stays too, so that a rerun still finds the image's pin.
        if ((pins.get(v.version) ?? []).some(d => undeletedImages.has(d)))
            continue;
        try {
            await (0,shared_retry/* withRetry */.b)(ctx, `DeleteComponent ${v.arn}`, () => gg.send(new client_greengrassv2_dist_cjs/* DeleteComponentCommand */.K91({ arn: v.arn })));
            result.versions.push(v.version);
        }
        catch (error) {
            if ((0,shared_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException') {
                result.versions.push(v.version);
                continue;
            }
            result.failures.push(`${componentName} ${v.version} not deleted: ${(0,shared_errors/* errorMessage */.gJ)((0,shared_errors/* awsFailure */.MT)(error, { action: 'greengrass:DeleteComponent', resource: v.arn }))}`);
        }
    }
    reporter.info(`Deleted ${result.versions.length} component version(s) and ${result.images.length} image(s); kept ${kept.length} version(s).`);
    return result;
}
async function repositoryImages(ecr, ctx, repository) {
    const details = [];
    let nextToken;
    try {
        do {
            const page = await (0,shared_retry/* withRetry */.b)(ctx, 'DescribeImages', () => ecr.send(new client_ecr_dist_cjs/* DescribeImagesCommand */.ji5({ repositoryName: repository, nextToken })));
            details.push(...(page.imageDetails ?? []));
            nextToken = page.nextToken;
        } while (nextToken);
    }
    catch (error) {
        if ((0,shared_errors/* awsErrorName */.ZH)(error) === 'RepositoryNotFoundException')
            return [];
        return prune_call(ctx, `ecr:DescribeImages ${repository}`, () => Promise.reject(error));
    }
    return details
        .filter(d => d.imageDigest)
        .map(d => ({ digest: d.imageDigest, tags: d.imageTags ?? [], pushedAt: d.imagePushedAt }));
}

;// CONCATENATED MODULE: ./src/core/pipeline/pipeline.ts
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
        dynamodb: new client_dynamodb_dist_cjs/* DynamoDBClient */.MGV((0,aws/* queryClientConfig */.ul)(region)),
        iot: new client_iot_dist_cjs/* IoTClient */.CgZ(config),
        logs: new dist_cjs/* CloudWatchLogsClient */.TFr(config)
    };
}
const STOP = Symbol('pipeline stop');
/**
 * Gives an error where the pipeline stopped, as data: the doors say what was done before it
 * (the job summary of a run that failed halfway). An error keeps the first stop it is given.
 */
function withStop(error, stop) {
    if (typeof error === 'object' && error !== null && stopOf(error) === undefined) {
        Object.defineProperty(error, STOP, { value: stop, enumerable: false });
    }
    return error;
}
/** Where the pipeline stopped, when the error stopped it. */
function stopOf(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    return error[STOP];
}
/** Where the pipeline writes the rendered recipe (relative to the working directory). */
const RENDERED_RECIPE = 'build/recipe.yaml';
async function runPipeline(inputs, clients, ctx, options = {}) {
    const { region, dryRun } = inputs;
    const { reporter } = ctx;
    const accountId = await (0,account/* resolveAccountId */.V)(inputs.accountId, clients.sts, ctx);
    const common = { region, accountId };
    // What is done so far: a step that throws leaves the job summary of the steps before it.
    const done = { dryRun, accountId, region };
    let checked;
    try {
        checked = await preflight(inputs, common, clients, ctx);
    }
    catch (error) {
        throw withStop(error, { step: 'the checks before any change', progress: done });
    }
    if (dryRun)
        reporter.info('Dry run: planning only; no call that changes anything is made.');
    const step = async (title, fn) => {
        // An interruption (SIGINT, SIGTERM) reports the same, see interrupt.ts.
        options.onStep?.({ step: title, progress: done });
        try {
            return await reporter.group(title, fn);
        }
        catch (error) {
            throw withStop(error, { step: title, progress: done });
        }
    };
    const build = await step('1/5 Build and push the image', () => buildPush({ ...common, ...inputs.build }, { ecr: clients.ecr }, ctx, { dryRun }));
    done.build = build;
    // Before anything else is made or changed: a refused image leaves only itself behind.
    const scan = inputs.scanThreshold === 'none'
        ? undefined
        : await step('Image scan', () => scanGate({
            threshold: inputs.scanThreshold,
            accountId,
            repository: build.repository,
            imageDigest: build.imageDigest,
            reused: build.reused,
            dryRun
        }, { ecr: clients.ecr }, ctx));
    const renderInputs = {
        ...common,
        ...inputs.render,
        imageUri: build.imageUri,
        output: RENDERED_RECIPE
    };
    // The template is prepared once for the image built: the preflight's, when it is the same
    // image (a dry run), else once more with the image's URI, for the render and a next version.
    let template;
    const render = await step('2/5 Render the recipe', async () => {
        const sameImage = checked.recipe.imageUri === build.imageUri;
        template = sameImage ? checked.recipe.recipe : await prepareRecipe(renderInputs, reporter);
        const notes = sameImage ? checked.recipe.notes : undefined;
        return renderRecipe(renderInputs, { greengrass: clients.greengrass }, ctx, {
            prepared: { recipe: template, ...(notes ? { notes } : {}) }
        });
    });
    // The plan shows what would be deployed: the whole rendered recipe.
    if (dryRun)
        reporter.info(`The rendered recipe:\n${render.recipe}`);
    done.render = render;
    // The default version the devices run with now: a rollback of every target restores it.
    const policyBefore = dryRun
        ? undefined
        : await defaultPolicyVersion(clients.iam, ctx, (0,arns/* policyArn */.mF)(region, accountId, inputs.policy.policyName));
    const policy = await step('3/5 Device policy', () => attachPolicy({ ...common, ...inputs.policy, dryRun }, { iam: clients.iam }, ctx, {
        document: checked.policyDocument,
        role: checked.role
    }));
    // With component-version auto, deploy takes the next version when a concurrent run took
    // this one with another recipe: the template rendered again, with the same image.
    let componentVersion = render.componentVersion;
    const again = render.explicit || dryRun ? undefined : template;
    const nextVersion = again
        ? (version) => {
            const rendered = again.render(again.componentName, version);
            again.check(rendered);
            componentVersion = version;
            return rendered.text;
        }
        : undefined;
    // With canary targets, the canary's devices are smoke-checked before the fleet is touched.
    const smokeOn = !dryRun && inputs.smoke && inputs.deploy.wait;
    const smokeCheck = (targets, since) => smoke({
        region,
        tableName: inputs.policy.tableName,
        targets: targets.map(t => t.target),
        since: new Date(since),
        timeoutSeconds: inputs.smokeTimeoutSeconds,
        concurrency: inputs.smokeConcurrency,
        componentVersion,
        unchangedTargets: (0,verdict/* unchangedTargets */.uu)({ targets })
    }, { dynamodb: clients.dynamodb, iot: clients.iot, greengrass: clients.greengrass }, ctx);
    let canarySmoke;
    const deployClients = { greengrass: clients.greengrass, iot: clients.iot, logs: clients.logs };
    done.policy = policy;
    const deployed = await step('4/5 Deploy', () => deploy({ ...common, ...inputs.deploy, recipePath: render.recipePath, dryRun }, deployClients, ctx, {
        recipeText: render.recipe,
        targetsChecked: true,
        plan: checked.plan,
        ...(nextVersion ? { nextVersion } : {}),
        ...(smokeOn
            ? {
                checkCanary: async (canary, startedAt) => {
                    reporter.info('Smoke check of the canary:');
                    const checked = await smokeCheck(canary, startedAt);
                    canarySmoke = checked;
                    return { failures: (0,verdict/* smokeFailures */.Tx)(checked), missing: checked.missing };
                }
            }
            : {})
    }));
    const result = {
        dryRun,
        accountId,
        region,
        build,
        render: { ...render, componentVersion },
        policy,
        deploy: deployed,
        ...(scan ? { scan } : {})
    };
    const restore = async () => {
        if (result.policyRestore?.restoredVersion)
            return;
        const restored = await restorePolicy(clients.iam, ctx, deployed, policy, policyBefore);
        if (restored)
            result.policyRestore = restored;
    };
    await restore();
    const skipped = smokeSkipReason(inputs, deployed);
    // Pruning runs only after a verdict of success: with wait off or a failure, the versions in
    // use are not yet known to be the ones that stay.
    const pruneAfter = async (ok) => {
        if (!ok || !inputs.prune || dryRun)
            return result;
        result.prune = await step('Prune', () => prune({
            ...common,
            componentName: deployed.componentName,
            repository: inputs.build.repository,
            keep: inputs.keep ?? 5,
            dryRun
        }, clients, ctx));
        return result;
    };
    if (skipped) {
        result.smokeSkipped = skipped;
        if (canarySmoke)
            result.smoke = canarySmoke;
        const deployedWell = inputs.deploy.wait && deployed.failures.length === 0 && !deployed.stopped;
        return pruneAfter(skipped === 'smoke: false' && deployedWell);
    }
    const fleet = deployed.targets.filter(t => t.stage !== 'canary');
    done.deploy = deployed;
    const fleetSmoke = await step('5/5 Smoke check', () => smokeCheck(fleet, deployed.fleetStartedAt ?? deployed.startedAt));
    result.smoke = mergeSmoke(canarySmoke, fleetSmoke);
    if (fleetSmoke.missing.length > 0 && inputs.deploy.rollback) {
        await step('Rollback', () => rollBackTargets(inputs.deploy, deployClients, ctx, deployed, targetsWithDevices(fleet, fleetSmoke.missing), 'its smoke check failed'));
        await restore();
    }
    return pruneAfter(fleetSmoke.missing.length === 0 && (0,verdict/* smokeFailures */.Tx)(result.smoke).length === 0);
}
/**
 * The files the user keeps (recipe and policy templates, the deployment file), the targets
 * (read-only IoT DescribeThing / DescribeThingGroup, Greengrass GetCoreDevice) and the device
 * role (read-only GetRole), checked before anything is built, created or changed: a mistake
 * in any of them fails the run with nothing done. What the files would warn about, each step
 * says in its turn (from the notes kept here); the targets' warnings come from here, as deploy
 * does not look again. What it prepared is returned, for the steps to use instead of doing it
 * again.
 */
async function preflight(inputs, common, clients, ctx) {
    const registry = (0,core_registry/* registryOf */.Fv)(inputs.build.registry, common.accountId, common.region).host;
    const imageUri = `${registry}/${inputs.render.repository}@${DRY_RUN_DIGEST}`;
    const recipeNotes = new report/* MemoryReporter */.fA();
    const recipe = await prepareRecipe({ ...common, ...inputs.render, imageUri, output: RENDERED_RECIPE }, recipeNotes);
    const policyDocumentText = await policyDocument({
        ...common,
        ...inputs.policy,
        dryRun: inputs.dryRun
    });
    const planNotes = new report/* MemoryReporter */.fA();
    const plan = await deploymentPlan({ ...common, ...inputs.deploy, recipePath: RENDERED_RECIPE, dryRun: inputs.dryRun }, planNotes);
    await checkTargets(targetSources(inputs.deploy, plan), common, clients, ctx);
    // The table the release's devices write to: a mistyped table-name stops here.
    await checkTable(clients.dynamodb, ctx, { ...common, tableName: inputs.policy.tableName });
    const { roleName } = inputs.policy;
    const role = (0,arns/* roleArn */.w3)(common.region, common.accountId, roleName);
    const roleNotes = new report/* MemoryReporter */.fA();
    await checkRole(clients.iam, { ...ctx, reporter: roleNotes }, roleName, role);
    return {
        account: common.accountId,
        recipe: { recipe, imageUri, notes: recipeNotes },
        policyDocument: policyDocumentText,
        plan: { plan, notes: planNotes },
        role: { roleArn: role, notes: roleNotes }
    };
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
        emptyGroups: [...first.emptyGroups, ...second.emptyGroups],
        skipped: [...(first.skipped ?? []), ...(second.skipped ?? [])]
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


/***/ }),

/***/ 7091:
/***/ ((module) => {

function webpackEmptyContext(req) {
	var e = new Error("Cannot find module '" + req + "'");
	e.code = 'MODULE_NOT_FOUND';
	throw e;
}
webpackEmptyContext.keys = () => ([]);
webpackEmptyContext.resolve = webpackEmptyContext;
webpackEmptyContext.id = 7091;
module.exports = webpackEmptyContext;

/***/ })

};
