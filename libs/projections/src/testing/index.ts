export { describeOnDatabases, type DatabaseUnderTest, type DescribeOnDatabasesOptions } from './describe-on-databases';
export { openTestDatabase, TEST_DATABASE_URL, type TestDatabase, type TestDatabaseOptions } from './test-database';
