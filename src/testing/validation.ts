/**
 * Request validation and response checking against the bundled OpenAPI spec,
 * for the fake server.
 *
 * Every validator is a JSON Schema (2020-12) validator with a key: one per
 * operation for its request (`request POST /clusters`: path, query, header and
 * body together) and one per response body schema (`schema #/paths/...`).
 * {@link validatorTargets} lists them all. Where they come from is a
 * {@link CompileValidator}: in the repository, `validators.ts` compiles each
 * with ajv on first use; in the built `akua-sdk/testing`, the build replaces
 * that module with ajv's standalone code for every target, compiled once at
 * build time (precompile.ts), so the package needs no ajv at run time. ajv's
 * errors are turned into short, human issues that name the offending input
 * (`body.name`, `query.limit`, `header.if-match`), the way the fake's 400
 * envelopes report them; a `oneOf` whose variants are told apart by a
 * property (such as `CreateSecretBody`'s `kind`) reports the matching
 * variant's errors instead of every variant's.
 */
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { createCompiler } from "./validators.js";

/** One problem with a request (or a response body). */
export interface ValidationIssue {
  /**
   * What is wrong, as a dotted path: `"body.name"`, `"body.labels.env"`,
   * `"query.limit"`, `"header.if-match"`, `"path.id"`, or `"body"` for the
   * whole body. Array items are numbered (`"body.items.0.id"`).
   */
  path: string;
  /**
   * The same location as segments (`["body", "labels", "app.kubernetes.io/name"]`): what the
   * error envelope's `path` carries, exact even when a key contains a dot.
   */
  segments: readonly string[];
  /** Short and human: `"must be <= 100 characters"`, `"is required"`, `"is not allowed"`, `"must be one of: a, b"`. */
  message: string;
}

/** The parts of an HTTP request a {@link SpecValidator} checks. */
export interface RequestParts {
  /** Decoded path parameters by name. */
  path: Record<string, string>;
  /** The query string. */
  query: URLSearchParams;
  /** Request headers by lower-case name. */
  headers: Record<string, string | undefined>;
  /** The parsed JSON body, or `undefined` when there was no body. */
  body: unknown;
}

/** Checks requests and responses of the operations of one OpenAPI document. */
export interface SpecValidator {
  /**
   * Issues for a request to `operation` (`"METHOD /path/template"`, e.g.
   * `"POST /clusters:import"`); `[]` when valid. Checks the declared path,
   * query (after coercion, see {@link SpecValidator.coerceQuery}; unknown
   * parameters are ignored; a declared scalar one given more than once is an
   * issue, `query.limit must be given once, not 2 times`) and header parameters, and the JSON body against
   * the request body schema when the operation has one and a body was sent.
   * Throws for an operation the spec does not have.
   */
  request(operation: string, parts: RequestParts): ValidationIssue[];
  /**
   * A violation message when the response breaks the spec, else `undefined`.
   * A declared status must carry a body matching its JSON schema (no body
   * when it declares no content, e.g. a 204). An undeclared 4xx or 5xx (the
   * API sends 400, 408, 409, 422, 429 and 5xx without declaring them
   * everywhere) must carry the error envelope `ApiErrorResponse`; any other
   * undeclared status is a violation. Messages read
   * `"POST /clusters:import -> 200: body.state must be one of: ..."`.
   * `body` is the parsed JSON, or `undefined` for no body.
   */
  response(operation: string, status: number, body: unknown): string | undefined;
  /**
   * A violation message when one event of a `text/event-stream` answer
   * (`{ event, data }`) breaks the schema the spec declares for it (the schema
   * of one event), or when the status declares no event stream; else `undefined`.
   */
  streamEvent(operation: string, status: number, event: { event: string; data: string }): string | undefined;
  /**
   * The operation's declared query parameters that are present, coerced to
   * their schema types (`"20"` -> 20 for an integer, `"true"` -> true for a
   * boolean or `["boolean", "null"]`, `"null"` -> null where null is allowed;
   * repeated values for an array). A value that does not coerce stays a
   * string. Absent parameters are absent (schema defaults are not applied).
   */
  coerceQuery(operation: string, query: URLSearchParams): Record<string, unknown>;
}

