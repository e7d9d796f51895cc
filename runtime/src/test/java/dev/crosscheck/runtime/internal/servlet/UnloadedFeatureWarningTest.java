package dev.crosscheck.runtime.internal.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.runtime.internal.servlet.fixture.ListingApplication;
import dev.crosscheck.runtime.internal.servlet.fixture.PlainApplication;
import dev.crosscheck.runtime.internal.servlet.fixture.RegisteringApplication;
import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a web application whose Jakarta REST runtime loads no {@code Feature} services (CXF, as in
 * TomEE) is told at start: that its generated filter is registered nowhere, unless its files name
 * it. The class path is a directory of this test's making: the tables, and the runtimes' marker
 * classes it lists.
 */
class UnloadedFeatureWarningTest {

  private static final String FILTER = "dev.crosscheck.runtime.internal.servlet.fixture.GeneratedCorsFilter";

  @TempDir Path classes;

  @Test
  void onCxfAnApplicationThatRegistersNothingIsToldItHasNoCors() throws Exception {
    String warning = UnloadedFeatureWarning.warning(Set.of(PlainApplication.class), context(loader(true, false), null));

    assertThat(warning).contains("/shop runs on Apache CXF, which loads no Feature services",
        "name " + FILTER + ", so it has no CORS", "Return " + FILTER + ".class from your Application's getClasses()");
  }

  @Test
  void onTomEeAnApplicationThatDeclaresNothingGetsTheScannedFeature() throws Exception {
    assertThat(UnloadedFeatureWarning.warning(Set.of(PlainApplication.class), context(tomee(), null))).isNull();
    assertThat(UnloadedFeatureWarning.warning(Set.of(), context(tomee(), null))).as("no Application class").isNull();
  }

  @Test
  void onTomEeAnApplicationThatListsItsClassesIsToldItHasNoCors() throws Exception {
    String warning = UnloadedFeatureWarning.warning(Set.of(PlainApplication.class, ListingApplication.class),
        context(tomee(), null));

    assertThat(warning).contains("/shop runs on Apache CXF (TomEE), which loads no Feature services",
        ListingApplication.class.getName() + " declares its own methods, so TomEE adds none of the @Provider classes",
        "name " + FILTER + ", so it has no CORS", "Return " + FILTER + ".class from your Application's getClasses()",
        "cxf.jaxrs.providers in WEB-INF/openejb-jar.xml", "openejb.jaxrs.providers.auto=true in WEB-INF/application.properties");
  }

  @Test
  void onTomEeTheProvidersSettingDecides() throws Exception {
    assertThat(UnloadedFeatureWarning.warning(Set.of(ListingApplication.class),
        context(tomee(), null, "openejb.jaxrs.providers.auto = true\n"))).isNull();
    assertThat(UnloadedFeatureWarning.warning(Set.of(PlainApplication.class),
        context(tomee(), null, "openejb.jaxrs.providers.auto=false\n")))
        .contains("openejb.jaxrs.providers.auto=false keeps TomEE from adding the @Provider classes it scanned");
  }

  @Test
  void onCxfAFilterTheApplicationRegistersIsFound() throws Exception {
    assertThat(UnloadedFeatureWarning.warning(Set.of(PlainApplication.class, RegisteringApplication.class),
        context(loader(true, false), null))).isNull();
  }

  @Test
  void onCxfAFilterOpenEjbJarXmlListsIsFound() throws Exception {
    String openEjbJar = "<openejb-jar><pojo-deployment class-name=\"jaxrs-application\"><properties>"
        + "cxf.jaxrs.providers = " + FILTER + "</properties></pojo-deployment></openejb-jar>";
    assertThat(UnloadedFeatureWarning.warning(Set.of(PlainApplication.class), context(loader(true, false), openEjbJar)))
        .isNull();
  }

  @Test
  void runtimesThatLoadTheFeatureOrNoneVisibleSayNothing() throws Exception {
    assertThat(UnloadedFeatureWarning.warning(Set.of(), context(loader(true, true), null))).as("CXF and Jersey").isNull();
    assertThat(UnloadedFeatureWarning.warning(Set.of(), context(loader(false, false), null))).as("none").isNull();
  }

  @Test
  void anApplicationWithoutTablesIsNoneOfItsBusiness() throws Exception {
    Files.createDirectories(classes.resolve("org/apache/cxf/jaxrs"));
    Files.write(classes.resolve("org/apache/cxf/jaxrs/JAXRSServerFactoryBean.class"), new byte[0]);
    ClassLoader withoutTables = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    assertThat(UnloadedFeatureWarning.warning(Set.of(), context(withoutTables, null))).isNull();
  }

  private ClassLoader tomee() throws Exception {
    return loader(true, false, true);
  }

  private ClassLoader loader(boolean cxf, boolean jersey) throws Exception {
    return loader(cxf, jersey, false);
  }

  /** This test's classes, a table naming the fixture filter, and the marker classes of the runtimes asked for. */
  private ClassLoader loader(boolean cxf, boolean jersey, boolean tomee) throws Exception {
    Path directory = Files.createTempDirectory(classes, "classes");
    Path services = Files.createDirectories(directory.resolve("META-INF/services"));
    Files.writeString(services.resolve("dev.crosscheck.runtime.generated.GeneratedTable"), FILTER + "$Table\n");
    if (cxf) {
      Files.createDirectories(directory.resolve("org/apache/cxf/jaxrs"));
      Files.write(directory.resolve("org/apache/cxf/jaxrs/JAXRSServerFactoryBean.class"), new byte[0]);
    }
    if (tomee) {
      Files.createDirectories(directory.resolve("org/apache/openejb/server/rest"));
      Files.write(directory.resolve("org/apache/openejb/server/rest/RESTService.class"), new byte[0]);
    }
    ClassLoader parent = getClass().getClassLoader();
    return new URLClassLoader(new URL[] {directory.toUri().toURL()}, parent) {
      @Override
      public URL getResource(String name) {
        // Whatever this JVM's class path holds, only the runtimes the case asks for are there.
        if (name.startsWith("org/glassfish/jersey/server/") || name.startsWith("org/jboss/resteasy/")) {
          return jersey && name.startsWith("org/glassfish/") ? findResource("META-INF/services") : null;
        }
        return super.getResource(name);
      }
    };
  }

  private static ServletContext context(ClassLoader loader, String openEjbJar) {
    return context(loader, openEjbJar, null);
  }

  private static ServletContext context(ClassLoader loader, String openEjbJar, String applicationProperties) {
    return (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
        new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getClassLoader" -> loader;
          case "getContextPath" -> "/shop";
          case "getResourceAsStream" -> "/WEB-INF/openejb-jar.xml".equals(args[0]) ? stream(openEjbJar)
              : "/WEB-INF/application.properties".equals(args[0]) ? stream(applicationProperties) : null;
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  private static ByteArrayInputStream stream(String text) {
    return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
