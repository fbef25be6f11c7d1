/**
 * The `akua` Redocly plugin: the project's API conventions that Redocly's
 * configurable rules cannot express (see redocly.yaml for the ones they can).
 * Rule ids are `akua/<name>`; each rule lives in operation-rules.js or schema-rules.js.
 */
import {
  BearerSecurity,
  ContextHeader,
  ErrorEnvelope,
  IdempotencyKey,
  IfMatchOnEtagWrites,
} from "./operation-rules.js";
import { SensitiveFields, TimestampSeconds } from "./schema-rules.js";

export default function akuaPlugin() {
  const rules = {
    "operation-bearer-auth": BearerSecurity,
    "operation-context-header": ContextHeader,
    "operation-idempotency-key": IdempotencyKey,
    "operation-if-match": IfMatchOnEtagWrites,
    "error-envelope": ErrorEnvelope,
    "sensitive-fields": SensitiveFields,
    "timestamp-seconds": TimestampSeconds,
  };
  return { id: "akua", rules: { oas3: rules } };
}
