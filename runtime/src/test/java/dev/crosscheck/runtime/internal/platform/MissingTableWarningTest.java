package dev.crosscheck.runtime.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An application with the runtime but no generated table is told why it has no CORS. */
class MissingTableWarningTest {

  @Test
  void warnsWhenNoClassLoaderSeesATableAndNamesTheLikelyCauses() {
    ClassLoader empty = new URLClassLoader(new URL[0], null);
    assertThat(MissingTableWarning.problem(empty)).hasValueSatisfying(message -> assertThat(message)
        .contains("no request gets CORS headers")
        .contains("maven-compiler-plugin older than 3.5")
        .contains("annotationProcessor")
        .contains("JDK 23 or later").contains("-proc:full"));
  }

  @Test
  void saysNothingWhenAGeneratedTableIsThere(@TempDir Path dir) throws Exception {
    // The service file the processor writes (see its goldens), spelled out rather than read from
    // the class under test, so that a wrong name there fails here.
    Path services = dir.resolve("META-INF/services/dev.crosscheck.runtime.generated.GeneratedTable");
    Files.createDirectories(services.getParent());
    Files.writeString(services, "com.example.GeneratedCorsFilter$Table\n");
    ClassLoader withTable = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    assertThat(MissingTableWarning.problem(new URLClassLoader(new URL[0], null), withTable)).isEmpty();
  }
}
