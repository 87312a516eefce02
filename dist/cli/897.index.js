export const id = 897;
export const ids = [897];
export const modules = {

/***/ 2897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pipelineClients: () => (/* binding */ pipelineClients),
  runPipeline: () => (/* binding */ runPipeline),
  stopOf: () => (/* binding */ stopOf)
});

// UNUSED EXPORTS: RENDERED_RECIPE, withStop

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var dist_cjs = __webpack_require__(2684);
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
// EXTERNAL MODULE: ./src/core/build/build-push.ts + 10 modules
var build_push = __webpack_require__(7087);
// EXTERNAL MODULE: ./src/core/deploy/deploy.ts + 12 modules
var deploy = __webpack_require__(5222);
// EXTERNAL MODULE: ./src/core/policy/attach-policy.ts + 4 modules
var attach_policy = __webpack_require__(6475);
// EXTERNAL MODULE: ./src/core/recipe/render-recipe.ts + 5 modules
var render_recipe = __webpack_require__(6692);
// EXTERNAL MODULE: ./src/core/shared/report.ts
var report = __webpack_require__(7423);
// EXTERNAL MODULE: ./src/core/smoke/verdict.ts
var verdict = __webpack_require__(4120);
// EXTERNAL MODULE: ./src/core/smoke/smoke.ts
var smoke = __webpack_require__(4056);
// EXTERNAL MODULE: ./src/core/shared/errors.ts
var errors = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/core/shared/retry.ts
var retry = __webpack_require__(4359);
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
    const describe = (nextToken) => (0,retry/* withRetry */.b)(ctx, 'ecr:DescribeImageScanFindings', () => clients.ecr.send(new client_ecr_dist_cjs.DescribeImageScanFindingsCommand({
        registryId: accountId,
        repositoryName: repository,
        imageId,
        maxResults: 1000,
        ...(nextToken ? { nextToken } : {})
    })), { retryable: errors/* isTransient */.dg });
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
            if ((0,errors/* awsErrorName */.ZH)(error) !== 'ScanNotFoundException')
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
            const name = (0,errors/* awsErrorName */.ZH)(error);
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
                throw new errors/* StepFailure */.pH(`Refusing to deploy: ${what} ended ${status}${why ? ` (${why})` : ''}; with scan-threshold ${threshold} an image that could not be scanned is not deployed. Fix the scan (or set scan-threshold: none) and rerun.`);
            }
            waiting = `scan ${status}`;
        }
        const elapsed = ctx.clock.now().getTime() - since;
        if (elapsed >= waitMs) {
            throw new errors/* StepFailure */.pH(`Refusing to deploy: ${what} did not finish within ${Math.round(waitMs / 1000)} s (${waiting}); rerun once ECR has scanned the image.`);
        }
        say(`Waiting for ${what}: ${waiting}.`);
        await ctx.clock.sleep(Math.min(POLL_MS, waitMs - elapsed));
    }
}
async function startScan(ecr, ctx, accountId, repository, imageDigest, what) {
    ctx.reporter.info(`${what}: the image was never scanned; starting a scan (ECR StartImageScan).`);
    try {
        await (0,retry/* withRetry */.b)(ctx, 'ecr:StartImageScan', () => ecr.send(new client_ecr_dist_cjs.StartImageScanCommand({
            registryId: accountId,
            repositoryName: repository,
            imageId: { imageDigest }
        })), { retryable: errors/* isTransient */.dg });
    }
    catch (error) {
        // One manual scan per image per day: one is already under way or done; keep reading.
        if ((0,errors/* awsErrorName */.ZH)(error) !== 'LimitExceededException')
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
    throw new errors/* StepFailure */.pH([
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
    return new errors/* StepFailure */.pH(`Refusing to deploy: could not read ${what}: ${(0,errors/* awsErrorName */.ZH)(error) ?? 'error'}: ${(0,errors/* errorMessage */.gJ)(error)}. The CI role needs ecr:DescribeImageScanFindings and ecr:StartImageScan on the repository.`);
}

// EXTERNAL MODULE: ./src/core/targets.ts
var targets = __webpack_require__(277);
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
        await (0,retry/* withRetry */.b)(ctx, `dynamodb:DescribeTable ${tableName}`, () => dynamodb.send(new client_dynamodb_dist_cjs.DescribeTableCommand({ TableName: tableName })));
    }
    catch (error) {
        if ((0,errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException') {
            throw new errors/* ConfigurationError */.j1(`Input 'table-name': the DynamoDB table ${tableName} does not exist in ${region} (account ${accountId}): the devices could not write their items. Check the name, or create the table first. Nothing was changed.`, 'table-name');
        }
        if ((0,errors/* isAccessDenied */.w7)(error)) {
            ctx.reporter.warning(`Could not check that the DynamoDB table ${tableName} exists: ${(0,errors/* errorMessage */.gJ)(error)}. Allow dynamodb:DescribeTable on ${arn} to the CI role, so that a mistyped table-name stops the run before it deploys.`);
            return;
        }
        throw error;
    }
}
/** The device policy's default version now (before attach-policy changes it); undefined when
 * there is no policy yet or it cannot be read (nothing to restore then). */
async function defaultPolicyVersion(iam, ctx, policyArn) {
    try {
        const { Policy } = await (0,retry/* withRetry */.b)(ctx, `iam:GetPolicy ${policyArn}`, () => iam.send(new client_iam_dist_cjs.GetPolicyCommand({ PolicyArn: policyArn })));
        return Policy?.DefaultVersionId;
    }
    catch (error) {
        ctx.reporter.debug(`${policyArn}: no default version to restore: ${(0,errors/* errorMessage */.gJ)(error)}`);
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
        await (0,retry/* withRetry */.b)(ctx, `iam:SetDefaultPolicyVersion ${policyArn}`, () => iam.send(new client_iam_dist_cjs.SetDefaultPolicyVersionCommand({ PolicyArn: policyArn, VersionId: previousVersion })));
    }
    catch (error) {
        const denied = (0,errors/* isAccessDenied */.w7)(error)
            ? ` Allow iam:SetDefaultPolicyVersion on ${policyArn} to the CI role.`
            : '';
        const message = `the rollback could not restore ${policyArn} to ${previousVersion} (it stays at ${policy.policyVersion}): ${(0,errors/* awsErrorName */.ZH)(error) ?? 'error'}: ${(0,errors/* errorMessage */.gJ)(error)}.${denied} Restore it by hand: aws iam set-default-policy-version --policy-arn ${policyArn} --version-id ${previousVersion}`;
        ctx.reporter.warning(message);
        deployed.failures.push(`device policy: ${message}`);
        return { message };
    }
    const message = `${policyArn} restored to ${previousVersion}, the version the rolled-back release was deployed with (${policy.policyVersion} is kept, not default).`;
    ctx.reporter.info(message);
    return { restoredVersion: previousVersion, message };
}

// EXTERNAL MODULE: ./src/core/prune/prune.ts
var prune = __webpack_require__(4860);
;// CONCATENATED MODULE: ./src/core/pipeline/pipeline.ts
// The whole pipeline in one process: build-push → render-recipe → attach-policy → deploy →
// smoke, sharing one set of clients and handing each step's results to the next as values.
// With dry-run every step plans instead of acting: read-only calls at most.






















function pipelineClients(region) {
    const config = (0,aws/* clientConfig */.yO)(region);
    return {
        sts: new client_sts_dist_cjs/* STSClient */.iM(config),
        ecr: new client_ecr_dist_cjs.ECRClient(config),
        greengrass: new client_greengrassv2_dist_cjs.GreengrassV2Client(config),
        iam: new client_iam_dist_cjs.IAMClient(config),
        dynamodb: new client_dynamodb_dist_cjs.DynamoDBClient((0,aws/* queryClientConfig */.ul)(region)),
        iot: new client_iot_dist_cjs.IoTClient(config),
        logs: new dist_cjs.CloudWatchLogsClient(config)
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
    const build = await step('1/5 Build and push the image', () => (0,build_push.buildPush)({ ...common, ...inputs.build }, { ecr: clients.ecr }, ctx, { dryRun }));
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
        template = sameImage ? checked.recipe.recipe : await (0,render_recipe.prepareRecipe)(renderInputs, reporter);
        const notes = sameImage ? checked.recipe.notes : undefined;
        return (0,render_recipe.renderRecipe)(renderInputs, { greengrass: clients.greengrass }, ctx, {
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
    const policy = await step('3/5 Device policy', () => (0,attach_policy.attachPolicy)({ ...common, ...inputs.policy, dryRun }, { iam: clients.iam }, ctx, {
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
    const smokeCheck = (targets, since) => (0,smoke.smoke)({
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
    const deployed = await step('4/5 Deploy', () => (0,deploy.deploy)({ ...common, ...inputs.deploy, recipePath: render.recipePath, dryRun }, deployClients, ctx, {
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
        result.prune = await step('Prune', () => (0,prune.prune)({
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
        await step('Rollback', () => (0,deploy.rollBackTargets)(inputs.deploy, deployClients, ctx, deployed, (0,deploy.targetsWithDevices)(fleet, fleetSmoke.missing), 'its smoke check failed'));
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
    const imageUri = `${registry}/${inputs.render.repository}@${build_push.DRY_RUN_DIGEST}`;
    const recipeNotes = new report/* MemoryReporter */.fA();
    const recipe = await (0,render_recipe.prepareRecipe)({ ...common, ...inputs.render, imageUri, output: RENDERED_RECIPE }, recipeNotes);
    const policyDocumentText = await (0,attach_policy.policyDocument)({
        ...common,
        ...inputs.policy,
        dryRun: inputs.dryRun
    });
    const planNotes = new report/* MemoryReporter */.fA();
    const plan = await (0,deploy.deploymentPlan)({ ...common, ...inputs.deploy, recipePath: RENDERED_RECIPE, dryRun: inputs.dryRun }, planNotes);
    await (0,targets/* checkTargets */.VJ)((0,deploy.targetSources)(inputs.deploy, plan), common, clients, ctx);
    // The table the release's devices write to: a mistyped table-name stops here.
    await checkTable(clients.dynamodb, ctx, { ...common, tableName: inputs.policy.tableName });
    const { roleName } = inputs.policy;
    const role = (0,arns/* roleArn */.w3)(common.region, common.accountId, roleName);
    const roleNotes = new report/* MemoryReporter */.fA();
    await (0,attach_policy.checkRole)(clients.iam, { ...ctx, reporter: roleNotes }, roleName, role);
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

/***/ 4860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   componentArnOf: () => (/* binding */ componentArnOf),
/* harmony export */   deploymentsInUse: () => (/* binding */ deploymentsInUse),
/* harmony export */   pinnedDigests: () => (/* binding */ pinnedDigests),
/* harmony export */   prune: () => (/* binding */ prune),
/* harmony export */   selectImages: () => (/* binding */ selectImages),
/* harmony export */   selectVersions: () => (/* binding */ selectVersions)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2956);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8249);
/* harmony import */ var semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2173);
/* harmony import */ var semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _arns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5271);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9130);
/* harmony import */ var _deploy_fleet_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2715);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4489);
/* harmony import */ var _recipe_render_recipe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6692);
/* harmony import */ var _shared_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4359);
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
        return semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_0___default()(a, b, true);
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
    const recipe = (0,_recipe_render_recipe_js__WEBPACK_IMPORTED_MODULE_4__.parseRecipe)(recipeText, 'recipe.json', 'json');
    const digests = [];
    const manifests = (0,_recipe_render_recipe_js__WEBPACK_IMPORTED_MODULE_4__.field)(recipe, 'Manifests');
    for (const manifest of Array.isArray(manifests) ? manifests : []) {
        const artifacts = (0,_recipe_render_recipe_js__WEBPACK_IMPORTED_MODULE_4__.field)(manifest, 'Artifacts');
        for (const artifact of Array.isArray(artifacts) ? artifacts : []) {
            const uri = (0,_recipe_render_recipe_js__WEBPACK_IMPORTED_MODULE_4__.field)(artifact, 'Uri');
            if (typeof uri !== 'string' || !uri.startsWith('docker:'))
                continue;
            const m = _config_js__WEBPACK_IMPORTED_MODULE_6__/* .IMAGE_URI */ .Rx.exec(uri.slice('docker:'.length));
            if (m && m[2] === repository && !digests.includes(m[3]))
                digests.push(m[3]);
        }
    }
    return digests;
}
async function call(ctx, what, fn) {
    try {
        return await (0,_shared_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .withRetry */ .b)(ctx, what, fn);
    }
    catch (error) {
        // `what` is the IAM action and what it was called on: `greengrass:ListDeployments *`.
        const [action, ...on] = what.split(' ');
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsFailure */ .MT)(error, { action: action, resource: on.join(' ') || '*' });
    }
}
function componentArnOf(region, accountId, name) {
    return (0,_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .componentArn */ .Du)(region, accountId, name);
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
        const page = await call(ctx, 'greengrass:ListDeployments', () => gg.send(new _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_7__.ListDeploymentsCommand({ historyFilter: 'ALL', nextToken, maxResults: 100 })));
        deployments.push(...(page.deployments ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    const inUse = deploymentsInUse(deployments);
    const uses = [];
    await (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .sf)([...inUse], READ_CONCURRENCY, async ([id, reason]) => {
        const d = await call(ctx, `greengrass:GetDeployment ${id}`, () => gg.send(new _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_7__.GetDeploymentCommand({ deploymentId: id })));
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
            const page = await (0,_shared_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .withRetry */ .b)(ctx, 'ListComponentVersions', () => gg.send(new _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_7__.ListComponentVersionsCommand({ arn, nextToken })));
            for (const v of page.componentVersions ?? []) {
                if (v.componentVersion && v.arn)
                    versions.push({ version: v.componentVersion, arn: v.arn });
            }
            nextToken = page.nextToken;
        } while (nextToken);
    }
    catch (error) {
        if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsErrorName */ .ZH)(error) !== 'ResourceNotFoundException') {
            await call(ctx, `greengrass:ListComponentVersions ${arn}`, () => Promise.reject(error));
        }
    }
    const { kept, deleted } = selectVersions(versions.map(v => v.version), uses, keep);
    result.kept = kept;
    for (const k of kept)
        reporter.info(`Keeps ${componentName} ${k.version}: ${k.reasons.join('; ')}.`);
    // 3. The images: what every version of ours pins, and what the repository holds.
    const pins = new Map();
    await (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .sf)(versions, READ_CONCURRENCY, async (v) => {
        const got = await call(ctx, `greengrass:GetComponent ${v.arn}`, () => gg.send(new _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_7__.GetComponentCommand({ arn: v.arn, recipeOutputFormat: 'JSON' })));
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
        const answer = await call(ctx, `ecr:BatchDeleteImage ${repository}`, () => clients.ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_8__.BatchDeleteImageCommand({
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
            await (0,_shared_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .withRetry */ .b)(ctx, `DeleteComponent ${v.arn}`, () => gg.send(new _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_7__.DeleteComponentCommand({ arn: v.arn })));
            result.versions.push(v.version);
        }
        catch (error) {
            if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsErrorName */ .ZH)(error) === 'ResourceNotFoundException') {
                result.versions.push(v.version);
                continue;
            }
            result.failures.push(`${componentName} ${v.version} not deleted: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsFailure */ .MT)(error, { action: 'greengrass:DeleteComponent', resource: v.arn }))}`);
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
            const page = await (0,_shared_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .withRetry */ .b)(ctx, 'DescribeImages', () => ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_8__.DescribeImagesCommand({ repositoryName: repository, nextToken })));
            details.push(...(page.imageDetails ?? []));
            nextToken = page.nextToken;
        } while (nextToken);
    }
    catch (error) {
        if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsErrorName */ .ZH)(error) === 'RepositoryNotFoundException')
            return [];
        return call(ctx, `ecr:DescribeImages ${repository}`, () => Promise.reject(error));
    }
    return details
        .filter(d => d.imageDigest)
        .map(d => ({ digest: d.imageDigest, tags: d.imageTags ?? [], pushedAt: d.imagePushedAt }));
}


/***/ }),

/***/ 4056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CORE_CHECK_LIMIT: () => (/* binding */ CORE_CHECK_LIMIT),
/* harmony export */   EXPLAINED_IN_LOG: () => (/* binding */ EXPLAINED_IN_LOG),
/* harmony export */   names: () => (/* binding */ names),
/* harmony export */   smoke: () => (/* binding */ smoke)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9130);
/* harmony import */ var _deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2715);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4489);
/* harmony import */ var _target_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5499);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(277);





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
    const concurrency = inputs.concurrency ?? _config_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CONCURRENCY */ .WH;
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
        Promise.all(/* import() */[__webpack_require__.e(305), __webpack_require__.e(125)]).then(__webpack_require__.bind(__webpack_require__, 6125)),
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
        const items = await (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .mapLimit */ .sf)(pending, concurrency, device => checker.find(device));
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
    const looks = await (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .mapLimit */ .sf)(pending, concurrency, device => checker.explain(device));
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
            const members = await (0,_targets_js__WEBPACK_IMPORTED_MODULE_3__/* .coreMembers */ .L9)(clients.greengrass, ctx, things);
            things = members.core;
            skipped.push(...members.skipped);
            if (members.skipped.length > 0) {
                ctx.reporter.info(`${(0,_target_names_js__WEBPACK_IMPORTED_MODULE_2__/* .targetLabel */ .Op)(target)}: not checking ${names(members.skipped.map(m => m.name))} (${members.skipped[0].why}).`);
            }
        }
        if (target.kind === 'thinggroup') {
            if (things.length === 0) {
                emptyGroups.push(target.name);
                ctx.reporter.warning(`${(0,_target_names_js__WEBPACK_IMPORTED_MODULE_2__/* .targetLabel */ .Op)(target)} has no core device yet: nothing there to check. Its deployment reaches the core devices that join the group.`);
            }
            else {
                ctx.reporter.info(`${(0,_target_names_js__WEBPACK_IMPORTED_MODULE_2__/* .targetLabel */ .Op)(target)}: ${count(things.length, 'thing')}.`);
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
    const { names } = await (0,_targets_js__WEBPACK_IMPORTED_MODULE_3__/* .groupMembers */ .rU)(iot, ctx, group, Infinity, {
        retry: { attempts: 30, budgetMs, maxDelayMs: Math.min(5000, budgetMs) },
        failure: error => groupFailure(group, error, timeoutSeconds)
    });
    return names;
}
function groupFailure(group, error, timeoutSeconds) {
    const name = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error);
    if (name === 'ResourceNotFoundException') {
        return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH(`Thing group ${group} does not exist in this region: check the name and region of the target thinggroup/${group}.`);
    }
    if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccessDenied */ .w7)(error)) {
        return (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFailure */ .MT)(error, {
            action: 'iot:ListThingsInThingGroup',
            resource: `thing group ${group}`
        });
    }
    const persistent = ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) ?? 0) >= 500
        ? ` It kept failing until the smoke-timeout (${timeoutSeconds} s): IoT had a problem, not the devices; rerun the smoke check once IoT answers (the deployment is done), or raise smoke-timeout.`
        : '';
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH(`Listing the things of group ${group} failed: ${name ?? 'error'}: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}.${persistent}`);
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** At most PROGRESS_NAMES names, then how many more. */
function names(list) {
    const shown = list.slice(0, PROGRESS_NAMES).join(', ');
    return list.length > PROGRESS_NAMES ? `${shown} and ${list.length - PROGRESS_NAMES} more` : shown;
}


/***/ })

};
