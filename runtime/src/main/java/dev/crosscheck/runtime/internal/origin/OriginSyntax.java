package dev.crosscheck.runtime.internal.origin;

import dev.crosscheck.runtime.internal.origin.InvalidOriginException.Kind;
import java.net.IDN;
import java.util.Locale;

/**
 * Parses the serialized origins that policies list, accepting only the exact form browsers send
 * (WHATWG HTML "serialization of an origin", WHATWG URL host serializers). Anything else can
 * never match an {@code Origin} header, so it is rejected with the reason and, where the author's
 * intent is clear, the canonical spelling.
 *
 * <p>This runs when a policy is checked (at compile time, and at start-up for configured values),
 * never per request.
 */
public final class OriginSyntax {

  private OriginSyntax() {}

  /** Parses a canonical serialized origin, or says why {@code text} is not one. */
  public static Origin parse(String text) throws InvalidOriginException {
    if (text.equals("null")) {
      throw new InvalidOriginException(Kind.NULL, "it is the opaque origin", null);
    }
    if (text.indexOf('*') >= 0) {
      throw new InvalidOriginException(Kind.WILDCARD, "it contains a wildcard", null);
    }
    Reading reading = new Reading();
    Origin origin;
    try {
      origin = reading.read(text);
    } catch (Unrepairable e) {
      throw new InvalidOriginException(Kind.NOT_CANONICAL, e.getMessage(), e.guess);
    }
    if (reading.firstProblem != null) {
      throw new InvalidOriginException(Kind.NOT_CANONICAL, reading.firstProblem, origin.serialize());
    }
    return origin;
  }

