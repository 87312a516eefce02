export const id = 240;
export const ids = [240];
export const modules = {

/***/ 5240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DRY_RUN_DIGEST: () => (/* binding */ DRY_RUN_DIGEST),
/* harmony export */   REVISION_LABEL: () => (/* binding */ REVISION_LABEL),
/* harmony export */   buildPush: () => (/* binding */ buildPush),
/* harmony export */   defaultRegistryHost: () => (/* binding */ defaultRegistryHost),
/* harmony export */   isTransient: () => (/* binding */ isTransient)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7593);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6783);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8319);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4499);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6275);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1376);
// The build-push step: make sure the ECR repository exists, reuse the image already pushed
// for this tag (a rerun of the same commit neither fails on the immutable tag nor gets a new
// digest) or for the same build inputs (a commit that changed nothing the build sees, e.g.
// docs only), otherwise log in with an ECR token, build, push and report the image by
// digest — the only form the recipe may pin.
//
// Build inputs: every image ggcd pushes carries a second tag, ggcd-inputs-<32 hex> (the start
// of buildInputsDigest: the Dockerfile, the context the build sees, the platforms, the
// builder) and the label dev.ggcd.build-inputs=<64 hex>. Same inputs, same tag, so the tag
// never has to move in an IMMUTABLE repository. An image found by it is reused as it is:
// this commit's tag is not added to it, since that would be a change (ECR PutImage).
//
// Dry run: read-only ECR calls only; no repository is created and no builder runs. When the
// tag or the build inputs' tag already exists its real digest is returned (reused);
// otherwise imageDigest is '' and imageUri carries DRY_RUN_DIGEST (all zeros), so the later
// steps can still render and plan while no one can mistake it for a pushed image.







