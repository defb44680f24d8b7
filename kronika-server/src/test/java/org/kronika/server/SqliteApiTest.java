package org.kronika.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kronika.store.StoreLocation;
import org.kronika.store.TestStores;

class SqliteApiTest extends ApiSuite {
  @Override
  protected StoreLocation newLocation() throws Exception {
    Path dir = Files.createTempDirectory("kronika-api");
    dir.toFile().deleteOnExit();
    return TestStores.sqlite(dir);
  }
}
