import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * Checks requests and responses against the official Webex OpenAPI files the repository carries in spec/ (see spec/README.md).
 * Deviations from the files that Webex itself makes in practice are listed in ERRATA with the reason;
 * anything else that does not match is reported.
 */

const SPEC_DIR = fileURLToPath(new URL('../../spec/', import.meta.url));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;

type Json = Record<string, unknown>;
interface Operation {
  specName: string;
  template: string;
  method: string;
  operation: Json;
}

export interface ExchangeLike {
  api: 'webex' | 'contact-center';
  method: string;
  path: string;
  requestContentType?: string | undefined;
  requestBody?: unknown;
  status: number;
  responseContentType?: string | undefined;
  responseBody: unknown;
}

/** Where real Webex is known to differ from its published files, and the sandbox follows Webex. */
export const ERRATA: { match: RegExp; reason: string }[] = [
  {
    match: /^(GET|HEAD) \/contents\/\{contentId\}$/,
    reason: 'file downloads (`files[]` URLs) are not described in the published files',
  },
  {
    match: /^GET \/organization\/\{orgid\}\/v3\/user-profile$/,
    reason:
      'the file declares the list as a JSON-encoded string; the API returns the {meta, data} object it shows in that string',
  },
];

/**
 * Field-level errata: errors at these places of these operations are Webex's files being wrong. `keyword`
 * (the schema rule that failed) and `value` (the value found there) narrow an erratum further.
 */
export const FIELD_ERRATA: {
  operation: RegExp;
  instancePath: RegExp;
  keyword?: string;
  value?: (value: unknown) => boolean;
  reason: string;
}[] = [
  {
    operation: /^(GET|POST|PUT) \/messages/,
    instancePath: /^(\/items\/\d+)?\/attachments\/\d+\/content/,
    reason:
      "the Attachment schema describes a file-storage object; message attachments are Adaptive Cards, as the files' own examples show",
  },
  {
    operation: /^GET \/organization\/\{orgid\}\/v2\/(site|multimedia-profile)$/,
    instancePath: /^\/meta\//,
    reason:
      'the envelope declares `meta` as a map of objects; the lists answer MetaDataWithPagingInfo (page numbers and links), as the v2/agent-profile list declares it',
  },
  {
    operation: /webhooks/,
    instancePath: /\/(resource|event)$/,
    value: (value) => value === 'all',
    reason:
      'resource/event "all" (the bot framework\'s firehose webhook) is accepted by Webex but missing from the enums',
  },
  {
    operation: /^POST \/identity\/scim\/\{orgId\}\/v2\/Bulk$/,
    instancePath: /^$/,
    keyword: 'required',
    value: (value) => typeof value === 'object' && value !== null && 'Operations' in value,
    reason:
      "the 200 answer's schema is the request's (BulkUser); its own example is a BulkResponse ({schemas, Operations}), as RFC 7644 §3.7 defines it",
  },
  {
    operation: /^PATCH \/organization\/\{orgid\}\/user\/bulk$/,
    instancePath: /^\/items\/\d+\/item$/,
    keyword: 'required',
    reason:
      'each item is a partial user: the request body description says "Mandatory Properties: [id]" and its own example leaves out the fields UserDTO lists as required (for PUT)',
  },
  {
    operation: /^PATCH \/organization\/\{orgid\}\/user\/(bulk|\{id\})$/,
    instancePath: /^(\/items\/\d+\/item)?\/(siteId|teamIds|agentProfileId|multimediaProfileId|skillProfileId)$/,
    keyword: 'type',
    value: (value) => value === null,
    reason: 'the bulk request body description says "To nullify a property or remove it, specify null as value"',
  },
];

