package dev.crosscheck.runtime.internal.origin;

/**
 * A serialized origin in the one form browsers send: {@code scheme "://" host [":" port]}, lower
 * case, Punycode host, no default port. Built by {@link OriginSyntax#parse(String)}.
 *
 * @param port the explicit port, or {@link #DEFAULT_PORT}
 */
public record Origin(String scheme, String host, int port) {

  public static final int DEFAULT_PORT = -1;

  /** The longest serialized origin: "https://" + a 253-byte host (or bracketed IPv6) + ":65535". */
  public static final int MAX_LENGTH = "https://".length() + 253 + ":65535".length();

  public boolean isSecure() {
    return scheme.equals("https");
  }

  /**
   * Whether the host is the local machine, which no network attacker can impersonate:
   * {@code localhost}, {@code *.localhost}, {@code 127.0.0.0/8} or {@code [::1]}.
   */
  public boolean isLoopback() {
    return isLoopbackHost(host);
  }

  public static boolean isLoopbackHost(String host) {
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || host.equals("[::1]")
        || (host.startsWith("127.") && OriginSyntax.isIpv4(host));
  }

  /** This origin as an https one, for messages that suggest the secure form. */
  public Origin secure() {
    return new Origin("https", host, port == 443 ? DEFAULT_PORT : port);
  }

  public String serialize() {
    return port == DEFAULT_PORT ? scheme + "://" + host : scheme + "://" + host + ":" + port;
  }

  @Override
  public String toString() {
    return serialize();
  }
}
