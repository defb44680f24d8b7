package org.kronika.store;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestStores.PG_ENV, matches = ".+")
class PostgresKnowledgeBaseTest extends KnowledgeBaseSuite {
  @Override
  protected StoreLocation newLocation() {
    return TestStores.freshPostgres();
  }
}
