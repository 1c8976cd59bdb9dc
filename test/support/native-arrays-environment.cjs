// A jest environment for tests of native addons (onnxruntime-node): the addon creates typed
// arrays in Node's own realm, and onnxruntime-common checks them with `instanceof` against the
// test's realm. Sharing the typed-array constructors makes both realms agree. Used per file with
// a `@jest-environment` docblock, so no other test runs with it.
const { TestEnvironment } = require('jest-environment-node');

const TYPED_ARRAYS = [
  'Float32Array',
  'Float64Array',
  'Int8Array',
  'Int16Array',
  'Int32Array',
  'BigInt64Array',
  'Uint8Array',
  'Uint16Array',
  'Uint32Array',
  'BigUint64Array',
];

class NativeArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of TYPED_ARRAYS) this.global[name] = globalThis[name];
  }
}

module.exports = NativeArraysEnvironment;
