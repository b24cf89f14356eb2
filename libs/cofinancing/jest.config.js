module.exports = { ...require('../../jest.preset.js'), displayName: 'cofinancing', rootDir: __dirname };
