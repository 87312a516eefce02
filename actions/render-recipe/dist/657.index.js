export const id = 657;
export const ids = [657];
export const modules = {

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMPONENT_AUTHOR: () => (/* binding */ COMPONENT_AUTHOR),
  RECIPE_FORMAT_VERSION: () => (/* binding */ RECIPE_FORMAT_VERSION),
  RECIPE_SIZE_LIMIT: () => (/* binding */ RECIPE_SIZE_LIMIT),
  field: () => (/* binding */ field),
  parseRecipe: () => (/* binding */ parseRecipe),
  prepareRecipe: () => (/* binding */ prepareRecipe),
  recipeDifference: () => (/* binding */ recipeDifference),
  recipeProblems: () => (/* binding */ recipeProblems),
  recipesEqual: () => (/* binding */ recipesEqual),
  renderRecipe: () => (/* binding */ renderRecipe),
  validateRecipe: () => (/* binding */ validateRecipe)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../work/main/node_modules/@aws-sdk/client-greengrassv2/dist-cjs/index.js
var dist_cjs = __webpack_require__(8636);
// EXTERNAL MODULE: ../../work/main/node_modules/semver/index.js
var semver = __webpack_require__(776);
// EXTERNAL MODULE: ../../work/main/node_modules/yaml/dist/index.js
var dist = __webpack_require__(7207);
// EXTERNAL MODULE: ./actions/toolkit/aws.ts
var aws = __webpack_require__(6783);
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

// EXTERNAL MODULE: ./actions/toolkit/errors.ts
var errors = __webpack_require__(8319);
// EXTERNAL MODULE: ./actions/toolkit/inputs.ts + 19 modules
var toolkit_inputs = __webpack_require__(8016);
// EXTERNAL MODULE: ./actions/toolkit/retry.ts
var retry = __webpack_require__(1376);
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
        throw new errors/* ConfigurationError */.j1(problems.join('\n'), options.file);
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
        throw new errors/* ConfigurationError */.j1(`Input 'image-uri' must be <registry>/<repository>@sha256:<64 hex digits>, as build-push outputs it; got '${inputs.imageUri}'.`, 'image-uri');
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
    throw new errors/* ConfigurationError */.j1(`Input 'recipe': ${file} must be a YAML (.yaml, .yml) or JSON (.json) recipe template; the extension says which.`, 'recipe');
}
async function readTemplate(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw new errors/* ConfigurationError */.j1(missing
            ? `Input 'recipe': ${file} does not exist (relative to ${process.cwd()}). Point 'recipe' at the recipe template, e.g. recipe/recipe.yaml.`
            : `Input 'recipe': cannot read ${file}: ${(0,errors/* errorMessage */.gJ)(error)}`, 'recipe');
    }
}
async function writeOutput(path, text) {
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, text, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Input 'output': cannot write the rendered recipe to ${path}: ${(0,errors/* errorMessage */.gJ)(error)}. Choose a writable path.`, 'output');
    }
}
function resolveName(probe, c) {
    const written = field(probe.recipe, 'ComponentName');
    const where = at(c.file, c.template, 'ComponentName');
    if (c.input !== undefined) {
        if (typeof written === 'string' && written !== c.input) {
            throw new errors/* ConfigurationError */.j1(`${where}: ComponentName is '${written}' but the component-name input is '${c.input}'. Write ComponentName: '{COMPONENT_NAME}' so that the input fills it in, or leave component-name empty.`, c.file);
        }
        return c.input;
    }
    if (written === NAME_PROBE) {
        throw new errors/* ConfigurationError */.j1(`${where}: ComponentName is '{COMPONENT_NAME}' but the component-name input is empty. Set component-name, or write the name in the template, e.g. ComponentName: com.example.AccessDynamoDb.`, 'component-name');
    }
    if (typeof written !== 'string' || !COMPONENT_NAME.test(written)) {
        // validateRecipe says what is wrong with it.
        validateRecipe(probe.recipe, { file: c.file, templateText: c.template });
        throw new errors/* ConfigurationError */.j1(`${where}: ComponentName is missing or invalid.`, c.file);
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
    throw new errors/* ConfigurationError */.j1(`${at(c.file, c.template, 'ComponentVersion')}: ComponentVersion is ${JSON.stringify(written)}, but ${why}. Write ComponentVersion: '{COMPONENT_VERSION}' so that the toolkit fills it in.`, c.file);
}
// ---------------------------------------------------------------------------------------
// Versions in Greengrass
async function listVersions(greengrass, arn, ctx) {
    const versions = [];
    let nextToken;
    try {
        do {
            const page = await (0,retry/* withRetry */.b)(ctx, 'greengrass:ListComponentVersions', () => greengrass.send(new dist_cjs.ListComponentVersionsCommand({ arn, nextToken, maxResults: 100 })));
            for (const v of page.componentVersions ?? []) {
                if (v.componentVersion)
                    versions.push(v.componentVersion);
            }
            nextToken = page.nextToken;
        } while (nextToken);
    }
    catch (error) {
        if ((0,errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException')
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
        const got = await (0,retry/* withRetry */.b)(ctx, 'greengrass:GetComponent', () => greengrass.send(new dist_cjs.GetComponentCommand({ arn, recipeOutputFormat: format === 'json' ? 'JSON' : 'YAML' })));
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
        ctx.reporter.warning(`Could not read the recipe of ${arn} (${(0,errors/* errorMessage */.gJ)(error)}); treating the recipe as changed.`);
        return undefined;
    }
}
function awsFailure(error, action, resource) {
    const name = (0,errors/* awsErrorName */.ZH)(error) ?? 'Error';
    const message = (0,errors/* errorMessage */.gJ)(error);
    if (name === 'AccessDeniedException' || (0,errors/* httpStatus */.nG)(error) === 403) {
        return new errors/* StepFailure */.pH(`${action} on ${resource} was denied: ${message}. Allow ${action} on this component in the policy of the role this runs as (the CI role), or set component-version to an explicit version.`);
    }
    return new errors/* StepFailure */.pH(`${action} on ${resource} failed: ${name}: ${message}. Rerun once the cause is fixed, or set component-version to an explicit version.`);
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
            throw new errors/* ConfigurationError */.j1(`${file}:${parsed.line}: not valid JSON (${parsed.error}). Fix the JSON syntax near that line.`, file);
        }
        data = parsed.value;
    }
    else {
        const lines = new dist/* LineCounter */.HN();
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
        if (doc.errors.length > 0) {
            throw new errors/* ConfigurationError */.j1(doc.errors
                .map(e => {
                const line = lines.linePos(e.pos[0]).line;
                return `${file}:${line}: not valid YAML: ${e.message.split('\n')[0]}. Fix the YAML near that line (values with ': ' or ' #' need quotes).`;
            })
                .join('\n'), file);
        }
        data = doc.toJS();
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new errors/* ConfigurationError */.j1(`${file}: a recipe must be a mapping with RecipeFormatVersion, ComponentName, ComponentVersion, ComponentDependencies and Manifests.`, file);
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
        throw new errors/* ConfigurationError */.j1(problems.join('\n'), options.file);
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


/***/ })

};
