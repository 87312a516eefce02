export const id = 82;
export const ids = [82];
export const modules = {

/***/ 82:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attachPolicy: () => (/* binding */ attachPolicy),
  checkRole: () => (/* binding */ checkRole),
  policyDocument: () => (/* binding */ policyDocument)
});

// EXTERNAL MODULE: ./src/core/arns.ts
var arns = __webpack_require__(5271);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/shared/errors.ts
var errors = __webpack_require__(9130);
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
        throw new errors/* ConfigurationError */.j1(missing
            ? `Input '${input}': ${whenMissing}`
            : `Input '${input}': cannot read ${file}: ${(0,errors/* errorMessage */.gJ)(error)}.`, input);
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/core/registry.ts
var registry = __webpack_require__(4692);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/shared/aws.ts + 1 modules
var aws = __webpack_require__(6907);
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
        throw new errors/* ConfigurationError */.j1(problems.join('\n'), options.file);
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
        throw new errors/* ConfigurationError */.j1(problems.join('\n'), file);
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
    throw new errors/* ConfigurationError */.j1(`${where(i)}: the value of {${name}} would change the structure of ${file} where it lands (it would not stay one ${format === 'yaml' ? 'YAML' : 'JSON'} value: a quote, ': ', ' #', a leading indicator such as '[', '{', '&', '*', '!', '|', '>' or '-' in an unquoted place). Quote the placeholder in the template (e.g. '"{${name}}"'), or change the value (variables: ${name}=…).`, file);
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
        throw new errors/* ConfigurationError */.j1(`Input 'variables' sets ${clash.join(', ')}, which the toolkit fills in itself; use the matching input instead (e.g. table-name for TABLE_NAME).`, 'variables');
    }
    const values = {};
    for (const [k, v] of Object.entries(builtIn))
        if (v !== undefined)
            values[k] = v;
    return { ...values, ...c.variables };
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
        throw new errors/* ConfigurationError */.j1(`${file}:${parsed.line}: the policy template is not valid JSON after rendering (${parsed.error}). Fix the JSON syntax near that line.`, file);
    }
    const doc = parsed.value;
    validateShape(doc, templateText, file);
    const minified = JSON.stringify(doc);
    const size = minified.replace(/\s/g, '').length;
    if (size > POLICY_SIZE_LIMIT) {
        throw new errors/* ConfigurationError */.j1(`${file}: the rendered policy has ${size} characters without whitespace; IAM allows at most ${POLICY_SIZE_LIMIT} in a managed policy. Merge statements or use fewer, broader resources.`, file);
    }
    return minified;
}
function validateShape(doc, templateText, file) {
    const fail = (needle, message) => {
        const line = lineOf(templateText, needle);
        throw new errors/* ConfigurationError */.j1(`${file}${line ? `:${line}` : ''}: ${message}`, file);
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

// EXTERNAL MODULE: ./src/core/shared/retry.ts
var retry = __webpack_require__(4359);
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
    const name = (0,errors/* awsErrorName */.ZH)(error);
    return name !== undefined && names.some(n => name === n || name === `${n}Exception`);
}
/** IAM's LimitExceeded is a quota, which retry.ts would take for throttling. */
class QuotaReached extends Error {
    original;
    name = 'QuotaReached';
    constructor(original) {
        super((0,errors/* errorMessage */.gJ)(original));
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
        throw policyFailure(error, op);
    }
}
function policyFailure(error, op) {
    if (isNamed(error, ['LimitExceeded'])) {
        return new errors/* StepFailure */.pH(`${op.action} on ${op.resource} hit an IAM quota: ${(0,errors/* errorMessage */.gJ)(error)}.${op.onLimit ? ` ${op.onLimit}` : ''}`);
    }
    return (0,errors/* awsFailure */.MT)(error, op);
}
async function getPolicy(iam, ctx, policyArn, options = {}) {
    try {
        const { Policy } = await send(ctx, { action: 'iam:GetPolicy', resource: policyArn }, () => iam.send(new dist_cjs.GetPolicyCommand({ PolicyArn: policyArn })), { pass: ['NoSuchEntity'], ...options });
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
    return new errors/* ConfigurationError */.j1(`IAM rejected the policy rendered from ${file}: ${(0,errors/* errorMessage */.gJ)(error)}. Fix the template.`, file);
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
                    throw new errors/* ConfigurationError */.j1(`${where} has the ${key} ${JSON.stringify(action)}, which is not an IAM action: write service:Action, e.g. dynamodb:PutItem; fix the template.`, file);
                }
            }
        }
        if (st.Effect !== 'Allow')
            continue;
        const fail = (message) => {
            throw new errors/* ConfigurationError */.j1(`${where} ${message} The device policy may grant only what a device needs; fix the template.`, file);
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
    const { PolicyVersion } = await send(ctx, { action: 'iam:GetPolicyVersion', resource: policyArn }, () => iam.send(new dist_cjs.GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: current })));
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
    const versions = await listVersions(iam, ctx, policyArn);
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
                return await iam.send(new dist_cjs.CreatePolicyVersionCommand({
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
    const { PolicyVersion } = await send(ctx, { action: 'iam:GetPolicyVersion', resource: policyArn }, () => iam.send(new dist_cjs.GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: id })));
    return { id, document: documentOf(PolicyVersion) };
}
/**
 * Deletes a version; one already gone counts as deleted. A request whose answer was lost and
 * that the SDK sent again gets NoSuchEntity for the version it deleted the first time: any
 * failure is judged by whether IAM still lists the version.
 */
