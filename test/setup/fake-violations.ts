/**
 * Vitest setup file (runs in the context of every test file): fails the file
 * when a fake Akua server sent a response that breaks the spec while it ran,
 * or a 5xx that no fault injected (an internal error of the fake).
 *
 * Fakes record such responses with `recordViolation`; a request-level test
 * rarely looks at the exact body, so without this hook a fake that drifts
 * from the spec would go unnoticed. `afterAll` here is registered before the
 * file's own hooks, so it runs after them (vitest runs after-hooks in stack
 * order) and also sees violations from teardown.
 */
import { afterAll, beforeAll } from "vitest";
import { formatViolations, takeViolations } from "../../src/testing/violations.js";

beforeAll(() => {
  // Stale entries from an earlier file in the same worker are not this file's.
  takeViolations();
});

afterAll(() => {
  const violations = takeViolations();
  if (violations.length > 0) {
    throw new Error(
      `The fake Akua server sent ${violations.length} response(s) that break the spec or are 5xx no fault injected:\n${formatViolations(violations)}`,
    );
  }
});
