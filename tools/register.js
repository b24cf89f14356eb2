// Runs TypeScript sources directly (npm start, npm run cli): SWC transpiles with decorator metadata, and the
// tsconfig paths resolve the @makers/* libraries without a build step.
process.env.SWC_NODE_PROJECT ??= require('node:path').join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
