export const id = 125;
export const ids = [125];
export const modules = {

/***/ 6125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Checker: () => (/* binding */ Checker),
/* harmony export */   NAMED_DEVICES: () => (/* binding */ NAMED_DEVICES)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4305);
/* harmony import */ var _arns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5271);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9130);
/* harmony import */ var _shared_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(986);
/* harmony import */ var _shared_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4359);
// The DynamoDB side of the smoke check: finding a device's item, and saying why none counts.
// Its own module, loaded once the targets are expanded into devices, so that the smoke action
// reaches its first request (IoT) without loading DynamoDB.





// A changed device writes a handful of items after `since`; a small page finds the newest.
const CHANGED_PAGE = 10;
// An unchanged device's item of this version may lie behind newer items of other versions.
const UNCHANGED_PAGE = 100;
// Paging stops here so a device with a long history cannot stall a poll.
const MAX_PAGES = 50;
// Only this form sorts like time as a string, which the sort key comparison relies on.
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** Devices named in a warning or debug line of one kind; the rest are counted, so that a
 * fleet's worth of the same mistake stays a few lines. */
const NAMED_DEVICES = 5;
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
    unreadable = 0;
    constructor(inputs, dynamodb, ctx) {
        this.inputs = inputs;
        this.dynamodb = dynamodb;
        this.ctx = ctx;
        this.since = inputs.since.toISOString();
        this.sinceMs = inputs.since.getTime();
        this.deadline = ctx.clock.now().getTime() + inputs.timeoutSeconds * 1000;
    }
    /** A 5xx is retried until the smoke-timeout, not failed at once. */
    deadline;
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
        if (this.cut.size <= NAMED_DEVICES) {
            this.ctx.reporter.debug(`${device.name}: stopped after ${MAX_PAGES} pages of items without one that counts.`);
        }
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
            if (++this.unreadable <= NAMED_DEVICES) {
                this.ctx.reporter.debug(`${device.name}: could not read its newest item: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
            }
            return `wrote no item that counts into ${table}`;
        }
        if (!raw)
            return `wrote no item at all into ${table}`;
        const item = flatten(raw);
        const at = (0,_shared_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(item.timestamp ?? '');
        const ms = this.timeOf(device, item);
        if (ms === undefined) {
            return `wrote its newest item into ${table} with timestamp '${at}', which the smoke check can't compare (it needs ISO 8601 UTC with Z)`;
        }
        const version = item.component_version === undefined ? undefined : (0,_shared_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(item.component_version);
        const counts = device.unchanged
            ? this.versionMatches(item, false)
            : ms >= this.sinceMs && this.versionMatches(item, true);
        // The device wrote it between the last poll and this look.
        if (counts)
            return item;
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
        const remaining = Math.max(0, this.deadline - this.ctx.clock.now().getTime());
        try {
            return await (0,_shared_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .b)(this.ctx, `Query ${tableName} for ${device.name}`, () => this.dynamodb.send(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_4__.QueryCommand({
                TableName: tableName,
                ConsistentRead: true,
                ScanIndexForward: false,
                ...input
            })), {
                retryable: isServerError,
                attempts: 30,
                budgetMs: remaining,
                maxDelayMs: Math.min(5000, remaining)
            });
        }
        catch (error) {
            throw this.queryFailure(error);
        }
    }
    queryFailure(error) {
        const { tableName: table, region } = this.inputs;
        const name = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(error);
        if (name === 'ResourceNotFoundException') {
            return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`DynamoDB table ${table} does not exist in ${region}. Create it, or pass the table the devices write to as table-name:\n` +
                `aws dynamodb create-table --table-name ${table} --attribute-definitions AttributeName=device_name,AttributeType=S AttributeName=timestamp,AttributeType=S --key-schema AttributeName=device_name,KeyType=HASH AttributeName=timestamp,KeyType=RANGE --billing-mode PAY_PER_REQUEST --region ${region}`);
        }
        if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAccessDenied */ .w7)(error)) {
            return (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsFailure */ .MT)(error, {
                action: 'dynamodb:Query',
                resource: (0,_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .tableArn */ .cU)(region, '<account>', table)
            });
        }
        if (name === 'ValidationException') {
            return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`Query on DynamoDB table ${table} failed: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}. The table's key must be device_name (S, partition key) and timestamp (S, sort key).`);
        }
        if (isServerError(error)) {
            return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`Query on DynamoDB table ${table} kept failing until the smoke-timeout (${this.inputs.timeoutSeconds} s): ${name ?? 'error'}: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}. DynamoDB had a problem, not the devices: rerun the smoke check once DynamoDB answers (the deployment is done), or raise smoke-timeout.`);
        }
        return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`Query on DynamoDB table ${table} failed: ${name ?? 'error'}: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
    /** The item's time in ms, or undefined (warning once per device) when it can't be compared. */
    timeOf(device, item) {
        const ts = item.timestamp ?? '';
        const ms = ISO_UTC.test(ts) ? Date.parse(ts) : NaN;
        if (!Number.isNaN(ms))
            return ms;
        if (!this.warned.has(device.name)) {
            this.warned.add(device.name);
            if (this.warned.size <= NAMED_DEVICES) {
                this.ctx.reporter.warning(`${device.name} wrote timestamp '${(0,_shared_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(ts)}', which the smoke check can't compare: the app must write ISO 8601 UTC with milliseconds and Z, e.g. 2026-11-29T03:16:14.123Z. Items like it are ignored.`);
            }
        }
        return undefined;
    }
    /** Devices warned about for a timestamp beyond the NAMED_DEVICES the log names. */
    unnamedWarnings() {
        return Math.max(0, this.warned.size - NAMED_DEVICES);
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
/** A 5xx: the service's problem, worth asking again. */
function isServerError(error) {
    return ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) ?? 0) >= 500;
}


/***/ })

};
