package dev.crosscheck.runtime.internal.origin;

/**
 * One of the two origin pattern forms, matched label by label (never with {@code endsWith} on the
 * raw string, never with a regular expression):
 *
 * <ul>
 *   <li>{@code https://*.example.com}: one or more labels before {@code example.com}, never
 *       {@code example.com} itself; a port, if written, must match exactly;
 *   <li>{@code http://localhost:*}: one exact host on any port, including the default one.
 * </ul>
 */
public final class OriginPattern {

  private final String text;
  private final String scheme;
  /** The host after {@code *.} for the subdomain form, or the exact host for the any-port form. */
  private final String host;
  private final boolean anySubdomain;
  /** For the subdomain form: the exact port, or {@link Origin#DEFAULT_PORT}. */
  private final int port;

  /** {@code "." + host + [":" + port]}: what a matching origin ends with, for the subdomain form. */
  private final String subdomainSuffix;
  /** {@code scheme + "://"}. */
  private final String schemePrefix;

  private OriginPattern(String text, String scheme, String host, boolean anySubdomain, int port) {
    this.text = text;
    this.scheme = scheme;
    this.host = host;
    this.anySubdomain = anySubdomain;
    this.port = port;
    this.schemePrefix = scheme + "://";
    this.subdomainSuffix = "." + host + (port == Origin.DEFAULT_PORT ? "" : ":" + port);
  }

  /** Parses a pattern, or says why {@code text} is not one. */
  public static OriginPattern parse(String text) throws InvalidPatternException {
    if (text.equals("*")) {
      throw new InvalidPatternException(
          "a lone * is not a pattern; to allow every origin write origins = \"*\"");
    }
    int stars = count(text, '*');
    if (stars == 0) {
      throw new InvalidPatternException("it has no wildcard; exact origins belong in origins");
    }
    if (stars > 1) {
      throw new InvalidPatternException("it has more than one wildcard");
    }
    int separator = text.indexOf("://");
    if (separator < 0 || text.substring(0, separator).indexOf('*') >= 0) {
      throw new InvalidPatternException("its scheme must be written out as https:// or http://");
    }
    String scheme = text.substring(0, separator);
    String authority = text.substring(separator + 3);
    if (authority.startsWith("*.")) {
      return parseSubdomainForm(text, scheme, authority.substring(2));
    }
    if (authority.endsWith(":*")) {
      return parseAnyPortForm(text, scheme, authority.substring(0, authority.length() - 2));
    }
    if (authority.equals("*")) {
      throw new InvalidPatternException("a wildcard for the whole host would allow every site");
    }
    throw new InvalidPatternException(
        "the wildcard must be the whole first label (\"*.\") or the whole port (\":*\")");
  }

  private static OriginPattern parseSubdomainForm(String text, String scheme, String rest)
      throws InvalidPatternException {
    Origin base = parseBase(scheme + "://" + rest, text);
    if (OriginSyntax.looksNumeric(base.host())) {
      throw new InvalidPatternException("its wildcard stands over an IP address, which has no subdomains");
    }
    return new OriginPattern(text, base.scheme(), base.host(), true, base.port());
  }

  private static OriginPattern parseAnyPortForm(String text, String scheme, String hostText)
      throws InvalidPatternException {
    Origin base = parseBase(scheme + "://" + hostText, text);
    if (base.port() != Origin.DEFAULT_PORT) {
      throw new InvalidPatternException("it has a port before \":*\"");
    }
    return new OriginPattern(text, base.scheme(), base.host(), false, Origin.DEFAULT_PORT);
  }

  /** The pattern without its wildcard must be a canonical origin, or it could never match. */
  private static Origin parseBase(String withoutWildcard, String text) throws InvalidPatternException {
    try {
      return OriginSyntax.parse(withoutWildcard);
    } catch (InvalidOriginException e) {
      if (e.kind() == InvalidOriginException.Kind.SCHEME) {
        throw new InvalidPatternException(e.problem() + ", and only http and https origins can be allowed");
      }
      throw new InvalidPatternException(
          e.problem() + e.canonical().map(c -> " (without the wildcard it should read \"" + c + "\")").orElse(""));
    }
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether a serialized origin, as received in an {@code Origin} header, matches. Allocation
   * free; anything but a canonical origin fails.
   */
  public boolean matches(String origin) {
    if (origin.length() > Origin.MAX_LENGTH || !origin.startsWith(schemePrefix)) {
      return false;
    }
    int hostStart = schemePrefix.length();
    if (anySubdomain) {
      int labelsEnd = origin.length() - subdomainSuffix.length();
      return labelsEnd > hostStart
          && origin.endsWith(subdomainSuffix)
          && areHostLabels(origin, hostStart, labelsEnd);
    }
    if (!origin.startsWith(host, hostStart)) {
      return false;
    }
    int afterHost = hostStart + host.length();
    if (afterHost == origin.length()) {
      return true;
    }
    return origin.charAt(afterHost) == ':' && isCanonicalPort(origin, afterHost + 1);
  }

  /** One or more non-empty dot-separated labels of lower-case host characters in {@code s[from, to)}. */
  private static boolean areHostLabels(String s, int from, int to) {
    boolean labelEmpty = true;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (labelEmpty) {
          return false;
        }
        labelEmpty = true;
      } else if (OriginSyntax.isHostChar(c)) {
        labelEmpty = false;
      } else {
        return false;
      }
    }
    return !labelEmpty;
  }

  /** A port from {@code from} to the end: 1 to 65535, no leading zero, not the scheme's default. */
  private boolean isCanonicalPort(String s, int from) {
    int length = s.length() - from;
    if (length < 1 || length > 5 || s.charAt(from) == '0') {
      return false;
    }
    int value = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      value = value * 10 + (c - '0');
    }
    return value <= 65535 && value != (scheme.equals("https") ? 443 : 80);
  }

  public String scheme() {
    return scheme;
  }

  /** For {@code https://*.example.com}: {@code example.com}; for {@code http://localhost:*}: {@code localhost}. */
  public String host() {
    return host;
  }

  public boolean isAnySubdomain() {
    return anySubdomain;
  }

  /** Whether every origin this pattern matches is on the local machine. */
  public boolean isLoopback() {
    return Origin.isLoopbackHost(host);
  }

  /** Whether every origin {@code other} matches is matched by this pattern too. */
  public boolean covers(OriginPattern other) {
    if (!scheme.equals(other.scheme) || anySubdomain != other.anySubdomain) {
      return false;
    }
    if (!anySubdomain) {
      return host.equals(other.host);
    }
    return port == other.port && (other.host.equals(host) || other.host.endsWith("." + host));
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OriginPattern p && p.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
