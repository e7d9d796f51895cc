package dev.crosscheck.runtime.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Application;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The other CORS layers a start shows, each named with what turns it off; nothing for what is none. */
class OtherCorsLayersTest {

  /** A CORS filter an application wrote itself. */
  static final class LegacyCorsFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {}
  }

  /** A filter that has nothing to do with CORS. */
  static final class AuditFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {}
  }

  private static Application registering(Class<?>... classes) {
    return new Application() {
      @Override
      public Set<Class<?>> getClasses() {
        return Set.of(classes);
      }
    };
  }

  private static final ClassLoader NOTHING = new URLClassLoader(new URL[0], null);

  @Test
  void aRegisteredFilterNamedLikeACorsFilterIsNamed() {
    assertThat(OtherCorsLayers.warnings(registering(LegacyCorsFilter.class, AuditFilter.class), NOTHING, n -> Optional.empty()))
        .singleElement().asString().contains(LegacyCorsFilter.class.getName()).contains("looks like a CORS filter")
        .doesNotContain("AuditFilter");
  }

  @Test
  void helidonsCorsIsNamedUnlessItsSettingTurnsItOff(@TempDir Path dir) throws Exception {
    Path extension = dir.resolve(OtherCorsLayers.HELIDON_CORS.replace('.', '/') + ".class");
    Files.createDirectories(extension.getParent());
    Files.write(extension, new byte[0]);
    ClassLoader helidon = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    assertThat(OtherCorsLayers.warnings(registering(), helidon, n -> Optional.empty()))
        .singleElement().asString().contains("Helidon's CORS").contains("cors.enabled=false");
    assertThat(OtherCorsLayers.warnings(registering(), helidon, n -> n.equals("cors.enabled") ? Optional.of(false)
        : Optional.empty())).isEmpty();
    assertThat(OtherCorsLayers.warnings(registering(), NOTHING, n -> Optional.empty())).as("no Helidon").isEmpty();
  }
}
