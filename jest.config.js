// `npx jest` at the root runs every project's suite in one process pool.
module.exports = {
  projects: ['<rootDir>/apps/*', '<rootDir>/libs/*', '<rootDir>/tools/*'].map((glob) => `${glob}/jest.config.js`),
  // A global option (projects do not take it): API suites boot Nest and seed the demo data, on two cores.
  testTimeout: 30_000,
};
