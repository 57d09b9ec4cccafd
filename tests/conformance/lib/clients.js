// Builds the SDK's own clients, pointed at any server with a token, outside the Dynatrace app runtime.
//
// The generated clients send every request through an HttpClient ({ send(options) }) given to their
// constructor, with absolute paths such as /platform/classic/environment-api/v2/settings/objects.
// The package's exported singletons (settingsObjectsClient, …) use the http-client package's default
// instance, which only works inside the Dynatrace app runtime. @dynatrace-sdk/http-client also exports
// its fetch-based implementation as PlatformHttpClient, which takes { baseUrl, defaultHeaders }: that
// is all that is needed. A base URL with a path (a proxy prefix) is kept by prefixing each request path.

import sdk from '@dynatrace-sdk/client-classic-environment-v2';
import httpClientPackage from '@dynatrace-sdk/http-client';
import { loadSdkTypes, SdkTypeChecker } from './sdk-types.js';

const { PlatformHttpClient } = httpClientPackage;

export const sdkTypes = loadSdkTypes();

// Members real Dynatrace sends although the SDK's types do not declare them. Each is a known
// difference of Dynatrace's own, not of the server under test; it is printed as a note, not failed.
const KNOWN_UNDECLARED_MEMBERS = new Map([
  ['SchemaDefinitionRestDto.ownerBasedAccessControl',
    'real schema documents carry it (app:dynatrace.msteams:connection, served verbatim); the SDK declares it only on SchemaStub'],
  ['EnumType.checkForDuplicateDisplayNames',
    'real schema documents carry it (builtin:management-zones enum Attribute, served verbatim)'],
]);

export const checker = new SdkTypeChecker(sdkTypes, KNOWN_UNDECLARED_MEMBERS);

/** Notes (tolerated deviations such as null optional members), printed once per test file. */
export const notes = new Set();

export function createHttpClient(baseUrl, token) {
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  const inner = new PlatformHttpClient({ baseUrl: base.origin, defaultHeaders: { Authorization: `Bearer ${token}` } });
  return { send: (options) => inner.send({ ...options, url: `${prefix}${options.url}` }) };
}

/** Throws when `value` does not match the SDK type `type` (a name or a parsed type expression). */
export function assertConforms(value, type, label) {
  const { errors, notes: found } = checker.check(value, type);
  found.forEach((note) => notes.add(`${label}: ${note}`));
  if (errors.length > 0) {
    throw new Error(`${label}: the answer does not match the SDK type ${typeof type === 'string' ? type : JSON.stringify(type)}:\n  ${errors.join('\n  ')}\n` +
      `answer: ${JSON.stringify(value)?.slice(0, 2000)}`);
  }
}

/**
 * Wraps an SDK client so that every call's result is checked against the return type the SDK
 * declares for that method (from its .d.ts), e.g. ProblemsClient.getProblems → Problems.
 */
function conforming(client, clientName) {
  return new Proxy(client, {
    get(target, property) {
      const original = target[property];
      const declared = sdkTypes.methods.get(`${clientName}.${String(property)}`);
      if (typeof original !== 'function' || !declared) return original;
      return async (...args) => {
        const result = await original.apply(target, args);
        assertConforms(result, declared, `${clientName}.${String(property)}`);
        return result;
      };
    },
  });
}

/** The SDK clients the conformance tests use, on one HttpClient. */
export function createClients(baseUrl, token) {
  const http = createHttpClient(baseUrl, token);
  return {
    settingsSchemasClient: conforming(new sdk.SettingsSchemasClient(http), 'SettingsSchemasClient'),
    settingsObjectsClient: conforming(new sdk.SettingsObjectsClient(http), 'SettingsObjectsClient'),
    eventsClient: conforming(new sdk.EventsClient(http), 'EventsClient'),
    problemsClient: conforming(new sdk.ProblemsClient(http), 'ProblemsClient'),
    monitoredEntitiesClient: conforming(new sdk.MonitoredEntitiesClient(http), 'MonitoredEntitiesClient'),
    metricsClient: conforming(new sdk.MetricsClient(http), 'MetricsClient'),
    serviceLevelObjectivesClient: conforming(new sdk.ServiceLevelObjectivesClient(http), 'ServiceLevelObjectivesClient'),
  };
}

export const { isSettingsObjectResponseArrayError, isSettingsObjectResponseError, isErrorEnvelopeError } = sdk;
