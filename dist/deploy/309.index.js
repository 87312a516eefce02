export const id = 309;
export const ids = [309];
export const modules = {

/***/ 4507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CREATE_CONCURRENCY: () => (/* reexport */ CREATE_CONCURRENCY),
  SMALL_GROUP: () => (/* reexport */ SMALL_GROUP),
  VERSION_ATTEMPTS: () => (/* reexport */ VERSION_ATTEMPTS),
  componentArn: () => (/* reexport */ componentArn),
  deploy: () => (/* binding */ deploy),
  deploymentPlan: () => (/* reexport */ deploymentPlan),
  mergeDeployment: () => (/* reexport */ mergeDeployment),
  rollBackTargets: () => (/* reexport */ rollBackTargets),
  targetSources: () => (/* reexport */ targetSources),
  targetsWithDevices: () => (/* reexport */ targetsWithDevices)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var dist_cjs = __webpack_require__(8907);
// EXTERNAL MODULE: ./src/core/deploy/counts.ts
var counts = __webpack_require__(7611);
// EXTERNAL MODULE: ./src/core/shared/retry.ts
var shared_retry = __webpack_require__(4359);
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
        const { job } = await (0,shared_retry/* withRetry */.b)(this.ctx, `DescribeJob ${this.jobId}`, () => this.iot.send(new dist_cjs.DescribeJobCommand({ jobId: this.jobId })), retry);
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
        const page = await (0,shared_retry/* withRetry */.b)(this.ctx, `ListJobExecutionsForJob ${this.jobId}`, () => this.iot.send(new dist_cjs.ListJobExecutionsForJobCommand({
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
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-greengrassv2/dist-cjs/index.js
var client_greengrassv2_dist_cjs = __webpack_require__(2956);
// EXTERNAL MODULE: ./src/core/arns.ts
var arns = __webpack_require__(5271);
// EXTERNAL MODULE: ./src/core/shared/errors.ts
var shared_errors = __webpack_require__(9130);
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
        ? await read(ctx, 'iot:DescribeThing', arn, () => clients.iot.send(new dist_cjs.DescribeThingCommand({ thingName: target.name })))
        : await read(ctx, 'iot:DescribeThingGroup', arn, () => clients.iot.send(new dist_cjs.DescribeThingGroupCommand({ thingGroupName: target.name })));
    if (!exists)
        return 'missing';
    if (target.kind === 'thinggroup')
        return 'ok';
    const device = (0,arns/* coreDeviceArn */.pP)(where.region, where.accountId, target.name);
    const core = await read(ctx, 'greengrass:GetCoreDevice', device, () => clients.greengrass.send(new client_greengrassv2_dist_cjs.GetCoreDeviceCommand({ coreDeviceThingName: target.name })));
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
        const page = await (0,shared_retry/* withRetry */.b)(ctx, `ListThingsInThingGroup ${group}`, () => iot.send(new dist_cjs.ListThingsInThingGroupCommand({
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
            await (0,shared_retry/* withRetry */.b)(ctx, `GetCoreDevice ${name}`, () => gg.send(new client_greengrassv2_dist_cjs.GetCoreDeviceCommand({ coreDeviceThingName: name })), { retryable: isServerError });
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
var node_modules_semver = __webpack_require__(2088);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/core/shared/files.ts
// The files the user keeps (templates, the deployment file, the rendered recipe), read with
// one message for each way that fails: the input that names the file, and what to do.


/**
 * The text of `file`, named by `input`. A missing file says `whenMissing` (what the file
 * is and how to get it); any other read error says why it could not be read.
 */
async function files_readInputFile(file, input, whenMissing) {
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
async function shell_readScript(script) {
    try {
        await parseShell(script, { keepComments: true });
    }
    catch (error) {
        if (error instanceof ParseError)
            return { error: error.Text, line: error.Pos?.Line ?? 1 };
        throw error;
    }
    return new Lexer(script).read();
}
/** The word's text with quotes removed, when it holds no expansion. */
function shell_literal(word) {
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
        const text = shell_literal(word);
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
function docker_dockerUri(uri) {
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
function docker_sameImage(a, b) {
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
function docker_dockerCommand(command, vars) {
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


const STEPS = (/* unused pure expression or super */ null && (['setenv', 'bootstrap', 'install', 'startup', 'run', 'shutdown', 'recover']));
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
async function lifecycle_lifecycleFindings(c) {
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
            assign(command, stepVars);
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
const check_COMPONENT_NAME = /^[a-zA-Z0-9._-]{1,128}$/;
// Greengrass (component-common, semver4j) refuses a version part over 999999.
const VERSION = /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})$/;
// Placeholders that documentation and samples leave for the reader to fill in.
const LEFTOVERS = (/* unused pure expression or super */ null && ([
    [/\[[^\]\n]*\b(?:YOUR|REPLACE|INSERT|ENTER)\b[^\]\n]*\]/i, 'a placeholder in brackets'],
    [/\b(?:YOUR|REPLACE)_[A-Z0-9_]+\b/, 'a placeholder'],
    [/\b(?:REPLACE_ME|CHANGE_ME|CHANGEME)\b/, 'a placeholder']
]));
// The tokens GDK's build and publish replace in S3 artifact URIs with the bucket and the
// component's name and version; Greengrass reads them as a bucket named BUCKET_NAME.
const GDK_TOKENS = /^s3:\/\/BUCKET_NAME\/|\/COMPONENT_NAME\/|\/COMPONENT_VERSION\//;
// GDK's placeholders for the two fields its build fills in from gdk-config.json.
const GDK_FIELDS = (/* unused pure expression or super */ null && ([
    ['ComponentName', 'COMPONENT_NAME'],
    ['ComponentVersion', 'COMPONENT_VERSION']
]));
/** Throws one ConfigurationError listing every error; returns the warnings. */
async function check_validateRecipe(recipe, options) {
    const { errors, warnings } = await recipeProblems(recipe, options);
    if (errors.length > 0)
        throw new ConfigurationError(errors.join('\n'), options.file);
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
        errors.push(`${check_at(options.file, source, ...args)}: ${message}`);
    };
    const out = (list, f) => list.push(`${check_at(options.file, source, ...f.at)}: ${f.message}`);
    if (!check_isMapping(recipe)) {
        return {
            errors: [
                `${options.file}: a recipe must be a mapping with RecipeFormatVersion, ComponentName, ComponentVersion, ComponentDependencies and Manifests.`
            ],
            warnings
        };
    }
    const format = check_field(recipe, 'RecipeFormatVersion');
    if (format !== RECIPE_FORMAT_VERSION) {
        report('RecipeFormatVersion', format === undefined
            ? `RecipeFormatVersion is missing; add RecipeFormatVersion: '${RECIPE_FORMAT_VERSION}'.`
            : `RecipeFormatVersion is ${JSON.stringify(format)}; write '${RECIPE_FORMAT_VERSION}' (quoted), the only format Greengrass knows.`);
    }
    const name = check_field(recipe, 'ComponentName');
    if (name === undefined) {
        report('ComponentName', 'ComponentName is missing; add e.g. ComponentName: com.example.AccessDynamoDb.');
    }
    else if (typeof name === 'string' && name.length > 128) {
        report('ComponentName', `ComponentName is ${name.length} characters long; Greengrass accepts at most 128. Shorten it.`);
    }
    else if (typeof name !== 'string' || !check_COMPONENT_NAME.test(name)) {
        report('ComponentName', `ComponentName ${JSON.stringify(name)} is not a component name; use letters, digits, '.', '_' and '-' (at most 128), e.g. com.example.AccessDynamoDb.`);
    }
    const version = check_field(recipe, 'ComponentVersion');
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
    const manifests = asArray(check_field(recipe, 'Manifests'));
    const gdk = gdkTemplate(options.templateText);
    const images = [];
    for (const manifest of manifests) {
        for (const artifact of asArray(check_field(manifest, 'Artifacts'))) {
            const uri = check_field(artifact, 'URI');
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
                    warnings.push(`${check_at(options.file, source, uri, 'URI')}: the artifact URI ${uri} holds GDK's BUCKET_NAME/COMPONENT_NAME/COMPONENT_VERSION tokens, which \`gdk component build\` replaces with its bucket and the component's name and version; ggcd does not upload artifacts, so the artifact must be at that path as written, else the device fails the component. Or replace the tokens with the bucket's path, or a {VARIABLE} given through the variables input (e.g. s3://{ARTIFACT_BUCKET}/…).`);
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
    const dockerManifests = manifests.filter(m => asArray(check_field(m, 'Artifacts')).some(a => /^docker:/i.test(String(check_field(a, 'URI') ?? ''))));
    if (dockerManifests.length === 0) {
        report('Artifacts', 'Manifests', 'no Docker image artifact; add to the manifest: Artifacts: [{ URI: docker:{IMAGE_URI} }].');
    }
    const dependencies = check_field(recipe, 'ComponentDependencies');
    const deps = check_isMapping(dependencies) ? dependencies : {};
    if (!Object.hasOwn(deps, DOCKER_MANAGER)) {
        report('ComponentDependencies', `ComponentDependencies lacks ${DOCKER_MANAGER}, which pulls the image; add ${DOCKER_MANAGER}: { VersionRequirement: ~2.0.0 }.`);
    }
    const privateImage = images.some(i => i.host && (ECR_HOST.test(i.host) || (options.registries ?? []).includes(i.host)));
    if (privateImage && !Object.hasOwn(deps, TOKEN_EXCHANGE)) {
        report('ComponentDependencies', `ComponentDependencies lacks ${TOKEN_EXCHANGE}; the image is in a private registry, which the device reaches with the token exchange role's credentials. Add ${TOKEN_EXCHANGE}: { VersionRequirement: ~2.0.0 }.`);
    }
    for (const [dep, spec] of Object.entries(deps)) {
        if (typeof check_field(spec, 'VersionRequirement') !== 'string') {
            report(dep, `the dependency ${dep} has no VersionRequirement; add e.g. VersionRequirement: ~2.0.0.`);
        }
        const type = check_field(spec, 'DependencyType');
        if (type !== undefined && !['HARD', 'SOFT'].includes(String(type).toUpperCase())) {
            report(new RegExp(`DependencyType:\\s*["']?${String(type)}`, 'i'), dep, `the dependency ${dep} has DependencyType ${JSON.stringify(type)}; Greengrass knows HARD and SOFT only.`);
        }
    }
    for (const manifest of dockerManifests) {
        const own = asArray(check_field(manifest, 'Artifacts'))
            .map(a => String(check_field(a, 'URI') ?? ''))
            .filter(u => /^docker:/i.test(u))
            .map(u => dockerUri(u).ref);
        const findings = await lifecycleFindings({
            manifest,
            global: check_field(recipe, 'Lifecycle'),
            configuration: check_field(check_field(recipe, 'ComponentConfiguration'), 'DefaultConfiguration'),
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
    const doc = parseDocument(templateText, { prettyErrors: false });
    // A template that only parses once rendered: read the two fields line by line.
    if (doc.errors.length > 0) {
        return GDK_FIELDS.some(([key, token]) => new RegExp(`^\\s*["']?${key}["']?\\s*:\\s*["']?\\{${token}\\}["']?\\s*,?\\s*$`, 'im').test(templateText));
    }
    const template = doc.toJS();
    return GDK_FIELDS.some(([key, token]) => {
        const value = check_field(template, key);
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
function check_field(value, key) {
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
function check_at(file, source, ...needles) {
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
function data_sameData(a, b) {
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
    if (data_sameData(a, b))
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
function parse_parseRecipe(text, file, format = file.toLowerCase().endsWith('.json') ? 'json' : 'yaml') {
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
function parse_recipesEqual(a, b) {
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

// EXTERNAL MODULE: ./src/core/shared/aws.ts + 1 modules
var aws = __webpack_require__(6907);
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
function template_renderTemplate(text, values, options) {
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
        throw new ConfigurationError(problems.join('\n'), options.file);
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
        const problem = controlCharacterProblem(valueOf(i));
        if (problem && !problems.some(p => p.includes(`{${o.name}}`))) {
            problems.push(`${where(i)}: the value of {${o.name}} ${problem}; template values are one line of text (in YAML 1.1, which Greengrass reads, it would start a new line). Remove it from the value (variables: ${o.name}=…).`);
        }
    }
    if (problems.length > 0)
        throw new ConfigurationError(problems.join('\n'), file);
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
    throw new ConfigurationError(`${where(i)}: the value of {${name}} would change the structure of ${file} where it lands (it would not stay one ${format === 'yaml' ? 'YAML' : 'JSON'} value: a quote, ': ', ' #', a leading indicator such as '[', '{', '&', '*', '!', '|', '>' or '-' in an unquoted place). Quote the placeholder in the template (e.g. '"{${name}}"'), or change the value (variables: ${name}=…).`, file);
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
        const doc = parseDocument(text, { version, prettyErrors: false });
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
    const doc = parseDocument(sentinelText, { prettyErrors: false });
    visit(doc, {
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
const HINTS = (/* unused pure expression or super */ null && ([
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
]));
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
function template_templateValues(c) {
    const builtIn = {
        AWS_ACCOUNT_ID: c.accountId,
        AWS_REGION: c.region,
        AWS_PARTITION: partitionOf(c.region),
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
        throw new ConfigurationError(`Input 'variables' sets ${clash.join(', ')}, which the toolkit fills in itself; use the matching input instead (e.g. table-name for TABLE_NAME).`, 'variables');
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
    const image = IMAGE_URI.exec(inputs.imageUri);
    if (!image) {
        throw new ConfigurationError(`Input 'image-uri' must be <registry>/<repository>@sha256:<64 hex digits>, as build-push outputs it; got '${inputs.imageUri}'.`, 'image-uri');
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
        const componentArn = componentArnOf(inputs.region, inputs.accountId, componentName);
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
    const ext = extname(file).toLowerCase();
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    throw new ConfigurationError(`Input 'recipe': ${file} must be a YAML (.yaml, .yml) or JSON (.json) recipe template; the extension says which.`, 'recipe');
}
async function readTemplate(file) {
    return readInputFile(file, 'recipe', `${file} does not exist (relative to ${process.cwd()}). Point 'recipe' at the recipe template, e.g. recipe/recipe.yaml.`);
}
async function writeOutput(path, text) {
    try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text, 'utf8');
    }
    catch (error) {
        throw new ConfigurationError(`Input 'output': cannot write the rendered recipe to ${path}: ${errorMessage(error)}. Choose a writable path.`, 'output');
    }
}
async function resolveName(probe, c) {
    const written = field(probe.recipe, 'ComponentName');
    const where = at(c.file, c.template, 'ComponentName');
    if (c.input !== undefined) {
        if (typeof written === 'string' && written !== c.input) {
            throw new ConfigurationError(`${where}: ComponentName is '${written}' but the component-name input is '${c.input}'. Write ComponentName: '{COMPONENT_NAME}' so that the input fills it in, or leave component-name empty.`, c.file);
        }
        return c.input;
    }
    if (written === NAME_PROBE) {
        throw new ConfigurationError(`${where}: ComponentName is '{COMPONENT_NAME}' but the component-name input is empty. Set component-name, or write the name in the template, e.g. ComponentName: com.example.AccessDynamoDb.`, 'component-name');
    }
    if (typeof written !== 'string' || !COMPONENT_NAME.test(written)) {
        // validateRecipe says what is wrong with it.
        await validateRecipe(probe.recipe, { file: c.file, templateText: c.template });
        throw new ConfigurationError(`${where}: ComponentName is missing or invalid.`, c.file);
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
    throw new ConfigurationError(`${at(c.file, c.template, 'ComponentVersion')}: ComponentVersion is ${JSON.stringify(written)}, but ${why}. Write ComponentVersion: '{COMPONENT_VERSION}' so that the toolkit fills it in.`, c.file);
}
// ---------------------------------------------------------------------------------------
// Versions in Greengrass
async function listVersions(greengrass, arn, ctx) {
    const versions = [];
    let nextToken;
    try {
        do {
            const page = await withRetry(ctx, 'greengrass:ListComponentVersions', () => greengrass.send(new ListComponentVersionsCommand({ arn, nextToken, maxResults: 100 })));
            for (const v of page.componentVersions ?? []) {
                if (v.componentVersion)
                    versions.push(v.componentVersion);
            }
            nextToken = page.nextToken;
        } while (nextToken);
    }
    catch (error) {
        if (awsErrorName(error) === 'ResourceNotFoundException')
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
        const got = await withRetry(ctx, 'greengrass:GetComponent', () => greengrass.send(new GetComponentCommand({ arn, recipeOutputFormat: format === 'json' ? 'JSON' : 'YAML' })));
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
        ctx.reporter.warning(`Could not read the recipe of ${arn} (${errorMessage(error)}); treating the recipe as changed.`);
        return undefined;
    }
}
function versionsFailure(error, action, resource) {
    return awsFailure(error, {
        action: action.includes(':') ? action : `greengrass:${action}`,
        resource,
        hint: 'Rerun once the cause is fixed, or set component-version to an explicit version.'
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
        text = await files_readInputFile(path, 'recipe-path', `the rendered recipe ${path} does not exist. Run render-recipe first (its recipe-path output names the file), or point 'recipe-path' at it.`);
    }
    let data;
    try {
        // As YAML, which reads JSON too: the rendered recipe is either, whatever the file's name.
        data = parse_parseRecipe(text, path, 'yaml');
    }
    catch (error) {
        throw new shared_errors/* ConfigurationError */.j1(`Input 'recipe-path': ${(0,shared_errors/* errorMessage */.gJ)(error).split('\n')[0]} Deploy the recipe render-recipe wrote: run render-recipe first (its recipe-path output names the file), and point 'recipe-path' at it.`, 'recipe-path');
    }
    const stringField = (key) => {
        const value = check_field(data, key);
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
        return await (0,shared_retry/* withRetry */.b)(ctx, 'DescribeComponent', () => gg.send(new client_greengrassv2_dist_cjs.DescribeComponentCommand({ arn })));
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
    const stored = await call(ctx, `GetComponent ${arn}`, () => gg.send(new client_greengrassv2_dist_cjs.GetComponentCommand({ arn, recipeOutputFormat: 'YAML' })));
    let theirs;
    try {
        theirs = parse_parseRecipe(new TextDecoder().decode(stored.recipe ?? new Uint8Array()), arn, 'yaml');
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
    const version = node_modules_semver.inc(taken.version, 'patch');
    ctx.reporter.warning(`${what} was taken by another run with a different recipe (first difference at ${taken.difference}); taking ${version}.`);
    return loadRecipe(`${recipe.name} ${version}`, options.nextVersion(version));
}
async function createComponent(gg, ctx, arn, recipe) {
    try {
        await (0,shared_retry/* withRetry */.b)(ctx, 'CreateComponentVersion', () => gg.send(new client_greengrassv2_dist_cjs.CreateComponentVersionCommand({
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
        const seen = await allPages(nextToken => (0,shared_retry/* withRetry */.b)(ctx, `ListEffectiveDeployments ${thingName}`, () => gg.send(new client_greengrassv2_dist_cjs.ListEffectiveDeploymentsCommand({ coreDeviceThingName: thingName, nextToken })), bounded), page => page.effectiveDeployments, soFar => soFar.some(ours));
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
            const deployment = await (0,shared_retry/* withRetry */.b)(w.ctx, `GetDeployment ${t.deploymentId}`, () => w.gg.send(new client_greengrassv2_dist_cjs.GetDeploymentCommand({ deploymentId: t.deploymentId })), untilDeadline(w.ctx, deadline));
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
        const installed = await allPages(nextToken => call(ctx, `ListInstalledComponents ${thingName}`, () => gg.send(new client_greengrassv2_dist_cjs.ListInstalledComponentsCommand({ coreDeviceThingName: thingName, nextToken }))).catch((error) => {
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
        const created = await (0,shared_retry/* withRetry */.b)(ctx, 'CreateDeployment', () => gg.send(new client_greengrassv2_dist_cjs.CreateDeploymentCommand(request)));
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
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
    const text = await files_readInputFile(path, 'deployment', `the deployment file ${path} does not exist. Create it (targets, deploymentPolicies, iotJobConfiguration; see recipe/deployment.yaml in the toolkit's README) or point 'deployment' at yours.`);
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
    const all = await allPages(nextToken => call(ctx, `ListDeployments ${arn}`, () => gg.send(new client_greengrassv2_dist_cjs.ListDeploymentsCommand({ targetArn: arn, historyFilter: 'LATEST_ONLY', nextToken }))), page => page.deployments);
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
        ? await call(ctx, `GetDeployment ${latest.deploymentId}`, () => gg.send(new client_greengrassv2_dist_cjs.GetDeploymentCommand({ deploymentId: latest.deploymentId })))
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
        data_sameData(previous?.components ?? {}, request.components) &&
        data_sameData(mergedPolicies(previous, undefined), request.deploymentPolicies) &&
        data_sameData(pruneEmpty(previous?.iotJobConfiguration ?? {}) ?? {}, request.iotJobConfiguration ?? {});
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
            const previous = await call(ctx, `GetDeployment ${t.previousDeploymentId}`, () => w.gg.send(new client_greengrassv2_dist_cjs.GetDeploymentCommand({ deploymentId: t.previousDeploymentId })));
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
            const created = await call(ctx, `CreateDeployment (rollback of ${label})`, () => w.gg.send(new client_greengrassv2_dist_cjs.CreateDeploymentCommand(request)));
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(2684);
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
            events = await withDeadline(deadline, signal => client.send(new client_cloudwatch_logs_dist_cjs.GetLogEventsCommand({
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
