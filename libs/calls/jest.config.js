module.exports = { ...require('../../jest.preset.js'), displayName: 'calls', rootDir: __dirname };
