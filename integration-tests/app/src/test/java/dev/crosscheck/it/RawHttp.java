package dev.crosscheck.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deliberately small HTTP/1.1 client over a socket: it sends header lines exactly as given
 * (duplicates, odd spacing, empty values), which is what testing a CORS filter against hostile
 * requests takes and what regular clients refuse to do.
 */
final class RawHttp {

  /** A response: status, header lines in order, body. */
  record Reply(int status, List<String[]> headers, String body) {

    /** Every value of a header, case-insensitively, in order. */
    List<String> all(String name) {
      List<String> values = new ArrayList<>();
      for (String[] header : headers) {
        if (header[0].equalsIgnoreCase(name)) {
          values.add(header[1]);
        }
      }
      return values;
    }

    String first(String name) {
      List<String> values = all(name);
      return values.isEmpty() ? null : values.get(0);
    }

    /** The tokens of a comma-separated header over all its lines, lower case. */
    List<String> tokens(String name) {
      List<String> tokens = new ArrayList<>();
      for (String value : all(name)) {
        for (String token : value.split(",")) {
          if (!token.isBlank()) {
            tokens.add(token.strip().toLowerCase(Locale.ROOT));
          }
        }
      }
      return tokens;
    }

    boolean hasAnyCorsHeader() {
      return headers.stream().anyMatch(h -> h[0].toLowerCase(Locale.ROOT).startsWith("access-control-"));
    }
  }

  private final int port;
  private final String basePath;

  /** @param basePath prefixed to every request's path: where the application's resources are */
  RawHttp(int port, String basePath) {
    this.port = port;
    this.basePath = basePath;
  }

  /**
   * @param path below the application's base path, starting with {@code /}
   * @param headers name, value, name, value... sent in this order
   */
  Reply send(String method, String path, String... headers) throws IOException {
    return sendWithBody(method, path, method.equals("POST") || method.equals("PUT") ? "text/plain" : null, headers);
  }

  /**
   * @param contentType of the four-byte body sent; null: no body
   * @param headers name, value, name, value... sent in this order
   */
  Reply sendWithBody(String method, String path, String contentType, String... headers) throws IOException {
    return exchange(method, path, contentType, contentType == null ? null : "body", headers);
  }

  /** A request with a {@code text/plain} body of the caller's. */
  Reply sendText(String method, String path, String body, String... headers) throws IOException {
    return exchange(method, path, "text/plain", body, headers);
  }

  private Reply exchange(String method, String path, String contentType, String body, String... headers) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      StringBuilder request = new StringBuilder();
      request.append(method).append(' ').append(basePath).append(path).append(" HTTP/1.1\r\n");
      request.append("Host: 127.0.0.1:").append(port).append("\r\n");
      for (int i = 0; i < headers.length; i += 2) {
        request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
      }
      boolean hasBody = contentType != null;
      if (hasBody) {
        request.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ")
            .append(body.getBytes(StandardCharsets.ISO_8859_1).length).append("\r\n");
      }
      request.append("Connection: close\r\n\r\n");
      if (hasBody) {
        request.append(body);
      }
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return read(socket.getInputStream(), method.equals("HEAD"));
    }
  }

  private static Reply read(InputStream in, boolean head) throws IOException {
    String statusLine = line(in);
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    List<String[]> headers = new ArrayList<>();
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
    }
    if (head || status == 204 || status == 304) {
      return new Reply(status, headers, "");
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String chunked = headers.stream().filter(h -> h[0].equalsIgnoreCase("Transfer-Encoding")).map(h -> h[1]).findFirst().orElse("");
    String length = headers.stream().filter(h -> h[0].equalsIgnoreCase("Content-Length")).map(h -> h[1]).findFirst().orElse(null);
    if (chunked.equalsIgnoreCase("chunked")) {
      for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
          size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
        body.write(in.readNBytes(size));
        line(in);
      }
    } else if (length != null) {
      body.write(in.readNBytes(Integer.parseInt(length)));
    } else {
      body.write(in.readAllBytes());
    }
    return new Reply(status, headers, body.toString(StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }
}
