/**
 * A stateful fake Akua server for tests ({@link startFakeAkua}, Node only), the
 * virtual clock ({@link createTestClock}) it can run on, and `fake.client()`: a
 * client of `akua-sdk` wired to the fake (its url, token and clock).
 *
 * Public: `startFakeAkua` and its types, `createTestClock`, `takeViolations`,
 * and the generated `paths` type. Everything else under src/testing/ is internal.
 *
 * @module akua-sdk/testing
 */
export type { paths } from "akua-sdk";
export { startFakeAkua, DEFAULT_TOKEN, DEFAULT_WORKSPACE } from "./server.js";
export type {
  FakeAkua,
  FakeAkuaOperations,
  FakeAkuaOptions,
  FakeAkuaSeed,
  FakeAkuaState,
  FakeClientOptions,
  FakeViolation,
  FaultHandle,
  FaultKind,
  FaultSpec,
  OperationFilter,
  RequestLogEntry,
  SeedCluster,
  SeedOverrides,
  SeedRegion,
  SeedResourceOptions,
  SeedSecret,
  SeedSecretVersion,
  SeedWorkerBootstrap,
} from "./types.js";
export { createTestClock } from "./clock.js";
export type { TestClock, TestClockOptions } from "./clock.js";
export { takeViolations } from "./violations.js";
export type { Violation } from "./violations.js";