/**
 * Returns the validator of `schema`, named `key` (see {@link validatorTargets}):
 * compiled on first use, or looked up in code compiled at build time.
 * `schema` refers into the spec by `$ref`s under {@link SPEC_ID}.
 */
export type CompileValidator = (key: string, schema: Record<string, unknown>) => ValidateFunction;

/** Makes the {@link CompileValidator} for a spec, which it registers under `specId`. */
export type CompilerFactory = (spec: Record<string, unknown>, specId: string) => CompileValidator;

/** The `$id` the spec is registered under in ajv; refs into it read `akua-spec#/...`. */
export const SPEC_ID = "akua-spec";
/** The error envelope every undeclared 4xx/5xx must carry. */
const ENVELOPE_POINTER = "#/components/schemas/ApiErrorResponse";
/** Issues shown in one response violation message before "and N more". */
const MAX_ISSUES_IN_MESSAGE = 5;
const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

type JsonObject = Record<string, unknown>;
type Location = "path" | "query" | "header";

interface ParameterInfo {
  readonly name: string;
  readonly in: Location;
  readonly required: boolean;
  /** The parameter's schema, `$ref`s followed. */
  readonly schema: JsonObject | undefined;
  /** JSON pointer of the parameter's schema in the spec, for ajv. */
  readonly schemaPointer: string | undefined;
}

