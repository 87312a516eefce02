export const id = 665;
export const ids = [665];
export const modules = {

/***/ 5788:
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


/***/ }),

/***/ 2914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   nX: () => (/* binding */ templateValues)
/* harmony export */ });
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6783);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8319);
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
            problems.push(`${where}: '${m[0]}' is a documentation placeholder left in the template; use a toolkit placeholder such as ${hintFor(m[0])} instead.`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(problems.join('\n'), options.file);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'variables' sets ${clash.join(', ')}, which the toolkit fills in itself; use the matching input instead (e.g. table-name for TABLE_NAME).`, 'variables');
    }
    const values = {};
    for (const [k, v] of Object.entries(builtIn))
        if (v !== undefined)
            values[k] = v;
    return { ...values, ...c.variables };
}


/***/ })

};
