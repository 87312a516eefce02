export const id = 87;
export const ids = [87];
export const modules = {

/***/ 7087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CREATED_LABEL: () => (/* binding */ CREATED_LABEL),
  DRY_RUN_DIGEST: () => (/* binding */ DRY_RUN_DIGEST),
  REVISION_LABEL: () => (/* binding */ REVISION_LABEL),
  SOURCE_LABEL: () => (/* binding */ SOURCE_LABEL),
  buildPush: () => (/* binding */ buildPush),
  commitLabels: () => (/* binding */ commitLabels)
});

// EXTERNAL MODULE: ./src/core/arns.ts
var arns = __webpack_require__(5271);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/core/registry.ts
var core_registry = __webpack_require__(4692);
// EXTERNAL MODULE: ./src/core/shared/errors.ts
var errors = __webpack_require__(9130);
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
var retry = __webpack_require__(4359);
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
class LoginFailure extends errors/* StepFailure */.pH {
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
        throw new errors/* ConfigurationError */.j1(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. $(git log -1 --format=%ct)); got '${sourceDateEpoch}'.`, 'SOURCE_DATE_EPOCH');
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
            await (0,retry/* withRetry */.b)({ reporter, clock: options.clock ?? report/* systemClock */.ml, random: options.random }, `Login to ${registry.host}`, attempt, {
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
                            if (!isRetryablePush((0,errors/* errorMessage */.gJ)(error)))
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
                    throw new errors/* StepFailure */.pH(`${kind} pushed no image.`);
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
                    }).catch((error) => ({ exitCode: 1, stdout: '', stderr: (0,errors/* errorMessage */.gJ)(error) }));
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
        reporter.warning(`Could not log ${builder} out of ${registry.host}: ${(0,errors/* errorMessage */.gJ)(error)}`);
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
            reporter.warning(`Could not clean up the stale login recorded in ${file}: ${(0,errors/* errorMessage */.gJ)(error)}`);
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
            reporter.warning(`Could not clean up the stale local image recorded in ${file}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    const temp = options.tmpDir ?? (0,external_node_os_.tmpdir)();
    const entries = await (0,promises_.readdir)(temp).catch(() => []);
    for (const name of entries) {
        const m = /^ggcd-build-(\d+)-/.exec(name);
        if (!m || Number(m[1]) === process.pid || alive(Number(m[1])))
            continue;
        await (0,promises_.rm)((0,external_node_path_.join)(temp, name), { recursive: true, force: true }).then(() => void done.dirs++, (error) => reporter.warning(`Could not remove ${(0,external_node_path_.join)(temp, name)}: ${(0,errors/* errorMessage */.gJ)(error)}`));
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
    return (0,errors/* awsFailure */.MT)(error, {
        action: `ecr:${action}`,
        resource,
        hint: "Check the region and the credentials' account, then rerun."
    });
}
/** Whether the repository exists; an existing one is checked for a cache tag it could refuse. */
async function repositoryExists(access, inputs, repositoryArn) {
    const { ecr, call, accountId, repository } = access;
    try {
        const described = await call('DescribeRepositories', () => ecr.send(new dist_cjs.DescribeRepositoriesCommand({ registryId: accountId, repositoryNames: [repository] })));
        checkCacheTagMutable(inputs, described.repositories?.[0]);
        return true;
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        if ((0,errors/* awsErrorName */.ZH)(error) !== 'RepositoryNotFoundException') {
            throw ecrFailure('DescribeRepositories', error, repositoryArn);
        }
        return false;
    }
}
/** The image a tag names, or undefined when the tag is free. */
async function imageByTag(access, tag, repositoryArn) {
    const { ecr, call, accountId, repository, host } = access;
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
            throw new errors/* StepFailure */.pH(`ECR reports digest '${digest}' for ${host}/${repository}:${tag}; expected sha256:<64 hex>.`);
        }
        return { digest, tags: image?.imageTags ?? [] };
    }
    catch (error) {
        if ((0,errors/* awsErrorName */.ZH)(error) === 'ImageNotFoundException')
            return undefined;
        if (error instanceof errors/* StepFailure */.pH)
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
        await call('CreateRepository', () => ecr.send(new dist_cjs.CreateRepositoryCommand(createRepositoryInput(inputs, accountId))));
        reporter.info(`Created ECR repository ${repository} (scan on push, immutable tags${useCacheTag(inputs) ? ` but ${CACHE_TAG_FILTER}, the build cache` : ''}, AES256 encryption).`);
        await putLifecyclePolicy(access, repositoryArn, reporter);
        return true;
    }
    catch (error) {
        // Another run created it between our describe and create: that is what we wanted.
        if ((0,errors/* awsErrorName */.ZH)(error) !== 'RepositoryAlreadyExistsException') {
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
        await call('PutLifecyclePolicy', () => ecr.send(new dist_cjs.PutLifecyclePolicyCommand({
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
    throw new errors/* ConfigurationError */.j1(`Input 'cache': ECR repository ${inputs.repository} has immutable tags, so BuildKit's cache tag ${tag} could be pushed only once. Exclude it from immutability (aws ecr put-image-tag-mutability --repository-name ${inputs.repository} --image-tag-mutability IMMUTABLE_WITH_EXCLUSION --image-tag-mutability-exclusion-filters filterType=WILDCARD,filter='${CACHE_TAG_FILTER}'), or set cache to false.`, 'cache');
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
        throw new errors/* ConfigurationError */.j1(`Input 'image-tag': ${reference} and ${image}:${suffixed} both name images of other build inputs (${atTag.digest}, ${taken.digest}), and ECR tags are immutable; set image-tag to a tag not yet in ${repository}, or delete ${suffixed} from it.`, 'image-tag');
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
    const call = (action, fn) => (0,retry/* withRetry */.b)(ctx, `ecr:${action}`, fn, { retryable: errors/* isTransient */.dg });
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
            if (!(error instanceof errors/* StepFailure */.pH))
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
        throw new errors/* ConfigurationError */.j1(`Input 'context': '${inputs.context}' is not a directory (relative to ${process.cwd()}); set it to the folder the image is built from, e.g. container.`, 'context');
    }
    const isFile = await (0,promises_.stat)(inputs.dockerfile).then(s => s.isFile(), () => false);
    if (!isFile) {
        throw new errors/* ConfigurationError */.j1(`Input 'dockerfile': '${inputs.dockerfile}' is not a file (relative to ${process.cwd()}); set it to the Dockerfile's path, or leave it empty for <context>/Dockerfile.`, 'dockerfile');
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


/***/ })

};
