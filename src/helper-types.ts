/**
 * Type plumbing for the helpers: which paths they accept and the body types
 * they pass around, all derived from generated/openapi.ts.
 */
import type { paths } from "../generated/openapi.js";

/**
 * The `application/json` body of a generated response or request body.
 * @inline
 */
type JsonOf<R> = R extends { content: { "application/json": infer T } } ? T : never;

/** The 200 body of `GET path`. */
export type GetData<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } }
  ? JsonOf<R>
  : never;

/** The JSON request body of `PATCH path`. */
export type PatchBody<P extends keyof paths> = paths[P] extends { patch: { requestBody?: infer B } }
  ? JsonOf<NonNullable<B>>
  : never;

/** The 200 body of `PATCH path`. */
export type PatchData<P extends keyof paths> = paths[P] extends { patch: { responses: { 200: infer R } } }
  ? JsonOf<R>
  : never;

/** Paths that have both GET and PATCH: what `update` works on. */
export type UpdatablePath = {
  [P in keyof paths]: paths[P] extends { get: { responses: { 200: unknown } }; patch: { responses: { 200: unknown } } }
    ? P
    : never;
}[keyof paths];

/** Paths whose GET answers a cursor page (`data`, `has_more`, `next_cursor`): what `paginate` works on. */
export type PaginatedPath = {
  [P in keyof paths]: GetData<P> extends { data: unknown[]; has_more: boolean; next_cursor: unknown } ? P : never;
}[keyof paths];

/** One item of a paginated path. */
export type PageItem<P extends keyof paths> = GetData<P> extends { data: (infer T)[] } ? T : never;

/**
 * The keys of any member of a union.
 * @inline
 */
type KeysOf<T> = T extends unknown ? keyof T : never;

/**
 * The type of key `K` in the members of a union that have it.
 * @inline
 */
type ValueAt<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;

/**
 * `T` with each key that `Shape` lacks mapped to `never`, through nested objects
 * (not arrays or functions): `T & Exact<Shape, T>` rejects a misspelt key where
 * TypeScript's own excess-property check does not run, e.g. on a value a callback
 * returns.
 * @inline
 */
export type Exact<Shape, T> = T extends readonly unknown[] | ((...args: never[]) => unknown)
  ? T
  : T extends object
    ? { [K in keyof T]: K extends KeysOf<Shape> ? Exact<NonNullable<ValueAt<Shape, K>>, T[K]> : never }
    : T;
