// ESM: see wiring-checks.cjs.
import * as sdk from "akua-sdk";
import * as testing from "akua-sdk/testing";
import checks from "./wiring-checks.cjs";

console.log(JSON.stringify(await checks({ sdk, testing })));
