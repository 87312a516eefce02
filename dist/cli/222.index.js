export const id = 222;
export const ids = [222];
export const modules = {

/***/ 5222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CREATE_CONCURRENCY: () => (/* reexport */ CREATE_CONCURRENCY),
  SMALL_GROUP: () => (/* reexport */ SMALL_GROUP),
  VERSION_ATTEMPTS: () => (/* reexport */ VERSION_ATTEMPTS),
  componentArn: () => (/* reexport */ componentArn),
  deploy: () => (/* binding */ deploy),
  deploymentPlan: () => (/* reexport */ deploymentPlan),
  mergeDeployment: () => (/* reexport */ mergeDeployment),
  rollBackTargets: () => (/* reexport */ rollBackTargets),
  targetSources: () => (/* reexport */ targetSources),
  targetsWithDevices: () => (/* reexport */ targetsWithDevices)
});

// EXTERNAL MODULE: ./src/core/deploy/fleet.ts
var fleet = __webpack_require__(2715);
// EXTERNAL MODULE: ./src/core/target-names.ts
var target_names = __webpack_require__(5499);
// EXTERNAL MODULE: ./src/core/targets.ts
var targets = __webpack_require__(277);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-greengrassv2/dist-cjs/index.js
var dist_cjs = __webpack_require__(2956);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
// EXTERNAL MODULE: ./src/core/arns.ts
var arns = __webpack_require__(5271);
// EXTERNAL MODULE: ./src/core/shared/files.ts
var files = __webpack_require__(1354);
// EXTERNAL MODULE: ./src/core/shared/errors.ts
var shared_errors = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/core/recipe/render-recipe.ts + 5 modules
var render_recipe = __webpack_require__(6692);
// EXTERNAL MODULE: ./src/core/shared/retry.ts
var retry = __webpack_require__(4359);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/deploy/calls.ts
// The step's AWS calls: retried, and mapped to the error that names the permission.



function token(...parts) {
    // sha256 in hex is 64 characters: exactly the API's limit, and within ^[a-zA-Z0-9-]+$.
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\n')).digest('hex');
}
async function call(ctx, what, fn) {
    try {
        return await (0,retry/* withRetry */.b)(ctx, what, fn);
    }
    catch (error) {
        throw asFailure(what, error);
    }
}
/** `what` is the Greengrass action and what it was called on: `GetComponent <arn>`. */
function asFailure(what, error) {
    const [action, ...on] = what.split(' ');
    return (0,shared_errors/* awsFailure */.MT)(error, {
        action: `greengrass:${action}`,
        resource: on.join(' ').replace(/^for /, '') || '*'
    });
}
/** Retries that end by the wait's deadline: while waiting, the next poll asks again anyway,
 * and what could not be read by the deadline is unknown. */
function untilDeadline(ctx, deadline) {
    const remaining = Math.max(0, deadline - ctx.clock.now().getTime());
    return { attempts: 3, budgetMs: remaining, maxDelayMs: Math.min(2000, remaining) };
}

;// CONCATENATED MODULE: ./src/core/deploy/component.ts
// The component version: the rendered recipe loaded and checked, published once (versions
// are immutable), and waited for until DEPLOYABLE.








