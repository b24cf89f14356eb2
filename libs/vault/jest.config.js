module.exports = { ...require('../../jest.preset.js'), displayName: 'vault', rootDir: __dirname };
