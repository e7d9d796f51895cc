package dev.crosscheck.examples.notes;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.util.concurrent.TimeUnit;

/**
 * The API and its demo page, each on its own loopback port, started on whichever Jakarta REST
 * runtime is on the class path. The app's origin, which the policies read from {@code
 * DEMO_APP_ORIGIN}, defaults to the page's own origin.
 */
public final class Demo implements AutoCloseable {

  public static final String APP_ORIGIN = "DEMO_APP_ORIGIN";
  /** The token the partners' administration asks for: the property or variable, else one made at start. */
  public static final String ADMIN_TOKEN = "DEMO_ADMIN_TOKEN";
  private static final String GENERATED_TOKEN = java.util.HexFormat.of().formatHex(randomBytes());

  private final SeBootstrap.Instance api;
  private final PageServer page;
  private final int apiPort;
  private final int pagePort;

  private Demo(SeBootstrap.Instance api, PageServer page, int apiPort, int pagePort) {
    this.api = api;
    this.page = page;
    this.apiPort = apiPort;
    this.pagePort = pagePort;
  }

  public static Demo start(int apiPort, int pagePort) throws Exception {
    return start(apiPort, pagePort, new NotesApplication());
  }

  /** The same with another application: the notes API with more registered beside it. */
  public static Demo start(int apiPort, int pagePort, Application application) throws Exception {
    if (System.getProperty(APP_ORIGIN) == null && System.getenv(APP_ORIGIN) == null) {
      System.setProperty(APP_ORIGIN, "http://localhost:" + pagePort);
    }
    SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
        .protocol("HTTP").host("127.0.0.1").port(apiPort).rootPath("/").build();
    SeBootstrap.Instance api =
        SeBootstrap.start(application, configuration).toCompletableFuture().get(60, TimeUnit.SECONDS);
    PageServer page = PageServer.start(pagePort, "http://localhost:" + apiPort);
    return new Demo(api, page, apiPort, pagePort);
  }

  /** The page as the app's origin serves it. */
  public String pageUrl() {
    return "http://localhost:" + pagePort + "/";
  }

  /** The same page from an origin no policy lists: 127.0.0.1 is not localhost to a browser. */
  public String foreignPageUrl() {
    return "http://127.0.0.1:" + pagePort + "/";
  }

  /** The token of the partners' administration ({@code X-Admin-Token}). */
  public static String adminToken() {
    String configured = System.getProperty(ADMIN_TOKEN, System.getenv(ADMIN_TOKEN));
    return configured != null && !configured.isBlank() ? configured : GENERATED_TOKEN;
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[16];
    new java.security.SecureRandom().nextBytes(bytes);
    return bytes;
  }

  /** A partner's page, served from {@code http://<host>:<page port>}: an origin of the partners table's, or not yet. */
  public String partnerPageUrl(String host) {
    return "http://" + host + ":" + pagePort + "/partner.html";
  }

  public String apiUrl() {
    return "http://localhost:" + apiPort;
  }

  @Override
  public void close() throws Exception {
    page.close();
    api.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