interface OperationInfo {
  readonly key: string;
  readonly pointer: string;
  readonly parameters: readonly ParameterInfo[];
  /** JSON pointer of the JSON request body schema, when there is one. */
  readonly bodyPointer: string | undefined;
  readonly responses: JsonObject;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Escapes one JSON pointer segment and makes it safe in a URI fragment. */
const pointerSegment = (segment: string): string =>
  encodeURIComponent(segment.replace(/~/g, "~0").replace(/\//g, "~1"));

const unescapePointerSegment = (segment: string): string => segment.replace(/~1/g, "/").replace(/~0/g, "~");

const validators = new WeakMap<object, SpecValidator>();

/**
 * Creates a {@link SpecValidator} for an OpenAPI 3.1 document whose `$ref`s
 * are internal (`#/components/...`), such as `generated/openapi.json`.
 * Validators are compiled lazily and cached; the same spec object always gets
 * the same validator, so every fake in a process shares the compiled code.
 * `compiler` replaces where validators come from (default: `validators.ts`);
 * a validator made with one is not cached.
 */
export function createSpecValidator(spec: unknown, compiler?: CompilerFactory): SpecValidator {
  if (!isObject(spec) || !isObject(spec["paths"])) {
    throw new TypeError("createSpecValidator: expected an OpenAPI document with `paths`");
  }
  if (compiler !== undefined) return buildValidator(spec, compiler).validator;
  const cached = validators.get(spec);
  if (cached) return cached;
  const validator = buildValidator(spec, createCompiler).validator;
  validators.set(spec, validator);
  return validator;
}

/**
 * Every validator a {@link SpecValidator} for `spec` can ask for, by key, with
 * the schema to compile: each operation's request, each JSON response body
 * schema, and the error envelope. What the build precompiles.
 */
export function validatorTargets(spec: Record<string, unknown>): Map<string, Record<string, unknown>> {
  const targets = new Map<string, Record<string, unknown>>();
  const { targets: list } = buildValidator(spec, () => (key, schema) => {
    targets.set(key, schema);
    return Object.assign(() => true, { errors: null }) as unknown as ValidateFunction;
  });
  list();
  return targets;
}

function buildValidator(
  spec: JsonObject,
  compiler: CompilerFactory,
): { validator: SpecValidator; targets: () => void } {
  let compileOnce: CompileValidator | undefined;
  const compile: CompileValidator = (key, schema) => (compileOnce ??= compiler(spec, SPEC_ID))(key, schema);

  const operations = new Map<string, OperationInfo>();
  const requestValidators = new Map<string, ValidateFunction>();
  const schemaValidators = new Map<string, ValidateFunction>();
  const closures = new WeakMap<object, Set<object>>();

  /** The value at a local JSON pointer (`#/a/b`), or undefined. */
  function at(pointer: string): unknown {
    let node: unknown = spec;
    for (const raw of pointer.replace(/^#\/?/, "").split("/")) {
      if (raw === "") continue;
      const segment = unescapePointerSegment(decodeURIComponent(raw));
      if (Array.isArray(node)) node = node[Number(segment)];
      else if (isObject(node)) node = node[segment];
      else return undefined;
    }
    return node;
  }

  /** Follows local `$ref`s; returns the target and its pointer. */
  function deref(value: unknown, pointer: string): { value: unknown; pointer: string } {
    let current = { value, pointer };
    for (let hops = 0; hops < 32; hops++) {
      const ref = isObject(current.value) ? current.value["$ref"] : undefined;
      if (typeof ref !== "string" || !ref.startsWith("#")) return current;
      current = { value: at(ref), pointer: ref };
    }
    throw new Error(`createSpecValidator: $ref cycle at ${pointer}`);
  }

  const derefValue = (value: unknown): unknown => deref(value, "").value;

  function operationInfo(operation: string): OperationInfo {
    const known = operations.get(operation);
    if (known) return known;
    const space = operation.indexOf(" ");
    const method = operation.slice(0, space).toLowerCase();
    const template = operation.slice(space + 1);
    const pathItem = space > 0 ? deref((spec["paths"] as JsonObject)[template], "") : undefined;
    const op = pathItem && isObject(pathItem.value) ? pathItem.value[method] : undefined;
    if (!HTTP_METHODS.has(method) || !pathItem || !isObject(op)) {
      throw new Error(`SpecValidator: the spec has no operation "${operation}"`);
    }
    const pathPointer = pathItem.pointer || `#/paths/${pointerSegment(template)}`;
    const pointer = `${pathPointer}/${method}`;

    // Path-level parameters, overridden by operation-level ones of the same name and location.
    const byKey = new Map<string, ParameterInfo>();
    const collect = (list: unknown, listPointer: string) => {
      if (!Array.isArray(list)) return;
      list.forEach((entry, index) => {
        const { value, pointer: paramPointer } = deref(entry, `${listPointer}/${index}`);
        if (!isObject(value)) return;
        const where = value["in"];
        const name = value["name"];
        if (typeof name !== "string" || (where !== "path" && where !== "query" && where !== "header")) return;
        const schema = isObject(value["schema"]) ? value["schema"] : undefined;
        byKey.set(`${where} ${where === "header" ? name.toLowerCase() : name}`, {
          name: where === "header" ? name.toLowerCase() : name,
          in: where,
          required: where === "path" || value["required"] === true,
          schema: schema === undefined ? undefined : (derefValue(schema) as JsonObject | undefined),
          schemaPointer: schema === undefined ? undefined : `${paramPointer}/schema`,
        });
      });
    };
    collect(isObject(pathItem.value) ? pathItem.value["parameters"] : undefined, `${pathPointer}/parameters`);
    collect(op["parameters"], `${pointer}/parameters`);

    let bodyPointer: string | undefined;
    const body = deref(op["requestBody"], `${pointer}/requestBody`);
    if (isObject(body.value) && isObject(body.value["content"])) {
      const mediaType = jsonMediaType(body.value["content"]);
      if (mediaType !== undefined) {
        bodyPointer = `${body.pointer}/content/${pointerSegment(mediaType)}/schema`;
      }
    }

    const info: OperationInfo = {
      key: operation,
      pointer,
      parameters: [...byKey.values()],
      bodyPointer,
      responses: isObject(op["responses"]) ? op["responses"] : {},
    };
    operations.set(operation, info);
    return info;
  }

  /** A validator for the schema at a JSON pointer into the spec (cached). */
  function schemaValidator(pointer: string): ValidateFunction {
    let validate = schemaValidators.get(pointer);
    if (validate === undefined) {
      validate = compile(`schema ${pointer}`, { $ref: `${SPEC_ID}${pointer}` });
      schemaValidators.set(pointer, validate);
    }
    return validate;
  }

  /** One validator per operation for `{ path, query, header, body }`. */
  function requestValidator(info: OperationInfo): ValidateFunction {
    let validate = requestValidators.get(info.key);
    if (validate === undefined) {
      const locations: Record<Location, { properties: JsonObject; required: string[] }> = {
        path: { properties: {}, required: [] },
        query: { properties: {}, required: [] },
        header: { properties: {}, required: [] },
      };
      for (const parameter of info.parameters) {
        const location = locations[parameter.in];
        location.properties[parameter.name] =
          parameter.schemaPointer === undefined ? {} : { $ref: `${SPEC_ID}${parameter.schemaPointer}` };
        if (parameter.required) location.required.push(parameter.name);
      }
      const properties: JsonObject = {};
      for (const [where, { properties: props, required }] of Object.entries(locations)) {
        properties[where] = { type: "object", properties: props, required };
      }
      if (info.bodyPointer !== undefined) properties["body"] = { $ref: `${SPEC_ID}${info.bodyPointer}` };
      validate = compile(`request ${info.key}`, { type: "object", properties });
      requestValidators.set(info.key, validate);
    }
    return validate;
  }

  function coerceParameter(parameter: ParameterInfo, values: string[]): unknown {
    const schema = parameter.schema;
    if (schemaTypes(schema).includes("array")) {
      const items = derefValue(schema?.["items"]);
      return values.map((value) => coerce(value, isObject(items) ? items : undefined));
    }
    return coerce(values[0] ?? "", schema);
  }

  /** A declared query parameter that takes one value but was given several: the first would win silently. */
  function repeatedScalars(info: OperationInfo, query: URLSearchParams): ValidationIssue[] {
    const issues: ValidationIssue[] = [];
    for (const parameter of info.parameters) {
      if (parameter.in !== "query" || schemaTypes(parameter.schema).includes("array")) continue;
      const count = query.getAll(parameter.name).length;
      if (count > 1) {
        issues.push({ ...locIn("query", parameter.name), message: `must be given once, not ${count} times` });
      }
    }
    return issues;
  }

  function coerceQueryOf(info: OperationInfo, query: URLSearchParams): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const parameter of info.parameters) {
      if (parameter.in !== "query" || !query.has(parameter.name)) continue;
      out[parameter.name] = coerceParameter(parameter, query.getAll(parameter.name));
    }
    return out;
  }

  /** Every schema object reachable from `root`, local `$ref`s followed. */
  function closure(root: unknown): Set<object> {
    if (!isObject(root)) return new Set();
    const known = closures.get(root);
    if (known) return known;
    const seen = new Set<object>();
    const stack: unknown[] = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (typeof node !== "object" || node === null || seen.has(node)) continue;
      seen.add(node);
      if (Array.isArray(node)) {
        stack.push(...(node as unknown[]));
        continue;
      }
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string" && value.startsWith("#")) stack.push(at(value));
        else if (key !== "example" && key !== "examples" && key !== "enum" && key !== "const" && key !== "default") {
          stack.push(value);
        }
      }
    }
    closures.set(root, seen);
    return seen;
  }

