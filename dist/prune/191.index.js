export const id = 191;
export const ids = [191];
export const modules = {

/***/ 1191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  componentArnOf: () => (/* binding */ componentArnOf),
  deploymentsInUse: () => (/* binding */ deploymentsInUse),
  pinnedDigests: () => (/* binding */ pinnedDigests),
  prune: () => (/* binding */ prune),
  selectImages: () => (/* binding */ selectImages),
  selectVersions: () => (/* binding */ selectVersions)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-greengrassv2/dist-cjs/index.js
var dist_cjs = __webpack_require__(2956);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./node_modules/semver/functions/rcompare.js
var rcompare = __webpack_require__(2173);
var rcompare_default = /*#__PURE__*/__webpack_require__.n(rcompare);
// EXTERNAL MODULE: ./src/core/arns.ts
var arns = __webpack_require__(5271);
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

// EXTERNAL MODULE: ./src/core/config.ts
var config = __webpack_require__(4489);
// EXTERNAL MODULE: ./src/core/recipe/render-recipe.ts + 8 modules
var render_recipe = __webpack_require__(6326);
;// CONCATENATED MODULE: ./src/core/prune/prune.ts
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
        return rcompare_default()(a, b, true);
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
    const recipe = (0,render_recipe/* parseRecipe */.Cl)(recipeText, 'recipe.json', 'json');
    const digests = [];
    const manifests = (0,render_recipe/* field */.ZZ)(recipe, 'Manifests');
    for (const manifest of Array.isArray(manifests) ? manifests : []) {
        const artifacts = (0,render_recipe/* field */.ZZ)(manifest, 'Artifacts');
        for (const artifact of Array.isArray(artifacts) ? artifacts : []) {
            const uri = (0,render_recipe/* field */.ZZ)(artifact, 'Uri');
            if (typeof uri !== 'string' || !uri.startsWith('docker:'))
                continue;
            const m = config/* IMAGE_URI */.Rx.exec(uri.slice('docker:'.length));
            if (m && m[2] === repository && !digests.includes(m[3]))
                digests.push(m[3]);
        }
    }
    return digests;
}
async function call(ctx, what, fn) {
    try {
        return await (0,retry/* withRetry */.b)(ctx, what, fn);
    }
    catch (error) {
        // `what` is the IAM action and what it was called on: `greengrass:ListDeployments *`.
        const [action, ...on] = what.split(' ');
        throw (0,errors/* awsFailure */.MT)(error, { action: action, resource: on.join(' ') || '*' });
    }
}
function componentArnOf(region, accountId, name) {
    return (0,arns/* componentArn */.Du)(region, accountId, name);
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
        const page = await call(ctx, 'greengrass:ListDeployments', () => gg.send(new dist_cjs.ListDeploymentsCommand({ historyFilter: 'ALL', nextToken, maxResults: 100 })));
        deployments.push(...(page.deployments ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    const inUse = deploymentsInUse(deployments);
    const uses = [];
    await mapLimit([...inUse], READ_CONCURRENCY, async ([id, reason]) => {
        const d = await call(ctx, `greengrass:GetDeployment ${id}`, () => gg.send(new dist_cjs.GetDeploymentCommand({ deploymentId: id })));
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
            const page = await (0,retry/* withRetry */.b)(ctx, 'ListComponentVersions', () => gg.send(new dist_cjs.ListComponentVersionsCommand({ arn, nextToken })));
            for (const v of page.componentVersions ?? []) {
                if (v.componentVersion && v.arn)
                    versions.push({ version: v.componentVersion, arn: v.arn });
            }
            nextToken = page.nextToken;
        } while (nextToken);
    }
    catch (error) {
        if ((0,errors/* awsErrorName */.ZH)(error) !== 'ResourceNotFoundException') {
            await call(ctx, `greengrass:ListComponentVersions ${arn}`, () => Promise.reject(error));
        }
    }
    const { kept, deleted } = selectVersions(versions.map(v => v.version), uses, keep);
    result.kept = kept;
    for (const k of kept)
        reporter.info(`Keeps ${componentName} ${k.version}: ${k.reasons.join('; ')}.`);
    // 3. The images: what every version of ours pins, and what the repository holds.
    const pins = new Map();
    await mapLimit(versions, READ_CONCURRENCY, async (v) => {
        const got = await call(ctx, `greengrass:GetComponent ${v.arn}`, () => gg.send(new dist_cjs.GetComponentCommand({ arn: v.arn, recipeOutputFormat: 'JSON' })));
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
        const answer = await call(ctx, `ecr:BatchDeleteImage ${repository}`, () => clients.ecr.send(new client_ecr_dist_cjs.BatchDeleteImageCommand({
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
            await (0,retry/* withRetry */.b)(ctx, `DeleteComponent ${v.arn}`, () => gg.send(new dist_cjs.DeleteComponentCommand({ arn: v.arn })));
            result.versions.push(v.version);
        }
        catch (error) {
            if ((0,errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException') {
                result.versions.push(v.version);
                continue;
            }
            result.failures.push(`${componentName} ${v.version} not deleted: ${(0,errors/* errorMessage */.gJ)((0,errors/* awsFailure */.MT)(error, { action: 'greengrass:DeleteComponent', resource: v.arn }))}`);
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
            const page = await (0,retry/* withRetry */.b)(ctx, 'DescribeImages', () => ecr.send(new client_ecr_dist_cjs.DescribeImagesCommand({ repositoryName: repository, nextToken })));
            details.push(...(page.imageDetails ?? []));
            nextToken = page.nextToken;
        } while (nextToken);
    }
    catch (error) {
        if ((0,errors/* awsErrorName */.ZH)(error) === 'RepositoryNotFoundException')
            return [];
        return call(ctx, `ecr:DescribeImages ${repository}`, () => Promise.reject(error));
    }
    return details
        .filter(d => d.imageDigest)
        .map(d => ({ digest: d.imageDigest, tags: d.imageTags ?? [], pushedAt: d.imagePushedAt }));
}


/***/ })

};
