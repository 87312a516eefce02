export const id = 956;
export const ids = [956];
export const modules = {

/***/ 2956:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
exports.$Command = $Command;
exports.__Client = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsRestJsonProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultGreengrassV2HttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "greengrass",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultGreengrassV2HttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "greengrass",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1168.0";
var packageInfo = {
	version: version};

const q = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = "stringEquals", h = "us-gov-east-1", i = "us-gov-west-1", j = "sigv4", k = "greengrass", l = { [q]: "Endpoint" }, m = { [q]: d }, n = { [q]: "Region" }, o = {}, p = [n];
const _data = {
    conditions: [
        [c, [l]],
        [c, p],
        ["aws.partition", p, d],
        [e, [{ [q]: "UseFIPS" }, b]],
        [e, [{ [q]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [m, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [m, "supportsFIPS"] }, b]],
        [g, [n, h]],
        [g, [n, i]],
        [g, [n, "dataplane-us-gov-east-1"]],
        [g, [n, "dataplane-us-gov-west-1"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [l, o],
        ["https://greengrass-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://greengrass.us-gov-east-1.amazonaws.com", o],
        ["https://greengrass.us-gov-west-1.amazonaws.com", o],
        ["https://greengrass-fips.{Region}.{PartitionResult#dnsSuffix}", o],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://greengrass.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://greengrass-ats.iot.us-gov-east-1.amazonaws.com", { authSchemes: [{ name: j, signingName: k, signingRegion: h }] }],
        ["https://greengrass-ats.iot.us-gov-west-1.amazonaws.com", { authSchemes: [{ name: j, signingName: k, signingRegion: i }] }],
        ["https://greengrass.{Region}.{PartitionResult#dnsSuffix}", o],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 16, 3,
    1, 4, r + 15,
    2, 5, r + 15,
    3, 10, 6,
    4, 9, 7,
    9, r + 12, 8,
    10, r + 13, r + 14,
    5, r + 10, r + 11,
    4, 14, 11,
    6, 12, r + 9,
    7, r + 6, 13,
    8, r + 7, r + 8,
    5, 15, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 17,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class GreengrassV2ServiceException extends ServiceException {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.greengrassv2#GreengrassV2ServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, GreengrassV2ServiceException.prototype);
    }
}

class AccessDeniedException extends GreengrassV2ServiceException {
    static shapeId = "com.amazonaws.greengrassv2#AccessDeniedException";
    name = "AccessDeniedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
    }
}
class InternalServerException extends GreengrassV2ServiceException {
    static shapeId = "com.amazonaws.greengrassv2#InternalServerException";
    name = "InternalServerException";
    $fault = "server";
    retryAfterSeconds;
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
        this.retryAfterSeconds = opts.retryAfterSeconds;
    }
}
class ValidationException extends GreengrassV2ServiceException {
    static shapeId = "com.amazonaws.greengrassv2#ValidationException";
    name = "ValidationException";
    $fault = "client";
    reason;
    fields;
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.reason = opts.reason;
        this.fields = opts.fields;
    }
}
class ResourceNotFoundException extends GreengrassV2ServiceException {
    static shapeId = "com.amazonaws.greengrassv2#ResourceNotFoundException";
    name = "ResourceNotFoundException";
    $fault = "client";
    resourceId;
    resourceType;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.resourceId = opts.resourceId;
        this.resourceType = opts.resourceType;
    }
}
class ThrottlingException extends GreengrassV2ServiceException {
    static shapeId = "com.amazonaws.greengrassv2#ThrottlingException";
    name = "ThrottlingException";
    $fault = "client";
    quotaCode;
    serviceCode;
    retryAfterSeconds;
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
        this.quotaCode = opts.quotaCode;
        this.serviceCode = opts.serviceCode;
        this.retryAfterSeconds = opts.retryAfterSeconds;
    }
}
class ConflictException extends GreengrassV2ServiceException {
    static shapeId = "com.amazonaws.greengrassv2#ConflictException";
    name = "ConflictException";
    $fault = "client";
    resourceId;
    resourceType;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.resourceId = opts.resourceId;
        this.resourceType = opts.resourceType;
    }
}
class RequestAlreadyInProgressException extends GreengrassV2ServiceException {
    static shapeId = "com.amazonaws.greengrassv2#RequestAlreadyInProgressException";
    name = "RequestAlreadyInProgressException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "RequestAlreadyInProgressException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RequestAlreadyInProgressException.prototype);
    }
}
class ServiceQuotaExceededException extends GreengrassV2ServiceException {
    static shapeId = "com.amazonaws.greengrassv2#ServiceQuotaExceededException";
    name = "ServiceQuotaExceededException";
    $fault = "client";
    resourceId;
    resourceType;
    quotaCode;
    serviceCode;
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
        this.resourceId = opts.resourceId;
        this.resourceType = opts.resourceType;
        this.quotaCode = opts.quotaCode;
        this.serviceCode = opts.serviceCode;
    }
}

