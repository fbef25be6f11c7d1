/**
 * Routing from the spec's path templates, custom methods included
 * (`/clusters:import`, `/clusters/{id}:suspend`, `/secrets/{id}/versions/{vid}:access`).
 *
 * The request path is split on `/` first and each segment is percent-decoded
 * on its own, so an encoded `%3A` still selects a custom method while an
 * encoded `%2F` can never join two segments. A path parameter is never empty
 * and never contains `/` or `:`. `HEAD` routes to the `GET` operation of a
 * path that has one (the pipeline answers it without a body), and `Allow`
 * lists it there. Internal to the fake server.
 */

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** The outcome of routing one request. */
export type RouteMatch =
  | { kind: "found"; operation: string; template: string; params: Record<string, string> }
  | { kind: "method-not-allowed"; template: string; allow: string[] }
  | { kind: "not-found" };

interface CompiledSegment {
  pattern: RegExp;
  names: string[];
}

interface CompiledRoute {
  template: string;
  segments: CompiledSegment[];
  methods: string[];
}

/** Matches concrete paths (below the base path) against the spec's templates. */
export class Router {
  private readonly routes: CompiledRoute[];

  /** Compiles the templates of an OpenAPI `paths` object. */
  constructor(paths: Record<string, unknown>) {
    this.routes = Object.entries(paths).map(([template, item]) => ({
      template,
      segments: template.split("/").slice(1).map(compileSegment),
      methods: METHODS.filter((m) => item !== null && typeof item === "object" && m in item).map((m) =>
        m.toUpperCase(),
      ),
    }));
  }

  /** The spec's path templates. */
  templates(): string[] {
    return this.routes.map((r) => r.template);
  }

  /** Routes `METHOD path`; `path` is the raw (still percent-encoded) path below the base path, starting with `/`. */
  match(method: string, path: string): RouteMatch {
    const raw = path.split("/").slice(1);
    const segments: string[] = [];
    for (const segment of raw) {
      try {
        segments.push(decodeURIComponent(segment));
      } catch {
        return { kind: "not-found" };
      }
    }
    let allowed: { template: string; allow: string[] } | undefined;
    const wanted = method.toUpperCase();
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      const routed = wanted === "HEAD" && !route.methods.includes("HEAD") ? "GET" : wanted;
      if (route.methods.includes(routed)) {
        return { kind: "found", operation: `${routed} ${route.template}`, template: route.template, params };
      }
      allowed ??= { template: route.template, allow: allowWithHead(route.methods) };
    }
    return allowed ? { kind: "method-not-allowed", ...allowed } : { kind: "not-found" };
  }
}

/** The methods of a path for `Allow`: HEAD goes after GET when the spec has GET but no HEAD. */
function allowWithHead(methods: string[]): string[] {
  if (!methods.includes("GET") || methods.includes("HEAD")) return methods;
  return methods.flatMap((m) => (m === "GET" ? ["GET", "HEAD"] : [m]));
}

function compileSegment(segment: string): CompiledSegment {
  const names: string[] = [];
  let source = "";
  let rest = segment;
  for (;;) {
    const open = rest.indexOf("{");
    if (open < 0) break;
    const close = rest.indexOf("}", open);
    source += escapeRegExp(rest.slice(0, open)) + "([^/:]+)";
    names.push(rest.slice(open + 1, close));
    rest = rest.slice(close + 1);
  }
  source += escapeRegExp(rest);
  return { pattern: new RegExp(`^${source}$`), names };
}

function matchSegments(compiled: CompiledSegment[], segments: string[]): Record<string, string> | undefined {
  if (compiled.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < compiled.length; i++) {
    const { pattern, names } = compiled[i]!;
    const found = pattern.exec(segments[i]!);
    if (!found) return undefined;
    names.forEach((name, j) => (params[name] = found[j + 1]!));
  }
  return params;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
