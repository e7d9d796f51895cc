package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import dev.crosscheck.it.tomcat.TomcatDeployment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Constants;
import org.apache.catalina.startup.ContextConfig;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;

/**
 * A web application deployed as Tomcat deploys a WAR (its {@code web.xml} read, the servlet
 * container initializers of the class path run), with Tomcat's own {@code CorsFilter} declared in
 * {@code web.xml} in front of Jersey: the start names it, its mapping and how to remove it, and
 * names no other filter. Tomcat's filter answers the preflight itself, before Jakarta REST runs,
 * which is why only removing it gives one answer.
 */
class ServletCorsFilterTest {

  private static final String WEB_XML = """
      <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="5.0" metadata-complete="true">
        <filter>
          <filter-name>legacy-cors</filter-name>
          <filter-class>org.apache.catalina.filters.CorsFilter</filter-class>
          <init-param>
            <param-name>cors.allowed.origins</param-name>
            <param-value>https://evil.example.net</param-value>
          </init-param>
        </filter>
        <filter-mapping>
          <filter-name>legacy-cors</filter-name>
          <url-pattern>/*</url-pattern>
        </filter-mapping>
        <filter>
          <filter-name>encoding</filter-name>
          <filter-class>org.apache.catalina.filters.SetCharacterEncodingFilter</filter-class>
        </filter>
        <filter-mapping>
          <filter-name>encoding</filter-name>
          <url-pattern>/*</url-pattern>
        </filter-mapping>
        <servlet>
          <servlet-name>jersey</servlet-name>
          <servlet-class>org.glassfish.jersey.servlet.ServletContainer</servlet-class>
          <init-param>
            <param-name>jakarta.ws.rs.Application</param-name>
            <param-value>dev.crosscheck.it.ItApplication</param-value>
          </init-param>
          <load-on-startup>1</load-on-startup>
        </servlet>
        <servlet-mapping>
          <servlet-name>jersey</servlet-name>
          <url-pattern>/api/*</url-pattern>
        </servlet-mapping>
      </web-app>
      """;

  @Test
  void aCorsFilterInWebXmlIsNamedAtStartWithItsMappingAndTheWayToRemoveIt() throws Exception {
    Path base = Files.createTempDirectory("crosscheck-tomcat-webxml");
    Path webapp = Files.createDirectories(base.resolve("webapp/WEB-INF")).getParent();
    Files.writeString(webapp.resolve("WEB-INF/web.xml"), WEB_XML);
    LoggedWarnings warnings = new LoggedWarnings();
    Tomcat tomcat = new Tomcat();
    try {
      tomcat.setBaseDir(base.toString());
      Connector connector = TomcatDeployment.loopbackConnector(tomcat);
      tomcat.getHost().addChild(webApplication(webapp));
      tomcat.start();

      Reply preflight = new RawHttp(connector.getLocalPort(), "/shop/api").send("OPTIONS", "/notes/1",
          "Origin", "https://app.example.com", "Access-Control-Request-Method", "PUT");
      assertThat(preflight.status()).as("Tomcat's filter refuses it before Jersey runs").isEqualTo(403);
    } finally {
      tomcat.stop();
      tomcat.destroy();
      warnings.close();
      ServerProcess.deleteTree(base);
    }
    assertThat(warnings.lines).filteredOn(w -> w.contains("the servlet filter")).singleElement()
        .satisfies(w -> assertThat(w).contains("'legacy-cors' (org.apache.catalina.filters.CorsFilter) in /shop", "mapped to /*",
            "Tomcat's CorsFilter", "Remove its <filter> and <filter-mapping> from web.xml"));
  }

  /** The web application as Tomcat deploys a WAR: {@code web.xml} read, initializers run. */
  private static Context webApplication(Path webapp) {
    StandardContext context = new StandardContext();
    context.setName("/shop");
    context.setPath("/shop");
    context.setDocBase(webapp.toString());
    context.setParentClassLoader(ServletCorsFilterTest.class.getClassLoader());
    ContextConfig config = new ContextConfig();
    config.setDefaultWebXml(Constants.NoDefaultWebXml); // no JSP servlet, no default servlet: not on the class path
    context.addLifecycleListener(config);
    return context;
  }
}