  /**
   * ajv's errors as issues. With `allErrors`, a failed `oneOf`/`anyOf` comes
   * with the errors of every variant; keep only those of the variant the data
   * meant (by a discriminating property such as `kind`, else the closest
   * match) and drop the rest.
   */
  function toIssues(errors: readonly ErrorObject[], root: readonly string[]): ValidationIssue[] {
    const dropped = new Set<ErrorObject>();
    const replaced = new Map<ErrorObject, ValidationIssue[]>();

    // Inner errors precede the oneOf error they belong to, and a nested
    // oneOf precedes the enclosing one: walk backwards, outermost first.
    for (let i = errors.length - 1; i >= 0; i--) {
      const error = errors[i]!;
      if (dropped.has(error) || (error.keyword !== "oneOf" && error.keyword !== "anyOf")) continue;
      const variants = error.parentSchema?.[error.keyword];
      if (!Array.isArray(variants)) continue;
      const base = [...root, ...segments(error.instancePath)];

      // Attribute the earlier errors at or below this instance location to variants.
      const inside: ErrorObject[][] = variants.map(() => []);
      const closuresOfVariants = variants.map((variant) => closure(variant));
      for (let j = 0; j < i; j++) {
        const inner = errors[j]!;
        if (dropped.has(inner) || !within(inner.instancePath, error.instancePath)) continue;
        variants.forEach((_, k) => {
          const byPath = inner.schemaPath.startsWith(`${error.schemaPath}/${k}/`);
          if (byPath || (inner.parentSchema !== undefined && closuresOfVariants[k]!.has(inner.parentSchema))) {
            inside[k]!.push(inner);
          }
        });
      }

      let own: ValidationIssue[] = [];
      let keep: ErrorObject[] = [];
      const resolvedVariants = variants.map(derefValue);
      const variantTypes = resolvedVariants.map((v) => schemaTypes(isObject(v) ? v : undefined));
      const passing: unknown = error.params["passingSchemas"];
      const discriminator = findDiscriminator(error.parentSchema, resolvedVariants);
      const data = error.data;
      const closest = (candidates: number[]): void => {
        let best: number | undefined;
        for (const k of candidates) if (best === undefined || inside[k]!.length < inside[best]!.length) best = k;
        keep = best === undefined ? [] : inside[best]!;
        if (keep.length === 0) own = [{ ...loc(base), message: "does not match any allowed variant" }];
      };
      if (Array.isArray(passing)) {
        own = [{ ...loc(base), message: `must match exactly one variant, but matches ${passing.length}` }];
      } else if (variantTypes.every((types) => types.length > 0 && !types.some((t) => hasType(data, t)))) {
        // Wrong kind of value for every variant: say which kinds would do.
        own = [{ ...loc(base), message: `must be ${[...new Set(variantTypes.flat())].join(" or ")}` }];
      } else if (discriminator !== undefined && isObject(data)) {
        const value = data[discriminator.name];
        const where = loc([...base, discriminator.name]);
        if (value === undefined) {
          own = [{ ...where, message: "is required" }];
        } else {
          const candidates = discriminator.values.flatMap((values, k) => (values.includes(value) ? [k] : []));
          if (candidates.length === 0) {
            own = [{ ...where, message: `must be one of: ${listValues([...new Set(discriminator.values.flat())])}` }];
          } else {
            closest(candidates);
          }
        }
      } else {
        closest(variants.map((_, k) => k));
      }
      const kept = new Set(keep);
      for (const list of inside) for (const inner of list) if (!kept.has(inner)) dropped.add(inner);
      replaced.set(error, own);
    }

    const issues: ValidationIssue[] = [];
    const seen = new Set<string>();
    const add = (issue: ValidationIssue) => {
      const key = `${issue.path}\u0000${issue.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      issues.push(issue);
    };
    for (const error of errors) {
      if (dropped.has(error)) continue;
      const own = replaced.get(error);
      if (own) own.forEach(add);
      else {
        const issue = describe(error, root);
        if (issue) add(issue);
      }
    }
    return issues;
  }

  function checkBody(pointer: string, body: unknown): ValidationIssue[] {
    const validate = schemaValidator(pointer);
    return validate(body) ? [] : toIssues(validate.errors ?? [], ["body"]);
  }

  /** The response object declared for `status` (exact, then `5XX`-style range, then `default`) and its pointer. */
  function findResponse(info: OperationInfo, status: number): { value: JsonObject; pointer: string } | undefined {
    const range = `${Math.floor(status / 100)}XX`;
    const key = [String(status), range, range.toLowerCase(), "default"].find((k) => info.responses[k] !== undefined);
    return key === undefined ? undefined : responseAt(info, key);
  }

  function responseAt(info: OperationInfo, key: string): { value: JsonObject; pointer: string } {
    const resolved = deref(info.responses[key], `${info.pointer}/responses/${pointerSegment(key)}`);
    return { value: isObject(resolved.value) ? resolved.value : {}, pointer: resolved.pointer };
  }

  /** The JSON schema pointer of a declared response's body; `undefined` when it declares none (or not JSON). */
  function bodySchemaPointer(declared: { value: JsonObject; pointer: string }): string | null | undefined {
    const content = declared.value["content"];
    if (!isObject(content) || Object.keys(content).length === 0) return null; // no content at all
    const mediaType = jsonMediaType(content);
    if (mediaType === undefined || !isObject((content[mediaType] as JsonObject | undefined)?.["schema"])) {
      return undefined; // not JSON, or no schema: nothing to check
    }
    return `${declared.pointer}/content/${pointerSegment(mediaType)}/schema`;
  }

  /** The schema pointer of a declared response's `text/event-stream` content (one event), if it has one. */
  function eventSchemaPointer(declared: { value: JsonObject; pointer: string }): string | undefined {
    const content = declared.value["content"];
    if (!isObject(content)) return undefined;
    const mediaType = Object.keys(content).find((type) => /^text\/event-stream(?:;.*)?$/i.test(type));
    if (mediaType === undefined || !isObject((content[mediaType] as JsonObject | undefined)?.["schema"]))
      return undefined;
    return `${declared.pointer}/content/${pointerSegment(mediaType)}/schema`;
  }

  /** Asks `compile` for every validator this spec can need (see {@link validatorTargets}). */
  function targets(): void {
    for (const [template, item] of Object.entries(spec["paths"] as JsonObject)) {
      const pathItem = derefValue(item);
      if (!isObject(pathItem)) continue;
      for (const method of Object.keys(pathItem)) {
        if (!HTTP_METHODS.has(method) || !isObject(pathItem[method])) continue;
        const info = operationInfo(`${method.toUpperCase()} ${template}`);
        requestValidator(info);
        for (const key of Object.keys(info.responses)) {
          const pointer = bodySchemaPointer(responseAt(info, key));
          if (typeof pointer === "string") schemaValidator(pointer);
          const events = eventSchemaPointer(responseAt(info, key));
          if (events !== undefined) schemaValidator(events);
        }
      }
    }
    if (at(ENVELOPE_POINTER) !== undefined) schemaValidator(ENVELOPE_POINTER);
  }

  const validator: SpecValidator = {
    request(operation, parts) {
      const info = operationInfo(operation);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(parts.headers)) {
        if (value !== undefined) headers[name.toLowerCase()] = value;
      }
      const data: Record<Location, JsonObject> & { body?: unknown } = { path: {}, query: {}, header: {} };
      for (const parameter of info.parameters) {
        const values =
          parameter.in === "query"
            ? parts.query.getAll(parameter.name)
            : [parameter.in === "path" ? parts.path[parameter.name] : headers[parameter.name]].filter(
                (v): v is string => v !== undefined,
              );
        if (values.length > 0) data[parameter.in][parameter.name] = coerceParameter(parameter, values);
      }
      if (info.bodyPointer !== undefined && parts.body !== undefined) data["body"] = parts.body;
      const repeated = repeatedScalars(info, parts.query);
      const validate = requestValidator(info);
      return validate(data) ? repeated : [...repeated, ...toIssues(validate.errors ?? [], [])];
    },

    response(operation, status, body) {
      const info = operationInfo(operation);
      const prefix = `${operation} -> ${status}: `;
      const declared = findResponse(info, status);
      let issues: ValidationIssue[];
      if (declared !== undefined) {
        const pointer = bodySchemaPointer(declared);
        if (pointer === null) {
          return body === undefined ? undefined : `${prefix}body must be empty (the response declares no content)`;
        }
        if (pointer === undefined) return undefined; // not JSON, or no schema: nothing to check
        if (body === undefined) return `${prefix}body is missing`;
        issues = checkBody(pointer, body);
      } else {
        if (!Number.isInteger(status) || status < 400 || status > 599) {
          const list = Object.keys(info.responses).join(", ");
          return `${prefix}status ${status} is not declared for this operation (declared: ${list})`;
        }
        if (at(ENVELOPE_POINTER) === undefined) {
          throw new Error(`SpecValidator: the spec has no ${ENVELOPE_POINTER} to check error responses against`);
        }
        if (body === undefined) return `${prefix}an undeclared error status must carry the error envelope, got no body`;
        issues = checkBody(ENVELOPE_POINTER, body);
        if (issues.length > 0)
          return `${prefix}an undeclared error status must carry the error envelope: ${summary(issues)}`;
      }
      return issues.length === 0 ? undefined : `${prefix}${summary(issues)}`;
    },

    streamEvent(operation, status, event) {
      const prefix = `${operation} -> ${status}: `;
      const declared = findResponse(operationInfo(operation), status);
      const pointer = declared === undefined ? undefined : eventSchemaPointer(declared);
      if (pointer === undefined) return `${prefix}status ${status} declares no event stream`;
      const validate = schemaValidator(pointer);
      if (validate(event)) return undefined;
      return `${prefix}${summary(toIssues(validate.errors ?? [], ["event"]))}`;
    },

    coerceQuery(operation, query) {
      return coerceQueryOf(operationInfo(operation), query);
    },
  };
  return { validator, targets };
}

/** The JSON media type of a `content` map (`application/json`, `application/problem+json`, ...). */
function jsonMediaType(content: JsonObject): string | undefined {
  return Object.keys(content).find((type) => /^application\/(?:[\w.-]+\+)?json(?:;.*)?$/i.test(type));
}

/** Whether `data` is of JSON Schema type `type`. */
function hasType(data: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return data === null;
    case "array":
      return Array.isArray(data);
    case "object":
      return isObject(data);
    case "integer":
      return Number.isInteger(data);
    case "number":
      return typeof data === "number" && Number.isFinite(data);
    default:
      return typeof data === type;
  }
}

/** The `type` keyword of a schema as a list (`[]` when absent). */
function schemaTypes(schema: JsonObject | undefined): string[] {
  const type = schema?.["type"];
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === "string") : [];
}

/** Coerces a query/path/header string to the type its schema asks for; leaves it alone when it does not fit. */
function coerce(raw: string, schema: JsonObject | undefined): unknown {
  const types = schemaTypes(schema);
  if (types.length === 0 || types.includes("string")) return raw;
  if (types.includes("integer") && /^[+-]?\d+$/.test(raw)) return Number(raw);
  if (types.includes("number") && raw.trim() !== "" && Number.isFinite(Number(raw))) return Number(raw);
  if (types.includes("boolean") && (raw === "true" || raw === "false")) return raw === "true";
  if (types.includes("null") && (raw === "null" || raw === "")) return null;
  return raw;
}

/**
 * The property that tells the variants of a `oneOf`/`anyOf` apart: the
 * OpenAPI `discriminator.propertyName` if given, else the first property every
 * variant pins to fixed values with `enum` or `const` (like `kind`).
 */
function findDiscriminator(
  parent: JsonObject | undefined,
  variants: unknown[],
): { name: string; values: unknown[][] } | undefined {
  const fixedValues = (variant: unknown, name: string): unknown[] | undefined => {
    // A variant that cannot be an object (`{ type: "null" }`) never matches an object by its properties.
    const types = schemaTypes(isObject(variant) ? variant : undefined);
    if (types.length > 0 && !types.includes("object")) return [];
    const properties = isObject(variant) ? variant["properties"] : undefined;
    const property = isObject(properties) ? properties[name] : undefined;
    if (!isObject(property)) return undefined;
    if ("const" in property) return [property["const"]];
    const values = property["enum"];
    return Array.isArray(values) && values.every((v) => v === null || typeof v !== "object") ? values : undefined;
  };
  const declared = isObject(parent?.["discriminator"]) ? parent["discriminator"]["propertyName"] : undefined;
  const first = variants.find((v) => isObject(v) && isObject(v["properties"]));
  const names =
    typeof declared === "string"
      ? [declared]
      : isObject(first) && isObject(first["properties"])
        ? Object.keys(first["properties"])
        : [];
  for (const name of names) {
    const values = variants.map((variant) => fixedValues(variant, name));
    if (values.every((v) => v !== undefined)) return { name, values: values as unknown[][] };
  }
  return undefined;
}

/** The segments of an ajv instance path (`/labels/env` -> `["labels", "env"]`). */
function segments(instancePath: string): string[] {
  return instancePath === "" ? [] : instancePath.slice(1).split("/").map(unescapePointerSegment);
}

function within(instancePath: string, ancestor: string): boolean {
  return instancePath === ancestor || instancePath.startsWith(`${ancestor}/`);
}

/** The location of a parameter: `query.limit`. */
const locIn = (where: Location, name: string): { path: string; segments: readonly string[] } => ({
  path: `${where}.${name}`,
  segments: [where, name],
});

const join = (path: readonly string[]): string => (path.length === 0 ? "body" : path.join("."));
/** A location both ways: dotted for messages, segments for the envelope. */
const loc = (path: readonly string[]): { path: string; segments: readonly string[] } => ({
  path: join(path),
  segments: path.length === 0 ? ["body"] : [...path],
});

function listValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
}

function summary(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((issue) => `${issue.path} ${issue.message}`);
  const more = issues.length - shown.length;
  return more > 0 ? `${shown.join("; ")}; and ${more} more` : shown.join("; ");
}

/** One ajv error as a short, human issue; undefined for errors that only echo others (`if`). */
function describe(error: ErrorObject, root: readonly string[]): ValidationIssue | undefined {
  const path = [...root, ...segments(error.instancePath)];
  const params = error.params as Record<string, unknown>;
  const limit = params["limit"];
  const at = (extra?: unknown) => loc(typeof extra === "string" ? [...path, extra] : path);
  switch (error.keyword) {
    case "required":
      return { ...at(params["missingProperty"]), message: "is required" };
    case "dependentRequired":
      return {
        ...at(params["missingProperty"]),
        message: `is required when ${String(params["property"])} is present`,
      };
    case "additionalProperties":
      return { ...at(params["additionalProperty"]), message: "is not allowed" };
    case "unevaluatedProperties":
      return { ...at(params["unevaluatedProperty"]), message: "is not allowed" };
    case "false schema":
    case "not":
      return { ...at(), message: "is not allowed" };
    case "maxLength":
      return { ...at(), message: `must be <= ${String(limit)} characters` };
    case "minLength":
      return { ...at(), message: limit === 1 ? "must not be empty" : `must be >= ${String(limit)} characters` };
    case "maximum":
      return { ...at(), message: `must be <= ${String(limit)}` };
    case "minimum":
      return { ...at(), message: `must be >= ${String(limit)}` };
    case "exclusiveMaximum":
      return { ...at(), message: `must be < ${String(limit)}` };
    case "exclusiveMinimum":
      return { ...at(), message: `must be > ${String(limit)}` };
    case "maxItems":
      return { ...at(), message: `must have <= ${String(limit)} items` };
    case "minItems":
      return { ...at(), message: `must have >= ${String(limit)} items` };
    case "maxProperties":
      return { ...at(), message: `must have <= ${String(limit)} properties` };
    case "minProperties":
      return { ...at(), message: `must have >= ${String(limit)} properties` };
    case "uniqueItems":
      return { ...at(), message: "must not contain duplicate items" };
    case "enum":
      return { ...at(), message: `must be one of: ${listValues((params["allowedValues"] as unknown[]) ?? [])}` };
    case "const":
      return { ...at(), message: `must be ${listValues([params["allowedValue"]])}` };
    case "type": {
      const type = params["type"];
      const types = Array.isArray(type) ? type.map(String) : String(type).split(",");
      return { ...at(), message: `must be ${types.join(" or ")}` };
    }
    case "format":
      return { ...at(), message: `must be a valid ${String(params["format"])}` };
    case "pattern":
      return { ...at(), message: `must match ${String(params["pattern"])}` };
    case "propertyNames":
      return { ...at(params["propertyName"]), message: "is not an allowed property name" };
    case "if":
      return undefined; // the failing `then`/`else` errors say what is wrong
    case "oneOf":
    case "anyOf":
      return { ...at(), message: "does not match any allowed variant" };
    default:
      return { ...at(), message: error.message ?? `fails ${error.keyword}` };
  }
}