const _AA = "AssociatedAt";
const _ACD = "AssociatedClientDevice";
const _ACDL = "AssociatedClientDeviceList";
const _ACDWCDE = "AssociateClientDeviceWithCoreDeviceEntry";
const _ACDWCDEE = "AssociateClientDeviceWithCoreDeviceErrorEntry";
const _ACDWCDEL = "AssociateClientDeviceWithCoreDeviceEntryList";
const _ACDWCDELs = "AssociateClientDeviceWithCoreDeviceErrorList";
const _ADE = "AccessDeniedException";
const _ASRTA = "AssociateServiceRoleToAccount";
const _ASRTAR = "AssociateServiceRoleToAccountRequest";
const _ASRTARs = "AssociateServiceRoleToAccountResponse";
const _BACDWCD = "BatchAssociateClientDeviceWithCoreDevice";
const _BACDWCDR = "BatchAssociateClientDeviceWithCoreDeviceRequest";
const _BACDWCDRa = "BatchAssociateClientDeviceWithCoreDeviceResponse";
const _BDCDFCD = "BatchDisassociateClientDeviceFromCoreDevice";
const _BDCDFCDR = "BatchDisassociateClientDeviceFromCoreDeviceRequest";
const _BDCDFCDRa = "BatchDisassociateClientDeviceFromCoreDeviceResponse";
const _C = "Component";
const _CC = "ComponentCandidate";
const _CCL = "ComponentCandidateList";
const _CCS = "CloudComponentStatus";
const _CCU = "ComponentConfigurationUpdate";
const _CCV = "CreateComponentVersion";
const _CCVR = "CreateComponentVersionRequest";
const _CCVRr = "CreateComponentVersionResponse";
const _CD = "CoreDevice";
const _CDL = "CoreDevicesList";
const _CDM = "ComponentDependencyMap";
const _CDR = "CancelDeploymentRequest";
const _CDRa = "CancelDeploymentResponse";
const _CDRo = "ComponentDependencyRequirement";
const _CDRr = "CreateDeploymentRequest";
const _CDRre = "CreateDeploymentResponse";
const _CDS = "ComponentDeploymentSpecification";
const _CDSo = "ComponentDeploymentSpecifications";
const _CDa = "CancelDeployment";
const _CDr = "CreateDeployment";
const _CE = "ConflictException";
const _CI = "ConnectivityInfo";
const _CL = "ComponentList";
const _CLV = "ComponentLatestVersion";
const _CP = "ComponentPlatform";
const _CPL = "ComponentPlatformList";
const _CRW = "ComponentRunWith";
const _CVL = "ComponentVersionList";
const _CVLI = "ComponentVersionListItem";
const _D = "Deployment";
const _DA = "DisassociatedAt";
const _DC = "DeleteComponent";
const _DCD = "DeleteCoreDevice";
const _DCDFCDE = "DisassociateClientDeviceFromCoreDeviceEntry";
const _DCDFCDEE = "DisassociateClientDeviceFromCoreDeviceErrorEntry";
const _DCDFCDEL = "DisassociateClientDeviceFromCoreDeviceEntryList";
const _DCDFCDELi = "DisassociateClientDeviceFromCoreDeviceErrorList";
const _DCDR = "DeleteCoreDeviceRequest";
const _DCR = "DeleteComponentRequest";
const _DCRe = "DescribeComponentRequest";
const _DCRes = "DescribeComponentResponse";
const _DCUP = "DeploymentComponentUpdatePolicy";
const _DCVP = "DeploymentConfigurationValidationPolicy";
const _DCe = "DescribeComponent";
const _DD = "DeleteDeployment";
const _DDR = "DeleteDeploymentRequest";
const _DITJC = "DeploymentIoTJobConfiguration";
const _DL = "DeploymentList";
const _DP = "DeploymentPolicies";
const _DSRFA = "DisassociateServiceRoleFromAccount";
const _DSRFAR = "DisassociateServiceRoleFromAccountRequest";
const _DSRFARi = "DisassociateServiceRoleFromAccountResponse";
const _ED = "EffectiveDeployment";
const _EDL = "EffectiveDeploymentsList";
const _EDSD = "EffectiveDeploymentStatusDetails";
const _GC = "GetComponent";
const _GCD = "GetCoreDevice";
const _GCDR = "GetCoreDeviceRequest";
const _GCDRe = "GetCoreDeviceResponse";
const _GCI = "GetConnectivityInfo";
const _GCIR = "GetConnectivityInfoRequest";
const _GCIRe = "GetConnectivityInfoResponse";
const _GCR = "GetComponentRequest";
const _GCRe = "GetComponentResponse";
const _GCVA = "GetComponentVersionArtifact";
const _GCVAR = "GetComponentVersionArtifactRequest";
const _GCVARe = "GetComponentVersionArtifactResponse";
const _GD = "GetDeployment";
const _GDR = "GetDeploymentRequest";
const _GDRe = "GetDeploymentResponse";
const _GSRFA = "GetServiceRoleForAccount";
const _GSRFAR = "GetServiceRoleForAccountRequest";
const _GSRFARe = "GetServiceRoleForAccountResponse";
const _HA = "HostAddress";
const _I = "Id";
const _IC = "InstalledComponent";
const _ICL = "InstalledComponentList";
const _ISE = "InternalServerException";
const _ITJAC = "IoTJobAbortConfig";
const _ITJACL = "IoTJobAbortCriteriaList";
const _ITJACo = "IoTJobAbortCriteria";
const _ITJERC = "IoTJobExecutionsRolloutConfig";
const _ITJERR = "IoTJobExponentialRolloutRate";
const _ITJRIC = "IoTJobRateIncreaseCriteria";
const _ITJTC = "IoTJobTimeoutConfig";
const _LC = "ListComponents";
const _LCD = "ListCoreDevices";
const _LCDAWCD = "ListClientDevicesAssociatedWithCoreDevice";
const _LCDAWCDR = "ListClientDevicesAssociatedWithCoreDeviceRequest";
const _LCDAWCDRi = "ListClientDevicesAssociatedWithCoreDeviceResponse";
const _LCDR = "ListCoreDevicesRequest";
const _LCDRi = "ListCoreDevicesResponse";
const _LCP = "LambdaContainerParams";
const _LCR = "ListComponentsRequest";
const _LCRi = "ListComponentsResponse";
const _LCV = "ListComponentVersions";
const _LCVR = "ListComponentVersionsRequest";
const _LCVRi = "ListComponentVersionsResponse";
const _LD = "ListDeployments";
const _LDL = "LambdaDeviceList";
const _LDM = "LambdaDeviceMount";
const _LDR = "ListDeploymentsRequest";
const _LDRi = "ListDeploymentsResponse";
const _LED = "ListEffectiveDeployments";
const _LEDR = "ListEffectiveDeploymentsRequest";
const _LEDRi = "ListEffectiveDeploymentsResponse";
const _LEP = "LambdaExecutionParameters";
const _LES = "LambdaEventSource";
const _LESL = "LambdaEventSourceList";
const _LFRS = "LambdaFunctionRecipeSource";
const _LIC = "ListInstalledComponents";
const _LICR = "ListInstalledComponentsRequest";
const _LICRi = "ListInstalledComponentsResponse";
const _LLPP = "LambdaLinuxProcessParams";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _LVL = "LambdaVolumeList";
const _LVM = "LambdaVolumeMount";
const _M = "Metadata";
const _Me = "Message";
const _PN = "PortNumber";
const _RA = "Retry-After";
const _RAIPE = "RequestAlreadyInProgressException";
const _RAo = "RoleArn";
const _RCC = "ResolveComponentCandidates";
const _RCCR = "ResolveComponentCandidatesRequest";
const _RCCRe = "ResolveComponentCandidatesResponse";
const _RCV = "ResolvedComponentVersion";
const _RCVL = "ResolvedComponentVersionsList";
const _RNFE = "ResourceNotFoundException";
const _SQEE = "ServiceQuotaExceededException";
const _SRL = "SystemResourceLimits";
const _TE = "ThrottlingException";
const _TN = "ThingName";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _UCI = "UpdateConnectivityInfo";
const _UCIR = "UpdateConnectivityInfoRequest";
const _UCIRp = "UpdateConnectivityInfoResponse";
const _UR = "UntagResource";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _V = "Version";
const _VE = "ValidationException";
const _VEF = "ValidationExceptionField";
const _VEFL = "ValidationExceptionFieldList";
const _a = "arn";
const _aA = "associatedAt";
const _aC = "abortConfig";
const _aCD = "associatedClientDevices";
const _aGO = "addGroupOwner";
const _aN = "artifactName";
const _aT = "associationTimestamp";
const _ac = "action";
const _ar = "architecture";
const _at = "attributes";
const _bRPM = "baseRatePerMinute";
const _c = "client";
const _cC = "componentCandidates";
const _cD = "componentDependencies";
const _cDES = "coreDeviceExecutionStatus";
const _cDTN = "coreDeviceThingName";
const _cDo = "coreDevices";
const _cI = "connectivityInfo";
const _cIL = "connectivityInfoList";
const _cL = "criteriaList";
const _cLP = "componentLambdaParameters";
const _cN = "componentName";
const _cP = "componentPlatforms";
const _cPo = "containerParams";
const _cS = "componentState";
const _cT = "creationTimestamp";
const _cTl = "clientToken";
const _cU = "configurationUpdate";
const _cUP = "componentUpdatePolicy";
const _cV = "componentVersion";
const _cVP = "configurationValidationPolicy";
const _cVo = "coreVersion";
const _cVom = "componentVersions";
const _co = "code";
const _com = "components";
const _cp = "cpus";
const _d = "description";
const _dA = "disassociatedAt";
const _dI = "deploymentId";
const _dN = "deploymentName";
const _dP = "deploymentPolicies";
const _dPe = "destinationPath";
const _dS = "deploymentStatus";
const _dT = "dependencyType";
const _de = "devices";
const _dep = "deployments";
const _e = "error";
const _eA = "execArgs";
const _eD = "effectiveDeployments";
const _eE = "errorEntries";
const _eR = "exponentialRate";
const _eS = "errorStack";
const _eSv = "eventSources";
const _eT = "errorTypes";
const _eV = "environmentVariables";
const _en = "entries";
const _er = "errors";
const _f = "fields";
const _fHP = "failureHandlingPolicy";
const _fT = "failureType";
const _h = "http";
const _hA = "hostAddress";
const _hE = "httpError";
const _hF = "historyFilter";
const _hH = "httpHeader";
const _hL = "httpLabel";
const _hQ = "httpQuery";
const _i = "id";
const _iC = "installedComponents";
const _iET = "iotEndpointType";
const _iF = "incrementFactor";
const _iJA = "iotJobArn";
const _iJC = "iotJobConfiguration";
const _iJI = "iotJobId";
const _iLFT = "isLatestForTarget";
const _iM = "isolationMode";
const _iPET = "inputPayloadEncodingType";
const _iPTIM = "inProgressTimeoutInMinutes";
const _iR = "inlineRecipe";
const _iRs = "isRoot";
const _jERC = "jobExecutionsRolloutConfig";
const _jN = "jsonName";
const _lA = "lambdaArn";
const _lF = "lambdaFunction";
const _lIS = "lastInstallationSource";
const _lPP = "linuxProcessParams";
const _lRT = "lastReportedTimestamp";
const _lS = "lifecycleState";
const _lSC = "lifecycleStatusCodes";
const _lSCT = "lastStatusChangeTimestamp";
const _lSD = "lifecycleStateDetails";
const _lSUT = "lastStatusUpdateTimestamp";
const _lV = "latestVersion";
const _m = "message";
const _mIC = "maxInstancesCount";
const _mITIS = "maxIdleTimeInSeconds";
const _mNOET = "minNumberOfExecutedThings";
const _mPM = "maximumPerMinute";
const _mQS = "maxQueueSize";
const _mR = "maxResults";
const _mROS = "mountROSysfs";
const _mSIKB = "memorySizeInKB";
const _mT = "modifiedTimestamp";
const _me = "merge";
const _mem = "memory";
const _met = "metadata";
const _n = "name";
const _nONT = "numberOfNotifiedThings";
const _nOST = "numberOfSucceededThings";
const _nT = "nextToken";
const _p = "publisher";
const _pN = "portNumber";
const _pSU = "preSignedUrl";
const _pTA = "parentTargetArn";
const _pU = "posixUser";
const _pa = "path";
const _pe = "permission";
const _pi = "pinned";
const _pl = "platforms";
const _pla = "platform";
const _qC = "quotaCode";
const _r = "reason";
const _rA = "roleArn";
const _rAS = "retryAfterSeconds";
const _rAe = "resourceArn";
const _rCV = "resolvedComponentVersions";
const _rI = "resourceId";
const _rIC = "rateIncreaseCriteria";
const _rIe = "revisionId";
const _rOF = "recipeOutputFormat";
const _rT = "resourceType";
const _rW = "runWith";
const _re = "reset";
const _rec = "recipe";
const _ru = "runtime";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.greengrassv2";
const _sC = "serviceCode";
const _sD = "statusDetails";
const _sET = "s3EndpointType";
const _sP = "sourcePath";
const _sRL = "systemResourceLimits";
const _sTIS = "statusTimeoutInSeconds";
const _sc = "scope";
const _se = "server";
const _st = "status";
const _t = "tags";
const _tA = "targetArn";
const _tC = "timeoutConfig";
const _tF = "topologyFilter";
const _tGA = "thingGroupArn";
const _tIS = "timeoutInSeconds";
const _tK = "tagKeys";
const _tN = "thingName";
const _tP = "thresholdPercentage";
const _to = "topic";
const _ty = "type";
const _v = "volumes";
const _vG = "vendorGuidance";
const _vGM = "vendorGuidanceMessage";
const _vR = "versionRequirements";
const _vRe = "versionRequirement";
const _ve = "version";
const _wU = "windowsUser";
const _xaiet = "x-amz-iot-endpoint-type";
const n0 = "com.amazonaws.greengrassv2";
const _s_registry = new TypeRegistry(_s);
var GreengrassV2ServiceException$ = [-3, _s, "GreengrassV2ServiceException", 0, [], []];
_s_registry.registerError(GreengrassV2ServiceException$, GreengrassV2ServiceException);
const n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_m],
    [0], 1
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_m, _rI, _rT],
    [0, 0, 0], 3
];
n0_registry.registerError(ConflictException$, ConflictException);
var InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_m, _rAS],
    [0, [1, { [_hH]: _RA }]], 1
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var RequestAlreadyInProgressException$ = [-3, n0, _RAIPE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(RequestAlreadyInProgressException$, RequestAlreadyInProgressException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_m, _rI, _rT],
    [0, 0, 0], 3
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_m, _qC, _sC, _rI, _rT],
    [0, 0, 0, 0, 0], 3
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 429 },
    [_m, _qC, _sC, _rAS],
    [0, 0, 0, [1, { [_hH]: _RA }]], 1
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_m, _r, _f],
    [0, 0, () => ValidationExceptionFieldList], 1
];
n0_registry.registerError(ValidationException$, ValidationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AssociateClientDeviceWithCoreDeviceEntry$ = [3, n0, _ACDWCDE,
    0,
    [_tN],
    [0], 1
];
var AssociateClientDeviceWithCoreDeviceErrorEntry$ = [3, n0, _ACDWCDEE,
    0,
    [_tN, _co, _m],
    [0, 0, 0]
];
var AssociatedClientDevice$ = [3, n0, _ACD,
    0,
    [_tN, _aT],
    [0, 4]
];
var AssociateServiceRoleToAccountRequest$ = [3, n0, _ASRTAR,
    0,
    [_rA],
    [[0, { [_jN]: _RAo }]], 1
];
var AssociateServiceRoleToAccountResponse$ = [3, n0, _ASRTARs,
    0,
    [_aA],
    [[0, { [_jN]: _AA }]]
];
var BatchAssociateClientDeviceWithCoreDeviceRequest$ = [3, n0, _BACDWCDR,
    0,
    [_cDTN, _en],
    [[0, 1], () => AssociateClientDeviceWithCoreDeviceEntryList], 1
];
var BatchAssociateClientDeviceWithCoreDeviceResponse$ = [3, n0, _BACDWCDRa,
    0,
    [_eE],
    [() => AssociateClientDeviceWithCoreDeviceErrorList]
];
var BatchDisassociateClientDeviceFromCoreDeviceRequest$ = [3, n0, _BDCDFCDR,
    0,
    [_cDTN, _en],
    [[0, 1], () => DisassociateClientDeviceFromCoreDeviceEntryList], 1
];
var BatchDisassociateClientDeviceFromCoreDeviceResponse$ = [3, n0, _BDCDFCDRa,
    0,
    [_eE],
    [() => DisassociateClientDeviceFromCoreDeviceErrorList]
];
var CancelDeploymentRequest$ = [3, n0, _CDR,
    0,
    [_dI],
    [[0, 1]], 1
];
var CancelDeploymentResponse$ = [3, n0, _CDRa,
    0,
    [_m],
    [0]
];
var CloudComponentStatus$ = [3, n0, _CCS,
    0,
    [_cS, _m, _er, _vG, _vGM],
    [0, 0, 128 | 0, 0, 0]
];
var Component$ = [3, n0, _C,
    0,
    [_a, _cN, _lV],
    [0, 0, () => ComponentLatestVersion$]
];
var ComponentCandidate$ = [3, n0, _CC,
    0,
    [_cN, _cV, _vR],
    [0, 0, 128 | 0]
];
var ComponentConfigurationUpdate$ = [3, n0, _CCU,
    0,
    [_me, _re],
    [0, 64 | 0]
];
var ComponentDependencyRequirement$ = [3, n0, _CDRo,
    0,
    [_vRe, _dT],
    [0, 0]
];
var ComponentDeploymentSpecification$ = [3, n0, _CDS,
    0,
    [_cV, _cU, _rW],
    [0, () => ComponentConfigurationUpdate$, () => ComponentRunWith$], 1
];
var ComponentLatestVersion$ = [3, n0, _CLV,
    0,
    [_a, _cV, _cT, _d, _p, _pl],
    [0, 0, 4, 0, 0, () => ComponentPlatformList]
];
var ComponentPlatform$ = [3, n0, _CP,
    0,
    [_n, _at],
    [0, 128 | 0]
];
var ComponentRunWith$ = [3, n0, _CRW,
    0,
    [_pU, _sRL, _wU],
    [0, () => SystemResourceLimits$, 0]
];
var ComponentVersionListItem$ = [3, n0, _CVLI,
    0,
    [_cN, _cV, _a],
    [0, 0, 0]
];
var ConnectivityInfo$ = [3, n0, _CI,
    0,
    [_i, _hA, _pN, _met],
    [[0, { [_jN]: _I }], [0, { [_jN]: _HA }], [1, { [_jN]: _PN }], [0, { [_jN]: _M }]]
];
var CoreDevice$ = [3, n0, _CD,
    0,
    [_cDTN, _st, _lSUT, _pla, _ar, _ru],
    [0, 0, 4, 0, 0, 0]
];
var CreateComponentVersionRequest$ = [3, n0, _CCVR,
    0,
    [_iR, _lF, _t, _cTl],
    [21, () => LambdaFunctionRecipeSource$, 128 | 0, [0, 4]]
];
var CreateComponentVersionResponse$ = [3, n0, _CCVRr,
    0,
    [_cN, _cV, _cT, _st, _a],
    [0, 0, 4, () => CloudComponentStatus$, 0], 4
];
var CreateDeploymentRequest$ = [3, n0, _CDRr,
    0,
    [_tA, _dN, _com, _iJC, _dP, _pTA, _t, _cTl],
    [0, 0, () => ComponentDeploymentSpecifications, () => DeploymentIoTJobConfiguration$, () => DeploymentPolicies$, 0, 128 | 0, [0, 4]], 1
];
var CreateDeploymentResponse$ = [3, n0, _CDRre,
    0,
    [_dI, _iJI, _iJA],
    [0, 0, 0]
];
var DeleteComponentRequest$ = [3, n0, _DCR,
    0,
    [_a],
    [[0, 1]], 1
];
var DeleteCoreDeviceRequest$ = [3, n0, _DCDR,
    0,
    [_cDTN],
    [[0, 1]], 1
];
var DeleteDeploymentRequest$ = [3, n0, _DDR,
    0,
    [_dI],
    [[0, 1]], 1
];
var Deployment$ = [3, n0, _D,
    0,
    [_tA, _rIe, _dI, _dN, _cT, _dS, _iLFT, _pTA],
    [0, 0, 0, 0, 4, 0, 2, 0]
];
var DeploymentComponentUpdatePolicy$ = [3, n0, _DCUP,
    0,
    [_tIS, _ac],
    [1, 0]
];
var DeploymentConfigurationValidationPolicy$ = [3, n0, _DCVP,
    0,
    [_tIS],
    [1]
];
var DeploymentIoTJobConfiguration$ = [3, n0, _DITJC,
    0,
    [_jERC, _aC, _tC],
    [() => IoTJobExecutionsRolloutConfig$, () => IoTJobAbortConfig$, () => IoTJobTimeoutConfig$]
];
var DeploymentPolicies$ = [3, n0, _DP,
    0,
    [_fHP, _cUP, _cVP],
    [0, () => DeploymentComponentUpdatePolicy$, () => DeploymentConfigurationValidationPolicy$]
];
var DescribeComponentRequest$ = [3, n0, _DCRe,
    0,
    [_a],
    [[0, 1]], 1
];
var DescribeComponentResponse$ = [3, n0, _DCRes,
    0,
    [_a, _cN, _cV, _cT, _p, _d, _st, _pl, _t],
    [0, 0, 0, 4, 0, 0, () => CloudComponentStatus$, () => ComponentPlatformList, 128 | 0]
];
var DisassociateClientDeviceFromCoreDeviceEntry$ = [3, n0, _DCDFCDE,
    0,
    [_tN],
    [0], 1
];
var DisassociateClientDeviceFromCoreDeviceErrorEntry$ = [3, n0, _DCDFCDEE,
    0,
    [_tN, _co, _m],
    [0, 0, 0]
];
var DisassociateServiceRoleFromAccountRequest$ = [3, n0, _DSRFAR,
    0,
    [],
    []
];
var DisassociateServiceRoleFromAccountResponse$ = [3, n0, _DSRFARi,
    0,
    [_dA],
    [[0, { [_jN]: _DA }]]
];
var EffectiveDeployment$ = [3, n0, _ED,
    0,
    [_dI, _dN, _tA, _cDES, _cT, _mT, _iJI, _iJA, _d, _r, _sD],
    [0, 0, 0, 0, 4, 4, 0, 0, 0, 0, () => EffectiveDeploymentStatusDetails$], 6
];
var EffectiveDeploymentStatusDetails$ = [3, n0, _EDSD,
    0,
    [_eS, _eT],
    [64 | 0, 64 | 0]
];
var GetComponentRequest$ = [3, n0, _GCR,
    0,
    [_a, _rOF],
    [[0, 1], [0, { [_hQ]: _rOF }]], 1
];
var GetComponentResponse$ = [3, n0, _GCRe,
    0,
    [_rOF, _rec, _t],
    [0, 21, 128 | 0], 2
];
var GetComponentVersionArtifactRequest$ = [3, n0, _GCVAR,
    0,
    [_a, _aN, _sET, _iET],
    [[0, 1], [0, 1], [0, { [_hQ]: _sET }], [0, { [_hH]: _xaiet }]], 2
];
var GetComponentVersionArtifactResponse$ = [3, n0, _GCVARe,
    0,
    [_pSU],
    [0], 1
];
var GetConnectivityInfoRequest$ = [3, n0, _GCIR,
    0,
    [_tN],
    [[0, 1]], 1
];
var GetConnectivityInfoResponse$ = [3, n0, _GCIRe,
    0,
    [_cI, _m],
    [[() => connectivityInfoList, { [_jN]: _CI }], [0, { [_jN]: _Me }]]
];
var GetCoreDeviceRequest$ = [3, n0, _GCDR,
    0,
    [_cDTN],
    [[0, 1]], 1
];
var GetCoreDeviceResponse$ = [3, n0, _GCDRe,
    0,
    [_cDTN, _cVo, _pla, _ar, _ru, _st, _lSUT, _t],
    [0, 0, 0, 0, 0, 0, 4, 128 | 0]
];
var GetDeploymentRequest$ = [3, n0, _GDR,
    0,
    [_dI],
    [[0, 1]], 1
];
var GetDeploymentResponse$ = [3, n0, _GDRe,
    0,
    [_tA, _rIe, _dI, _dN, _dS, _iJI, _iJA, _com, _dP, _iJC, _cT, _iLFT, _pTA, _t],
    [0, 0, 0, 0, 0, 0, 0, () => ComponentDeploymentSpecifications, () => DeploymentPolicies$, () => DeploymentIoTJobConfiguration$, 4, 2, 0, 128 | 0]
];
var GetServiceRoleForAccountRequest$ = [3, n0, _GSRFAR,
    0,
    [],
    []
];
var GetServiceRoleForAccountResponse$ = [3, n0, _GSRFARe,
    0,
    [_aA, _rA],
    [[0, { [_jN]: _AA }], [0, { [_jN]: _RAo }]]
];
var InstalledComponent$ = [3, n0, _IC,
    0,
    [_cN, _cV, _lS, _lSD, _iRs, _lSCT, _lRT, _lIS, _lSC],
    [0, 0, 0, 0, 2, 4, 4, 0, 64 | 0]
];
var IoTJobAbortConfig$ = [3, n0, _ITJAC,
    0,
    [_cL],
    [() => IoTJobAbortCriteriaList], 1
];
var IoTJobAbortCriteria$ = [3, n0, _ITJACo,
    0,
    [_fT, _ac, _tP, _mNOET],
    [0, 0, 1, 1], 4
];
var IoTJobExecutionsRolloutConfig$ = [3, n0, _ITJERC,
    0,
    [_eR, _mPM],
    [() => IoTJobExponentialRolloutRate$, 1]
];
var IoTJobExponentialRolloutRate$ = [3, n0, _ITJERR,
    0,
    [_bRPM, _iF, _rIC],
    [1, 1, () => IoTJobRateIncreaseCriteria$], 3
];
var IoTJobRateIncreaseCriteria$ = [3, n0, _ITJRIC,
    0,
    [_nONT, _nOST],
    [1, 1]
];
var IoTJobTimeoutConfig$ = [3, n0, _ITJTC,
    0,
    [_iPTIM],
    [1]
];
var LambdaContainerParams$ = [3, n0, _LCP,
    0,
    [_mSIKB, _mROS, _v, _de],
    [1, 2, () => LambdaVolumeList, () => LambdaDeviceList]
];
var LambdaDeviceMount$ = [3, n0, _LDM,
    0,
    [_pa, _pe, _aGO],
    [0, 0, 2], 1
];
var LambdaEventSource$ = [3, n0, _LES,
    0,
    [_to, _ty],
    [0, 0], 2
];
var LambdaExecutionParameters$ = [3, n0, _LEP,
    0,
    [_eSv, _mQS, _mIC, _mITIS, _tIS, _sTIS, _pi, _iPET, _eA, _eV, _lPP],
    [() => LambdaEventSourceList, 1, 1, 1, 1, 1, 2, 0, 64 | 0, 128 | 0, () => LambdaLinuxProcessParams$]
];
var LambdaFunctionRecipeSource$ = [3, n0, _LFRS,
    0,
    [_lA, _cN, _cV, _cP, _cD, _cLP],
    [0, 0, 0, () => ComponentPlatformList, () => ComponentDependencyMap, () => LambdaExecutionParameters$], 1
];
var LambdaLinuxProcessParams$ = [3, n0, _LLPP,
    0,
    [_iM, _cPo],
    [0, () => LambdaContainerParams$]
];
var LambdaVolumeMount$ = [3, n0, _LVM,
    0,
    [_sP, _dPe, _pe, _aGO],
    [0, 0, 0, 2], 2
];
var ListClientDevicesAssociatedWithCoreDeviceRequest$ = [3, n0, _LCDAWCDR,
    0,
    [_cDTN, _mR, _nT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListClientDevicesAssociatedWithCoreDeviceResponse$ = [3, n0, _LCDAWCDRi,
    0,
    [_aCD, _nT],
    [() => AssociatedClientDeviceList, 0]
];
var ListComponentsRequest$ = [3, n0, _LCR,
    0,
    [_sc, _mR, _nT],
    [[0, { [_hQ]: _sc }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListComponentsResponse$ = [3, n0, _LCRi,
    0,
    [_com, _nT],
    [() => ComponentList, 0]
];
var ListComponentVersionsRequest$ = [3, n0, _LCVR,
    0,
    [_a, _mR, _nT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListComponentVersionsResponse$ = [3, n0, _LCVRi,
    0,
    [_cVom, _nT],
    [() => ComponentVersionList, 0]
];
var ListCoreDevicesRequest$ = [3, n0, _LCDR,
    0,
    [_tGA, _st, _mR, _nT, _ru],
    [[0, { [_hQ]: _tGA }], [0, { [_hQ]: _st }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _ru }]]
];
var ListCoreDevicesResponse$ = [3, n0, _LCDRi,
    0,
    [_cDo, _nT],
    [() => CoreDevicesList, 0]
];
var ListDeploymentsRequest$ = [3, n0, _LDR,
    0,
    [_tA, _hF, _pTA, _mR, _nT],
    [[0, { [_hQ]: _tA }], [0, { [_hQ]: _hF }], [0, { [_hQ]: _pTA }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListDeploymentsResponse$ = [3, n0, _LDRi,
    0,
    [_dep, _nT],
    [() => DeploymentList, 0]
];
var ListEffectiveDeploymentsRequest$ = [3, n0, _LEDR,
    0,
    [_cDTN, _mR, _nT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListEffectiveDeploymentsResponse$ = [3, n0, _LEDRi,
    0,
    [_eD, _nT],
    [() => EffectiveDeploymentsList, 0]
];
var ListInstalledComponentsRequest$ = [3, n0, _LICR,
    0,
    [_cDTN, _mR, _nT, _tF],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _tF }]], 1
];
var ListInstalledComponentsResponse$ = [3, n0, _LICRi,
    0,
    [_iC, _nT],
    [() => InstalledComponentList, 0]
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_rAe],
    [[0, 1]], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_t],
    [128 | 0]
];
var ResolveComponentCandidatesRequest$ = [3, n0, _RCCR,
    0,
    [_pla, _cC],
    [() => ComponentPlatform$, () => ComponentCandidateList]
];
var ResolveComponentCandidatesResponse$ = [3, n0, _RCCRe,
    0,
    [_rCV],
    [() => ResolvedComponentVersionsList]
];
var ResolvedComponentVersion$ = [3, n0, _RCV,
    0,
    [_a, _cN, _cV, _rec, _vG, _m],
    [0, 0, 0, 21, 0, 0]
];
var SystemResourceLimits$ = [3, n0, _SRL,
    0,
    [_mem, _cp],
    [1, 1]
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_rAe, _t],
    [[0, 1], 128 | 0], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_rAe, _tK],
    [[0, 1], [64 | 0, { [_hQ]: _tK }]], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var UpdateConnectivityInfoRequest$ = [3, n0, _UCIR,
    0,
    [_tN, _cI],
    [[0, { [_hL]: 1, [_jN]: _TN }], [() => connectivityInfoList, { [_jN]: _CI }]], 2
];
var UpdateConnectivityInfoResponse$ = [3, n0, _UCIRp,
    0,
    [_ve, _m],
    [[0, { [_jN]: _V }], [0, { [_jN]: _Me }]]
];
var ValidationExceptionField$ = [3, n0, _VEF,
    0,
    [_n, _m],
    [0, 0], 2
];
var __Unit = "unit";
var AssociateClientDeviceWithCoreDeviceEntryList = [1, n0, _ACDWCDEL,
    0, () => AssociateClientDeviceWithCoreDeviceEntry$
];
var AssociateClientDeviceWithCoreDeviceErrorList = [1, n0, _ACDWCDELs,
    0, () => AssociateClientDeviceWithCoreDeviceErrorEntry$
];
var AssociatedClientDeviceList = [1, n0, _ACDL,
    0, () => AssociatedClientDevice$
];
var ComponentCandidateList = [1, n0, _CCL,
    0, () => ComponentCandidate$
];
var ComponentList = [1, n0, _CL,
    0, () => Component$
];
var ComponentPlatformList = [1, n0, _CPL,
    0, () => ComponentPlatform$
];
var ComponentVersionList = [1, n0, _CVL,
    0, () => ComponentVersionListItem$
];
var connectivityInfoList = [1, n0, _cIL,
    0, [() => ConnectivityInfo$,
        0]
];
var CoreDevicesList = [1, n0, _CDL,
    0, () => CoreDevice$
];
var DeploymentList = [1, n0, _DL,
    0, () => Deployment$
];
var DisassociateClientDeviceFromCoreDeviceEntryList = [1, n0, _DCDFCDEL,
    0, () => DisassociateClientDeviceFromCoreDeviceEntry$
];
var DisassociateClientDeviceFromCoreDeviceErrorList = [1, n0, _DCDFCDELi,
    0, () => DisassociateClientDeviceFromCoreDeviceErrorEntry$
];
var EffectiveDeploymentsList = [1, n0, _EDL,
    0, () => EffectiveDeployment$
];
var InstalledComponentList = [1, n0, _ICL,
    0, () => InstalledComponent$
];
var IoTJobAbortCriteriaList = [1, n0, _ITJACL,
    0, () => IoTJobAbortCriteria$
];
var LambdaDeviceList = [1, n0, _LDL,
    0, () => LambdaDeviceMount$
];
var LambdaEventSourceList = [1, n0, _LESL,
    0, () => LambdaEventSource$
];
var LambdaVolumeList = [1, n0, _LVL,
    0, () => LambdaVolumeMount$
];
var ResolvedComponentVersionsList = [1, n0, _RCVL,
    0, () => ResolvedComponentVersion$
];
var ValidationExceptionFieldList = [1, n0, _VEFL,
    0, () => ValidationExceptionField$
];
var ComponentDependencyMap = [2, n0, _CDM,
    0, 0, () => ComponentDependencyRequirement$
];
var ComponentDeploymentSpecifications = [2, n0, _CDSo,
    0, 0, () => ComponentDeploymentSpecification$
];
var AssociateServiceRoleToAccount$ = [9, n0, _ASRTA,
    { [_h]: ["PUT", "/greengrass/servicerole", 200] }, () => AssociateServiceRoleToAccountRequest$, () => AssociateServiceRoleToAccountResponse$
];
var BatchAssociateClientDeviceWithCoreDevice$ = [9, n0, _BACDWCD,
    { [_h]: ["POST", "/greengrass/v2/coreDevices/{coreDeviceThingName}/associateClientDevices", 200] }, () => BatchAssociateClientDeviceWithCoreDeviceRequest$, () => BatchAssociateClientDeviceWithCoreDeviceResponse$
];
var BatchDisassociateClientDeviceFromCoreDevice$ = [9, n0, _BDCDFCD,
    { [_h]: ["POST", "/greengrass/v2/coreDevices/{coreDeviceThingName}/disassociateClientDevices", 200] }, () => BatchDisassociateClientDeviceFromCoreDeviceRequest$, () => BatchDisassociateClientDeviceFromCoreDeviceResponse$
];
var CancelDeployment$ = [9, n0, _CDa,
    { [_h]: ["POST", "/greengrass/v2/deployments/{deploymentId}/cancel", 200] }, () => CancelDeploymentRequest$, () => CancelDeploymentResponse$
];
var CreateComponentVersion$ = [9, n0, _CCV,
    { [_h]: ["POST", "/greengrass/v2/createComponentVersion", 201] }, () => CreateComponentVersionRequest$, () => CreateComponentVersionResponse$
];
var CreateDeployment$ = [9, n0, _CDr,
    { [_h]: ["POST", "/greengrass/v2/deployments", 201] }, () => CreateDeploymentRequest$, () => CreateDeploymentResponse$
];
var DeleteComponent$ = [9, n0, _DC,
    { [_h]: ["DELETE", "/greengrass/v2/components/{arn}", 204] }, () => DeleteComponentRequest$, () => __Unit
];
var DeleteCoreDevice$ = [9, n0, _DCD,
    { [_h]: ["DELETE", "/greengrass/v2/coreDevices/{coreDeviceThingName}", 204] }, () => DeleteCoreDeviceRequest$, () => __Unit
];
var DeleteDeployment$ = [9, n0, _DD,
    { [_h]: ["DELETE", "/greengrass/v2/deployments/{deploymentId}", 204] }, () => DeleteDeploymentRequest$, () => __Unit
];
var DescribeComponent$ = [9, n0, _DCe,
    { [_h]: ["GET", "/greengrass/v2/components/{arn}/metadata", 200] }, () => DescribeComponentRequest$, () => DescribeComponentResponse$
];
var DisassociateServiceRoleFromAccount$ = [9, n0, _DSRFA,
    { [_h]: ["DELETE", "/greengrass/servicerole", 200] }, () => DisassociateServiceRoleFromAccountRequest$, () => DisassociateServiceRoleFromAccountResponse$
];
var GetComponent$ = [9, n0, _GC,
    { [_h]: ["GET", "/greengrass/v2/components/{arn}", 200] }, () => GetComponentRequest$, () => GetComponentResponse$
];
var GetComponentVersionArtifact$ = [9, n0, _GCVA,
    { [_h]: ["GET", "/greengrass/v2/components/{arn}/artifacts/{artifactName+}", 200] }, () => GetComponentVersionArtifactRequest$, () => GetComponentVersionArtifactResponse$
];
var GetConnectivityInfo$ = [9, n0, _GCI,
    { [_h]: ["GET", "/greengrass/things/{thingName}/connectivityInfo", 200] }, () => GetConnectivityInfoRequest$, () => GetConnectivityInfoResponse$
];
var GetCoreDevice$ = [9, n0, _GCD,
    { [_h]: ["GET", "/greengrass/v2/coreDevices/{coreDeviceThingName}", 200] }, () => GetCoreDeviceRequest$, () => GetCoreDeviceResponse$
];
var GetDeployment$ = [9, n0, _GD,
    { [_h]: ["GET", "/greengrass/v2/deployments/{deploymentId}", 200] }, () => GetDeploymentRequest$, () => GetDeploymentResponse$
];
var GetServiceRoleForAccount$ = [9, n0, _GSRFA,
    { [_h]: ["GET", "/greengrass/servicerole", 200] }, () => GetServiceRoleForAccountRequest$, () => GetServiceRoleForAccountResponse$
];
var ListClientDevicesAssociatedWithCoreDevice$ = [9, n0, _LCDAWCD,
    { [_h]: ["GET", "/greengrass/v2/coreDevices/{coreDeviceThingName}/associatedClientDevices", 200] }, () => ListClientDevicesAssociatedWithCoreDeviceRequest$, () => ListClientDevicesAssociatedWithCoreDeviceResponse$
];
var ListComponents$ = [9, n0, _LC,
    { [_h]: ["GET", "/greengrass/v2/components", 200] }, () => ListComponentsRequest$, () => ListComponentsResponse$
];
var ListComponentVersions$ = [9, n0, _LCV,
    { [_h]: ["GET", "/greengrass/v2/components/{arn}/versions", 200] }, () => ListComponentVersionsRequest$, () => ListComponentVersionsResponse$
];
var ListCoreDevices$ = [9, n0, _LCD,
    { [_h]: ["GET", "/greengrass/v2/coreDevices", 200] }, () => ListCoreDevicesRequest$, () => ListCoreDevicesResponse$
];
var ListDeployments$ = [9, n0, _LD,
    { [_h]: ["GET", "/greengrass/v2/deployments", 200] }, () => ListDeploymentsRequest$, () => ListDeploymentsResponse$
];
var ListEffectiveDeployments$ = [9, n0, _LED,
    { [_h]: ["GET", "/greengrass/v2/coreDevices/{coreDeviceThingName}/effectiveDeployments", 200] }, () => ListEffectiveDeploymentsRequest$, () => ListEffectiveDeploymentsResponse$
];
var ListInstalledComponents$ = [9, n0, _LIC,
    { [_h]: ["GET", "/greengrass/v2/coreDevices/{coreDeviceThingName}/installedComponents", 200] }, () => ListInstalledComponentsRequest$, () => ListInstalledComponentsResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    { [_h]: ["GET", "/tags/{resourceArn}", 200] }, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var ResolveComponentCandidates$ = [9, n0, _RCC,
    { [_h]: ["POST", "/greengrass/v2/resolveComponentCandidates", 200] }, () => ResolveComponentCandidatesRequest$, () => ResolveComponentCandidatesResponse$
];
var TagResource$ = [9, n0, _TR,
    { [_h]: ["POST", "/tags/{resourceArn}", 200] }, () => TagResourceRequest$, () => TagResourceResponse$
];
var UntagResource$ = [9, n0, _UR,
    { [_h]: ["DELETE", "/tags/{resourceArn}", 200] }, () => UntagResourceRequest$, () => UntagResourceResponse$
];
var UpdateConnectivityInfo$ = [9, n0, _UCI,
    { [_h]: ["PUT", "/greengrass/things/{thingName}/connectivityInfo", 200] }, () => UpdateConnectivityInfoRequest$, () => UpdateConnectivityInfoResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2020-11-30",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultGreengrassV2HttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.greengrassv2",
            errorTypeRegistries,
            version: "2020-11-30",
            serviceTarget: "GreengrassV2",
        },
        serviceId: config?.serviceId ?? "GreengrassV2",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 300_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class GreengrassV2Client extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultGreengrassV2HttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "GreengrassV2", "GreengrassV2Client", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AssociateServiceRoleToAccountCommand extends command(_ep0, _mw0, "AssociateServiceRoleToAccount", AssociateServiceRoleToAccount$) {
}

class BatchAssociateClientDeviceWithCoreDeviceCommand extends command(_ep0, _mw0, "BatchAssociateClientDeviceWithCoreDevice", BatchAssociateClientDeviceWithCoreDevice$) {
}

class BatchDisassociateClientDeviceFromCoreDeviceCommand extends command(_ep0, _mw0, "BatchDisassociateClientDeviceFromCoreDevice", BatchDisassociateClientDeviceFromCoreDevice$) {
}

class CancelDeploymentCommand extends command(_ep0, _mw0, "CancelDeployment", CancelDeployment$) {
}

class CreateComponentVersionCommand extends command(_ep0, _mw0, "CreateComponentVersion", CreateComponentVersion$) {
}

class CreateDeploymentCommand extends command(_ep0, _mw0, "CreateDeployment", CreateDeployment$) {
}

class DeleteComponentCommand extends command(_ep0, _mw0, "DeleteComponent", DeleteComponent$) {
}

class DeleteCoreDeviceCommand extends command(_ep0, _mw0, "DeleteCoreDevice", DeleteCoreDevice$) {
}

class DeleteDeploymentCommand extends command(_ep0, _mw0, "DeleteDeployment", DeleteDeployment$) {
}

class DescribeComponentCommand extends command(_ep0, _mw0, "DescribeComponent", DescribeComponent$) {
}

class DisassociateServiceRoleFromAccountCommand extends command(_ep0, _mw0, "DisassociateServiceRoleFromAccount", DisassociateServiceRoleFromAccount$) {
}

class GetComponentCommand extends command(_ep0, _mw0, "GetComponent", GetComponent$) {
}

class GetComponentVersionArtifactCommand extends command(_ep0, _mw0, "GetComponentVersionArtifact", GetComponentVersionArtifact$) {
}

class GetConnectivityInfoCommand extends command(_ep0, _mw0, "GetConnectivityInfo", GetConnectivityInfo$) {
}

class GetCoreDeviceCommand extends command(_ep0, _mw0, "GetCoreDevice", GetCoreDevice$) {
}

class GetDeploymentCommand extends command(_ep0, _mw0, "GetDeployment", GetDeployment$) {
}

class GetServiceRoleForAccountCommand extends command(_ep0, _mw0, "GetServiceRoleForAccount", GetServiceRoleForAccount$) {
}

class ListClientDevicesAssociatedWithCoreDeviceCommand extends command(_ep0, _mw0, "ListClientDevicesAssociatedWithCoreDevice", ListClientDevicesAssociatedWithCoreDevice$) {
}

class ListComponentsCommand extends command(_ep0, _mw0, "ListComponents", ListComponents$) {
}

class ListComponentVersionsCommand extends command(_ep0, _mw0, "ListComponentVersions", ListComponentVersions$) {
}

class ListCoreDevicesCommand extends command(_ep0, _mw0, "ListCoreDevices", ListCoreDevices$) {
}

class ListDeploymentsCommand extends command(_ep0, _mw0, "ListDeployments", ListDeployments$) {
}

class ListEffectiveDeploymentsCommand extends command(_ep0, _mw0, "ListEffectiveDeployments", ListEffectiveDeployments$) {
}

class ListInstalledComponentsCommand extends command(_ep0, _mw0, "ListInstalledComponents", ListInstalledComponents$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ResolveComponentCandidatesCommand extends command(_ep0, _mw0, "ResolveComponentCandidates", ResolveComponentCandidates$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateConnectivityInfoCommand extends command(_ep0, _mw0, "UpdateConnectivityInfo", UpdateConnectivityInfo$) {
}

const paginateListClientDevicesAssociatedWithCoreDevice = createPaginator(GreengrassV2Client, ListClientDevicesAssociatedWithCoreDeviceCommand, "nextToken", "nextToken", "maxResults");

const paginateListComponents = createPaginator(GreengrassV2Client, ListComponentsCommand, "nextToken", "nextToken", "maxResults");

const paginateListComponentVersions = createPaginator(GreengrassV2Client, ListComponentVersionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListCoreDevices = createPaginator(GreengrassV2Client, ListCoreDevicesCommand, "nextToken", "nextToken", "maxResults");

const paginateListDeployments = createPaginator(GreengrassV2Client, ListDeploymentsCommand, "nextToken", "nextToken", "maxResults");

const paginateListEffectiveDeployments = createPaginator(GreengrassV2Client, ListEffectiveDeploymentsCommand, "nextToken", "nextToken", "maxResults");

const paginateListInstalledComponents = createPaginator(GreengrassV2Client, ListInstalledComponentsCommand, "nextToken", "nextToken", "maxResults");

const commands = {
    AssociateServiceRoleToAccountCommand,
    BatchAssociateClientDeviceWithCoreDeviceCommand,
    BatchDisassociateClientDeviceFromCoreDeviceCommand,
    CancelDeploymentCommand,
    CreateComponentVersionCommand,
    CreateDeploymentCommand,
    DeleteComponentCommand,
    DeleteCoreDeviceCommand,
    DeleteDeploymentCommand,
    DescribeComponentCommand,
    DisassociateServiceRoleFromAccountCommand,
    GetComponentCommand,
    GetComponentVersionArtifactCommand,
    GetConnectivityInfoCommand,
    GetCoreDeviceCommand,
    GetDeploymentCommand,
    GetServiceRoleForAccountCommand,
    ListClientDevicesAssociatedWithCoreDeviceCommand,
    ListComponentsCommand,
    ListComponentVersionsCommand,
    ListCoreDevicesCommand,
    ListDeploymentsCommand,
    ListEffectiveDeploymentsCommand,
    ListInstalledComponentsCommand,
    ListTagsForResourceCommand,
    ResolveComponentCandidatesCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateConnectivityInfoCommand,
};
const paginators = {
    paginateListClientDevicesAssociatedWithCoreDevice,
    paginateListComponents,
    paginateListComponentVersions,
    paginateListCoreDevices,
    paginateListDeployments,
    paginateListEffectiveDeployments,
    paginateListInstalledComponents,
};
class GreengrassV2 extends GreengrassV2Client {
}
createAggregatedClient(commands, GreengrassV2, { paginators });

const ValidationExceptionReason = {
    CANNOT_PARSE: "CANNOT_PARSE",
    FIELD_VALIDATION_FAILED: "FIELD_VALIDATION_FAILED",
    OTHER: "OTHER",
    UNKNOWN_OPERATION: "UNKNOWN_OPERATION",
};
const CloudComponentState = {
    DEPLOYABLE: "DEPLOYABLE",
    DEPRECATED: "DEPRECATED",
    FAILED: "FAILED",
    INITIATED: "INITIATED",
    REQUESTED: "REQUESTED",
};
const VendorGuidance = {
    ACTIVE: "ACTIVE",
    DELETED: "DELETED",
    DISCONTINUED: "DISCONTINUED",
};
const ComponentDependencyType = {
    HARD: "HARD",
    SOFT: "SOFT",
};
const ComponentVisibilityScope = {
    PRIVATE: "PRIVATE",
    PUBLIC: "PUBLIC",
};
const CoreDeviceStatus = {
    HEALTHY: "HEALTHY",
    UNHEALTHY: "UNHEALTHY",
};
const LambdaEventSourceType = {
    IOT_CORE: "IOT_CORE",
    PUB_SUB: "PUB_SUB",
};
const LambdaInputPayloadEncodingType = {
    BINARY: "binary",
    JSON: "json",
};
const LambdaFilesystemPermission = {
    RO: "ro",
    RW: "rw",
};
const LambdaIsolationMode = {
    GREENGRASS_CONTAINER: "GreengrassContainer",
    NO_CONTAINER: "NoContainer",
};
const DeploymentComponentUpdatePolicyAction = {
    NOTIFY_COMPONENTS: "NOTIFY_COMPONENTS",
    SKIP_NOTIFY_COMPONENTS: "SKIP_NOTIFY_COMPONENTS",
};
const DeploymentFailureHandlingPolicy = {
    DO_NOTHING: "DO_NOTHING",
    ROLLBACK: "ROLLBACK",
};
const IoTJobAbortAction = {
    CANCEL: "CANCEL",
};
const IoTJobExecutionFailureType = {
    ALL: "ALL",
    FAILED: "FAILED",
    REJECTED: "REJECTED",
    TIMED_OUT: "TIMED_OUT",
};
const DeploymentStatus = {
    ACTIVE: "ACTIVE",
    CANCELED: "CANCELED",
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    INACTIVE: "INACTIVE",
};
const DeploymentHistoryFilter = {
    ALL: "ALL",
    LATEST_ONLY: "LATEST_ONLY",
};
const EffectiveDeploymentExecutionStatus = {
    CANCELED: "CANCELED",
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    QUEUED: "QUEUED",
    REJECTED: "REJECTED",
    SUCCEEDED: "SUCCEEDED",
    TIMED_OUT: "TIMED_OUT",
};
const RecipeOutputFormat = {
    JSON: "JSON",
    YAML: "YAML",
};
const IotEndpointType = {
    fips: "fips",
    standard: "standard",
};
const S3EndpointType = {
    GLOBAL: "GLOBAL",
    REGIONAL: "REGIONAL",
};
const InstalledComponentTopologyFilter = {
    ALL: "ALL",
    ROOT: "ROOT",
};
const InstalledComponentLifecycleState = {
    BROKEN: "BROKEN",
    ERRORED: "ERRORED",
    FINISHED: "FINISHED",
    INSTALLED: "INSTALLED",
    NEW: "NEW",
    RUNNING: "RUNNING",
    STARTING: "STARTING",
    STOPPING: "STOPPING",
};

exports.AccessDeniedException = AccessDeniedException;
exports.AccessDeniedException$ = AccessDeniedException$;
exports.AssociateClientDeviceWithCoreDeviceEntry$ = AssociateClientDeviceWithCoreDeviceEntry$;
exports.AssociateClientDeviceWithCoreDeviceErrorEntry$ = AssociateClientDeviceWithCoreDeviceErrorEntry$;
exports.AssociateServiceRoleToAccount$ = AssociateServiceRoleToAccount$;
exports.AssociateServiceRoleToAccountCommand = AssociateServiceRoleToAccountCommand;
exports.AssociateServiceRoleToAccountRequest$ = AssociateServiceRoleToAccountRequest$;
exports.AssociateServiceRoleToAccountResponse$ = AssociateServiceRoleToAccountResponse$;
exports.AssociatedClientDevice$ = AssociatedClientDevice$;
exports.BatchAssociateClientDeviceWithCoreDevice$ = BatchAssociateClientDeviceWithCoreDevice$;
exports.BatchAssociateClientDeviceWithCoreDeviceCommand = BatchAssociateClientDeviceWithCoreDeviceCommand;
exports.BatchAssociateClientDeviceWithCoreDeviceRequest$ = BatchAssociateClientDeviceWithCoreDeviceRequest$;
exports.BatchAssociateClientDeviceWithCoreDeviceResponse$ = BatchAssociateClientDeviceWithCoreDeviceResponse$;
exports.BatchDisassociateClientDeviceFromCoreDevice$ = BatchDisassociateClientDeviceFromCoreDevice$;
exports.BatchDisassociateClientDeviceFromCoreDeviceCommand = BatchDisassociateClientDeviceFromCoreDeviceCommand;
exports.BatchDisassociateClientDeviceFromCoreDeviceRequest$ = BatchDisassociateClientDeviceFromCoreDeviceRequest$;
exports.BatchDisassociateClientDeviceFromCoreDeviceResponse$ = BatchDisassociateClientDeviceFromCoreDeviceResponse$;
exports.CancelDeployment$ = CancelDeployment$;
exports.CancelDeploymentCommand = CancelDeploymentCommand;
exports.CancelDeploymentRequest$ = CancelDeploymentRequest$;
exports.CancelDeploymentResponse$ = CancelDeploymentResponse$;
exports.CloudComponentState = CloudComponentState;
exports.CloudComponentStatus$ = CloudComponentStatus$;
exports.Component$ = Component$;
exports.ComponentCandidate$ = ComponentCandidate$;
exports.ComponentConfigurationUpdate$ = ComponentConfigurationUpdate$;
exports.ComponentDependencyRequirement$ = ComponentDependencyRequirement$;
exports.ComponentDependencyType = ComponentDependencyType;
exports.ComponentDeploymentSpecification$ = ComponentDeploymentSpecification$;
exports.ComponentLatestVersion$ = ComponentLatestVersion$;
exports.ComponentPlatform$ = ComponentPlatform$;
exports.ComponentRunWith$ = ComponentRunWith$;
exports.ComponentVersionListItem$ = ComponentVersionListItem$;
exports.ComponentVisibilityScope = ComponentVisibilityScope;
exports.ConflictException = ConflictException;
exports.ConflictException$ = ConflictException$;
exports.ConnectivityInfo$ = ConnectivityInfo$;
exports.CoreDevice$ = CoreDevice$;
exports.CoreDeviceStatus = CoreDeviceStatus;
exports.CreateComponentVersion$ = CreateComponentVersion$;
exports.CreateComponentVersionCommand = CreateComponentVersionCommand;
exports.CreateComponentVersionRequest$ = CreateComponentVersionRequest$;
exports.CreateComponentVersionResponse$ = CreateComponentVersionResponse$;
exports.CreateDeployment$ = CreateDeployment$;
exports.CreateDeploymentCommand = CreateDeploymentCommand;
exports.CreateDeploymentRequest$ = CreateDeploymentRequest$;
exports.CreateDeploymentResponse$ = CreateDeploymentResponse$;
exports.DeleteComponent$ = DeleteComponent$;
exports.DeleteComponentCommand = DeleteComponentCommand;
exports.DeleteComponentRequest$ = DeleteComponentRequest$;
exports.DeleteCoreDevice$ = DeleteCoreDevice$;
exports.DeleteCoreDeviceCommand = DeleteCoreDeviceCommand;
exports.DeleteCoreDeviceRequest$ = DeleteCoreDeviceRequest$;
exports.DeleteDeployment$ = DeleteDeployment$;
exports.DeleteDeploymentCommand = DeleteDeploymentCommand;
exports.DeleteDeploymentRequest$ = DeleteDeploymentRequest$;
exports.Deployment$ = Deployment$;
exports.DeploymentComponentUpdatePolicy$ = DeploymentComponentUpdatePolicy$;
exports.DeploymentComponentUpdatePolicyAction = DeploymentComponentUpdatePolicyAction;
exports.DeploymentConfigurationValidationPolicy$ = DeploymentConfigurationValidationPolicy$;
exports.DeploymentFailureHandlingPolicy = DeploymentFailureHandlingPolicy;
exports.DeploymentHistoryFilter = DeploymentHistoryFilter;
exports.DeploymentIoTJobConfiguration$ = DeploymentIoTJobConfiguration$;
exports.DeploymentPolicies$ = DeploymentPolicies$;
exports.DeploymentStatus = DeploymentStatus;
exports.DescribeComponent$ = DescribeComponent$;
exports.DescribeComponentCommand = DescribeComponentCommand;
exports.DescribeComponentRequest$ = DescribeComponentRequest$;
exports.DescribeComponentResponse$ = DescribeComponentResponse$;
exports.DisassociateClientDeviceFromCoreDeviceEntry$ = DisassociateClientDeviceFromCoreDeviceEntry$;
exports.DisassociateClientDeviceFromCoreDeviceErrorEntry$ = DisassociateClientDeviceFromCoreDeviceErrorEntry$;
exports.DisassociateServiceRoleFromAccount$ = DisassociateServiceRoleFromAccount$;
exports.DisassociateServiceRoleFromAccountCommand = DisassociateServiceRoleFromAccountCommand;
exports.DisassociateServiceRoleFromAccountRequest$ = DisassociateServiceRoleFromAccountRequest$;
exports.DisassociateServiceRoleFromAccountResponse$ = DisassociateServiceRoleFromAccountResponse$;
exports.EffectiveDeployment$ = EffectiveDeployment$;
exports.EffectiveDeploymentExecutionStatus = EffectiveDeploymentExecutionStatus;
exports.EffectiveDeploymentStatusDetails$ = EffectiveDeploymentStatusDetails$;
exports.GetComponent$ = GetComponent$;
exports.GetComponentCommand = GetComponentCommand;
exports.GetComponentRequest$ = GetComponentRequest$;
exports.GetComponentResponse$ = GetComponentResponse$;
exports.GetComponentVersionArtifact$ = GetComponentVersionArtifact$;
exports.GetComponentVersionArtifactCommand = GetComponentVersionArtifactCommand;
exports.GetComponentVersionArtifactRequest$ = GetComponentVersionArtifactRequest$;
exports.GetComponentVersionArtifactResponse$ = GetComponentVersionArtifactResponse$;
exports.GetConnectivityInfo$ = GetConnectivityInfo$;
exports.GetConnectivityInfoCommand = GetConnectivityInfoCommand;
exports.GetConnectivityInfoRequest$ = GetConnectivityInfoRequest$;
exports.GetConnectivityInfoResponse$ = GetConnectivityInfoResponse$;
exports.GetCoreDevice$ = GetCoreDevice$;
exports.GetCoreDeviceCommand = GetCoreDeviceCommand;
exports.GetCoreDeviceRequest$ = GetCoreDeviceRequest$;
exports.GetCoreDeviceResponse$ = GetCoreDeviceResponse$;
exports.GetDeployment$ = GetDeployment$;
exports.GetDeploymentCommand = GetDeploymentCommand;
exports.GetDeploymentRequest$ = GetDeploymentRequest$;
exports.GetDeploymentResponse$ = GetDeploymentResponse$;
exports.GetServiceRoleForAccount$ = GetServiceRoleForAccount$;
exports.GetServiceRoleForAccountCommand = GetServiceRoleForAccountCommand;
exports.GetServiceRoleForAccountRequest$ = GetServiceRoleForAccountRequest$;
exports.GetServiceRoleForAccountResponse$ = GetServiceRoleForAccountResponse$;
exports.GreengrassV2 = GreengrassV2;
exports.GreengrassV2Client = GreengrassV2Client;
exports.GreengrassV2ServiceException = GreengrassV2ServiceException;
exports.GreengrassV2ServiceException$ = GreengrassV2ServiceException$;
exports.InstalledComponent$ = InstalledComponent$;
exports.InstalledComponentLifecycleState = InstalledComponentLifecycleState;
exports.InstalledComponentTopologyFilter = InstalledComponentTopologyFilter;
exports.InternalServerException = InternalServerException;
exports.InternalServerException$ = InternalServerException$;
exports.IoTJobAbortAction = IoTJobAbortAction;
exports.IoTJobAbortConfig$ = IoTJobAbortConfig$;
exports.IoTJobAbortCriteria$ = IoTJobAbortCriteria$;
exports.IoTJobExecutionFailureType = IoTJobExecutionFailureType;
exports.IoTJobExecutionsRolloutConfig$ = IoTJobExecutionsRolloutConfig$;
exports.IoTJobExponentialRolloutRate$ = IoTJobExponentialRolloutRate$;
exports.IoTJobRateIncreaseCriteria$ = IoTJobRateIncreaseCriteria$;
exports.IoTJobTimeoutConfig$ = IoTJobTimeoutConfig$;
exports.IotEndpointType = IotEndpointType;
exports.LambdaContainerParams$ = LambdaContainerParams$;
exports.LambdaDeviceMount$ = LambdaDeviceMount$;
exports.LambdaEventSource$ = LambdaEventSource$;
exports.LambdaEventSourceType = LambdaEventSourceType;
exports.LambdaExecutionParameters$ = LambdaExecutionParameters$;
exports.LambdaFilesystemPermission = LambdaFilesystemPermission;
exports.LambdaFunctionRecipeSource$ = LambdaFunctionRecipeSource$;
exports.LambdaInputPayloadEncodingType = LambdaInputPayloadEncodingType;
exports.LambdaIsolationMode = LambdaIsolationMode;
exports.LambdaLinuxProcessParams$ = LambdaLinuxProcessParams$;
exports.LambdaVolumeMount$ = LambdaVolumeMount$;
exports.ListClientDevicesAssociatedWithCoreDevice$ = ListClientDevicesAssociatedWithCoreDevice$;
exports.ListClientDevicesAssociatedWithCoreDeviceCommand = ListClientDevicesAssociatedWithCoreDeviceCommand;
exports.ListClientDevicesAssociatedWithCoreDeviceRequest$ = ListClientDevicesAssociatedWithCoreDeviceRequest$;
exports.ListClientDevicesAssociatedWithCoreDeviceResponse$ = ListClientDevicesAssociatedWithCoreDeviceResponse$;
exports.ListComponentVersions$ = ListComponentVersions$;
exports.ListComponentVersionsCommand = ListComponentVersionsCommand;
exports.ListComponentVersionsRequest$ = ListComponentVersionsRequest$;
exports.ListComponentVersionsResponse$ = ListComponentVersionsResponse$;
exports.ListComponents$ = ListComponents$;
exports.ListComponentsCommand = ListComponentsCommand;
exports.ListComponentsRequest$ = ListComponentsRequest$;
exports.ListComponentsResponse$ = ListComponentsResponse$;
exports.ListCoreDevices$ = ListCoreDevices$;
exports.ListCoreDevicesCommand = ListCoreDevicesCommand;
exports.ListCoreDevicesRequest$ = ListCoreDevicesRequest$;
exports.ListCoreDevicesResponse$ = ListCoreDevicesResponse$;
exports.ListDeployments$ = ListDeployments$;
exports.ListDeploymentsCommand = ListDeploymentsCommand;
exports.ListDeploymentsRequest$ = ListDeploymentsRequest$;
exports.ListDeploymentsResponse$ = ListDeploymentsResponse$;
exports.ListEffectiveDeployments$ = ListEffectiveDeployments$;
exports.ListEffectiveDeploymentsCommand = ListEffectiveDeploymentsCommand;
exports.ListEffectiveDeploymentsRequest$ = ListEffectiveDeploymentsRequest$;
exports.ListEffectiveDeploymentsResponse$ = ListEffectiveDeploymentsResponse$;
exports.ListInstalledComponents$ = ListInstalledComponents$;
exports.ListInstalledComponentsCommand = ListInstalledComponentsCommand;
exports.ListInstalledComponentsRequest$ = ListInstalledComponentsRequest$;
exports.ListInstalledComponentsResponse$ = ListInstalledComponentsResponse$;
exports.ListTagsForResource$ = ListTagsForResource$;
exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
exports.RecipeOutputFormat = RecipeOutputFormat;
exports.RequestAlreadyInProgressException = RequestAlreadyInProgressException;
exports.RequestAlreadyInProgressException$ = RequestAlreadyInProgressException$;
exports.ResolveComponentCandidates$ = ResolveComponentCandidates$;
exports.ResolveComponentCandidatesCommand = ResolveComponentCandidatesCommand;
exports.ResolveComponentCandidatesRequest$ = ResolveComponentCandidatesRequest$;
exports.ResolveComponentCandidatesResponse$ = ResolveComponentCandidatesResponse$;
exports.ResolvedComponentVersion$ = ResolvedComponentVersion$;
exports.ResourceNotFoundException = ResourceNotFoundException;
exports.ResourceNotFoundException$ = ResourceNotFoundException$;
exports.S3EndpointType = S3EndpointType;
exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
exports.ServiceQuotaExceededException$ = ServiceQuotaExceededException$;
exports.SystemResourceLimits$ = SystemResourceLimits$;
exports.TagResource$ = TagResource$;
exports.TagResourceCommand = TagResourceCommand;
exports.TagResourceRequest$ = TagResourceRequest$;
exports.TagResourceResponse$ = TagResourceResponse$;
exports.ThrottlingException = ThrottlingException;
exports.ThrottlingException$ = ThrottlingException$;
exports.UntagResource$ = UntagResource$;
exports.UntagResourceCommand = UntagResourceCommand;
exports.UntagResourceRequest$ = UntagResourceRequest$;
exports.UntagResourceResponse$ = UntagResourceResponse$;
exports.UpdateConnectivityInfo$ = UpdateConnectivityInfo$;
exports.UpdateConnectivityInfoCommand = UpdateConnectivityInfoCommand;
exports.UpdateConnectivityInfoRequest$ = UpdateConnectivityInfoRequest$;
exports.UpdateConnectivityInfoResponse$ = UpdateConnectivityInfoResponse$;
exports.ValidationException = ValidationException;
exports.ValidationException$ = ValidationException$;
exports.ValidationExceptionField$ = ValidationExceptionField$;
exports.ValidationExceptionReason = ValidationExceptionReason;
exports.VendorGuidance = VendorGuidance;
exports.errorTypeRegistries = errorTypeRegistries;
exports.paginateListClientDevicesAssociatedWithCoreDevice = paginateListClientDevicesAssociatedWithCoreDevice;
exports.paginateListComponentVersions = paginateListComponentVersions;
exports.paginateListComponents = paginateListComponents;
exports.paginateListCoreDevices = paginateListCoreDevices;
exports.paginateListDeployments = paginateListDeployments;
exports.paginateListEffectiveDeployments = paginateListEffectiveDeployments;
exports.paginateListInstalledComponents = paginateListInstalledComponents;


/***/ })

};
