/**
 * akua-sdk/testing: the fake Akua server for tests (Node only).
 *
 * The server itself comes with its own issue; for now this entry re-exports
 * the types a test helper needs to describe requests against the API.
 */
export type { paths } from "../../generated/openapi.js";
