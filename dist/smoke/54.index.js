export const id = 54;
export const ids = [54];
export const modules = {

/***/ 4359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ withRetry)
/* harmony export */ });
/* unused harmony export isThrottling */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9130);
// Retries for the faults a rerun should never see: throttling, and IAM's eventual
// consistency right after we created or attached something. Exponential backoff with full
// jitter; everything else fails at once with the AWS error's own message.

const THROTTLING = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'ProvisionedThroughputExceededException',
    'SlowDown'
]);
function isThrottling(error) {
    const name = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error);
    return (name !== undefined && THROTTLING.has(name)) || (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 429;
}
async function withRetry(ctx, what, fn, options = {}) {
    const attempts = options.attempts ?? 8;
    const base = options.baseDelayMs ?? 500;
    const max = options.maxDelayMs ?? 20_000;
    const random = ctx.random ?? Math.random;
    const started = ctx.clock.now().getTime();
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (error) {
            const retryable = isThrottling(error) || (options.retryable?.(error) ?? false);
            const elapsed = ctx.clock.now().getTime() - started;
            const outOfBudget = options.budgetMs !== undefined && elapsed >= options.budgetMs;
            if (!retryable || attempt >= attempts || outOfBudget)
                throw error;
            const delay = Math.round(random() * Math.min(max, base * 2 ** (attempt - 1)));
            ctx.reporter.debug(`${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error) ?? 'error'}, attempt ${attempt} of ${attempts}; retrying in ${delay} ms`);
            await ctx.clock.sleep(delay);
        }
    }
}


/***/ }),

/***/ 6054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CORE_CHECK_LIMIT: () => (/* binding */ CORE_CHECK_LIMIT),
  EXPLAINED_IN_LOG: () => (/* binding */ EXPLAINED_IN_LOG),
  names: () => (/* binding */ names),
  smoke: () => (/* binding */ smoke)
});

// EXTERNAL MODULE: ./src/core/shared/errors.ts
var errors = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/core/shared/retry.ts
var retry = __webpack_require__(4359);
;// CONCATENATED MODULE: ./src/core/deploy/fleet.ts
// Fleet scale: a deployment to a thing group is an AWS IoT job, and AWS already runs its
// rollout (rate, abort criteria, timeouts) over the whole fleet. So a large group is watched
// through its job: one DescribeJob per poll gives the aggregate counts whatever the fleet's
// size, and only failed executions are listed, a few at a time and capped. Nothing here
// loops over the devices of a group.



// Re-exported for the callers that think of them as part of the fleet rollout.

/** At most `limit` calls of `fn` at a time, in order of `items`. After a failure no new call
 * starts; the calls in flight settle, then the first error is thrown. */
