package dev.crosscheck.examples.notes;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Serves the demo page (and a partner's page, {@code /partner.html}) from its own port, which
 * makes it a second origin: everything they ask of the API is a cross-origin request the browser
 * checks.
 */
final class PageServer implements AutoCloseable {

  private final HttpServer server;

  private PageServer(HttpServer server) {
    this.server = server;
  }

  static PageServer start(int port, String apiBase) throws IOException {
    java.util.Map<String, byte[]> pages = java.util.Map.of("/", page("/demo/index.html", apiBase),
        "/partner.html", page("/demo/partner.html", apiBase));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", exchange -> {
      byte[] page = pages.get(exchange.getRequestURI().getPath());
      if (page == null) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, page.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(page);
      }
    });
    server.start();
    return new PageServer(server);
  }

  private static byte[] page(String resource, String apiBase) {
    try (InputStream in = PageServer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("__API__", apiBase).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
