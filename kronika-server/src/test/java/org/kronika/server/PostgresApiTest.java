package org.kronika.server;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.kronika.store.StoreLocation;
import org.kronika.store.TestStores;

/** The same API suite on PostgreSQL; runs when KRONIKA_TEST_PG_URL is set (.ci/run sets it). */
@EnabledIfEnvironmentVariable(named = TestStores.PG_ENV, matches = ".+")
class PostgresApiTest extends ApiSuite {
  @Override
  protected StoreLocation newLocation() {
    return TestStores.freshPostgres();
  }
}
