// CJS: see wiring-checks.cjs.
const checks = require("./wiring-checks.cjs");

checks({ sdk: require("akua-sdk"), testing: require("akua-sdk/testing") }).then((out) =>
  console.log(JSON.stringify(out)),
);
