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

  public String apiUrl() {
    return "http://localhost:" + apiPort;
  }

  @Override
  public void close() throws Exception {
    page.close();
    api.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
