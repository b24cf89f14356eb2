// `npx jest` at the root runs every project's suite in one process pool.
module.exports = {
  projects: ['<rootDir>/apps/*', '<rootDir>/libs/*', '<rootDir>/tools/*'].map((glob) => `${glob}/jest.config.js`),
};