async function fleet_mapLimit(items, limit, fn) {
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
const FAILED_STATUSES = (/* unused pure expression or super */ null && (['FAILED', 'TIMED_OUT', 'REJECTED']));
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
        const { job } = await withRetry(this.ctx, `DescribeJob ${this.jobId}`, () => this.iot.send(new DescribeJobCommand({ jobId: this.jobId })), retry);
        this.counts = jobCounts(job?.jobProcessDetails);
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
        const page = await withRetry(this.ctx, `ListJobExecutionsForJob ${this.jobId}`, () => this.iot.send(new ListJobExecutionsForJobCommand({
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

;// CONCATENATED MODULE: ./src/core/config.ts
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

// EXTERNAL MODULE: ./src/core/target-names.ts
var target_names = __webpack_require__(5499);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-greengrassv2/dist-cjs/index.js
var dist_cjs = __webpack_require__(2956);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var client_iot_dist_cjs = __webpack_require__(8907);
// EXTERNAL MODULE: ./src/core/arns.ts
var arns = __webpack_require__(5271);
;// CONCATENATED MODULE: ./src/core/targets.ts
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
            const key = targetLabel(target);
            if (!seen.has(key))
                items.push({ target, from });
            seen.add(key);
        }
    }
    const found = await mapLimit(items, LOOKUP_CONCURRENCY, ({ target }) => lookUp(target, where, clients, ctx));
    const missing = items.filter((_, i) => found[i] === 'missing');
    if (missing.length > 0) {
        const place = `${where.region} (account ${where.accountId})`;
        const lines = missing.map(({ target, from }) => target.kind === 'thing'
            ? `Target ${targetLabel(target)} (${from.source}) does not exist: there is no IoT thing named ${target.name} in ${place}. Check the name and the region, or provision the device first (Greengrass core setup with --provision true creates its thing).`
            : `Target ${targetLabel(target)} (${from.source}) does not exist: there is no IoT thing group named ${target.name} in ${place}. Check the name and the region, or create the group (aws iot create-thing-group --thing-group-name ${target.name}) and add the core devices to it.`);
        throw new ConfigurationError(`${lines.join('\n')}\nNothing was changed.`, missing[0].from.subject);
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
    const arn = targetArn(target, where.region, where.accountId);
    const exists = target.kind === 'thing'
        ? await read(ctx, 'iot:DescribeThing', arn, () => clients.iot.send(new DescribeThingCommand({ thingName: target.name })))
        : await read(ctx, 'iot:DescribeThingGroup', arn, () => clients.iot.send(new DescribeThingGroupCommand({ thingGroupName: target.name })));
    if (!exists)
        return 'missing';
    if (target.kind === 'thinggroup')
        return 'ok';
    const device = coreDeviceArn(where.region, where.accountId, target.name);
    const core = await read(ctx, 'greengrass:GetCoreDevice', device, () => clients.greengrass.send(new GetCoreDeviceCommand({ coreDeviceThingName: target.name })));
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
        const page = await (0,retry/* withRetry */.b)(ctx, `ListThingsInThingGroup ${group}`, () => iot.send(new client_iot_dist_cjs.ListThingsInThingGroupCommand({
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
        await withRetry(ctx, `${action} ${resource}`, fn, { retryable: isServerError });
        return true;
    }
    catch (error) {
        if (awsErrorName(error) === 'ResourceNotFoundException')
            return false;
        throw readFailure(action, resource, error);
    }
}
function isServerError(error) {
    return ((0,errors/* httpStatus */.nG)(error) ?? 0) >= 500;
}
function readFailure(action, resource, error) {
    return (0,errors/* awsFailure */.MT)(error, { action, resource });
}
/**
 * Which of a group's things are Greengrass core devices (GetCoreDevice, read-only). A thing
 * group may also hold plain IoT things (a sensor): the deployment never runs there, so the
 * wait and the smoke check must not wait for them. A member Greengrass does not know is
 * skipped and named; any other answer (throttling past its retries, a denial) keeps the
 * member, whose own status then says what is wrong.
 */
async function coreMembers(gg, ctx, names) {
    const known = await fleet_mapLimit(names, LOOKUP_CONCURRENCY, async (name) => {
        try {
            await (0,retry/* withRetry */.b)(ctx, `GetCoreDevice ${name}`, () => gg.send(new dist_cjs.GetCoreDeviceCommand({ coreDeviceThingName: name })), { retryable: isServerError });
            return true;
        }
        catch (error) {
            return (0,errors/* awsErrorName */.ZH)(error) !== 'ResourceNotFoundException';
        }
    });
    return {
        core: names.filter((_, i) => known[i]),
        skipped: names
            .filter((_, i) => !known[i])
            .map(name => ({ name, why: 'an IoT thing that is not a Greengrass core device' }))
    };
}

;// CONCATENATED MODULE: ./src/core/smoke/smoke.ts





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
    const concurrency = inputs.concurrency ?? DEFAULT_CONCURRENCY;
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
        const items = await fleet_mapLimit(pending, concurrency, device => checker.find(device));
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
    const looks = await fleet_mapLimit(pending, concurrency, device => checker.explain(device));
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
            const members = await coreMembers(clients.greengrass, ctx, things);
            things = members.core;
            skipped.push(...members.skipped);
            if (members.skipped.length > 0) {
                ctx.reporter.info(`${(0,target_names/* targetLabel */.Op)(target)}: not checking ${names(members.skipped.map(m => m.name))} (${members.skipped[0].why}).`);
            }
        }
        if (target.kind === 'thinggroup') {
            if (things.length === 0) {
                emptyGroups.push(target.name);
                ctx.reporter.warning(`${(0,target_names/* targetLabel */.Op)(target)} has no core device yet: nothing there to check. Its deployment reaches the core devices that join the group.`);
            }
            else {
                ctx.reporter.info(`${(0,target_names/* targetLabel */.Op)(target)}: ${count(things.length, 'thing')}.`);
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
    const { names } = await groupMembers(iot, ctx, group, Infinity, {
        retry: { attempts: 30, budgetMs, maxDelayMs: Math.min(5000, budgetMs) },
        failure: error => groupFailure(group, error, timeoutSeconds)
    });
    return names;
}
function groupFailure(group, error, timeoutSeconds) {
    const name = (0,errors/* awsErrorName */.ZH)(error);
    if (name === 'ResourceNotFoundException') {
        return new errors/* StepFailure */.pH(`Thing group ${group} does not exist in this region: check the name and region of the target thinggroup/${group}.`);
    }
    if ((0,errors/* isAccessDenied */.w7)(error)) {
        return (0,errors/* awsFailure */.MT)(error, {
            action: 'iot:ListThingsInThingGroup',
            resource: `thing group ${group}`
        });
    }
    const persistent = ((0,errors/* httpStatus */.nG)(error) ?? 0) >= 500
        ? ` It kept failing until the smoke-timeout (${timeoutSeconds} s): IoT had a problem, not the devices; rerun the smoke check once IoT answers (the deployment is done), or raise smoke-timeout.`
        : '';
    return new errors/* StepFailure */.pH(`Listing the things of group ${group} failed: ${name ?? 'error'}: ${(0,errors/* errorMessage */.gJ)(error)}.${persistent}`);
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