const DRY_RUN_DIGEST = `sha256:${'0'.repeat(64)}`;
const REVISION_LABEL = 'org.opencontainers.image.revision';
const TRANSIENT = new Set([
    'ServerException',
    'InternalFailure',
    'InternalServerError',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError',
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT'
]);
function isTransient(error) {
    const name = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(error);
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error);
    return (name !== undefined && TRANSIENT.has(name)) || (status !== undefined && status >= 500);
}
function defaultRegistryHost(accountId, region) {
    return `${accountId}.dkr.ecr.${region}.${(0,_aws_js__WEBPACK_IMPORTED_MODULE_5__/* .dnsSuffixOf */ .a4)(region)}`;
}
async function buildPush(inputs, clients, ctx, options = {}) {
    const { reporter } = ctx;
    const { ecr } = clients;
    const { repository, imageTag, accountId, region } = inputs;
    const dryRun = options.dryRun ?? false;
    const registry = inputs.registry ?? {
        host: defaultRegistryHost(accountId, region),
        insecure: false
    };
    const reference = `${registry.host}/${repository}:${imageTag}`;
    const repositoryArn = `arn:${(0,_aws_js__WEBPACK_IMPORTED_MODULE_5__/* .partitionOf */ .iQ)(region)}:ecr:${region}:${accountId}:repository/${repository}`;
    const call = (action, fn) => (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .b)(ctx, `ecr:${action}`, fn, { retryable: isTransient });
    const fail = (action, error) => ecrFailure(action, error, repositoryArn);
    // Everything the user can get wrong is found before anything is created.
    await checkSources(inputs);
    const builder = (0,_image_js__WEBPACK_IMPORTED_MODULE_2__/* .createBuilder */ .Ij)(inputs.builder, options.runner ?? _process_js__WEBPACK_IMPORTED_MODULE_3__/* .spawnRunner */ .S, reporter);
    const { digest: buildInputs, ignoreFile, entries } = await readBuildInputs(inputs);
    const inputsTag = (0,_image_js__WEBPACK_IMPORTED_MODULE_2__/* .inputsTag */ .w7)(buildInputs);
    const inputsReference = `${registry.host}/${repository}:${inputsTag}`;
    reporter.info(`Build inputs ${buildInputs.slice(0, 12)}…: ${inputs.dockerfile}, ${entries.length} entries of ${inputs.context}${ignoreFile ? ` (through ${ignoreFile})` : ''}${platformsText(inputs.platforms)}, ${inputs.builder}.`);
    reporter.debug(`Build context as the build sees it: ${entries.join(', ')}`);
    const result = (digest, extra) => ({
        imageUri: `${registry.host}/${repository}@${digest}`,
        imageDigest: digest,
        registry: registry.host,
        repository,
        imageTag,
        repositoryCreated: false,
        reused: false,
        buildInputs,
        inputsTag,
        ...extra
    });
    let exists;
    try {
        await call('DescribeRepositories', () => ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_6__.DescribeRepositoriesCommand({ registryId: accountId, repositoryNames: [repository] })));
        exists = true;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(error) !== 'RepositoryNotFoundException') {
            throw fail('DescribeRepositories', error);
        }
        exists = false;
    }
    const existingImage = async (tag) => {
        try {
            const found = await call('DescribeImages', () => ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_6__.DescribeImagesCommand({
                registryId: accountId,
                repositoryName: repository,
                imageIds: [{ imageTag: tag }]
            })));
            const image = found.imageDetails?.[0];
            const digest = image?.imageDigest;
            if (digest === undefined)
                return undefined;
            if (!_image_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGEST */ .Dh.test(digest)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`ECR reports digest '${digest}' for ${registry.host}/${repository}:${tag}; expected sha256:<64 hex>.`);
            }
            return { digest, tags: image?.imageTags ?? [] };
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(error) === 'ImageNotFoundException')
                return undefined;
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH)
                throw error;
            throw fail('DescribeImages', error);
        }
    };
    if (exists) {
        const digest = (await existingImage(imageTag))?.digest;
        if (digest) {
            reporter.info(`${reference} already exists as ${digest}: reusing it, nothing is built or pushed.`);
            return result(digest, { reused: true, reusedBecause: 'tag' });
        }
        const same = imageTag === inputsTag ? undefined : await existingImage(inputsTag);
        if (same) {
            const builtFor = same.tags.filter(t => !t.startsWith(_image_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS_TAG_PREFIX */ .ER)).sort();
            const others = builtFor.length ? ` (built for ${builtFor.join(', ')})` : '';
            reporter.info(`${inputsReference} already exists as ${same.digest}${others}: the same build inputs, so it is reused; nothing is built or pushed, and ${imageTag} is not added to it.`);
            return result(same.digest, { reused: true, reusedBecause: 'inputs', builtFor });
        }
    }
    if (dryRun) {
        if (!exists) {
            reporter.info(`Dry run: would create ECR repository ${repository} (scan on push, immutable tags, AES256 encryption).`);
        }
        reporter.info(`Dry run: would build ${reference} with ${inputs.builder}${platformsText(inputs.platforms)} and push it, also as ${inputsTag} (not built); no image has these build inputs yet.`);
        return { ...result(DRY_RUN_DIGEST, {}), imageDigest: '' };
    }
    await builder.check();
    let repositoryCreated = false;
    if (!exists) {
        try {
            await call('CreateRepository', () => ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_6__.CreateRepositoryCommand({
                registryId: accountId,
                repositoryName: repository,
                imageScanningConfiguration: { scanOnPush: true },
                imageTagMutability: 'IMMUTABLE',
                encryptionConfiguration: { encryptionType: 'AES256' }
            })));
            repositoryCreated = true;
            reporter.info(`Created ECR repository ${repository} (scan on push, immutable tags, AES256 encryption).`);
        }
        catch (error) {
            // Another run created it between our describe and create: that is what we wanted.
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(error) !== 'RepositoryAlreadyExistsException') {
                throw fail('CreateRepository', error);
            }
            reporter.info(`ECR repository ${repository} was just created by someone else; using it.`);
        }
    }
    const { username, password } = await authorization(ecr, call, reporter);
    await builder.login(registry, username, password);
    let digest;
    try {
        ;
        ({ digest } = await builder.buildAndPush({
            context: inputs.context,
            dockerfile: inputs.dockerfile,
            platforms: inputs.platforms,
            references: imageTag === inputsTag ? [reference] : [reference, inputsReference],
            labels: { [REVISION_LABEL]: imageTag, [_image_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILD_INPUTS_LABEL */ .Ul]: buildInputs },
            insecure: registry.insecure
        }));
    }
    catch (error) {
        // A concurrent run of the same commit, or of another with the same build inputs, may
        // have pushed one of the immutable tags first.
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH))
            throw error;
        const refs = [
            [imageTag, reference],
            [inputsTag, inputsReference]
        ];
        for (const [tag, ref] of refs) {
            const pushed = await existingImage(tag).catch(() => undefined);
            if (!pushed)
                continue;
            reporter.warning(`Our push failed, but ${ref} was pushed meanwhile (by a concurrent run?) as ${pushed.digest}: using it.`);
            // reused stays false: we did log in, and the post step must log out.
            return result(pushed.digest, { repositoryCreated });
        }
        throw error;
    }
    reporter.info(`Pushed ${reference}${imageTag === inputsTag ? '' : ` and ${inputsTag}`} as ${digest}`);
    return result(digest, { repositoryCreated });
}
// ---------------------------------------------------------------------------------------
async function checkSources(inputs) {
    const isDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(inputs.context).then(s => s.isDirectory(), () => false);
    if (!isDir) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'context': '${inputs.context}' is not a directory (relative to ${process.cwd()}); set it to the folder the image is built from, e.g. container.`, 'context');
    }
    const isFile = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(inputs.dockerfile).then(s => s.isFile(), () => false);
    if (!isFile) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'dockerfile': '${inputs.dockerfile}' is not a file (relative to ${process.cwd()}); set it to the Dockerfile's path, or leave it empty for <context>/Dockerfile.`, 'dockerfile');
    }
}
async function readBuildInputs(inputs) {
    try {
        return await (0,_image_js__WEBPACK_IMPORTED_MODULE_2__/* .buildInputsDigest */ .W7)(inputs);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Cannot read the build's inputs (${inputs.dockerfile} and the context ${inputs.context}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}. Make every file of the context readable, or keep it out with .dockerignore.`, 'context');
    }
}
/** The registry credentials in an ECR token, masked before anything else happens. */
async function authorization(ecr, call, reporter) {
    let token;
    try {
        const answer = await call('GetAuthorizationToken', () => ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_6__.GetAuthorizationTokenCommand({})));
        token = answer.authorizationData?.[0]?.authorizationToken;
    }
    catch (error) {
        throw ecrFailure('GetAuthorizationToken', error, '*');
    }
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH('ECR GetAuthorizationToken returned no authorization token.');
    reporter.mask(token);
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0 || colon === decoded.length - 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH('ECR returned an authorization token that is not base64 of <user>:<password>.');
    }
    const password = decoded.slice(colon + 1);
    reporter.mask(password);
    return { username: decoded.slice(0, colon), password };
}
function ecrFailure(action, error, resource) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1 || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH)
        return error;
    const name = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(error) ?? 'error';
    const message = `ECR ${action} failed: ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
    if (name === 'AccessDeniedException' || name === 'AccessDenied') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${message}. Allow ecr:${action} on ${resource} for the credentials this run uses (the role of aws-actions/configure-aws-credentials), then rerun.`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`${message}. Check the region and the credentials' account, then rerun.`);
}
function platformsText(platforms) {
    return platforms.length ? ` for ${platforms.join(', ')}` : '';
}


/***/ })

};
