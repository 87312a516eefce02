export const id = 84;
export const ids = [84];
export const modules = {

/***/ 4489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rx: () => (/* binding */ IMAGE_URI)
/* harmony export */ });
/* unused harmony exports SCAN_THRESHOLDS, DEFAULT_CONCURRENCY */
// The typed configuration each step takes: what the doors' inputs become once parsed
// (src/interface/parse.ts), with no raw strings left. Free of SDK clients and of parsing, so
// that every module can name these types.
/** scan-threshold's values, lowest first ('none': no gate). */
const SCAN_THRESHOLDS = (/* unused pure expression or super */ null && (['none', 'low', 'medium', 'high', 'critical']));
/**
 * DynamoDB queries the smoke check runs at once, by default (the concurrency input's default).
 * A query is a round trip (a few to tens of milliseconds from a runner to the table's region),
 * so at 20 ms 16 in flight cap the check at 800 queries a second and leave a fleet's check
 * waiting on the network; 32 double that and stay far below what an on-demand table serves,
 * under the SDK's 50 sockets, and behind the adaptive retry that slows down on throttling.
 */
const DEFAULT_CONCURRENCY = 32;
/** An image pinned by digest, as build-push outputs it: registry, repository, digest. */
const IMAGE_URI = /^([a-zA-Z0-9.-]+(?::\d+)?)\/([a-z0-9._/-]+)@(sha256:[a-f0-9]{64})$/;


/***/ }),

/***/ 6326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZZ: () => (/* reexport */ check_field),
  Cl: () => (/* reexport */ parse_parseRecipe),
  prepareRecipe: () => (/* binding */ prepareRecipe)
});

// UNUSED EXPORTS: COMPONENT_AUTHOR, RECIPE_FORMAT_VERSION, RECIPE_SIZE_LIMIT, recipeDifference, recipeProblems, recipesEqual, renderRecipe, validateRecipe

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/shared/errors.ts
var shared_errors = __webpack_require__(9130);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(2088);
// EXTERNAL MODULE: ./src/core/arns.ts
var arns = __webpack_require__(5271);
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
    else if (typeof name !== 'string' || !COMPONENT_NAME.test(name)) {
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
    const doc = (0,dist/* parseDocument */.Tp)(templateText, { prettyErrors: false });
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
function data_firstDifference(a, b) {
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

// EXTERNAL MODULE: ./src/core/shared/retry.ts
var retry = __webpack_require__(4359);
// EXTERNAL MODULE: ./src/core/shared/aws.ts + 1 modules
var aws = __webpack_require__(6907);
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
    return data_sameData(expected, actual);
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
    return [alone, alone11].some(r => r.ok && data_sameData(r.value, leaf));
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
        return { text, recipe: parse_parseRecipe(text, file) };
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
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text, 'utf8');
    }
    catch (error) {
        throw new ConfigurationError(`Input 'output': cannot write the rendered recipe to ${path}: ${errorMessage(error)}. Choose a writable path.`, 'output');
    }
}
async function resolveName(probe, c) {
    const written = check_field(probe.recipe, 'ComponentName');
    const where = check_at(c.file, c.template, 'ComponentName');
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