function componentArn(region, accountId, componentName, componentVersion) {
    return (0,arns/* componentVersionArn */.Vh)(region, accountId, componentName, componentVersion);
}
async function loadRecipe(path, given) {
    let text = given;
    if (text === undefined) {
        text = await (0,files/* readInputFile */.j)(path, 'recipe-path', `the rendered recipe ${path} does not exist. Run render-recipe first (its recipe-path output names the file), or point 'recipe-path' at it.`);
    }
    let data;
    try {
        // As YAML, which reads JSON too: the rendered recipe is either, whatever the file's name.
        data = (0,render_recipe.parseRecipe)(text, path, 'yaml');
    }
    catch (error) {
        throw new shared_errors/* ConfigurationError */.j1(`Input 'recipe-path': ${(0,shared_errors/* errorMessage */.gJ)(error).split('\n')[0]} Deploy the recipe render-recipe wrote: run render-recipe first (its recipe-path output names the file), and point 'recipe-path' at it.`, 'recipe-path');
    }
    const stringField = (key) => {
        const value = (0,render_recipe.field)(data, key);
        return typeof value === 'string' && value ? value : undefined;
    };
    const name = stringField('ComponentName');
    const version = stringField('ComponentVersion');
    if (!name || !version) {
        throw new shared_errors/* ConfigurationError */.j1(`${path}: the recipe has no ${name ? 'ComponentVersion' : 'ComponentName'}; render it with render-recipe, which fills both.`, 'recipe-path');
    }
    return { name, version, text, data };
}
async function describe(gg, ctx, arn) {
    try {
        return await (0,retry/* withRetry */.b)(ctx, 'DescribeComponent', () => gg.send(new dist_cjs.DescribeComponentCommand({ arn })));
    }
    catch (error) {
        if ((0,shared_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException')
            return undefined;
        throw asFailure(`DescribeComponent ${arn}`, error);
    }
}
/** The existing version, after checking it has our recipe; undefined when there is none. */
async function inspectComponent(gg, ctx, arn, recipe) {
    const found = await describe(gg, ctx, arn);
    if (found)
        await checkSameRecipe(gg, ctx, arn, recipe);
    return found;
}
async function checkSameRecipe(gg, ctx, arn, recipe, raced = false) {
    const stored = await call(ctx, `GetComponent ${arn}`, () => gg.send(new dist_cjs.GetComponentCommand({ arn, recipeOutputFormat: 'YAML' })));
    let theirs;
    try {
        theirs = (0,render_recipe.parseRecipe)(new TextDecoder().decode(stored.recipe ?? new Uint8Array()), arn, 'yaml');
    }
    catch {
        theirs = undefined;
    }
    // Greengrass adds a Digest and Algorithm to artifacts in the recipe it stores: not ours to
    // compare.
    const difference = (0,render_recipe.recipeDifference)(theirs, recipe.data);
    if (difference === undefined) {
        ctx.reporter.info(`Component ${recipe.name} ${recipe.version} already exists with the same recipe; reusing it.`);
        return;
    }
    throw new VersionTaken(recipe.version, difference, raced);
}
/** The component version exists with another recipe. `raced`: it did not exist when this
 * run looked, so another run created it at the same time. */
class VersionTaken extends Error {
    version;
    difference;
    raced;
    constructor(version, difference, raced) {
        super(`version ${version} exists with a different recipe (first difference at ${difference})`);
        this.version = version;
        this.difference = difference;
        this.raced = raced;
    }
}
/** Attempts at a component version when concurrent runs with auto keep taking it. */
const VERSION_ATTEMPTS = 3;
/**
 * After VersionTaken: with auto (the caller can render the recipe again), the next patch
 * version; otherwise the error for the user. A version that existed before this run is the
 * user's to bump (exit 2); one a concurrent run created just now is not bad input (exit 1).
 */
async function takeNextVersion(taken, attempt, recipe, options, ctx) {
    const what = `Component ${recipe.name} version ${taken.version}`;
    if (!options.nextVersion) {
        if (!taken.raced) {
            throw new shared_errors/* ConfigurationError */.j1(`${what} already exists with a different recipe (first difference at ${taken.difference}): versions are immutable; bump component-version (or use auto).`, 'component-version');
        }
        throw new shared_errors/* StepFailure */.pH(`${what} was created by another run at the same time, with a different recipe (first difference at ${taken.difference}). Nothing of this run was deployed. Rerun after the other run: with component-version auto this run takes the next version; with an explicit version, choose one the other run did not take.`);
    }
    if (attempt >= VERSION_ATTEMPTS) {
        throw new shared_errors/* StepFailure */.pH(`${what}: concurrent runs took ${attempt} versions in a row, each with a different recipe. Nothing of this run was deployed; rerun once the other runs are done.`);
    }
    const version = semver.inc(taken.version, 'patch');
    ctx.reporter.warning(`${what} was taken by another run with a different recipe (first difference at ${taken.difference}); taking ${version}.`);
    return loadRecipe(`${recipe.name} ${version}`, options.nextVersion(version));
}
async function createComponent(gg, ctx, arn, recipe) {
    try {
        await (0,retry/* withRetry */.b)(ctx, 'CreateComponentVersion', () => gg.send(new dist_cjs.CreateComponentVersionCommand({
            inlineRecipe: new TextEncoder().encode(recipe.text),
            clientToken: token(recipe.name, recipe.version, recipe.text)
        })));
        ctx.reporter.info(`Created component ${recipe.name} ${recipe.version}.`);
        return true;
    }
    catch (error) {
        // Someone (a concurrent run) created it between our look and our create: fine if it is
        // the same recipe, the version-conflict error otherwise.
        if ((0,shared_errors/* awsErrorName */.ZH)(error) !== 'ConflictException') {
            throw asFailure(`CreateComponentVersion ${recipe.name} ${recipe.version}`, error);
        }
        await checkSameRecipe(gg, ctx, arn, recipe, true);
        return false;
    }
}
async function waitDeployable(gg, ctx, arn, recipe, deadline, known) {
    const what = `Component ${recipe.name} ${recipe.version}`;
    // A new version is usually DEPLOYABLE within a second or two: look soon, then back off.
    let delay = 500;
    let current = known ?? (await describe(gg, ctx, arn));
    for (;;) {
        const status = current?.status;
        const state = status?.componentState;
        if (state === 'DEPLOYABLE')
            return;
        if (state === 'DEPRECATED') {
            ctx.reporter.warning(`${what} is DEPRECATED; deploying it anyway.`);
            return;
        }
        if (state === 'FAILED') {
            const errors = Object.entries(status?.errors ?? {}).map(([k, v]) => `${k}: ${v}`);
            throw new shared_errors/* StepFailure */.pH(`${what} failed to register: ${status?.message ?? 'no message'}${errors.length ? ` (${errors.join('; ')})` : ''}. Fix the recipe and publish it under a new component-version: a version cannot be replaced.`);
        }
        const remaining = deadline - ctx.clock.now().getTime();
        if (remaining <= 0) {
            throw new shared_errors/* StepFailure */.pH(`${what} is still ${state ?? 'not visible'} after the wait-timeout; rerun later (the version is kept), or raise wait-timeout.`);
        }
        ctx.reporter.info(`${what} is ${state ?? 'being registered'}; waiting for DEPLOYABLE.`);
        await ctx.clock.sleep(Math.min(delay, remaining));
        delay = Math.min(delay * 2, 10_000);
        current = await describe(gg, ctx, arn);
    }
}

// EXTERNAL MODULE: ./src/core/shared/data.ts
var data = __webpack_require__(1853);
;// CONCATENATED MODULE: ./src/core/shared/pages.ts
// Every page of a paginated AWS listing, in one loop: the SDK's nextToken convention.
/**
 * Calls `page` with each nextToken until there is none (or `enough` says the items so far
 * suffice), and returns every item in order.
 */
async function allPages(page, items, enough = () => false) {
    const all = [];
    let nextToken;
    do {
        const answer = await page(nextToken);
        all.push(...(items(answer) ?? []));
        nextToken = answer.nextToken;
    } while (nextToken && !enough(all));
    return all;
}

;// CONCATENATED MODULE: ./src/core/deploy/devices.ts
// One device's verdict on a deployment, and a group's core devices.






const OK = new Set(['COMPLETED', 'SUCCEEDED']);
const FAILED = new Set(['FAILED', 'TIMED_OUT', 'REJECTED', 'CANCELED']);
const PENDING = 'PENDING';
/** We could not read the device's status, and asking again will not help (e.g. denied). */
const UNKNOWN = 'UNKNOWN';
/** We could not read the device's status this time (throttling, 5xx): asked again. */
const UNREAD = 'UNKNOWN (asking again)';
const OUR_TIMEOUT = 'TIMED_OUT (';
/** Groups up to this many core devices are watched device by device. */
const SMALL_GROUP = 20;
/** Above this many devices a target is not asked device by device; the smoke check then
 * applies `since` to all of them. */
const RUNNING_CHECK_LIMIT = 50;
/** Still worth asking about: not reported yet, QUEUED, IN_PROGRESS or a status we don't know. */
function isPendingStatus(status) {
    return (!OK.has(status) && !FAILED.has(status) && status !== UNKNOWN && !status.startsWith(OUR_TIMEOUT));
}
async function devicesInGroup(clients, ctx, group) {
    const members = await (0,targets/* groupMembers */.rU)(clients.iot, ctx, group, RUNNING_CHECK_LIMIT + 1);
    // A large group is followed through its IoT job, whose counts cover only the devices
    // Greengrass deploys to: its members are not asked one by one.
    if (members.more || members.names.length > RUNNING_CHECK_LIMIT) {
        return { ...members, skipped: [] };
    }
    const { core, skipped } = await (0,targets/* coreMembers */.L9)(clients.greengrass, ctx, members.names);
    if (skipped.length > 0) {
        ctx.reporter.info(`thinggroup/${group}: not waiting for ${skipped.map(s => `${s.name} (${s.why})`).join(', ')}: the deployment runs only on core devices.`);
    }
    return { names: core, more: false, skipped };
}
/** Worth asking again at the next poll: throttling, a 5xx, a network error (no HTTP status).
 * Wider than shared/errors.ts isTransient (what a step's retries use): here an error with no
 * HTTP status is asked about again too. Either way a status that could not be read is
 * unread or unknown, never failed. */
function worthAnotherPoll(error) {
    const status = (0,shared_errors/* httpStatus */.nG)(error);
    return (0,retry/* isThrottling */.E)(error) || status === undefined || status >= 500;
}
async function verdictOf(gg, ctx, thingName, deploymentId, deadline) {
    let entry;
    // While waiting, the retries stay within the deadline: the next poll asks again anyway.
    const bounded = deadline === undefined ? {} : untilDeadline(ctx, deadline);
    try {
        const ours = (e) => e.deploymentId === deploymentId;
        const seen = await allPages(nextToken => (0,retry/* withRetry */.b)(ctx, `ListEffectiveDeployments ${thingName}`, () => gg.send(new dist_cjs.ListEffectiveDeploymentsCommand({ coreDeviceThingName: thingName, nextToken })), bounded), page => page.effectiveDeployments, soFar => soFar.some(ours));
        entry = seen.find(ours);
    }
    catch (error) {
        // A status we could not read is unknown, never a failure: a throttled poll must not fail
        // (nor roll back) a release the device runs. Transient errors are asked again at the
        // next poll; others (e.g. access denied) settle as unknown.
        const name = (0,shared_errors/* awsErrorName */.ZH)(error);
        if (name === 'ResourceNotFoundException') {
            // Greengrass does not know the thing as a core device (yet): its deployment waits.
            return {
                status: PENDING,
                reason: 'not a Greengrass core device yet: its deployment waits until it is provisioned as one',
                ok: false
            };
        }
        return {
            status: worthAnotherPoll(error) ? UNREAD : UNKNOWN,
            reason: `its status could not be read: ${name ?? 'error'}: ${(0,shared_errors/* errorMessage */.gJ)(error)}`,
            ok: false
        };
    }
    const status = entry?.coreDeviceExecutionStatus ?? PENDING;
    if (OK.has(status))
        return { status, ok: true };
    if (!FAILED.has(status))
        return { status, ok: false };
    const details = entry?.statusDetails;
    const reason = [
        entry?.reason,
        details?.errorStack?.length ? `error stack: ${details.errorStack.join(' > ')}` : undefined,
        details?.errorTypes?.length ? `error types: ${details.errorTypes.join(', ')}` : undefined
    ]
        .filter(Boolean)
        .join('; ');
    return { status, ok: false, ...(reason ? { reason } : {}) };
}

;// CONCATENATED MODULE: ./src/core/deploy/verdict.ts
// A watched target's verdict, device by device or from its IoT job's counts.




function deviceVerdict(w, entry, waited, failures) {
    const t = entry.result;
    const label = (0,target_names/* targetLabel */.Op)(t.target);
    for (const d of entry.devices.filter(d => isPendingStatus(d.status))) {
        if (d.status === UNREAD) {
            d.status = UNKNOWN;
            d.reason = `${d.reason ?? 'its status could not be read'} (until the wait-timeout, ${waited}s)`;
            continue;
        }
        d.reason =
            d.status === PENDING
                ? (d.reason ?? 'the device has not reported this deployment yet (is it online?)')
                : `last status ${d.status}`;
        d.status = `${OUR_TIMEOUT}waited ${waited}s)`;
    }
    t.devices = entry.devices;
    if (entry.problem) {
        failures.push(entry.problem);
        t.status = 'unknown';
        return;
    }
    const unknown = entry.devices.filter(d => d.status === UNKNOWN);
    const failed = entry.devices.filter(d => !d.ok && !d.status.startsWith(OUR_TIMEOUT) && d.status !== UNKNOWN);
    const timedOut = entry.devices.filter(d => d.status.startsWith(OUR_TIMEOUT));
    const tolerated = t.target.kind === 'thinggroup' &&
        failed.length > 0 &&
        !(0,fleet/* pastThreshold */.sT)(failed.length, entry.devices.length, w.threshold);
    const lines = [...failed, ...timedOut, ...unknown].map(d => `thing ${d.thingName} (${label}): ${d.status}${d.reason ? ` — ${d.reason}` : ''}`);
    if (tolerated) {
        for (const line of lines.slice(0, failed.length))
            w.ctx.reporter.warning(line);
        failures.push(...lines.slice(failed.length));
        w.ctx.reporter.info(`${label}: ${failed.length} of ${entry.devices.length} devices failed (${(0,fleet/* percentText */.fL)(failed.length, entry.devices.length)}), within the failure-threshold of ${w.threshold}%.`);
    }
    else
        failures.push(...lines);
    if (failed.length > 0 && !tolerated)
        t.status = 'failed';
    else if (timedOut.length > 0)
        t.status = 'timed-out';
    else if (unknown.length > 0)
        t.status = 'unknown';
    else
        t.status = 'succeeded';
}
async function jobVerdict(w, entry, waited, failures) {
    const t = entry.result;
    const label = (0,target_names/* targetLabel */.Op)(t.target);
    const job = entry.job;
    if (entry.problem || !job?.counts) {
        const unread = entry.problem ??
            (entry.unread ? `${entry.unread} (until the wait-timeout, ${waited}s)` : undefined);
        failures.push(unread ?? `${label}: TIMED_OUT (waited ${waited}s): the deployment's IoT job did not start.`);
        t.status = unread ? 'unknown' : 'timed-out';
        return;
    }
    const c = job.counts;
    t.counts = c;
    const total = (0,fleet/* totalOf */.e6)(c);
    const failed = (0,fleet/* failedOf */.ZA)(c);
    // The failed devices, listed up to the cap, each with its own reason.
    try {
        for (let i = 0; i < 3 && job.listed.size < Math.min(failed, fleet/* LISTED_FAILURES */.i3); i++) {
            if ((await job.listNewFailures()).length === 0)
                break;
        }
    }
    catch (error) {
        w.ctx.reporter.debug(`${label}: could not list the failed devices: ${(0,shared_errors/* errorMessage */.gJ)(error)}`);
    }
    for (const [thingName, status] of job.listed) {
        const verdict = await verdictOf(w.gg, w.ctx, thingName, t.deploymentId);
        t.devices.push({
            thingName,
            status: FAILED.has(verdict.status) ? verdict.status : status,
            ok: false,
            ...(verdict.reason ? { reason: verdict.reason } : {})
        });
    }
    const unlisted = failed - t.devices.length;
    const deviceLines = t.devices.map(d => `thing ${d.thingName} (${label}): ${d.status}${d.reason ? ` — ${d.reason}` : ''}`);
    if (unlisted > 0)
        deviceLines.push(`${label}: ${unlisted} more failed devices not listed.`);
    const share = `${failed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} failed (${(0,fleet/* percentText */.fL)(failed, total)})`;
    if (job.status === 'CANCELED') {
        t.aborted = true;
        t.status = 'failed';
        failures.push(`${label}: aborted by the rollout's abort criteria: ${share}.`, ...deviceLines);
    }
    else if ((0,fleet/* pastThreshold */.sT)(failed, total, w.threshold)) {
        t.status = 'failed';
        failures.push(`${label}: ${share}, more than the failure-threshold of ${w.threshold}%.`, ...deviceLines);
    }
    else {
        for (const line of deviceLines)
            w.ctx.reporter.warning(line);
        if ((0,fleet/* pendingOf */.lc)(c) > 0 && job.status !== 'COMPLETED') {
            t.status = 'timed-out';
            failures.push(`${label}: TIMED_OUT (waited ${waited}s): ${(0,fleet/* countsText */.WN)(c)}.`);
        }
        else
            t.status = 'succeeded';
    }
}
function countByStatus(devices) {
    const counts = new Map();
    for (const d of devices)
        counts.set(d.status, (counts.get(d.status) ?? 0) + 1);
    return [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
}

;// CONCATENATED MODULE: ./src/core/deploy/watch.ts
// Waiting for the devices: polled until each target has a verdict or the wait-timeout.
//
// A thing, and a group of at most SMALL_GROUP core devices, are watched device by device
// (each device's own verdict and reason). A larger group is watched through the deployment's
// IoT job: one DescribeJob per poll whatever the fleet's size, and only the failed executions
// listed (capped), so that the cost of a poll does not grow with the fleet.








// A device often reports within a second or two: the first look comes soon, then back off.
const FIRST_POLL_MS = 1000;
const MAX_POLL_MS = 30_000;
async function waitForDevices(w, targets, failures) {
    const { ctx, devicesOf } = w;
    const { clock, reporter } = ctx;
    const started = clock.now().getTime();
    const deadline = started + w.timeoutSeconds * 1000;
    const watched = [];
    for (const t of targets) {
        const entry = { result: t, devices: [], viaJob: false, done: false };
        watched.push(entry);
        try {
            if (t.target.kind === 'thing') {
                entry.devices = [{ thingName: t.target.name, status: PENDING, ok: false }];
                continue;
            }
            const group = await devicesOf(t.target.name);
            if (group.skipped.length > 0)
                t.skipped = group.skipped;
            if (group.names.length === 0) {
                // Not a failure: a group's deployment reaches every core device that joins it later.
                const others = group.skipped.length
                    ? ` (only ${group.skipped.map(s => s.name).join(', ')}, not core devices)`
                    : '';
                reporter.warning(`${(0,target_names/* targetLabel */.Op)(t.target)}: no core device in the group yet${others}; the deployment waits for devices to join it. Add the core devices to the group to run it.`);
                entry.empty = true;
                entry.done = true;
                continue;
            }
            else if (group.more || group.names.length > SMALL_GROUP) {
                entry.viaJob = true;
                reporter.info(`${(0,target_names/* targetLabel */.Op)(t.target)}: more than ${SMALL_GROUP} core devices; following the deployment's IoT job (aggregate counts, failed devices only).`);
            }
            else {
                entry.devices = group.names.map(thingName => ({ thingName, status: PENDING, ok: false }));
            }
        }
        catch (error) {
            entry.problem = `${(0,target_names/* targetLabel */.Op)(t.target)}: cannot list its things: ${(0,shared_errors/* errorMessage */.gJ)(error)}`;
        }
        if (entry.problem)
            entry.done = true;
    }
    let delay = FIRST_POLL_MS;
    let lastProgress = '';
    let waited;
    for (;;) {
        for (const entry of watched.filter(e => !e.done)) {
            if (entry.viaJob)
                await pollJob(w, entry, deadline);
            else
                await pollDevices(w, entry, deadline);
        }
        waited = Math.round((clock.now().getTime() - started) / 1000);
        const progress = watched
            .filter(e => e.devices.length || e.job?.counts)
            .map(e => `${(0,target_names/* targetLabel */.Op)(e.result.target)}: ${e.viaJob ? (0,fleet/* countsText */.WN)(e.job.counts) : countByStatus(e.devices)}`)
            .join('; ');
        if (progress !== lastProgress)
            reporter.info(`Devices after ${waited}s: ${progress}`);
        else
            reporter.debug(`Devices after ${waited}s: unchanged`);
        lastProgress = progress;
        if (watched.every(e => e.done))
            break;
        const remaining = deadline - clock.now().getTime();
        if (remaining <= 0)
            break;
        await clock.sleep(Math.min(delay, remaining));
        delay = Math.min(delay * 2, MAX_POLL_MS);
    }
    for (const entry of watched) {
        if (entry.empty)
            entry.result.status = 'not-waited';
        else if (entry.viaJob)
            await jobVerdict(w, entry, waited, failures);
        else
            deviceVerdict(w, entry, waited, failures);
    }
}
async function pollDevices(w, entry, deadline) {
    for (const device of entry.devices) {
        if (!isPendingStatus(device.status))
            continue;
        const verdict = await verdictOf(w.gg, w.ctx, device.thingName, entry.result.deploymentId, deadline);
        // An unreadable status tells nothing new: the device keeps what it last reported (and
        // is asked again at the next poll).
        if (verdict.status === UNREAD && device.status !== PENDING && device.status !== UNREAD) {
            continue;
        }
        device.status = verdict.status;
        device.ok = verdict.ok;
        if (verdict.reason)
            device.reason = verdict.reason;
        else
            delete device.reason;
    }
    entry.done = !entry.devices.some(d => isPendingStatus(d.status));
}
/** One DescribeJob; the deployment's job id comes from one GetDeployment, once. Their
 * retries end by the deadline: a job not read by then is unknown, never failed. */
async function pollJob(w, entry, deadline) {
    const t = entry.result;
    try {
        if (!entry.job) {
            const deployment = await (0,retry/* withRetry */.b)(w.ctx, `GetDeployment ${t.deploymentId}`, () => w.gg.send(new dist_cjs.GetDeploymentCommand({ deploymentId: t.deploymentId })), untilDeadline(w.ctx, deadline));
            if (!deployment.iotJobId)
                return;
            entry.job = new fleet/* JobWatch */.xr(w.iot, w.ctx, deployment.iotJobId);
            t.jobId = deployment.iotJobId;
        }
        const job = entry.job;
        await job.poll(untilDeadline(w.ctx, deadline));
        delete entry.unread;
        const added = await job.listNewFailures(untilDeadline(w.ctx, deadline));
        if (added.length > 0) {
            w.ctx.reporter.info(`${(0,target_names/* targetLabel */.Op)(t.target)}: failed on ${added.join(', ')}.`);
        }
        const c = job.counts;
        const total = (0,fleet/* totalOf */.e6)(c);
        entry.done =
            job.status === 'CANCELED' ||
                job.status === 'COMPLETED' ||
                (total > 0 && (0,fleet/* pendingOf */.lc)(c) === 0) ||
                // Failures only grow: once past the threshold the verdict cannot change.
                (total > 0 && (0,fleet/* pastThreshold */.sT)((0,fleet/* failedOf */.ZA)(c), total, w.threshold));
    }
    catch (error) {
        // The deployment exists: a job we cannot follow is an unknown verdict, never a failed
        // one. Throttling and 5xx are asked again at the next poll, within the deadline.
        const why = `${(0,target_names/* targetLabel */.Op)(t.target)}: cannot follow its IoT job${t.jobId ? ` ${t.jobId}` : ''}: ${(0,shared_errors/* awsErrorName */.ZH)(error) ?? 'error'}: ${(0,shared_errors/* errorMessage */.gJ)(error)}`;
        if (worthAnotherPoll(error))
            entry.unread = why;
        else {
            entry.problem = why;
            entry.done = true;
        }
    }
}

;// CONCATENATED MODULE: ./src/core/deploy/create.ts
// Creating a stage's deployments (a few at a time), with what they start from.










/** CreateDeployment calls in flight at most; each thing target is its own deployment. */
const CREATE_CONCURRENCY = 4;
function targetResult(plan, deploymentId) {
    return {
        target: plan.target,
        targetArn: plan.targetArn,
        deploymentId,
        previousDeploymentId: plan.previous?.deploymentId,
        unchanged: plan.unchanged,
        ...(plan.retried ? { retried: true } : {}),
        alreadyRunning: [],
        devices: [],
        status: 'not-waited',
        ...(plan.stage ? { stage: plan.stage } : {})
    };
}
/** Creates the stage's deployments (at most CREATE_CONCURRENCY at a time) and waits. */
async function runStage(w, result, plans, recipe, wait) {
    if (plans.length === 0)
        return [];
    const { gg, ctx, devicesOf } = w;
    const running = new Map();
    for (const plan of plans) {
        if (!plan.unchanged) {
            running.set(plan, await devicesAlreadyRunning(gg, ctx, plan, recipe, devicesOf));
        }
    }
    const created = [];
    const before = result.targets.filter(t => t.deploymentId && !t.unchanged);
    const stage = [];
    try {
        await (0,fleet/* mapLimit */.sf)(plans, CREATE_CONCURRENCY, async (plan) => {
            const deploymentId = plan.unchanged
                ? plan.previous.deploymentId
                : await createDeployment(gg, ctx, plan);
            if (!plan.unchanged)
                created.push(`${(0,target_names/* targetLabel */.Op)(plan.target)}: ${deploymentId}`);
            const t = { ...targetResult(plan, deploymentId), alreadyRunning: running.get(plan) ?? [] };
            stage.push(t);
        });
    }
    catch (error) {
        const done = [...before.map(t => `${(0,target_names/* targetLabel */.Op)(t.target)}: ${t.deploymentId}`), ...created];
        const message = done.length
            ? ` Deployments already created (a rerun keeps them): ${done.join(', ')}.`
            : '';
        // The user's to fix stays the user's (exit 2), with what was already done.
        if (error instanceof shared_errors/* ConfigurationError */.j1) {
            throw new shared_errors/* ConfigurationError */.j1(`${error.message}${message}`, error.subject);
        }
        throw new shared_errors/* StepFailure */.pH(`${(0,shared_errors/* errorMessage */.gJ)(error)}${message}`);
    }
    // In the order of the targets, whatever order the creates finished in.
    stage.sort((a, b) => plans.findIndex(p => p.target === a.target) - plans.findIndex(p => p.target === b.target));
    result.targets.push(...stage);
    // 3. The devices' verdicts. From here on nothing throws: the deployments exist, and the
    // caller reports them before failing the job.
    if (wait)
        await waitForDevices(w, stage, result.failures);
    else
        w.ctx.reporter.info('Not waiting for the devices (wait: false); their result is not checked.');
    return stage;
}
/**
 * The devices of a changed target that already run this component version, through
 * another target: Greengrass does not restart a component whose version, recipe and
 * configuration did not change, so these write no new item in this run.
 */
async function devicesAlreadyRunning(gg, ctx, plan, recipe, devicesOf) {
    const group = plan.target.kind === 'thing'
        ? { names: [plan.target.name], more: false }
        : await devicesOf(plan.target.name);
    const devices = group.names;
    if (group.more || devices.length > RUNNING_CHECK_LIMIT) {
        ctx.reporter.debug(`${(0,target_names/* targetLabel */.Op)(plan.target)}: more than ${RUNNING_CHECK_LIMIT} devices; not asking each which version it runs.`);
        return [];
    }
    const running = [];
    for (const thingName of devices) {
        const runsOurs = (c) => c.componentName === recipe.name &&
            c.componentVersion === recipe.version &&
            (c.lifecycleState === 'RUNNING' || c.lifecycleState === 'FINISHED');
        const installed = await allPages(nextToken => call(ctx, `ListInstalledComponents ${thingName}`, () => gg.send(new dist_cjs.ListInstalledComponentsCommand({ coreDeviceThingName: thingName, nextToken }))).catch((error) => {
            // A device Greengrass does not know yet has nothing installed.
            if ((0,shared_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException')
                return {};
            throw error;
        }), page => page.installedComponents, soFar => soFar.some(runsOurs));
        if (installed.some(runsOurs))
            running.push(thingName);
    }
    if (running.length > 0) {
        ctx.reporter.info(`${(0,target_names/* targetLabel */.Op)(plan.target)}: ${running.join(', ')} already run${running.length === 1 ? 's' : ''} ${recipe.name} ${recipe.version} and will not restart it.`);
    }
    return running;
}
async function createDeployment(gg, ctx, plan) {
    const body = { targetArn: plan.targetArn, ...plan.request };
    // The base deployment is part of the token: a retry of this run is idempotent, while going
    // back to an earlier set within the token's 8 hours still creates a deployment.
    const request = {
        ...body,
        clientToken: token(plan.targetArn, plan.previous?.deploymentId ?? '', (0,data/* canonicalJson */.dj)(body))
    };
    ctx.reporter.debug(`CreateDeployment ${JSON.stringify(request, null, 2)}`);
    try {
        const created = await (0,retry/* withRetry */.b)(ctx, 'CreateDeployment', () => gg.send(new dist_cjs.CreateDeploymentCommand(request)));
        ctx.reporter.info(`${(0,target_names/* targetLabel */.Op)(plan.target)}: created deployment ${created.deploymentId}.`);
        return created.deploymentId;
    }
    catch (error) {
        const failure = asFailure(`CreateDeployment for ${(0,target_names/* targetLabel */.Op)(plan.target)}`, error);
        const hint = (0,shared_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException'
            ? ` Check that ${(0,target_names/* targetLabel */.Op)(plan.target)} exists in this account and region.`
            : '';
        if (!hint)
            throw failure;
        throw new shared_errors/* StepFailure */.pH(`${failure.message}${hint}`);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/core/deploy/deployment-file.ts
// The deployment file (recipe/deployment.yaml): the user's defaults for every deployment the
// toolkit creates — targets, name, policies and IoT job rollout — in the CreateDeployment
// API's own member names. The toolkit fills in the components, so the file never lists them.
// It is read strictly: an unknown or misspelt key would otherwise be silently ignored and the
// devices would run with a policy the user never chose.





const deployment_file_int = (min, max) => {
    const range = max === undefined ? `at least ${min}` : `from ${min} to ${max}`;
    const n = schemas/* number */.aig({ error: `must be a whole number ${range}` })
        .int({ error: `must be a whole number ${range}` })
        .min(min, { error: `must be ${range}` });
    return max === undefined ? n : n.max(max, { error: `must be ${range}` });
};
const oneOf = (values) => schemas/* enum */.k5n(values, { error: `must be one of ${values.join(', ')}` });
// Mirrors the CreateDeployment members (ranges from the API model), so that a mistake is
// reported here with its line rather than by the API after the component version exists.
const schema = schemas/* strictObject */.rej({
    deploymentName: schemas/* string */.YjP({ error: 'must be a string' })
        .min(1, { error: 'must not be empty' })
        .optional(),
    targets: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())], {
        error: 'must be a list of targets (thing names, thing/<name>, thinggroup/<name> or ARNs)'
    })
        .optional(),
    deploymentPolicies: schemas/* strictObject */.rej({
        failureHandlingPolicy: oneOf(['ROLLBACK', 'DO_NOTHING']).optional(),
        componentUpdatePolicy: schemas/* strictObject */.rej({
            timeoutInSeconds: deployment_file_int(1).optional(),
            action: oneOf(['NOTIFY_COMPONENTS', 'SKIP_NOTIFY_COMPONENTS']).optional()
        })
            .optional(),
        configurationValidationPolicy: schemas/* strictObject */.rej({ timeoutInSeconds: deployment_file_int(1).optional() })
            .optional()
    })
        .optional(),
    iotJobConfiguration: schemas/* strictObject */.rej({
        jobExecutionsRolloutConfig: schemas/* strictObject */.rej({
            exponentialRate: schemas/* strictObject */.rej({
                baseRatePerMinute: deployment_file_int(1, 1000),
                incrementFactor: schemas/* number */.aig({ error: 'must be a number from 1.1 to 5' })
                    .min(1.1, { error: 'must be from 1.1 to 5' })
                    .max(5, { error: 'must be from 1.1 to 5' }),
                rateIncreaseCriteria: schemas/* strictObject */.rej({
                    numberOfNotifiedThings: deployment_file_int(1).optional(),
                    numberOfSucceededThings: deployment_file_int(1).optional()
                })
                    .refine(c => (c.numberOfNotifiedThings === undefined) !==
                    (c.numberOfSucceededThings === undefined), {
                    error: 'needs exactly one of numberOfNotifiedThings or numberOfSucceededThings'
                })
            })
                .optional(),
            maximumPerMinute: deployment_file_int(1, 1000).optional()
        })
            .optional(),
        abortConfig: schemas/* strictObject */.rej({
            criteriaList: schemas/* array */.YOg(schemas/* strictObject */.rej({
                failureType: oneOf(['FAILED', 'REJECTED', 'TIMED_OUT', 'ALL']),
                action: oneOf(['CANCEL']),
                thresholdPercentage: schemas/* number */.aig({ error: 'must be a number from 0 to 100' })
                    .min(0, { error: 'must be from 0 to 100' })
                    .max(100, { error: 'must be from 0 to 100' }),
                minNumberOfExecutedThings: deployment_file_int(1)
            }))
                .min(1, { error: 'must list at least one criterion' })
        })
            .optional(),
        timeoutConfig: schemas/* strictObject */.rej({ inProgressTimeoutInMinutes: deployment_file_int(1).optional() }).optional()
    })
        .optional()
});
// Keys a user copying the seed's cli-deployment.json may bring along, and what to do instead.
const KEY_HINTS = {
    components: 'the toolkit fills in the components from the recipe and keeps the other components of the target’s current deployment; remove it',
    targetArn: "use 'targets' (a list), or the 'targets' input",
    parentTargetArn: 'the toolkit does not create subdeployments; remove it',
    tags: 'the toolkit does not tag deployments; remove it'
};
const KNOWN_KEYS = [
    'deploymentName',
    'targets',
    'deploymentPolicies',
    'failureHandlingPolicy',
    'componentUpdatePolicy',
    'timeoutInSeconds',
    'action',
    'configurationValidationPolicy',
    'iotJobConfiguration',
    'jobExecutionsRolloutConfig',
    'exponentialRate',
    'baseRatePerMinute',
    'incrementFactor',
    'rateIncreaseCriteria',
    'numberOfNotifiedThings',
    'numberOfSucceededThings',
    'maximumPerMinute',
    'abortConfig',
    'criteriaList',
    'failureType',
    'thresholdPercentage',
    'minNumberOfExecutedThings',
    'timeoutConfig',
    'inProgressTimeoutInMinutes'
];
function hintFor(key) {
    if (KEY_HINTS[key])
        return KEY_HINTS[key];
    const near = KNOWN_KEYS.find(k => k.toLowerCase() === key.toLowerCase());
    return near ? `did you mean '${near}'? (keys are case-sensitive)` : 'remove it';
}
function pathText(path) {
    return path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
        .join('');
}
/** Locates a value (or, with `key`, the key itself) in the YAML source, as file:line. */
class Locator {
    file;
    doc;
    lines;
    constructor(file, doc, lines) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
    }
    at(path, key) {
        let offset;
        const node = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
        if (key !== undefined && (0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find(p => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
            if (pair && (0,dist/* isScalar */.jn)(pair.key))
                offset = pair.key.range?.[0];
        }
        if (offset === undefined && node && typeof node === 'object' && 'range' in node) {
            offset = node.range?.[0];
        }
        return offset === undefined ? this.file : `${this.file}:${this.lines.linePos(offset).line}`;
    }
}
/**
 * Reads and validates the deployment file. With a reporter, warns about choices that hurt
 * devices (DO_NOTHING on failure).
 */
async function readDeploymentFile(path, reporter) {
    const text = await (0,files/* readInputFile */.j)(path, 'deployment', `the deployment file ${path} does not exist. Create it (targets, deploymentPolicies, iotJobConfiguration; see recipe/deployment.yaml in the toolkit's README) or point 'deployment' at yours.`);
    return parseDeploymentFile(text, path, reporter);
}
/** The same as readDeploymentFile, for text already in hand; `file` names it in messages. */
function parseDeploymentFile(text, file, reporter) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length > 0) {
        const problems = doc.errors.map(e => {
            const line = lines.linePos(e.pos[0]).line;
            return `${file}${line ? `:${line}` : ''}: not valid YAML: ${e.message.split('\n')[0]}`;
        });
        throw new shared_errors/* ConfigurationError */.j1(problems.join('\n'), file);
    }
    const where = new Locator(file, doc, lines);
    const data = doc.toJS() ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new shared_errors/* ConfigurationError */.j1(`${file}: must be a mapping with targets, deploymentName, deploymentPolicies and iotJobConfiguration.`, file);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
        const problems = parsed.error.issues.flatMap(issue => {
            if (issue.code === 'unrecognized_keys') {
                return issue.keys.map(key => `${where.at(issue.path, key)}: unknown key '${pathText([...issue.path, key])}': ${hintFor(key)}.`);
            }
            return [`${where.at(issue.path)}: '${pathText(issue.path)}' ${issue.message}.`];
        });
        throw new shared_errors/* ConfigurationError */.j1(problems.join('\n'), file);
    }
    const { targets: rawTargets, ...rest } = parsed.data;
    const targets = readTargets(rawTargets, where);
    const result = { ...rest, targets };
    if (result.deploymentPolicies?.failureHandlingPolicy === 'DO_NOTHING') {
        reporter?.warning(`${where.at(['deploymentPolicies', 'failureHandlingPolicy'])}: failureHandlingPolicy is DO_NOTHING: a device that fails to run the new version keeps the broken component. ROLLBACK (the API's default) restores the previous deployment.`);
    }
    return result;
}
function readTargets(raw, where) {
    if (raw === undefined)
        return [];
    const parsed = (0,target_names/* parseTargets */.Sx)(Array.isArray(raw) ? raw.join('\n') : raw);
    if (parsed.ok)
        return parsed.value;
    const bad = /^'([^']*)'/.exec(parsed.message)?.[1];
    const index = Array.isArray(raw) && bad !== undefined ? raw.findIndex(t => t.trim() === bad) : -1;
    const at = where.at(index >= 0 ? ['targets', index] : ['targets']);
    throw new shared_errors/* ConfigurationError */.j1(`${at}: 'targets' has ${parsed.message}.`, where.file);
}

;// CONCATENATED MODULE: ./src/core/deploy/merge.ts
// The API's documented defaults, written out so that a plan shows what the devices will get
// and so that "the file changed nothing" compares like with like.
const DEFAULT_POLICIES = {
    failureHandlingPolicy: 'ROLLBACK',
    componentUpdatePolicy: { timeoutInSeconds: 60, action: 'NOTIFY_COMPONENTS' },
    configurationValidationPolicy: { timeoutInSeconds: 30 }
};
/**
 * The deployment to create: the target's existing deployment with only our component set to
 * our version. Other components keep their version, configurationUpdate and runWith exactly.
 * Ours keeps its runWith (how a device runs it is the operator's choice) but drops a previous
 * configurationUpdate: the rendered recipe's DefaultConfiguration is the one source of our
 * configuration, so a value set by hand in the console cannot silently outlive a change to
 * the recipe. Policies and the IoT job configuration: what the file says wins, what it leaves
 * out keeps the existing deployment's value, and the API's defaults fill the rest.
 */
function mergeDeployment(existing, ours, file) {
    const components = {};
    for (const [name, spec] of Object.entries(existing?.components ?? {})) {
        if (name !== ours.componentName)
            components[name] = spec;
    }
    const previous = existing?.components?.[ours.componentName];
    components[ours.componentName] = {
        componentVersion: ours.componentVersion,
        ...(previous?.runWith ? { runWith: previous.runWith } : {})
    };
    const merged = {
        deploymentName: file.deploymentName ??
            existing?.deploymentName ??
            `${ours.componentName} ${ours.componentVersion}`,
        components,
        deploymentPolicies: mergedPolicies(existing, file.deploymentPolicies)
    };
    const job = pruneEmpty(mergedJob(existing?.iotJobConfiguration, file.iotJobConfiguration));
    if (job)
        merged.iotJobConfiguration = job;
    if (existing?.tags && Object.keys(existing.tags).length > 0)
        merged.tags = existing.tags;
    return merged;
}
/** The IoT job configuration, the file's over the existing. rateIncreaseCriteria takes
 * exactly one of numberOfNotifiedThings or numberOfSucceededThings (the API refuses both):
 * the file's criteria replace the existing ones whole instead of merging key by key. */
function mergedJob(existing, file) {
    const merged = deepMerge(existing ?? {}, file ?? {});
    const criteria = file?.jobExecutionsRolloutConfig?.exponentialRate?.rateIncreaseCriteria;
    const rate = merged.jobExecutionsRolloutConfig?.exponentialRate;
    if (criteria && rate)
        rate.rateIncreaseCriteria = { ...criteria };
    return merged;
}
function mergedPolicies(existing, file) {
    const base = deepMerge(DEFAULT_POLICIES, existing?.deploymentPolicies ?? {});
    return deepMerge(base, file ?? {});
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/** `override` laid over `base`: objects merge key by key, anything else replaces. */
function deepMerge(base, override) {
    const out = { ...base };
    for (const [k, v] of Object.entries(override)) {
        if (v === undefined)
            continue;
        const b = out[k];
        out[k] = isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : v;
    }
    return out;
}
/** Drops undefined values and empty objects; undefined when nothing is left. */
function pruneEmpty(value) {
    if (!isPlainObject(value))
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        const p = pruneEmpty(v);
        if (p !== undefined)
            out[k] = p;
    }
    return Object.keys(out).length ? out : undefined;
}

// EXTERNAL MODULE: ./src/core/deploy/rules.ts
var rules = __webpack_require__(640);
;// CONCATENATED MODULE: ./src/core/deploy/plan.ts
// The plan: the deployment file and targets checked without AWS, then for each target the
// deployment to create (its current one with only our component changed), or none.











/**
 * The deployment file and the targets, checked without AWS: the pipeline calls it before it
 * builds anything, so that a mistake in them changes nothing anywhere.
 */
async function deploymentPlan(inputs, reporter) {
    const file = await readDeploymentFile(inputs.deployment, reporter);
    const targets = inputs.targets ?? file.targets;
    if (targets.length === 0) {
        throw new shared_errors/* ConfigurationError */.j1(`No targets: set the 'targets' input, or list targets in the deployment file ${inputs.deployment} (targets: [thinggroup/<name>, <thing name>]).`, 'targets');
    }
    const canary = inputs.canary ?? [];
    const foreign = (0,target_names/* foreignTargets */.tp)([...targets, ...canary], inputs.region, inputs.accountId);
    if (foreign.length > 0)
        throw new shared_errors/* ConfigurationError */.j1(foreign.join('\n'), 'targets');
    const fleet = targets.filter(t => !canary.some(c => (0,target_names/* sameTarget */.cS)(c, t)));
    // The rules' owner is rules.ts; the input parser reports them too. A dry run is not exempt.
    const canaries = canary.length;
    const problem = (0,rules/* canaryNeedsFleet */.S$)({ canaries, fleet: fleet.length, fromFile: !inputs.targets }) ??
        (0,rules/* canaryNeedsWait */.NN)({ canaries, wait: inputs.wait });
    if (problem)
        throw new shared_errors/* ConfigurationError */.j1(problem, 'canary');
    const rollbackProblem = (0,rules/* rollbackNeedsWait */.x9)({
        rollback: inputs.rollback ?? false,
        wait: inputs.wait
    });
    if (rollbackProblem)
        throw new shared_errors/* ConfigurationError */.j1(rollbackProblem, 'rollback');
    return { file, targets, canary, fleet };
}
/** The targets with where the user named them: the input, or the deployment file. */
function targetSources(inputs, plan) {
    return [
        { targets: plan.canary, source: "input 'canary'", subject: 'canary' },
        {
            targets: plan.fleet,
            source: inputs.targets ? "input 'targets'" : `the deployment file ${inputs.deployment}`,
            subject: inputs.targets ? 'targets' : 'deployment'
        }
    ];
}
async function latestDeployment(gg, ctx, arn) {
    const all = await allPages(nextToken => call(ctx, `ListDeployments ${arn}`, () => gg.send(new dist_cjs.ListDeploymentsCommand({ targetArn: arn, historyFilter: 'LATEST_ONLY', nextToken }))), page => page.deployments);
    const ours = all.filter(d => d.deploymentId && (!d.targetArn || d.targetArn === arn));
    const time = (d) => d.creationTimestamp?.getTime() ?? 0;
    // LATEST_ONLY gives the latest revision per target; prefer what the API marks as latest,
    // then the newest.
    return ours.sort((a, b) => Number(b.isLatestForTarget ?? false) - Number(a.isLatestForTarget ?? false) ||
        time(b) - time(a))[0];
}
async function planTarget(asked, inputs, target, recipe, file) {
    const { gg, ctx } = asked;
    const arn = (0,target_names/* targetArn */.lZ)(target, inputs.region, inputs.accountId);
    const label = (0,target_names/* targetLabel */.Op)(target);
    const latest = await latestDeployment(gg, ctx, arn);
    const previous = latest
        ? await call(ctx, `GetDeployment ${latest.deploymentId}`, () => gg.send(new dist_cjs.GetDeploymentCommand({ deploymentId: latest.deploymentId })))
        : undefined;
    const ours = { componentName: recipe.name, componentVersion: recipe.version };
    const request = mergeDeployment(previous, ours, file);
    const before = previous?.components?.[recipe.name];
    if (before?.configurationUpdate) {
        ctx.reporter.warning(`${label}: the current deployment sets a configurationUpdate for ${recipe.name} (${JSON.stringify(before.configurationUpdate)}); the new deployment drops it so that the recipe's DefaultConfiguration applies. Put lasting values in the recipe (or the variables input).`);
    }
    if (request.deploymentPolicies.failureHandlingPolicy === 'DO_NOTHING' &&
        file.deploymentPolicies?.failureHandlingPolicy === undefined) {
        ctx.reporter.warning(`${label}: the current deployment ${previous?.deploymentId} sets failureHandlingPolicy DO_NOTHING, and the deployment file does not say otherwise, so it is kept: a device that fails to run the new version keeps the broken component. Set deploymentPolicies.failureHandlingPolicy: ROLLBACK in ${inputs.deployment}.`);
    }
    // A failed or cancelled deployment is redeployed even when identical: a rerun is how a
    // user retries it.
    const reusable = previous?.deploymentStatus === 'ACTIVE' || previous?.deploymentStatus === 'COMPLETED';
    const same = reusable &&
        (0,data/* sameData */.n6)(previous?.components ?? {}, request.components) &&
        (0,data/* sameData */.n6)(mergedPolicies(previous, undefined), request.deploymentPolicies) &&
        (0,data/* sameData */.n6)(pruneEmpty(previous?.iotJobConfiguration ?? {}) ?? {}, request.iotJobConfiguration ?? {});
    // A group's deployment stays ACTIVE when some of its devices failed it, so it is only
    // reused when none did: otherwise the rerun after fixing a device would wait on the old
    // failure forever instead of giving the devices the deployment again.
    const failedOn = same && target.kind === 'thinggroup'
        ? await groupFailures(asked, target.name, previous)
        : undefined;
    const unchanged = same && !failedOn;
    if (failedOn) {
        ctx.reporter.info(`${label}: the latest deployment ${previous.deploymentId} already has ${recipe.name} ${recipe.version}, but ${failedOn}; deploying it again.`);
    }
    else if (!previous) {
        ctx.reporter.info(`${label}: no deployment yet; the new one has only ${recipe.name}.`);
    }
    else if (unchanged) {
        ctx.reporter.info(`${label}: the latest deployment ${previous.deploymentId} already has ${recipe.name} ${recipe.version} and the same policies; no new deployment.`);
    }
    else {
        const others = Object.entries(request.components)
            .filter(([name]) => name !== recipe.name)
            .map(([name, spec]) => `${name} ${spec.componentVersion}`);
        ctx.reporter.info(`${label}: ${recipe.name} ${before?.componentVersion ?? '(new)'} → ${recipe.version}, based on deployment ${previous.deploymentId}; keeps ${others.length ? others.join(', ') : 'no other component'}.`);
    }
    return { target, targetArn: arn, previous, request, unchanged, retried: Boolean(failedOn) };
}
/** Which of a group's devices failed its deployment, in words; undefined when none did. */
async function groupFailures(asked, groupName, deployment) {
    const group = await asked.devicesOf(groupName);
    if (group.more || group.names.length > SMALL_GROUP) {
        // Too many to ask one by one: the deployment's IoT job keeps the count.
        if (!deployment.iotJobId)
            return undefined;
        const job = new fleet/* JobWatch */.xr(asked.iot, asked.ctx, deployment.iotJobId);
        await job.poll();
        const failed = job.counts ? (0,fleet/* failedOf */.ZA)(job.counts) : 0;
        if (job.status === 'CANCELED')
            return `its IoT job ${deployment.iotJobId} was canceled`;
        return failed > 0 ? `${failed} of its devices failed it` : undefined;
    }
    const failed = [];
    for (const thingName of group.names) {
        const v = await verdictOf(asked.gg, asked.ctx, thingName, deployment.deploymentId);
        if (FAILED.has(v.status))
            failed.push(`${thingName} (${v.status})`);
    }
    return failed.length > 0 ? `${failed.join(', ')} failed it` : undefined;
}

;// CONCATENATED MODULE: ./src/core/deploy/rollback.ts
// Rolling back.
//
// Greengrass's own failureHandlingPolicy ROLLBACK restores a device that failed to apply a
// deployment; it does not restore the devices where it applied, nor a target whose app runs
// but does not work. This redeploys the target's previous deployment as it was (components,
// policies, IoT job configuration). The run still fails: the change did.








async function rollBack(w, result, targets, why) {
    const { ctx } = w;
    const started = [];
    for (const t of targets) {
        const label = (0,target_names/* targetLabel */.Op)(t.target);
        if (t.unchanged || t.rollback)
            continue;
        if (!t.previousDeploymentId) {
            t.rollback = {
                status: 'impossible',
                message: `cannot roll back: ${label} had no deployment before this one`
            };
            ctx.reporter.warning(`${label}: ${t.rollback.message}.`);
            continue;
        }
        try {
            const previous = await call(ctx, `GetDeployment ${t.previousDeploymentId}`, () => w.gg.send(new dist_cjs.GetDeploymentCommand({ deploymentId: t.previousDeploymentId })));
            const body = pruneEmpty({
                targetArn: t.targetArn,
                deploymentName: previous.deploymentName ?? `rollback to ${t.previousDeploymentId}`,
                components: previous.components ?? {},
                deploymentPolicies: previous.deploymentPolicies,
                iotJobConfiguration: previous.iotJobConfiguration,
                tags: previous.tags
            });
            body.components ??= {};
            const request = {
                ...body,
                clientToken: token('rollback', t.targetArn, t.deploymentId ?? '', (0,data/* canonicalJson */.dj)(body))
            };
            const created = await call(ctx, `CreateDeployment (rollback of ${label})`, () => w.gg.send(new dist_cjs.CreateDeploymentCommand(request)));
            const components = componentsText(previous.components ?? {}, result.componentName);
            ctx.reporter.info(`${label}: ${why}; rolling back to deployment ${t.previousDeploymentId} (${components}) with deployment ${created.deploymentId}.`);
            const r = {
                ...t,
                deploymentId: created.deploymentId,
                devices: [],
                counts: undefined,
                status: 'not-waited'
            };
            started.push({ t, r, components, to: t.previousDeploymentId });
        }
        catch (error) {
            t.rollback = {
                toDeploymentId: t.previousDeploymentId,
                status: 'failed',
                message: `rollback to deployment ${t.previousDeploymentId} failed: ${(0,shared_errors/* errorMessage */.gJ)(error)}`
            };
            result.failures.push(`${label}: ${t.rollback.message}`);
        }
    }
    if (started.length === 0)
        return;
    const failures = [];
    await waitForDevices(w, started.map(s => s.r), failures);
    result.failures.push(...failures.map(f => `rollback: ${f}`));
    for (const { t, r, components, to } of started) {
        // A status that could not be read stays unknown here too: never failed, nor timed out.
        const status = r.status === 'succeeded' || r.status === 'failed' || r.status === 'unknown'
            ? r.status
            : 'timed-out';
        const but = status === 'unknown'
            ? ", but the rollback's result is unknown (a device's status could not be read)"
            : `, but the rollback ${status}`;
        t.rollback = {
            toDeploymentId: to,
            deploymentId: r.deploymentId,
            components,
            status,
            message: `rolled back to deployment ${to} (${components})${status === 'succeeded' ? '' : but}`
        };
    }
}
/** After a failed smoke check: rolls back the changed targets the missing devices belong to. */
async function rollBackTargets(inputs, clients, ctx, result, targets, why) {
    const w = {
        gg: clients.greengrass,
        iot: clients.iot,
        ctx,
        devicesOf: group => devicesInGroup(clients, ctx, group),
        timeoutSeconds: inputs.waitTimeoutSeconds,
        threshold: inputs.failureThreshold ?? 0
    };
    await rollBack(w, result, targets, why);
}
/** "com.example.AccessDynamoDb 1.0.3, aws.greengrass.Cli 2.12.6": ours first. */
function componentsText(components, ours) {
    const names = Object.keys(components).sort((a, b) => a === ours ? -1 : b === ours ? 1 : a.localeCompare(b));
    if (names.length === 0)
        return 'no components';
    const text = names.map(n => `${n} ${components[n].componentVersion ?? ''}`.trim());
    return components[ours] ? text.join(', ') : `without ${ours}: ${text.join(', ')}`;
}
/** The targets a device list points at: a thing by name, a group by the devices seen in it,
 * and a large group (watched through its job, so its members unknown) always. */
function targetsWithDevices(targets, things) {
    const named = new Set(things);
    return targets.filter(t => t.target.kind === 'thing'
        ? named.has(t.target.name)
        : t.counts !== undefined || t.devices.some(d => named.has(d.thingName)));
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(2684);
;// CONCATENATED MODULE: ./src/core/deploy/logs.ts
// The tail of a failed device's component log, where its target runs the log manager
// (aws.greengrass.LogManager): a rerun after a real failure then shows what the component
// itself said, beside the device's status details.
//
// The log manager uploads a user component's log (what its lifecycle printed) to the log group
// /aws/greengrass/UserComponent/<region>/<componentName>, one stream per device and UTC day of
// the line: /<yyyy/MM/dd>/thing/<thingName> (a `:` in the thing name becomes `+`: a stream name
// cannot hold one). It does so only for the components its configuration names
// (logsUploaderConfiguration.componentLogsConfigurationMap), every periodicUploadIntervalSec
// (300 s by default), with the device role's logs:CreateLogGroup, CreateLogStream,
// PutLogEvents and DescribeLogStreams. Reading takes logs:GetLogEvents on that group's streams.
//
// What this reads is help, never the verdict: a missing group or stream, a denied read, a slow
// answer are a note in the result, and the run goes on as it would have without it.


const LOG_MANAGER = 'aws.greengrass.LogManager';
const TAIL_LIMITS = { lines: 20, devices: 5, seconds: 15 };
/** A device's own failure (not one whose status we could not read). */
const logs_FAILED = /^(?:FAILED|TIMED_OUT|REJECTED)\b/;
function componentLogGroup(region, componentName) {
    return `/aws/greengrass/UserComponent/${region}/${componentName}`;
}
/** The stream the log manager writes a device's lines of that UTC day to. */
function componentLogStream(thingName, day) {
    const date = day.toISOString().slice(0, 10).replace(/-/g, '/');
    return `/${date}/thing/${thingName.replace(/:/g, '+')}`;
}
/**
 * The last lines of the component's log on each failed device (the first `limits.devices`
 * of them) whose target runs the log manager; undefined when no device failed.
 */
async function failedDeviceLogs(client, request, ctx, limits = TAIL_LIMITS) {
    const failed = request.targets.flatMap(t => t.devices.filter(d => !d.ok && logs_FAILED.test(d.status)).map(d => ({ target: t, device: d })));
    if (failed.length === 0)
        return undefined;
    const notes = [];
    const withManager = failed.filter(f => f.target.components.includes(LOG_MANAGER));
    const without = [...new Set(failed.filter(f => !withManager.includes(f)).map(f => f.target))];
    for (const t of without) {
        notes.push(`${t.label} does not run ${LOG_MANAGER}: with it in the deployment, and ${request.componentName} in its logsUploaderConfiguration.componentLogsConfigurationMap, the summary shows the tail of the component's log.`);
    }
    if (withManager.length > 0 && !client) {
        notes.push(`The component's log was not read: no CloudWatch Logs client.`);
        return { tails: [], notes };
    }
    const read = withManager.slice(0, limits.devices);
    if (withManager.length > read.length) {
        notes.push(`${withManager.length - read.length} more failed device${withManager.length - read.length === 1 ? '' : 's'}: their logs were not read (at most ${limits.devices}).`);
    }
    const deadline = Date.now() + limits.seconds * 1000;
    const tails = await Promise.all(read.map(({ target, device }) => tailOf(client, request, target.label, device.thingName, deadline, limits, ctx)));
    return { tails, notes };
}
async function tailOf(client, request, target, thingName, deadline, limits, ctx) {
    const logGroup = componentLogGroup(request.region, request.componentName);
    const since = new Date(request.since);
    const now = ctx.clock.now();
    // Today's stream first; the day the deployment started too, when the run crossed midnight.
    const streams = [
        ...new Set([componentLogStream(thingName, now), componentLogStream(thingName, since)])
    ];
    const tail = { thingName, target, logGroup, logStream: streams[0], lines: [] };
    let missing;
    for (const logStream of streams) {
        const wanted = limits.lines - tail.lines.length;
        if (wanted <= 0)
            break;
        let events;
        try {
            events = await withDeadline(deadline, signal => client.send(new client_cloudwatch_logs_dist_cjs.GetLogEventsCommand({
                logGroupName: logGroup,
                logStreamName: logStream,
                startFromHead: false,
                startTime: since.getTime(),
                limit: limits.lines
            }), { abortSignal: signal })).then(out => out.events);
        }
        catch (error) {
            // A day's stream that does not exist may be followed by one that does.
            if (isMissing(error)) {
                missing ??= error;
                continue;
            }
            tail.note = readProblem(error, logGroup, logStream, request.componentName, limits.seconds);
            break;
        }
        const lines = (events ?? []).flatMap(e => (e.message ?? '')
            .split(/\r\n|\r|\n/)
            .filter(text => text.trim() !== '')
            .map(text => ({ time: new Date(e.timestamp ?? 0).toISOString(), text })));
        if (lines.length > 0 && tail.lines.length === 0)
            tail.logStream = logStream;
        tail.lines = [...lines.slice(-wanted), ...tail.lines];
    }
    if (tail.lines.length === 0 && !tail.note) {
        tail.note = missing
            ? readProblem(missing, logGroup, tail.logStream, request.componentName, limits.seconds)
            : `no lines in ${logGroup} ${tail.logStream} since ${request.since}: the log manager uploads every periodicUploadIntervalSec (300 s by default), so a rerun may show them.`;
    }
    if (tail.note)
        ctx.reporter.debug(`${thingName}: ${tail.note}`);
    return tail;
}
function isMissing(error) {
    return (0,shared_errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException';
}
function readProblem(error, logGroup, logStream, componentName, seconds) {
    const name = (0,shared_errors/* awsErrorName */.ZH)(error) ?? 'Error';
    if (error instanceof DeadlineError || name === 'AbortError') {
        return `the log was not read within ${seconds} s.`;
    }
    if ((0,shared_errors/* isAccessDenied */.w7)(error)) {
        return `not allowed to read ${logGroup}: ${name}: ${(0,shared_errors/* errorMessage */.gJ)(error)} (the deploy role needs logs:GetLogEvents on its streams; see infra/README.md).`;
    }
    if (isMissing(error)) {
        const what = /group/i.test((0,shared_errors/* errorMessage */.gJ)(error))
            ? `no log group ${logGroup}`
            : `no log stream ${logStream} in ${logGroup}`;
        return `${what} yet: the log manager uploads ${componentName}'s log only when its logsUploaderConfiguration.componentLogsConfigurationMap names it, every periodicUploadIntervalSec (300 s by default).`;
    }
    return `the log could not be read: ${name}: ${(0,shared_errors/* errorMessage */.gJ)(error)}`;
}
class DeadlineError extends Error {
    name = 'DeadlineError';
}
/** The call, aborted (and given up on, whether or not the client honours the abort) when the
 * deadline passes. */
async function withDeadline(deadline, call) {
    const left = deadline - Date.now();
    if (left <= 0)
        throw new DeadlineError('deadline passed');
    const controller = new AbortController();
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new DeadlineError('deadline passed'));
        }, left);
    });
    try {
        return await Promise.race([call(controller.signal), expired]);
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./src/core/deploy/deploy.ts















async function deploy(inputs, clients, ctx, options = {}) {
    const { reporter, clock } = ctx;
    const gg = clients.greengrass;
    // 1. Everything the user controls, checked before any call that changes anything.
    let recipe = await loadRecipe(inputs.recipePath, options.recipeText);
    // The pipeline's preflight made the plan already; what making it said is said here.
    options.plan?.notes?.replayTo(reporter);
    const { file, canary, fleet } = options.plan?.plan ?? (await deploymentPlan(inputs, reporter));
    if (!options.targetsChecked) {
        await (0,targets/* checkTargets */.VJ)(targetSources(inputs, { canary, fleet }), inputs, clients, ctx);
    }
    const deadline = clock.now().getTime() + inputs.waitTimeoutSeconds * 1000;
    // A group's things, listed once per run, and never more than a page or so.
    const listed = new Map();
    const devicesOf = group => {
        if (!listed.has(group))
            listed.set(group, devicesInGroup(clients, ctx, group));
        return listed.get(group);
    };
    const asked = { gg, iot: clients.iot, ctx, devicesOf };
    // The component version, and the plans that deploy it. With component-version auto, a
    // concurrent run may take the version this run chose (with another recipe) between the
    // render and the create: this run then takes the next version, plans again, and goes on.
    const prepared = await versionAndPlans(inputs, asked, recipe, file, { canary, fleet }, options);
    recipe = prepared.recipe;
    const { arn, existing, canaryPlans, fleetPlans, componentCreated } = prepared;
    if (canary.length > 0) {
        for (const p of canaryPlans)
            p.stage = 'canary';
        for (const p of fleetPlans)
            p.stage = 'fleet';
    }
    const plans = [...canaryPlans, ...fleetPlans];
    const result = {
        componentName: recipe.name,
        componentVersion: recipe.version,
        componentArn: arn,
        componentCreated: inputs.dryRun ? existing === undefined : componentCreated,
        startedAt: clock.now().toISOString(),
        targets: [],
        failures: []
    };
    if (inputs.dryRun) {
        reporter.info(existing
            ? `Component ${recipe.name} ${recipe.version} exists with the same recipe; it would be reused.`
            : `Component ${recipe.name} ${recipe.version} does not exist; it would be created.`);
        if (canary.length > 0) {
            reporter.info(`Canary first: ${canary.map(target_names/* targetLabel */.Op).join(', ')}; then, if they succeed, ${fleet.map(target_names/* targetLabel */.Op).join(', ')}.`);
        }
        for (const plan of plans) {
            reporter.info(plan.unchanged
                ? `${(0,target_names/* targetLabel */.Op)(plan.target)}: unchanged; the latest deployment ${plan.previous?.deploymentId} already has this component set.`
                : `${(0,target_names/* targetLabel */.Op)(plan.target)}: would create this deployment:\n${JSON.stringify({ targetArn: plan.targetArn, ...plan.request }, null, 2)}`);
            result.targets.push({
                ...targetResult(plan, plan.unchanged ? plan.previous?.deploymentId : undefined),
                status: 'planned'
            });
        }
        return result;
    }
    // 2. The component version (created above), then the deployments, stage by stage.
    await waitDeployable(gg, ctx, arn, recipe, deadline, existing);
    const watcher = {
        gg,
        iot: clients.iot,
        ctx,
        devicesOf,
        timeoutSeconds: inputs.waitTimeoutSeconds,
        threshold: inputs.failureThreshold ?? 0
    };
    result.startedAt = clock.now().toISOString();
    const canaryResults = await runStage(watcher, result, canaryPlans, recipe, inputs.wait);
    if (canaryResults.length > 0) {
        const failed = canaryResults.filter(t => t.status !== 'succeeded');
        let stopped;
        let rollBackNow = failed.filter(t => t.status === 'failed');
        if (failed.length > 0) {
            stopped = `the canary ${failed.map(t => `${(0,target_names/* targetLabel */.Op)(t.target)} ${t.status}`).join(', ')}`;
        }
        else if (options.checkCanary) {
            const check = await options.checkCanary(canaryResults, result.startedAt);
            if (check.failures.length > 0) {
                stopped = `the canary's smoke check failed (${check.missing.length} device${check.missing.length === 1 ? '' : 's'} wrote no item that counts)`;
                rollBackNow = targetsWithDevices(canaryResults, check.missing);
            }
        }
        if (stopped) {
            await addDeviceLogs(result, plans, clients, inputs.region, ctx);
            result.stopped = `Not deployed to ${fleet.map(target_names/* targetLabel */.Op).join(', ')}: ${stopped}.`;
            reporter.warning(result.stopped);
            for (const plan of fleetPlans) {
                result.targets.push({ ...targetResult(plan, undefined), status: 'not-deployed' });
            }
            if (inputs.rollback)
                await rollBack(watcher, result, rollBackNow, stopped);
            return result;
        }
        reporter.info(`The canary succeeded; deploying to ${fleet.map(target_names/* targetLabel */.Op).join(', ')}.`);
        result.fleetStartedAt = clock.now().toISOString();
    }
    const fleetResults = await runStage(watcher, result, fleetPlans, recipe, inputs.wait);
    await addDeviceLogs(result, plans, clients, inputs.region, ctx);
    if (inputs.rollback) {
        const failed = fleetResults.filter(t => t.status === 'failed');
        await rollBack(watcher, result, failed, 'its devices failed');
    }
    return result;
}
/** The failed devices' component logs (src/core/deploy/logs.ts), when a device failed. */
async function addDeviceLogs(result, plans, clients, region, ctx) {
    const targets = result.targets.map(t => ({
        label: (0,target_names/* targetLabel */.Op)(t.target),
        components: Object.keys(plans.find(p => p.target === t.target)?.request.components ?? {}),
        devices: t.devices
    }));
    const request = { componentName: result.componentName, region, since: result.startedAt, targets };
    const logs = await failedDeviceLogs(clients.logs, request, ctx);
    if (logs)
        result.logs = logs;
}
async function versionAndPlans(inputs, asked, first, file, targets, options) {
    const { gg, ctx } = asked;
    let recipe = first;
    for (let attempt = 1;; attempt++) {
        try {
            const arn = componentArn(inputs.region, inputs.accountId, recipe.name, recipe.version);
            const existing = await inspectComponent(gg, ctx, arn, recipe);
            const current = recipe;
            const plan = (target) => planTarget(asked, inputs, target, current, file);
            const canaryPlans = await (0,fleet/* mapLimit */.sf)(targets.canary, CREATE_CONCURRENCY, plan);
            const fleetPlans = await (0,fleet/* mapLimit */.sf)(targets.fleet, CREATE_CONCURRENCY, plan);
            const componentCreated = !inputs.dryRun && !existing ? await createComponent(gg, ctx, arn, recipe) : false;
            return { recipe, arn, existing, canaryPlans, fleetPlans, componentCreated };
        }
        catch (error) {
            if (!(error instanceof VersionTaken))
                throw error;
            recipe = await takeNextVersion(error, attempt, recipe, options, ctx);
        }
    }
}


/***/ }),

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
