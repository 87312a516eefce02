export const id = 42;
export const ids = [42,663];
export const modules = {

/***/ 6042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pipelineClients: () => (/* binding */ pipelineClients),
/* harmony export */   runPipeline: () => (/* binding */ runPipeline)
/* harmony export */ });
/* unused harmony export RENDERED_RECIPE */
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8897);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7593);
/* harmony import */ var _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8636);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6748);
/* harmony import */ var _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1739);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8975);
/* harmony import */ var _account_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1997);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6783);
/* harmony import */ var _ecr_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5599);
/* harmony import */ var _greengrass_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4720);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1046);
/* harmony import */ var _recipe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1590);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4124);
/* harmony import */ var _smoke_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5663);
// The whole pipeline in one process: build-push → render-recipe → attach-policy → deploy →
// smoke, sharing one set of clients and handing each step's results to the next as values.
// With dry-run every step plans instead of acting: read-only calls at most.














function pipelineClients(region) {
    const config = (0,_aws_js__WEBPACK_IMPORTED_MODULE_7__/* .clientConfig */ .yO)(region);
    return {
        sts: new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_8__/* .STSClient */ .iM(config),
        ecr: new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_9__.ECRClient(config),
        greengrass: new _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_10__.GreengrassV2Client(config),
        iam: new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_11__.IAMClient(config),
        dynamodb: new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_12__.DynamoDBClient(config),
        iot: new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_13__.IoTClient(config)
    };
}
/** Where the pipeline writes the rendered recipe (relative to the working directory). */
const RENDERED_RECIPE = 'build/recipe.yaml';
async function runPipeline(inputs, clients, ctx) {
    const { region, dryRun } = inputs;
    const { reporter } = ctx;
    const accountId = await (0,_account_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveAccountId */ .V)(inputs.accountId, clients.sts, ctx);
    const common = { region, accountId };
    if (dryRun)
        reporter.info('Dry run: planning only; no call that changes anything is made.');
    const build = await reporter.group('1/5 Build and push the image', () => (0,_ecr_js__WEBPACK_IMPORTED_MODULE_1__.buildPush)({ ...common, ...inputs.build }, { ecr: clients.ecr }, ctx, { dryRun }));
    const render = await reporter.group('2/5 Render the recipe', () => (0,_recipe_js__WEBPACK_IMPORTED_MODULE_4__.renderRecipe)({ ...common, ...inputs.render, imageUri: build.imageUri, output: RENDERED_RECIPE }, { greengrass: clients.greengrass }, ctx));
    // The plan shows what would be deployed: the whole rendered recipe.
    if (dryRun)
        reporter.info(`The rendered recipe:\n${render.recipe}`);
    const policy = await reporter.group('3/5 Device policy', () => (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__.attachPolicy)({ ...common, ...inputs.policy, dryRun }, { iam: clients.iam }, ctx));
    // With canary targets, the canary's devices are smoke-checked before the fleet is touched.
    const smokeOn = !dryRun && inputs.smoke && inputs.deploy.wait;
    const smokeCheck = (targets, since) => (0,_smoke_js__WEBPACK_IMPORTED_MODULE_6__.smoke)({
        region,
        tableName: inputs.policy.tableName,
        targets: targets.map(t => t.target),
        since: new Date(since),
        timeoutSeconds: inputs.smokeTimeoutSeconds,
        componentVersion: render.componentVersion,
        unchangedTargets: (0,_results_js__WEBPACK_IMPORTED_MODULE_5__/* .unchangedTargets */ .uu)({ targets })
    }, { dynamodb: clients.dynamodb, iot: clients.iot }, ctx);
    let canarySmoke;
    const deployClients = { greengrass: clients.greengrass, iot: clients.iot };
    const deployed = await reporter.group('4/5 Deploy', () => (0,_greengrass_js__WEBPACK_IMPORTED_MODULE_2__.deploy)({ ...common, ...inputs.deploy, recipePath: render.recipePath, dryRun }, deployClients, ctx, {
        recipeText: render.recipe,
        ...(smokeOn
            ? {
                checkCanary: async (canary, startedAt) => {
                    reporter.info('Smoke check of the canary:');
                    const checked = await smokeCheck(canary, startedAt);
                    canarySmoke = checked;
                    return { failures: (0,_results_js__WEBPACK_IMPORTED_MODULE_5__/* .smokeFailures */ .Tx)(checked), missing: checked.missing };
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
    const fleetSmoke = await reporter.group('5/5 Smoke check', () => smokeCheck(fleet, deployed.fleetStartedAt ?? deployed.startedAt));
    result.smoke = mergeSmoke(canarySmoke, fleetSmoke);
    if (fleetSmoke.missing.length > 0 && inputs.deploy.rollback) {
        await reporter.group('Rollback', () => (0,_greengrass_js__WEBPACK_IMPORTED_MODULE_2__.rollBackTargets)(inputs.deploy, deployClients, ctx, deployed, (0,_greengrass_js__WEBPACK_IMPORTED_MODULE_2__.targetsWithDevices)(fleet, fleetSmoke.missing), 'its smoke check failed'));
    }
    return result;
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


/***/ }),

/***/ 1046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_POLICY_VERSIONS: () => (/* binding */ MAX_POLICY_VERSIONS),
/* harmony export */   POLICY_SIZE_LIMIT: () => (/* binding */ POLICY_SIZE_LIMIT),
/* harmony export */   attachPolicy: () => (/* binding */ attachPolicy),
/* harmony export */   decodePolicyDocument: () => (/* binding */ decodePolicyDocument),
/* harmony export */   policyDiff: () => (/* binding */ policyDiff),
/* harmony export */   renderPolicy: () => (/* binding */ renderPolicy),
/* harmony export */   sameDocument: () => (/* binding */ sameDocument)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6748);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6783);
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5788);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8319);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1376);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2914);
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
    const text = (0,_template_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTemplate */ .Xm)(templateText, values, { file, json: true });
    const parsed = (0,_data_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJson */ .qF)(text);
    if ('error' in parsed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}:${parsed.line}: the policy template is not valid JSON after rendering (${parsed.error}). Fix the JSON syntax near that line.`, file);
    }
    const doc = parsed.value;
    validateShape(doc, templateText, file);
    const minified = JSON.stringify(doc);
    const size = minified.replace(/\s/g, '').length;
    if (size > POLICY_SIZE_LIMIT) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}: the rendered policy has ${size} characters without whitespace; IAM allows at most ${POLICY_SIZE_LIMIT} in a managed policy. Merge statements or use fewer, broader resources.`, file);
    }
    return minified;
}
function validateShape(doc, templateText, file) {
    const fail = (needle, message) => {
        const line = (0,_template_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .cA)(templateText, needle);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}${line ? `:${line}` : ''}: ${message}`, file);
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
    return JSON.stringify((0,_data_js__WEBPACK_IMPORTED_MODULE_4__/* .sortedKeys */ .Mf)(doc), null, 2);
}
/** IAM returns documents URL-encoded (RFC 3986); some emulators return them as is. */
function decodePolicyDocument(raw) {
    const text = raw.trimStart().startsWith('{') ? raw : decodeURIComponent(raw);
    return JSON.parse(text);
}
/** Same policy as data: whitespace and key order do not count. */
function sameDocument(a, b) {
    return (0,_data_js__WEBPACK_IMPORTED_MODULE_4__/* .sameData */ .n6)(a, b);
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
    const name = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(error);
    return name !== undefined && names.some(n => name === n || name === `${n}Exception`);
}
/** IAM's LimitExceeded is a quota, which retry.ts would take for throttling. */
class QuotaReached extends Error {
    original;
    name = 'QuotaReached';
    constructor(original) {
        super((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(original));
        this.original = original;
    }
}
async function send(ctx, op, fn, options = {}) {
    const retryOn = options.retryOn ?? [];
    try {
        return await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .b)(ctx, op.action, async () => {
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
    const name = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(error) ?? 'Error';
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
    if (isNamed(error, ['AccessDenied']) || (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 403) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`${op.action} on ${op.resource} was denied: ${message}. Allow ${op.action} on ${op.resource} in the policy of the role this runs as (the CI role).`);
    }
    if (isNamed(error, ['LimitExceeded'])) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`${op.action} on ${op.resource} hit an IAM quota: ${message}.${op.onLimit ? ` ${op.onLimit}` : ''}`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`${op.action} on ${op.resource} failed: ${name}: ${message}. Rerun once the cause is fixed; the step carries on from where it stopped.`);
}
// ---------------------------------------------------------------------------------------
// The step
async function attachPolicy(inputs, clients, ctx) {
    const { iam } = clients;
    const { reporter } = ctx;
    const { region, accountId, policyName, roleName, dryRun } = inputs;
    const file = inputs.policy;
    // Everything the user can get wrong is checked before the first call.
    const templateText = await readTemplate(file);
    const values = (0,_template_js__WEBPACK_IMPORTED_MODULE_3__/* .templateValues */ .nX)({
        accountId,
        region,
        repository: inputs.repository,
        tableName: inputs.tableName,
        roleName,
        registry: `${accountId}.dkr.ecr.${region}.${(0,_aws_js__WEBPACK_IMPORTED_MODULE_5__/* .dnsSuffixOf */ .a4)(region)}`,
        variables: inputs.variables
    });
    const document = renderPolicy(templateText, values, file);
    const wanted = JSON.parse(document);
    const partition = (0,_aws_js__WEBPACK_IMPORTED_MODULE_5__/* .partitionOf */ .iQ)(region);
    const policyArn = `arn:${partition}:iam::${accountId}:policy/${policyName}`;
    const roleArn = `arn:${partition}:iam::${accountId}:role/${roleName}`;
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
        await send(ctx, { action: 'iam:AttachRolePolicy', resource: roleArn }, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_6__.AttachRolePolicyCommand({ RoleName: roleName, PolicyArn: policyArn })), 
        // A policy we just created may not be visible to AttachRolePolicy for a while.
        result.created ? { retryOn: ['NoSuchEntity'], retry: PROPAGATION } : {});
        reporter.info(`Attached policy ${policyName} to role ${roleName}.`);
        result.attached = true;
    }
    return result;
}
async function readTemplate(file) {
    if (!file) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Input 'policy' is required: the path of the IAM policy template, e.g. recipe/token-exchange-policy.json.", 'policy');
    }
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(missing
            ? `Input 'policy': ${file} does not exist (relative to ${process.cwd()}). Point 'policy' at the IAM policy template, e.g. recipe/token-exchange-policy.json.`
            : `Input 'policy': cannot read ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}.`, 'policy');
    }
}
async function checkRole(iam, ctx, roleName, roleArn) {
    try {
        const { Role } = await send(ctx, { action: 'iam:GetRole', resource: roleArn }, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_6__.GetRoleCommand({ RoleName: roleName })), { pass: ['NoSuchEntity'] });
        ctx.reporter.info(`Role ${roleName} exists (${Role?.Arn ?? roleArn}).`);
        const trust = Role?.AssumeRolePolicyDocument;
        if (trust && !safeDecode(trust).includes('credentials.iot.amazonaws.com')) {
            ctx.reporter.warning(`Role ${roleName} does not trust credentials.iot.amazonaws.com, so Greengrass devices cannot assume it through their token exchange role alias.`);
        }
    }
    catch (error) {
        if (!isNamed(error, ['NoSuchEntity']))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Role ${roleName} does not exist. It is the role Greengrass devices get credentials for: Greengrass core setup creates it when run with --provision true (GreengrassV2TokenExchangeRole, with the role alias GreengrassV2TokenExchangeRoleAlias). Otherwise create it with a trust policy that lets credentials.iot.amazonaws.com assume it (and a role alias pointing at it), or set 'role-name' to the role your devices already use.`, 'role-name');
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
        const { Policy } = await send(ctx, { action: 'iam:GetPolicy', resource: policyArn }, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_6__.GetPolicyCommand({ PolicyArn: policyArn })), { pass: ['NoSuchEntity'], ...options });
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
        }, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_6__.CreatePolicyCommand({
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`IAM rejected the policy rendered from ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}. Fix the template.`, file);
}
async function getPolicyAfterConflict(iam, ctx, policyArn, policyName) {
    // The other run's create may take a moment to be visible.
    const policy = await getPolicy(iam, ctx, policyArn, {
        retryOn: ['NoSuchEntity'],
        retry: { ...PROPAGATION, budgetMs: 30_000 }
    });
    if (policy)
        return policy;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`A managed policy named ${policyName} exists, but not as ${policyArn} (it has another path). Set 'policy-name' to another name, or delete that policy.`, 'policy-name');
}
async function updatePolicy(iam, ctx, policy, target) {
    const { reporter } = ctx;
    const { policyArn, document, file, dryRun } = target;
    const wanted = JSON.parse(document);
    const current = policy.DefaultVersionId ?? 'v1';
    const { PolicyVersion } = await send(ctx, { action: 'iam:GetPolicyVersion', resource: policyArn }, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_6__.GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: current })));
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
                await send(ctx, { action: 'iam:DeletePolicyVersion', resource: policyArn }, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_6__.DeletePolicyVersionCommand({ PolicyArn: policyArn, VersionId: versionId })));
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
    }, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_6__.CreatePolicyVersionCommand({
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
        const page = await send(ctx, { action: 'iam:ListPolicyVersions', resource: policyArn }, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_6__.ListPolicyVersionsCommand({ PolicyArn: policyArn, Marker: marker })));
        versions.push(...(page.Versions ?? []));
        marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    return versions;
}
async function isAttached(iam, ctx, roleName, roleArn, policyArn) {
    let marker;
    do {
        const page = await send(ctx, { action: 'iam:ListAttachedRolePolicies', resource: roleArn }, () => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_6__.ListAttachedRolePoliciesCommand({ RoleName: roleName, Marker: marker })));
        if (page.AttachedPolicies?.some(p => p.PolicyArn === policyArn))
            return true;
        marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    return false;
}


