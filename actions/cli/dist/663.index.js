export const id = 663;
export const ids = [663];
export const modules = {

/***/ 3318:
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
/* harmony import */ var _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1739);
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1100);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1376);
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
    /** One DescribeJob: the aggregate counts and the job's status. */
    async poll() {
        const { job } = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .b)(this.ctx, `DescribeJob ${this.jobId}`, () => this.iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_2__.DescribeJobCommand({ jobId: this.jobId })));
        this.counts = (0,_counts_js__WEBPACK_IMPORTED_MODULE_1__/* .jobCounts */ .O0)(job?.jobProcessDetails);
        this.status = job?.status;
    }
    /**
     * At most one ListJobExecutionsForJob page, and only when a failure count grew beyond what
     * was listed, until LISTED_FAILURES are listed. Returns the things newly listed.
     */
    async listNewFailures() {
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
        const page = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .b)(this.ctx, `ListJobExecutionsForJob ${this.jobId}`, () => this.iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_2__.ListJobExecutionsForJobCommand({
            jobId: this.jobId,
            status,
            maxResults: LISTED_FAILURES - this.listed.size,
            nextToken: this.tokens[status]
        })));
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