async function deleteVersion(iam, ctx, policyArn, versionId) {
    try {
        await send(ctx, { action: 'iam:DeletePolicyVersion', resource: policyArn }, () => iam.send(new dist_cjs.DeletePolicyVersionCommand({ PolicyArn: policyArn, VersionId: versionId })));
    }
    catch (error) {
        const left = await listVersions(iam, ctx, policyArn).catch(() => undefined);
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
    const now = await listVersions(iam, ctx, policyArn);
    for (const version of now) {
        const id = version.VersionId;
        if (!id || id === keep || version.IsDefaultVersion || before.has(id))
            continue;
        const { PolicyVersion } = await send(ctx, { action: 'iam:GetPolicyVersion', resource: policyArn }, () => iam.send(new dist_cjs.GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: id })));
        // One that cannot be read is no duplicate.
        if (!sameDocument(documentOf(PolicyVersion), wanted))
            continue;
        ctx.reporter.info(`${policyArn} ${id} duplicates the default ${keep}: deleting it.`);
        await deleteVersion(iam, ctx, policyArn, id);
    }
}
async function listVersions(iam, ctx, policyArn) {
    const versions = [];
    let marker;
    do {
        const page = await send(ctx, { action: 'iam:ListPolicyVersions', resource: policyArn }, () => iam.send(new dist_cjs.ListPolicyVersionsCommand({ PolicyArn: policyArn, Marker: marker })));
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
    const templateText = await readTemplate(inputs.policy);
    const values = templateValues({
        accountId,
        region,
        repository: inputs.repository,
        tableName: inputs.tableName,
        roleName: inputs.roleName,
        // The account's own: the registry of the repository the policy names (registry.ts).
        registry: (0,registry/* defaultRegistryHost */.xn)(accountId, region),
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
        await send(ctx, { action: 'iam:AttachRolePolicy', resource: roleArn }, () => iam.send(new dist_cjs.AttachRolePolicyCommand({ RoleName: roleName, PolicyArn: policyArn })), 
        // A policy just created may not be visible to AttachRolePolicy for a while.
        result.created || recent ? { retryOn: ['NoSuchEntity'], retry: PROPAGATION } : {});
        reporter.info(`Attached policy ${policyName} to role ${roleName}.`);
        result.attached = true;
    }
    return result;
}
async function readTemplate(file) {
    if (!file) {
        throw new errors/* ConfigurationError */.j1("Input 'policy' is required: the path of the IAM policy template, e.g. recipe/token-exchange-policy.json.", 'policy');
    }
    return readInputFile(file, 'policy', `${file} does not exist (relative to ${process.cwd()}). Point 'policy' at the IAM policy template, e.g. recipe/token-exchange-policy.json.`);
}
async function checkRole(iam, ctx, roleName, roleArn) {
    try {
        const { Role } = await send(ctx, { action: 'iam:GetRole', resource: roleArn }, () => iam.send(new dist_cjs.GetRoleCommand({ RoleName: roleName })), { pass: ['NoSuchEntity'] });
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
        throw new errors/* ConfigurationError */.j1(`Role ${roleName} does not exist. It is the role Greengrass devices get credentials for: Greengrass core setup creates it when run with --provision true (GreengrassV2TokenExchangeRole, with the role alias GreengrassV2TokenExchangeRoleAlias). Otherwise create it with a trust policy that lets credentials.iot.amazonaws.com assume it (and a role alias pointing at it), or set 'role-name' to the role your devices already use.`, 'role-name');
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
        }, () => iam.send(new dist_cjs.CreatePolicyCommand({
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
    throw new errors/* ConfigurationError */.j1(`A managed policy named ${policyName} exists, but not as ${policyArn} (it has another path). Set 'policy-name' to another name, or delete that policy.`, 'policy-name');
}
async function isAttached(iam, ctx, roleName, roleArn, policyArn) {
    let marker;
    do {
        const page = await send(ctx, { action: 'iam:ListAttachedRolePolicies', resource: roleArn }, () => iam.send(new dist_cjs.ListAttachedRolePoliciesCommand({ RoleName: roleName, Marker: marker })));
        if (page.AttachedPolicies?.some(p => p.PolicyArn === policyArn))
            return true;
        marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    return false;
}


/***/ })

};
