export const id = 42;
export const ids = [42];
export const modules = {

/***/ 6042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pipelineClients: () => (/* binding */ pipelineClients),
/* harmony export */   runPipeline: () => (/* binding */ runPipeline)
/* harmony export */ });
/* unused harmony export RENDERED_RECIPE */
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(8897);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7593);
/* harmony import */ var _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8636);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(6748);
/* harmony import */ var _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(1739);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8975);
/* harmony import */ var _account_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1997);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6783);
/* harmony import */ var _ecr_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5599);
/* harmony import */ var _greengrass_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4084);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1046);
/* harmony import */ var _recipe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1590);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7618);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8319);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1994);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4124);
/* harmony import */ var _smoke_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5663);
// The whole pipeline in one process: build-push → render-recipe → attach-policy → deploy →
// smoke, sharing one set of clients and handing each step's results to the next as values.
// With dry-run every step plans instead of acting: read-only calls at most.

















function pipelineClients(region) {
    const config = (0,_aws_js__WEBPACK_IMPORTED_MODULE_10__/* .clientConfig */ .yO)(region);
    return {
        sts: new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_11__/* .STSClient */ .iM(config),
        ecr: new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_12__.ECRClient(config),
        greengrass: new _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_13__.GreengrassV2Client(config),
        iam: new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_14__.IAMClient(config),
        dynamodb: new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_15__.DynamoDBClient(config),
        iot: new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_16__.IoTClient(config)
    };
}
/** Where the pipeline writes the rendered recipe (relative to the working directory). */
const RENDERED_RECIPE = 'build/recipe.yaml';
async function runPipeline(inputs, clients, ctx) {
    const { region, dryRun } = inputs;
    const { reporter } = ctx;
    const accountId = await (0,_account_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveAccountId */ .V)(inputs.accountId, clients.sts, ctx);
    const common = { region, accountId };
    await preflight(inputs, common, clients.iam, ctx);
    if (dryRun)
        reporter.info('Dry run: planning only; no call that changes anything is made.');
    // What is done so far: a step that throws leaves the job summary of the steps before it.
    const done = { dryRun, accountId, region };
    const step = async (title, fn) => {
        try {
            return await reporter.group(title, fn);
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .withSummary */ .lp)(error, (0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .stoppedSummary */ .k2)(done, title));
        }
    };
    const build = await step('1/5 Build and push the image', () => (0,_ecr_js__WEBPACK_IMPORTED_MODULE_1__.buildPush)({ ...common, ...inputs.build }, { ecr: clients.ecr }, ctx, { dryRun }));
    done.build = build;
    const render = await step('2/5 Render the recipe', () => (0,_recipe_js__WEBPACK_IMPORTED_MODULE_4__.renderRecipe)({ ...common, ...inputs.render, imageUri: build.imageUri, output: RENDERED_RECIPE }, { greengrass: clients.greengrass }, ctx));
    // The plan shows what would be deployed: the whole rendered recipe.
    if (dryRun)
        reporter.info(`The rendered recipe:\n${render.recipe}`);
    done.render = render;
    const policy = await step('3/5 Device policy', () => (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__.attachPolicy)({ ...common, ...inputs.policy, dryRun }, { iam: clients.iam }, ctx));
    // With canary targets, the canary's devices are smoke-checked before the fleet is touched.
    const smokeOn = !dryRun && inputs.smoke && inputs.deploy.wait;
    const smokeCheck = (targets, since) => (0,_smoke_js__WEBPACK_IMPORTED_MODULE_9__.smoke)({
        region,
        tableName: inputs.policy.tableName,
        targets: targets.map(t => t.target),
        since: new Date(since),
        timeoutSeconds: inputs.smokeTimeoutSeconds,
        componentVersion: render.componentVersion,
        unchangedTargets: (0,_results_js__WEBPACK_IMPORTED_MODULE_8__/* .unchangedTargets */ .uu)({ targets })
    }, { dynamodb: clients.dynamodb, iot: clients.iot }, ctx);
    let canarySmoke;
    const deployClients = { greengrass: clients.greengrass, iot: clients.iot };
    done.policy = policy;
    const deployed = await step('4/5 Deploy', () => (0,_greengrass_js__WEBPACK_IMPORTED_MODULE_2__.deploy)({ ...common, ...inputs.deploy, recipePath: render.recipePath, dryRun }, deployClients, ctx, {
        recipeText: render.recipe,
        ...(smokeOn
            ? {
                checkCanary: async (canary, startedAt) => {
                    reporter.info('Smoke check of the canary:');
                    const checked = await smokeCheck(canary, startedAt);
                    canarySmoke = checked;
                    return { failures: (0,_results_js__WEBPACK_IMPORTED_MODULE_8__/* .smokeFailures */ .Tx)(checked), missing: checked.missing };
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
    done.deploy = deployed;
    const fleetSmoke = await step('5/5 Smoke check', () => smokeCheck(fleet, deployed.fleetStartedAt ?? deployed.startedAt));
    result.smoke = mergeSmoke(canarySmoke, fleetSmoke);
    if (fleetSmoke.missing.length > 0 && inputs.deploy.rollback) {
        await step('Rollback', () => (0,_greengrass_js__WEBPACK_IMPORTED_MODULE_2__.rollBackTargets)(inputs.deploy, deployClients, ctx, deployed, (0,_greengrass_js__WEBPACK_IMPORTED_MODULE_2__.targetsWithDevices)(fleet, fleetSmoke.missing), 'its smoke check failed'));
    }
    return result;
}
/**
 * The files the user keeps (recipe and policy templates, the deployment file), the targets
 * and the device role (read-only GetRole), checked before anything is built, created or
 * changed: a mistake in any of them fails the run with nothing done. What they would warn
 * about, each step says in its turn.
 */
async function preflight(inputs, common, iam, ctx) {
    const quiet = new _report_js__WEBPACK_IMPORTED_MODULE_5__/* .MemoryReporter */ .f();
    const registry = inputs.build.registry?.host ?? (0,_ecr_js__WEBPACK_IMPORTED_MODULE_1__.defaultRegistryHost)(common.accountId, common.region);
    const imageUri = `${registry}/${inputs.render.repository}@${_ecr_js__WEBPACK_IMPORTED_MODULE_1__.DRY_RUN_DIGEST}`;
    await (0,_recipe_js__WEBPACK_IMPORTED_MODULE_4__.prepareRecipe)({ ...common, ...inputs.render, imageUri, output: RENDERED_RECIPE }, quiet);
    await (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__.policyDocument)({ ...common, ...inputs.policy, dryRun: inputs.dryRun });
    await (0,_greengrass_js__WEBPACK_IMPORTED_MODULE_2__.deploymentPlan)({ ...common, ...inputs.deploy, recipePath: RENDERED_RECIPE, dryRun: inputs.dryRun }, quiet);
    const { roleName } = inputs.policy;
    await (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__.checkRole)(iam, { ...ctx, reporter: quiet }, roleName, (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__.roleArnOf)(common.region, common.accountId, roleName));
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

/***/ 5663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   smoke: () => (/* binding */ smoke)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1739);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8319);
/* harmony import */ var _fleet_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3318);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(451);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1376);





const FIRST_INTERVAL_MS = 2_000;
const MAX_INTERVAL_MS = 15_000;
const PROGRESS_NAMES = 10;
// Missing devices whose newest item is read at once, to say why none counts.
const EXPLAIN_CONCURRENCY = 8;
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
    const [{ Checker }, dynamodb] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(897), __webpack_require__.e(510)]).then(__webpack_require__.bind(__webpack_require__, 5510)),
        typeof clients.dynamodb === 'function' ? clients.dynamodb() : clients.dynamodb
    ]);
    const checker = new Checker(inputs, dynamodb, ctx);
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
    // One look at each missing device's newest item: why it does not count, or that one that
    // counts arrived after the last poll (the device is then found).
    const reasons = {};
    const late = [];
    const looks = await (0,_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .mapLimit */ .sf)(pending, EXPLAIN_CONCURRENCY, device => checker.explain(device));
    for (const [i, device] of pending.entries()) {
        const seen = looks[i];
        if (typeof seen === 'string') {
            reasons[device.name] = seen;
        }
        else {
            result.items[device.name] = seen;
            late.push(device);
            reporter.info(`Found ${device.name}: item at ${seen.timestamp}, after the last poll.`);
        }
    }
    pending = pending.filter(d => !late.includes(d));
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
        for (const device of pending.slice(0, PROGRESS_NAMES)) {
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
                ctx.reporter.warning(`Thing group ${target.name} has no things, so no device there can pass the smoke check: add the core devices to the group, or remove ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .targetLabel */ .Op)(target)} from the targets.`);
            }
            else {
                ctx.reporter.info(`${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .targetLabel */ .Op)(target)}: ${count(things.length, 'thing')}.`);
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
        const page = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .b)(ctx, `ListThingsInThingGroup ${group}`, () => iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_4__.ListThingsInThingGroupCommand({ thingGroupName: group, recursive: true, nextToken }))).catch(error => {
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
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccessDenied */ .w7)(error)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}. The smoke check needs iot:ListThingsInThingGroup on thing group ${group}.`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH(`Listing the things of group ${group} failed: ${name ?? 'error'}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
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
