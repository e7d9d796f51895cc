package dev.crosscheck.examples.notes;

/**
 * Starts the notes API on port 8080 and its demo page on 8081 (override with the system
 * properties {@code notes.api.port} and {@code notes.page.port}), and runs until stopped.
 */
public final class DemoServer {

  private DemoServer() {}

  public static void main(String[] args) throws Exception {
    int apiPort = Integer.getInteger("notes.api.port", 8080);
    int pagePort = Integer.getInteger("notes.page.port", 8081);
    Demo demo = Demo.start(apiPort, pagePort);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        demo.close();
      } catch (Exception e) {
        System.err.println("stopping: " + e);
      }
    }));
    System.out.println();
    System.out.println("Notes API on " + jakarta.ws.rs.ext.RuntimeDelegate.getInstance().getClass().getName()
        + ": " + demo.apiUrl());
    System.out.println("Open the demo page, served from another origin:  " + demo.pageUrl());
    System.out.println("The same page from an origin the API does not allow: " + demo.foreignPageUrl());
    System.out.println("The app origin allowed by the policies: " + System.getProperty(Demo.APP_ORIGIN, System.getenv(Demo.APP_ORIGIN)));
    System.out.println("Partners' origins are rows of an H2 table; a partner's page: " + demo.partnerPageUrl("127.0.0.1"));
    System.out.println("Add its origin (blocked until then): curl -X PUT -H 'X-Admin-Token: " + Demo.adminToken()
        + "' -H 'Content-Type: text/plain' --data 'http://127.0.0.1:" + pagePort + "' " + demo.apiUrl() + "/admin/partners");
    System.out.println("Stop with Ctrl+C.");
    Thread.currentThread().join();
  }
}
