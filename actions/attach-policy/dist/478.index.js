export const id = 478;
export const ids = [478];
export const modules = {

/***/ 478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_POLICY_VERSIONS: () => (/* binding */ MAX_POLICY_VERSIONS),
  POLICY_SIZE_LIMIT: () => (/* binding */ POLICY_SIZE_LIMIT),
  attachPolicy: () => (/* binding */ attachPolicy),
  checkRole: () => (/* binding */ checkRole),
  decodePolicyDocument: () => (/* binding */ decodePolicyDocument),
  policyDiff: () => (/* binding */ policyDiff),
  policyDocument: () => (/* binding */ policyDocument),
  renderPolicy: () => (/* binding */ renderPolicy),
  roleArnOf: () => (/* binding */ roleArnOf),
  sameDocument: () => (/* binding */ sameDocument)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ../../work/main/node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6748);
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
        throw awsFailure(error, op);
    }
}
function awsFailure(error, op) {
    const name = (0,errors/* awsErrorName */.ZH)(error) ?? 'Error';
    const message = (0,errors/* errorMessage */.gJ)(error);
    if (isNamed(error, ['AccessDenied']) || (0,errors/* httpStatus */.nG)(error) === 403) {
        return new errors/* StepFailure */.pH(`${op.action} on ${op.resource} was denied: ${message}. Allow ${op.action} on ${op.resource} in the policy of the role this runs as (the CI role).`);
    }
    if (isNamed(error, ['LimitExceeded'])) {
        return new errors/* StepFailure */.pH(`${op.action} on ${op.resource} hit an IAM quota: ${message}.${op.onLimit ? ` ${op.onLimit}` : ''}`);
    }
    return new errors/* StepFailure */.pH(`${op.action} on ${op.resource} failed: ${name}: ${message}. Rerun once the cause is fixed; the step carries on from where it stopped.`);
}
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
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw new errors/* ConfigurationError */.j1(missing
            ? `Input 'policy': ${file} does not exist (relative to ${process.cwd()}). Point 'policy' at the IAM policy template, e.g. recipe/token-exchange-policy.json.`
            : `Input 'policy': cannot read ${file}: ${(0,errors/* errorMessage */.gJ)(error)}.`, 'policy');
    }
}
async function checkRole(iam, ctx, roleName, roleArn) {
    try {
        const { Role } = await send(ctx, { action: 'iam:GetRole', resource: roleArn }, () => iam.send(new dist_cjs.GetRoleCommand({ RoleName: roleName })), { pass: ['NoSuchEntity'] });
        ctx.reporter.info(`Role ${roleName} exists (${Role?.Arn ?? roleArn}).`);
        const trust = Role?.AssumeRolePolicyDocument;
        if (trust && !safeDecode(trust).includes('credentials.iot.amazonaws.com')) {
            ctx.reporter.warning(`Role ${roleName} does not trust credentials.iot.amazonaws.com, so Greengrass devices cannot assume it through their token exchange role alias.`);
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
function malformed(error, file) {
    if (!isNamed(error, ['MalformedPolicyDocument']))
        return error;
    return new errors/* ConfigurationError */.j1(`IAM rejected the policy rendered from ${file}: ${(0,errors/* errorMessage */.gJ)(error)}. Fix the template.`, file);
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
async function updatePolicy(iam, ctx, policy, target) {
    const { reporter } = ctx;
    const { policyArn, document, file, dryRun } = target;
    const wanted = JSON.parse(document);
    const current = policy.DefaultVersionId ?? 'v1';
    const { PolicyVersion } = await send(ctx, { action: 'iam:GetPolicyVersion', resource: policyArn }, () => iam.send(new dist_cjs.GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: current })));
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
    const versions = await listVersions(iam, ctx, policyArn);
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
                await send(ctx, { action: 'iam:DeletePolicyVersion', resource: policyArn }, () => iam.send(new dist_cjs.DeletePolicyVersionCommand({ PolicyArn: policyArn, VersionId: versionId })));
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
    }, () => iam.send(new dist_cjs.CreatePolicyVersionCommand({
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
