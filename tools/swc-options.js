// One SWC configuration for tests (jest.preset.js) and builds (tools/build.js): TypeScript with the legacy decorators
// and decorator metadata that Nest's DI and class-validator read.
module.exports = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
};
