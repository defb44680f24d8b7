package org.kronika.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteKnowledgeBaseTest extends KnowledgeBaseSuite {
  @TempDir Path dir;

  @Override
  protected StoreLocation newLocation() {
    return TestStores.sqlite(dir);
  }
}