/***/ }),

/***/ 5663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   smoke: () => (/* binding */ smoke)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8897);
/* harmony import */ var _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1739);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6783);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8319);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(451);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1376);
// The smoke check: proof from the devices themselves that the deployed component runs. Each
// device's app writes an item (device_name, timestamp, component_version) into DynamoDB when it
// starts; a deployment that Greengrass calls successful can still ship a container that crashes
// at start, and only that item shows it did not. The check only reads: it never changes AWS.






const FIRST_INTERVAL_MS = 2_000;
const MAX_INTERVAL_MS = 15_000;
// A changed device writes a handful of items after `since`; a small page finds the newest.
const CHANGED_PAGE = 10;
// An unchanged device's item of this version may lie behind newer items of other versions.
const UNCHANGED_PAGE = 100;
// Paging stops here so a device with a long history cannot stall a poll.
const MAX_PAGES = 50;
// Only this form sorts like time as a string, which the sort key comparison relies on.
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const PROGRESS_NAMES = 10;
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
    const checker = new Checker(inputs, clients.dynamodb, ctx);
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
        const reasons = {};
        for (const [i, device] of pending.entries()) {
            reasons[device.name] = await checker.explain(device);
            if (i < PROGRESS_NAMES)
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
                ctx.reporter.warning(`Thing group ${target.name} has no things, so no device there can pass the smoke check: add the core devices to the group, or remove ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .targetLabel */ .Op)(target)} from the targets.`);
            }
            else {
                ctx.reporter.info(`${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .targetLabel */ .Op)(target)}: ${count(things.length, 'thing')}.`);
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
        const page = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .b)(ctx, `ListThingsInThingGroup ${group}`, () => iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__.ListThingsInThingGroupCommand({ thingGroupName: group, recursive: true, nextToken }))).catch(error => {
            throw groupFailure(group, error);
        });
        things.push(...(page.things ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    return things;
}
function groupFailure(group, error) {
    const name = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error);
    if (name === 'ResourceNotFoundException') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH(`Thing group ${group} does not exist in this region: check the name and region of the target thinggroup/${group}.`);
    }
    if (isAccessDenied(error)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}. The smoke check needs iot:ListThingsInThingGroup on thing group ${group}.`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH(`Listing the things of group ${group} failed: ${name ?? 'error'}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
}
function isAccessDenied(error) {
    const name = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error) ?? '';
    return /AccessDenied|Unauthorized|Forbidden/.test(name) || (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 403;
}
/** Finds a device's item; remembers which devices were already warned about. */
class Checker {
    inputs;
    dynamodb;
    ctx;
    since;
    sinceMs;
    warned = new Set();
    /** Devices whose search stopped at MAX_PAGES: an item that counts may lie further back. */
    cut = new Set();
    constructor(inputs, dynamodb, ctx) {
        this.inputs = inputs;
        this.dynamodb = dynamodb;
        this.ctx = ctx;
        this.since = inputs.since.toISOString();
        this.sinceMs = inputs.since.getTime();
    }
    /** Newest first, page by page, until an item counts or none after `since` is left. */
    async find(device) {
        let startKey;
        for (let page = 0; page < MAX_PAGES; page++) {
            const out = await this.query(device, startKey);
            for (const raw of out.Items ?? []) {
                const item = flatten(raw);
                const ms = this.timeOf(device, item);
                if (ms === undefined)
                    continue;
                if (device.unchanged) {
                    if (this.versionMatches(item, false))
                        return item;
                }
                else {
                    // Newest first: once one is older than since, so is every item after it.
                    if (ms < this.sinceMs)
                        return undefined;
                    if (this.versionMatches(item, true))
                        return item;
                }
            }
            startKey = out.LastEvaluatedKey;
            if (!startKey)
                return undefined;
        }
        this.cut.add(device.name);
        this.ctx.reporter.debug(`${device.name}: stopped after ${MAX_PAGES} pages of items without one that counts.`);
        return undefined;
    }
    /** Why none of a missing device's items counted, worded to follow "device <name> ". Its
     * newest item tells which case it is, and so which fix applies. */
    async explain(device) {
        const table = this.inputs.tableName;
        const wanted = this.inputs.componentVersion ?? '(any)';
        let raw;
        try {
            const out = await this.send(device, {
                KeyConditionExpression: 'device_name = :d',
                ExpressionAttributeValues: { ':d': { S: device.name } },
                Limit: 1
            });
            raw = out.Items?.[0];
        }
        catch (error) {
            // A diagnosis only: its own failure must not hide the verdict.
            this.ctx.reporter.debug(`${device.name}: could not read its newest item: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
            return `wrote no item that counts into ${table}`;
        }
        if (!raw)
            return `wrote no item at all into ${table}`;
        const item = flatten(raw);
        const at = item.timestamp ?? '';
        const ms = this.timeOf(device, item);
        if (ms === undefined) {
            return `wrote its newest item into ${table} with timestamp '${at}', which the smoke check can't compare (it needs ISO 8601 UTC with Z)`;
        }
        const version = item.component_version;
        const counts = device.unchanged
            ? this.versionMatches(item, false)
            : ms >= this.sinceMs && this.versionMatches(item, true);
        // The device wrote it between the last poll and this look.
        if (counts)
            return `wrote an item that counts into ${table} at ${at}, after the last check`;
        if (device.unchanged) {
            const among = this.cut.has(device.name)
                ? ` among its newest ${MAX_PAGES * UNCHANGED_PAGE} items`
                : '';
            const newest = version === undefined ? 'has no component_version' : `has component_version ${version}`;
            return `has no item of the deployed component_version ${wanted} in ${table}${among} (its deployment was unchanged, so one from any time would count; its newest, from ${at}, ${newest})`;
        }
        if (ms < this.sinceMs) {
            return `wrote no item into ${table} since ${this.since} (its newest is from ${at})`;
        }
        return `wrote its newest item into ${table} at ${at} with component_version ${version ?? '(none)'}, not the deployed ${wanted}`;
    }
    query(device, startKey) {
        if (device.unchanged) {
            return this.send(device, {
                KeyConditionExpression: 'device_name = :d',
                ExpressionAttributeValues: { ':d': { S: device.name } },
                Limit: UNCHANGED_PAGE,
                ExclusiveStartKey: startKey
            });
        }
        return this.send(device, {
            KeyConditionExpression: 'device_name = :d AND #ts >= :since',
            // timestamp is a DynamoDB reserved word.
            ExpressionAttributeNames: { '#ts': 'timestamp' },
            ExpressionAttributeValues: { ':d': { S: device.name }, ':since': { S: this.since } },
            Limit: CHANGED_PAGE,
            ExclusiveStartKey: startKey
        });
    }
    async send(device, input) {
        const { tableName } = this.inputs;
        try {
            return await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .b)(this.ctx, `Query ${tableName} for ${device.name}`, () => this.dynamodb.send(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_4__.QueryCommand({
                TableName: tableName,
                ConsistentRead: true,
                ScanIndexForward: false,
                ...input
            })));
        }
        catch (error) {
            throw this.queryFailure(error);
        }
    }
    queryFailure(error) {
        const { tableName: table, region } = this.inputs;
        const name = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error);
        if (name === 'ResourceNotFoundException') {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH(`DynamoDB table ${table} does not exist in ${region}. Create it, or pass the table the devices write to as table-name:\n` +
                `aws dynamodb create-table --table-name ${table} --attribute-definitions AttributeName=device_name,AttributeType=S AttributeName=timestamp,AttributeType=S --key-schema AttributeName=device_name,KeyType=HASH AttributeName=timestamp,KeyType=RANGE --billing-mode PAY_PER_REQUEST --region ${region}`);
        }
        if (isAccessDenied(error)) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}. The smoke check needs dynamodb:Query on arn:${(0,_aws_js__WEBPACK_IMPORTED_MODULE_5__/* .partitionOf */ .iQ)(region)}:dynamodb:${region}:<account>:table/${table}.`);
        }
        if (name === 'ValidationException') {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH(`Query on DynamoDB table ${table} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}. The table's key must be device_name (S, partition key) and timestamp (S, sort key).`);
        }
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH(`Query on DynamoDB table ${table} failed: ${name ?? 'error'}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
    }
    /** The item's time in ms, or undefined (warning once per device) when it can't be compared. */
    timeOf(device, item) {
        const ts = item.timestamp ?? '';
        const ms = ISO_UTC.test(ts) ? Date.parse(ts) : NaN;
        if (!Number.isNaN(ms))
            return ms;
        if (!this.warned.has(device.name)) {
            this.warned.add(device.name);
            this.ctx.reporter.warning(`${device.name} wrote timestamp '${ts}', which the smoke check can't compare: the app must write ISO 8601 UTC with milliseconds and Z, e.g. 2026-11-29T03:16:14.123Z. Items like it are ignored.`);
        }
        return undefined;
    }
    /** A changed device's item may lack component_version (an app that doesn't write it); an
     * unchanged device's old item must show it is of the deployed version. */
    versionMatches(item, absentCounts) {
        const wanted = this.inputs.componentVersion;
        if (wanted === undefined)
            return true;
        const version = item.component_version;
        return version === undefined ? absentCounts : version === wanted;
    }
}
function flatten(raw) {
    const item = {};
    for (const [key, v] of Object.entries(raw)) {
        if (v.S !== undefined)
            item[key] = v.S;
        else if (v.N !== undefined)
            item[key] = v.N;
        else if (v.BOOL !== undefined)
            item[key] = String(v.BOOL);
        else if (v.NULL)
            item[key] = 'null';
        else if (v.SS)
            item[key] = v.SS.join(',');
        else if (v.NS)
            item[key] = v.NS.join(',');
        else if (v.B)
            item[key] = '(binary)';
        else
            item[key] = JSON.stringify(v.M ?? v.L ?? v);
    }
    return item;
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function names(list) {
    const shown = list.slice(0, PROGRESS_NAMES).join(', ');
    return list.length > PROGRESS_NAMES ? `${shown} and ${list.length - PROGRESS_NAMES} more` : shown;
}


/***/ })

};
