export const id = 888;
export const ids = [888];
export const modules = {

/***/ 4888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  smoke: () => (/* binding */ smoke)
});

// EXTERNAL MODULE: ../../work/main/node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(8897);
// EXTERNAL MODULE: ../../work/main/node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var client_iot_dist_cjs = __webpack_require__(1739);
// EXTERNAL MODULE: ./actions/toolkit/aws.ts
var aws = __webpack_require__(6783);
// EXTERNAL MODULE: ./actions/toolkit/errors.ts
var errors = __webpack_require__(8319);
// EXTERNAL MODULE: ./actions/toolkit/inputs.ts + 20 modules
var toolkit_inputs = __webpack_require__(9033);
;// CONCATENATED MODULE: ./actions/toolkit/retry.ts
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
    const name = (0,errors/* awsErrorName */.ZH)(error);
    return (name !== undefined && THROTTLING.has(name)) || (0,errors/* httpStatus */.nG)(error) === 429;
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
            ctx.reporter.debug(`${what}: ${(0,errors/* awsErrorName */.ZH)(error) ?? 'error'}, attempt ${attempt} of ${attempts}; retrying in ${delay} ms`);
            await ctx.clock.sleep(delay);
        }
    }
}

;// CONCATENATED MODULE: ./actions/toolkit/smoke.ts
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
                ctx.reporter.warning(`Thing group ${target.name} has no things, so no device there can pass the smoke check: add the core devices to the group, or remove ${(0,toolkit_inputs/* targetLabel */.Op)(target)} from the targets.`);
            }
            else {
                ctx.reporter.info(`${(0,toolkit_inputs/* targetLabel */.Op)(target)}: ${count(things.length, 'thing')}.`);
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
        const page = await withRetry(ctx, `ListThingsInThingGroup ${group}`, () => iot.send(new client_iot_dist_cjs.ListThingsInThingGroupCommand({ thingGroupName: group, recursive: true, nextToken }))).catch(error => {
            throw groupFailure(group, error);
        });
        things.push(...(page.things ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    return things;
}
function groupFailure(group, error) {
    const name = (0,errors/* awsErrorName */.ZH)(error);
    if (name === 'ResourceNotFoundException') {
        return new errors/* StepFailure */.pH(`Thing group ${group} does not exist in this region: check the name and region of the target thinggroup/${group}.`);
    }
    if (isAccessDenied(error)) {
        return new errors/* StepFailure */.pH(`${(0,errors/* errorMessage */.gJ)(error)}. The smoke check needs iot:ListThingsInThingGroup on thing group ${group}.`);
    }
    return new errors/* StepFailure */.pH(`Listing the things of group ${group} failed: ${name ?? 'error'}: ${(0,errors/* errorMessage */.gJ)(error)}`);
}
function isAccessDenied(error) {
    const name = (0,errors/* awsErrorName */.ZH)(error) ?? '';
    return /AccessDenied|Unauthorized|Forbidden/.test(name) || (0,errors/* httpStatus */.nG)(error) === 403;
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
            this.ctx.reporter.debug(`${device.name}: could not read its newest item: ${(0,errors/* errorMessage */.gJ)(error)}`);
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
            return await withRetry(this.ctx, `Query ${tableName} for ${device.name}`, () => this.dynamodb.send(new dist_cjs.QueryCommand({
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
        const name = (0,errors/* awsErrorName */.ZH)(error);
        if (name === 'ResourceNotFoundException') {
            return new errors/* StepFailure */.pH(`DynamoDB table ${table} does not exist in ${region}. Create it, or pass the table the devices write to as table-name:\n` +
                `aws dynamodb create-table --table-name ${table} --attribute-definitions AttributeName=device_name,AttributeType=S AttributeName=timestamp,AttributeType=S --key-schema AttributeName=device_name,KeyType=HASH AttributeName=timestamp,KeyType=RANGE --billing-mode PAY_PER_REQUEST --region ${region}`);
        }
        if (isAccessDenied(error)) {
            return new errors/* StepFailure */.pH(`${(0,errors/* errorMessage */.gJ)(error)}. The smoke check needs dynamodb:Query on arn:${(0,aws/* partitionOf */.iQ)(region)}:dynamodb:${region}:<account>:table/${table}.`);
        }
        if (name === 'ValidationException') {
            return new errors/* StepFailure */.pH(`Query on DynamoDB table ${table} failed: ${(0,errors/* errorMessage */.gJ)(error)}. The table's key must be device_name (S, partition key) and timestamp (S, sort key).`);
        }
        return new errors/* StepFailure */.pH(`Query on DynamoDB table ${table} failed: ${name ?? 'error'}: ${(0,errors/* errorMessage */.gJ)(error)}`);
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