export class OpenApiChecker {
  private readonly ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateFormats: true,
    logger: false,
    unicodeRegExp: false,
  });
  private readonly operations: Operation[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    addFormats(this.ajv);
    for (const [name, file] of [
      ['admin', 'webex-admin.json'],
      ['messaging', 'webex-messaging.json'],
      ['cc', 'webex-contact-center.json'],
    ] as const) {
      const spec = JSON.parse(readFileSync(`${SPEC_DIR}${file}`, 'utf8')) as Json;
      this.ajv.addSchema(spec, name);
      for (const [template, item] of Object.entries(spec.paths as Record<string, Json>)) {
        for (const method of ['get', 'put', 'post', 'patch', 'delete', 'head']) {
          if (item[method]) this.operations.push({ specName: name, template, method, operation: item[method] as Json });
        }
      }
    }
  }

  /** The specification path template and files that describe `METHOD path` (the API's own path, no /v1). */
  find(api: ExchangeLike['api'], method: string, path: string): { template: string; ops: Operation[] } | undefined {
    const clean = path.replace(/\/+$/, '') || '/';
    const candidates = this.operations.filter((o) => (api === 'contact-center') === (o.specName === 'cc'));
    const matching = candidates.filter((o) => this.matches(o.template, clean));
    if (matching.length === 0) return undefined;
    // Prefer literal segments over parameters (/people/me over /people/{personId}).
    const score = (t: string) => t.split('/').filter((s) => s && !s.startsWith('{')).length;
    const best = Math.max(...matching.map((o) => score(o.template)));
    const template = matching.find((o) => score(o.template) === best)!.template;
    const ops = matching.filter((o) => o.template === template && o.method === method.toLowerCase());
    return { template, ops };
  }

  /**
   * Every problem with one exchange; empty when it matches the specification. Request bodies are
   * checked when the sandbox accepted them (a rejected bad request is correct behaviour) or when
   * `allRequests` is set (requests the bot sent must all be valid).
   */
  check(exchange: ExchangeLike, options: { allRequests?: boolean } = {}): string[] {
    const apiPath = exchange.api === 'webex' ? exchange.path.replace(/^\/v1/, '') : exchange.path.replace(/^\/cc/, '');
    const found = this.find(exchange.api, exchange.method, apiPath);
    const label = `${exchange.method} ${apiPath} -> ${exchange.status}`;
    if (!found) {
      if (
        ERRATA.some((e) =>
          e.match.test(`${exchange.method} ${apiPath.replace(/\/contents\/[^/]+$/, '/contents/{contentId}')}`),
        )
      )
        return [];
      return [`${label}: no such path in the specification`];
    }
    const key = `${exchange.method} ${found.template}`;
    if (ERRATA.some((e) => e.match.test(key))) return [];
    if (found.ops.length === 0) return [`${label}: method not in the specification for ${found.template}`];
    const problems: string[] = [];
    for (const { specName, template, operation } of found.ops.slice(0, 1)) {
      const base = `${specName}#/paths/${escapePointer(template)}/${exchange.method.toLowerCase()}`;
      // Request body
      const requestBody = operation.requestBody as Json | undefined;
      const requestContent = requestBody?.content as Record<string, Json> | undefined;
      if (
        (options.allRequests || exchange.status < 400) &&
        exchange.requestBody !== undefined &&
        requestContent?.['application/json']?.schema &&
        isJson(exchange.requestContentType)
      ) {
        problems.push(
          ...this.validate(
            `${base}/requestBody/content/application~1json/schema`,
            exchange.requestBody,
            `${label} request`,
            key,
          ),
        );
      }
      // Response
      const responses = operation.responses as Record<string, Json>;
      const response = responses[String(exchange.status)] ?? responses.default;
      if (!response) {
        problems.push(
          `${label}: status ${exchange.status} is not documented (documented: ${Object.keys(responses).join(', ')})`,
        );
        continue;
      }
      const content = response.content as Record<string, Json> | undefined;
      if (!content || exchange.responseBody === undefined) continue;
      const mediaType = ['application/json', 'application/hal+json', '*/*'].find((t) => content[t]?.schema);
      if (!mediaType) continue;
      const status = responses[String(exchange.status)] ? String(exchange.status) : 'default';
      problems.push(
        ...this.validate(
          `${base}/responses/${status}/content/${escapePointer(mediaType)}/schema`,
          exchange.responseBody,
          `${label} response`,
          key,
        ),
      );
    }
    return problems;
  }

  private validate(ref: string, data: unknown, label: string, operationKey: string): string[] {
    let fn = this.compiled.get(ref);
    if (!fn) {
      fn = this.ajv.compile({ $ref: ref });
      this.compiled.set(ref, fn);
    }
    if (fn(data)) return [];
    return (fn.errors ?? [])
      .filter(
        (e) =>
          !FIELD_ERRATA.some(
            (x) =>
              x.operation.test(operationKey) &&
              x.instancePath.test(e.instancePath) &&
              (x.keyword === undefined || x.keyword === e.keyword) &&
              (x.value === undefined || x.value(valueAt(data, e.instancePath))),
          ),
      )
      .map((e) =>
        `${label}: ${e.instancePath || '(body)'} ${e.message ?? ''} ${e.params ? JSON.stringify(e.params) : ''}`.trim(),
      );
  }

  private matches(template: string, path: string): boolean {
    const t = template.split('/');
    const p = path.split('/');
    if (t.length !== p.length) return false;
    return t.every((seg, i) => seg.startsWith('{') || seg === p[i]);
  }
}

function valueAt(data: unknown, instancePath: string): unknown {
  let node: unknown = data;
  for (const p of instancePath.split('/').filter(Boolean)) node = (node as Record<string, unknown>)?.[p];
  return node;
}

function isJson(contentType: string | undefined): boolean {
  return contentType === undefined || /json/i.test(contentType);
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1').replace(/\{/g, '%7B').replace(/\}/g, '%7D');
}