  /** Whether {@code host} is a dotted-decimal IPv4 address in canonical form. */
  public static boolean isIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (!isDecimalOctet(part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDecimalOctet(String part) {
    if (part.isEmpty() || part.length() > 3 || !allDigits(part)) {
      return false;
    }
    if (part.length() > 1 && part.charAt(0) == '0') {
      return false;
    }
    return Integer.parseInt(part) <= 255;
  }

  /**
   * Whether {@code host} would be read as an IP address by a URL parser (its last label is
   * numeric). Like the URL Standard's "ends in a number", one trailing dot is ignored: browsers
   * read "127.1." as 127.0.0.1.
   */
  static boolean looksNumeric(String host) {
    if (host.startsWith("[")) {
      return true;
    }
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    String last = name.substring(name.lastIndexOf('.') + 1);
    return !last.isEmpty() && (allDigits(last) || last.startsWith("0x"));
  }

  static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** A mistake that leaves no clear canonical form, with a guess when there is a likely one. */
  private static final class Unrepairable extends Exception {
    final String guess;

    Unrepairable(String problem, String guess) {
      super(problem, null, false, false);
      this.guess = guess;
    }

    Unrepairable(String problem) {
      this(problem, null);
    }
  }

  /**
   * One pass over a candidate origin that repairs what can be repaired and remembers the first
   * repair, so the message can say both what was wrong and what to write.
   */
  private static final class Reading {
    String firstProblem;

    void problem(String description) {
      if (firstProblem == null) {
        firstProblem = description;
      }
    }

    Origin read(String text) throws Unrepairable, InvalidOriginException {
      String s = text.strip();
      if (!s.equals(text)) {
        problem("it has white space around it");
      }
      for (int i = 0; i < s.length(); i++) {
        if (Character.isWhitespace(s.charAt(i)) || Character.isISOControl(s.charAt(i))) {
          throw new Unrepairable("it contains white space or a control character");
        }
      }
      int colon = s.indexOf(':');
      if (colon <= 0 || !isSchemeName(s.substring(0, colon)) || startsWithPort(s.substring(colon + 1))) {
        // "localhost:8080" is a host and a port, not the scheme "localhost". But where "//"
        // follows, what comes before it is a misspelt scheme ("https//", "1https://"), not a
        // host: prefixing "https://" would suggest "https://https".
        throw new Unrepairable("it has no scheme", s.contains("//") ? null : guess("https://" + s));
      }
      String writtenScheme = s.substring(0, colon);
      String scheme = writtenScheme.toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new InvalidOriginException(Kind.SCHEME, "its scheme is \"" + scheme + "\"", null);
      }
      if (!scheme.equals(writtenScheme)) {
        problem("its scheme is not lower case");
      }
      String rest = s.substring(colon + 1);
      if (!rest.startsWith("//")) {
        throw new Unrepairable(
            "it lacks \"//\" after the scheme", guess(scheme + "://" + stripLeadingSlashes(rest)));
      }
      rest = rest.substring(2);
      int end = indexOfAny(rest, "/?#\\");
      if (end < rest.length()) {
        problem(rest.substring(end).equals("/") ? "it has a trailing /" : "it has a path, query or fragment");
      }
      String authority = rest.substring(0, end);
      int at = authority.lastIndexOf('@');
      if (at >= 0) {
        problem("it has user info");
        authority = authority.substring(at + 1);
      }
      String host;
      String portText = null;
      if (authority.startsWith("[")) {
        int close = authority.indexOf(']');
        if (close < 0) {
          throw new Unrepairable("its IPv6 address has no closing ]");
        }
        host = authority.substring(0, close + 1);
        String after = authority.substring(close + 1);
        if (!after.isEmpty()) {
          if (after.charAt(0) != ':') {
            throw new Unrepairable("it has text after the IPv6 address");
          }
          portText = after.substring(1);
        }
      } else {
        int portColon = authority.lastIndexOf(':');
        host = portColon >= 0 ? authority.substring(0, portColon) : authority;
        portText = portColon >= 0 ? authority.substring(portColon + 1) : null;
      }
      return new Origin(scheme, readHost(host), readPort(scheme, portText));
    }

    private int readPort(String scheme, String portText) throws Unrepairable {
      if (portText == null) {
        return Origin.DEFAULT_PORT;
      }
      if (portText.isEmpty()) {
        problem("it has an empty port");
        return Origin.DEFAULT_PORT;
      }
      if (!allDigits(portText)) {
        throw new Unrepairable("its port \"" + portText + "\" is not a number");
      }
      String digits = portText.replaceFirst("^0+(?=.)", "");
      if (!digits.equals(portText)) {
        problem("its port has a leading zero");
      }
      if (digits.length() > 5 || Integer.parseInt(digits) == 0 || Integer.parseInt(digits) > 65535) {
        throw new Unrepairable("its port " + portText + " is outside 1 to 65535");
      }
      int port = Integer.parseInt(digits);
      if (port == (scheme.equals("https") ? 443 : 80)) {
        problem("it names the default port " + port);
        return Origin.DEFAULT_PORT;
      }
      return port;
    }

    private String readHost(String written) throws Unrepairable {
      if (written.isEmpty()) {
        throw new Unrepairable("it has no host");
      }
      if (written.startsWith("[")) {
        String canonical = Ipv6.canonical(written.substring(1, written.length() - 1));
        if (canonical == null) {
          throw new Unrepairable("its IPv6 address is malformed");
        }
        if (!canonical.equals(written)) {
          problem("its IPv6 address is not written the way browsers serialize it");
        }
        return canonical;
      }
      String host = written;
      if (!isAscii(host)) {
        if (hasIdnaDeviation(host)) {
          // java.net.IDN maps these as IDNA2003 did (ß to ss); browsers keep them (UTS 46
          // nontransitional), so no suggestion beats a wrong one.
          throw new Unrepairable("its host is not ASCII, and browsers send it in Punycode");
        }
        try {
          host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
          throw new Unrepairable("its host is not a valid international domain name");
        }
        problem("its host is not ASCII, and browsers send Punycode");
      }
      String lower = host.toLowerCase(Locale.ROOT);
      if (!lower.equals(host)) {
        problem("its host is not lower case");
      }
      host = lower;
      if (host.endsWith(".") && isIpv4(host.substring(0, host.length() - 1))) {
        // Browsers drop a dot after an IPv4 address ("http://127.0.0.1." has the origin
        // "http://127.0.0.1"), while they keep the one after a domain name.
        problem("its IPv4 address ends with a dot");
        host = host.substring(0, host.length() - 1);
      }
      if (host.length() > 253) {
        throw new Unrepairable("its host is longer than 253 bytes");
      }
      // A trailing dot is kept by browsers ("https://example.com." is an origin of its own).
      String labels = host.endsWith(".") && host.length() > 1 ? host.substring(0, host.length() - 1) : host;
      for (String label : labels.split("\\.", -1)) {
        if (label.isEmpty()) {
          throw new Unrepairable("its host has an empty label");
        }
        if (label.length() > 63) {
          throw new Unrepairable("its host has a label longer than 63 bytes");
        }
        for (int i = 0; i < label.length(); i++) {
          char c = label.charAt(i);
          if (!isHostChar(c)) {
            throw new Unrepairable("its host contains \"" + c + "\"");
          }
        }
      }
      if (looksNumeric(host) && !isIpv4(host)) {
        throw new Unrepairable("its host is not a dotted-decimal IPv4 address such as 192.0.2.7");
      }
      return host;
    }
  }

  /** Characters IDNA2003 maps differently from the URL Standard's UTS 46 processing. */
  private static boolean hasIdnaDeviation(String host) {
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c == '\u00df' || c == '\u03c2' || c == '\u200c' || c == '\u200d') {
        return true;
      }
    }
    return false;
  }

  /** Whether text starts with a port: digits, then the end or a slash. */
  private static boolean startsWithPort(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i > 0 && (i == text.length() || text.charAt(i) == '/');
  }

  static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  }

  private static String guess(String candidate) {
    try {
      return parse(candidate).serialize();
    } catch (InvalidOriginException e) {
      return e.canonical().orElse(null);
    }
  }

  private static boolean isSchemeName(String s) {
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 128 || !(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static String stripLeadingSlashes(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '/') {
      i++;
    }
    return s.substring(i);
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }
}
