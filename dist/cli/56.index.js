export const id = 56;
export const ids = [56];
export const modules = {

/***/ 2715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WN: () => (/* reexport safe */ _counts_js__WEBPACK_IMPORTED_MODULE_1__.WN),
/* harmony export */   ZA: () => (/* reexport safe */ _counts_js__WEBPACK_IMPORTED_MODULE_1__.ZA),
/* harmony export */   e6: () => (/* reexport safe */ _counts_js__WEBPACK_IMPORTED_MODULE_1__.e6),
/* harmony export */   fL: () => (/* reexport safe */ _counts_js__WEBPACK_IMPORTED_MODULE_1__.fL),
/* harmony export */   i3: () => (/* binding */ LISTED_FAILURES),
/* harmony export */   lc: () => (/* reexport safe */ _counts_js__WEBPACK_IMPORTED_MODULE_1__.lc),
/* harmony export */   sT: () => (/* reexport safe */ _counts_js__WEBPACK_IMPORTED_MODULE_1__.sT),
/* harmony export */   sf: () => (/* binding */ mapLimit),
/* harmony export */   xr: () => (/* binding */ JobWatch)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8907);
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7611);
/* harmony import */ var _shared_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4359);
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
        const { job } = await (0,_shared_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .b)(this.ctx, `DescribeJob ${this.jobId}`, () => this.iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_2__.DescribeJobCommand({ jobId: this.jobId })), retry);
        this.counts = (0,_counts_js__WEBPACK_IMPORTED_MODULE_1__/* .jobCounts */ .O0)(job?.jobProcessDetails);
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
        const page = await (0,_shared_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .b)(this.ctx, `ListJobExecutionsForJob ${this.jobId}`, () => this.iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_2__.ListJobExecutionsForJobCommand({
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


/***/ }),

/***/ 277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ coreMembers),
/* harmony export */   VJ: () => (/* binding */ checkTargets),
/* harmony export */   rU: () => (/* binding */ groupMembers)
/* harmony export */ });
/* unused harmony export MEMBERS_PAGE */
/* harmony import */ var _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2956);
/* harmony import */ var _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8907);
/* harmony import */ var _arns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5271);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9130);
/* harmony import */ var _deploy_fleet_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2715);
/* harmony import */ var _target_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5499);
/* harmony import */ var _shared_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4359);
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
            const key = (0,_target_names_js__WEBPACK_IMPORTED_MODULE_3__/* .targetLabel */ .Op)(target);
            if (!seen.has(key))
                items.push({ target, from });
            seen.add(key);
        }
    }
    const found = await (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_2__/* .mapLimit */ .sf)(items, LOOKUP_CONCURRENCY, ({ target }) => lookUp(target, where, clients, ctx));
    const missing = items.filter((_, i) => found[i] === 'missing');
    if (missing.length > 0) {
        const place = `${where.region} (account ${where.accountId})`;
        const lines = missing.map(({ target, from }) => target.kind === 'thing'
            ? `Target ${(0,_target_names_js__WEBPACK_IMPORTED_MODULE_3__/* .targetLabel */ .Op)(target)} (${from.source}) does not exist: there is no IoT thing named ${target.name} in ${place}. Check the name and the region, or provision the device first (Greengrass core setup with --provision true creates its thing).`
            : `Target ${(0,_target_names_js__WEBPACK_IMPORTED_MODULE_3__/* .targetLabel */ .Op)(target)} (${from.source}) does not exist: there is no IoT thing group named ${target.name} in ${place}. Check the name and the region, or create the group (aws iot create-thing-group --thing-group-name ${target.name}) and add the core devices to it.`);
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${lines.join('\n')}\nNothing was changed.`, missing[0].from.subject);
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
    const arn = (0,_target_names_js__WEBPACK_IMPORTED_MODULE_3__/* .targetArn */ .lZ)(target, where.region, where.accountId);
    const exists = target.kind === 'thing'
        ? await read(ctx, 'iot:DescribeThing', arn, () => clients.iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_5__.DescribeThingCommand({ thingName: target.name })))
        : await read(ctx, 'iot:DescribeThingGroup', arn, () => clients.iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_5__.DescribeThingGroupCommand({ thingGroupName: target.name })));
    if (!exists)
        return 'missing';
    if (target.kind === 'thinggroup')
        return 'ok';
    const device = (0,_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .coreDeviceArn */ .pP)(where.region, where.accountId, target.name);
    const core = await read(ctx, 'greengrass:GetCoreDevice', device, () => clients.greengrass.send(new _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_6__.GetCoreDeviceCommand({ coreDeviceThingName: target.name })));
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
        const page = await (0,_shared_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .b)(ctx, `ListThingsInThingGroup ${group}`, () => iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_5__.ListThingsInThingGroupCommand({
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
        await (0,_shared_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .b)(ctx, `${action} ${resource}`, fn, { retryable: isServerError });
        return true;
    }
    catch (error) {
        if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(error) === 'ResourceNotFoundException')
            return false;
        throw readFailure(action, resource, error);
    }
}
function isServerError(error) {
    return ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) ?? 0) >= 500;
}
function readFailure(action, resource, error) {
    return (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsFailure */ .MT)(error, { action, resource });
}
/**
 * Which of a group's things are Greengrass core devices (GetCoreDevice, read-only). A thing
 * group may also hold plain IoT things (a sensor): the deployment never runs there, so the
 * wait and the smoke check must not wait for them. A member Greengrass does not know is
 * skipped and named; any other answer (throttling past its retries, a denial) keeps the
 * member, whose own status then says what is wrong.
 */
async function coreMembers(gg, ctx, names) {
    const known = await (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_2__/* .mapLimit */ .sf)(names, LOOKUP_CONCURRENCY, async (name) => {
        try {
            await (0,_shared_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .b)(ctx, `GetCoreDevice ${name}`, () => gg.send(new _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_6__.GetCoreDeviceCommand({ coreDeviceThingName: name })), { retryable: isServerError });
            return true;
        }
        catch (error) {
            return (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(error) !== 'ResourceNotFoundException';
        }
    });
    return {
        core: names.filter((_, i) => known[i]),
        skipped: names
            .filter((_, i) => !known[i])
            .map(name => ({ name, why: 'an IoT thing that is not a Greengrass core device' }))
    };
}


/***/ })

};
