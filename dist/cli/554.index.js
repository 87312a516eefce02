export const id = 554;
export const ids = [554];
export const modules = {

/***/ 1853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ sortedKeys),
/* harmony export */   at: () => (/* binding */ firstDifference),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   n6: () => (/* binding */ sameData),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
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


/***/ }),

/***/ 1354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ readInputFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9130);
// The files the user keeps (templates, the deployment file, the rendered recipe), read with
// one message for each way that fails: the input that names the file, and what to do.


/**
 * The text of `file`, named by `input`. A missing file says `whenMissing` (what the file
 * is and how to get it); any other read error says why it could not be read.
 */
async function readInputFile(file, input, whenMissing) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(missing
            ? `Input '${input}': ${whenMissing}`
            : `Input '${input}': cannot read ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}.`, input);
    }
}


/***/ }),

/***/ 1303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   nX: () => (/* binding */ templateValues)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6907);
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1853);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9130);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(986);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(problems.join('\n'), options.file);
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
        const problem = (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .controlCharacterProblem */ .wB)(valueOf(i));
        if (problem && !problems.some(p => p.includes(`{${o.name}}`))) {
            problems.push(`${where(i)}: the value of {${o.name}} ${problem}; template values are one line of text (in YAML 1.1, which Greengrass reads, it would start a new line). Remove it from the value (variables: ${o.name}=…).`);
        }
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(problems.join('\n'), file);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where(i)}: the value of {${name}} would change the structure of ${file} where it lands (it would not stay one ${format === 'yaml' ? 'YAML' : 'JSON'} value: a quote, ': ', ' #', a leading indicator such as '[', '{', '&', '*', '!', '|', '>' or '-' in an unquoted place). Quote the placeholder in the template (e.g. '"{${name}}"'), or change the value (variables: ${name}=…).`, file);
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
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { version, prettyErrors: false });
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
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(sentinelText, { prettyErrors: false });
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
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
    return (0,_data_js__WEBPACK_IMPORTED_MODULE_4__/* .sameData */ .n6)(expected, actual);
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
    return [alone, alone11].some(r => r.ok && (0,_data_js__WEBPACK_IMPORTED_MODULE_4__/* .sameData */ .n6)(r.value, leaf));
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
        AWS_PARTITION: (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionOf */ .iQ)(c.region),
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'variables' sets ${clash.join(', ')}, which the toolkit fills in itself; use the matching input instead (e.g. table-name for TABLE_NAME).`, 'variables');
    }
    const values = {};
    for (const [k, v] of Object.entries(builtIn))
        if (v !== undefined)
            values[k] = v;
    return { ...values, ...c.variables };
}


/***/ })

};
