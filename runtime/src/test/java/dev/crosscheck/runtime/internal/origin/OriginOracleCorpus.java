package dev.crosscheck.runtime.internal.origin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus of origin-like strings that a real browser judges for {@link ChromiumOriginOracleTest},
 * and the two steps around the browser run of {@code tools/origin-oracle/run.sh}.
 *
 * <p>This file uses nothing but the JDK, so the script runs it as a single-file program ({@code
 * java OriginOracleCorpus.java page|merge ...}) without building anything; the test uses the same
 * class to read the data and to check that the committed inputs are still exactly what this
 * generator makes (so the data cannot silently drift from the code that documents it).
 *
 * <p>The corpus is systematic, not random: each group below crosses one dimension of rulebook
 * section 1 (scheme, host, port, what follows the host, white space and control characters, host
 * characters, IP address forms, international names) with a few representative values of the
 * others, so that every rule and its near misses are there and a disagreement points at one
 * dimension.
 */
public final class OriginOracleCorpus {

  private OriginOracleCorpus() {}

  /** Every input, in a fixed order, without repeats. */
  public static List<String> corpus() {
    Set<String> out = new LinkedHashSet<>();
    schemesTimesHosts(out);
    portsTimesHosts(out);
    whatFollowsTheHost(out);
    userInfo(out);
    whiteSpaceAndControls(out);
    hostCharacters(out);
    ipv4(out);
    ipv6(out);
    internationalNames(out);
    lengths(out);
    wholeStrings(out);
    return List.copyOf(out);
  }

  private static final List<String> SCHEMES =
      List.of(
          "https://", "http://", "HTTPS://", "Https://", "HTTP://", "hTTp://", "ws://", "wss://", "ftp://",
          "file://", "file:///", "data:", "blob:https://", "javascript:", "chrome-extension://", "https:",
          "https:/", "https:///", "https:\\\\", "https:/\\", "https//", "//", "");

  /** Hosts that stand for one class each: ordinary, upper case, IDN, dots, IP forms, junk. */
  private static final List<String> HOSTS =
      List.of(
          "example.com", "app.example.com", "EXAMPLE.COM", "App.Example.Com", "localhost", "LOCALHOST",
          "a.localhost", "example.com.", "example.com..", ".example.com", "a..b.example", "a_b.example.com",
          "-a.example.com", "a-.example.com", "xn--bcher-kva.example", "XN--BCHER-KVA.example",
          "bücher.example", "BÜCHER.example", "faß.de", "xn--zca.de", "例え.jp", "ｅｘａｍｐｌｅ.com",
          "a。example.com", "xn--a.example", "127.0.0.1", "127.1", "0x7f.0.0.1", "2130706433",
          "010.0.0.1", "127.0.0.1.", "0.0.0.0", "256.0.0.1", "1.2.3.4.5", "example.123", "[::1]",
          "[0:0:0:0:0:0:0:1]", "[::ffff:127.0.0.1]", "[::FFFF:7F00:1]", "[fe80::1%25eth0]",
          "[2001:db8::1]", "[::1", "::1", "ex%41mple.com", "exa%2Emple.com", "a%20b.example",
          "*.example.com", "*", "", ".", "a");

  private static void schemesTimesHosts(Set<String> out) {
    for (String scheme : SCHEMES) {
      for (String host : HOSTS) {
        out.add(scheme + host);
      }
    }
  }

  private static final List<String> PORTS =
      List.of(
          "", ":", ":443", ":80", ":8443", ":8080", ":0", ":00", ":1", ":65535", ":65536", ":99999", ":08443",
          ":0443", ":00080", ":080", ":000000000000000443", ":4294967739", ":+443", ":-1", ":8o", ":0x1bb",
          ":1e3", ": 443", ":443 ", ":8080:9090", "::443", ":٤٤٣", ":４４３", ":44\u00AD3", ":%34%34%33");

  private static final List<String> PORT_HOSTS =
      List.of("example.com", "EXAMPLE.com", "localhost", "127.0.0.1", "[::1]", "bücher.example", "127.1");

  private static void portsTimesHosts(Set<String> out) {
    for (String scheme : List.of("https://", "http://", "HTTP://")) {
      for (String host : PORT_HOSTS) {
        for (String port : PORTS) {
          out.add(scheme + host + port);
        }
      }
    }
  }

  private static final List<String> TAILS =
      List.of(
          "/", "//", "/path", "/a/b.html", "/a/b?c#d", "?", "?q=1", "#", "#top", "/?#", "\\", "\\path", "/.",
          "/..", "/./", "/%2F", ";x", "%2F", "/ ", "?a b", "#a b", "/@evil.example", "?@evil.example",
          "#@evil.example", "\\@evil.example");

  private static final List<String> TAIL_AUTHORITIES =
      List.of("example.com", "App.Example.com", "[::1]", "bücher.example", "localhost:8080", "example.com:443");

  private static void whatFollowsTheHost(Set<String> out) {
    for (String scheme : List.of("https://", "http://")) {
      for (String authority : TAIL_AUTHORITIES) {
        for (String tail : TAILS) {
          out.add(scheme + authority + tail);
        }
      }
    }
  }

  private static final List<String> USER_INFO =
      List.of(
          "user@", "user:pw@", "@", ":@", ":pw@", "u@v@", "us%40er@", "user:p@ss@", "evil.example@",
          "evil.example:443@", "evil.example/@", "user@evil.example@", "USER@", "u ser@", "u\\ser@");

  private static void userInfo(Set<String> out) {
    for (String scheme : List.of("https://", "http://")) {
      for (String authority : List.of("example.com", "example.com:8443", "[::1]", "localhost:3000")) {
        for (String user : USER_INFO) {
          out.add(scheme + user + authority);
        }
      }
    }
  }

  /**
   * Every C0 control, space, DEL, the C1 controls browsers and Java treat differently, and the
   * Unicode spaces and invisible format characters: at the ends, where the URL parser strips C0
   * controls and space, and inside, where it removes tab and newlines only.
   */
  private static void whiteSpaceAndControls(Set<String> out) {
    List<Character> characters = new ArrayList<>();
    for (char c = 0; c <= 0x20; c++) {
      characters.add(c);
    }
    for (char c :
        new char[] {
          0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xAD, 0x1680, 0x180E, 0x2000, 0x2002, 0x2003, 0x2007, 0x2009, 0x200A,
          0x200B, 0x200C, 0x200D, 0x200E, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF
        }) {
      characters.add(c);
    }
    for (char c : characters) {
      String x = String.valueOf(c);
      out.add(x + "https://a.example.com");
      out.add("https://a.example.com" + x);
      out.add(x + "https://a.example.com" + x);
      out.add("ht" + x + "tps://a.example.com");
      out.add("https:" + x + "//a.example.com");
      out.add("https://" + x + "a.example.com");
      out.add("https://a.exa" + x + "mple.com");
      out.add("https://a.example.com" + x + ":8443");
      out.add("https://a.example.com:84" + x + "43");
      out.add("https://a.example.com:8443" + x);
    }
  }

  /** Each printable ASCII character that is not a letter or digit, at the start, inside and end of a host. */
  private static void hostCharacters(Set<String> out) {
    for (char c = 0x21; c < 0x7F; c++) {
      if (Character.isLetterOrDigit(c)) {
        continue;
      }
      out.add("https://" + c + "ab.example");
      out.add("https://a" + c + "b.example");
      out.add("https://ab.example" + c);
      out.add("https://ab.example" + c + ":8443");
    }
    for (String label : List.of("ab-", "-ab", "a--b", "a_", "_a", "ab--cd", "xn--", "XN--", "xn--a", "xn---")) {
      out.add("https://" + label + ".example");
    }
  }

  private static final List<String> IPV4 =
      List.of(
          "127.0.0.1", "127.0.0.5", "127.255.255.254", "192.0.2.7", "0.0.0.0", "255.255.255.255",
          "256.0.0.1", "1.2.3.256", "127.1", "127.0.1", "127.65535", "127.16777215", "2130706433",
          "4294967295", "4294967296", "0x7f.0.0.1", "0X7F.0.0.1", "0x7f000001", "0x", "0x.0x.0x.0x",
          "0xg", "0x7g.0.0.1", "010.0.0.1", "0177.0.0.1", "127.0.0.01", "127.0.0.001", "08.0.0.1",
          "127.0.0.08", "1.2.3.4.5", "1.2.3", "1.2", "1", "0", "127.0.0.1.", "127.1.", "2130706433.",
          "0x7f.0.0.1.", "1.2.3.4.5.", "127.0.0.1..", ".127.0.0.1",
          "127..0.1", "1.2.3.09", "a.1", "1.a", "a.0x1", "a.0x1g", "１２７.0.0.1", "127。0.0.1", "127.0.0.1%2E",
          "%31%32%37.0.0.1", "example.1", "example.01", "example.0x1", "example.1.", "example.0x1.");

  private static void ipv4(Set<String> out) {
    for (String address : IPV4) {
      out.add("http://" + address);
      out.add("https://" + address);
      out.add("http://" + address + ":8080");
    }
  }

  private static final List<String> IPV6 =
      List.of(
          "::1", "::", "0:0:0:0:0:0:0:1", "0:0:0:0:0:0:0:0", "::0001", "0000::1", "::ABCD", "2001:DB8::1",
          "2001:db8::1", "2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8:0:0:1:0:0:1", "2001:db8:0:1:1:1:1:1",
          "1:0:0:2:0:0:0:3", "1:0:0:0:0:0:0:0", "1::2:3:4:5:6:7", "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7",
          "1:0:0:2:0:0:3:4", "0:0:0:1:0:0:0:1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::127.0.0.1",
          "64:ff9b::192.0.2.33", "::1.2.3", "::1.2.3.4.5", "::256.0.0.1", "fe80::1%25eth0", "fe80::1%eth0",
          "fe80::1%251", "::1", ":1", "1:", ":::1", "1::2::3", "12345::1", "::g", "1:2:3:4:5:6:7:8:9",
          "::1:2:3:4:5:6:7:8", "1:2:3", "v1.x", "0::0:0:0:0:0:1", "::%31", " ::1", "::1 ", "::１");

  private static void ipv6(Set<String> out) {
    for (String address : IPV6) {
      out.add("https://[" + address + "]");
      out.add("http://[" + address + "]");
      out.add("https://[" + address + "]:8443");
      out.add("https://[" + address + "]:443");
    }
    out.add("https://[::1]x");
    out.add("https://[::1]]");
    out.add("https://[[::1]]");
    out.add("https://[::1]:");
    out.add("https://::1:8443");
    out.add("https://[::1");
    out.add("https://::1]");
  }

  /**
   * International names: Unicode that maps the same under every IDNA version, the deviation
   * characters (IDNA2003 and UTS 46 differ), compatibility forms, other dots, invalid Punycode,
   * bidirectional labels and things IDNA forbids.
   */
  private static final List<String> IDN =
      List.of(
          "bücher.example", "BÜCHER.example", "Bücher.Example", "bu\u0308cher.example", "xn--bcher-kva.example",
          "XN--BCHER-KVA.EXAMPLE", "xn--Bcher-kva.example", "faß.de", "FASS.de", "xn--zca.de", "xn--fa-hia.de",
          "βόλος.com", "xn--nxasmm1c.com", "xn--nxasmq6b.com", "a\u200Cb.example", "a\u200Db.example",
          "例え.jp", "xn--r8jz45g.jp", "☕.example", "xn--53h.example", "ｅｘａｍｐｌｅ.com", "ＥＸＡＭＰＬＥ.com",
          "a。example.com", "a．example.com", "a｡example.com", "a⒈com", "xn--a.example", "xn--abc-.example",
          "xn--ls8h.example", "xn--tda.example", "xn--80ak6aa92e.com", "аррӏе.com", "пример.рф",
          "xn--e1afmkfd.xn--p1ai", "مثال.example", "xn--mgbh0fb.example", "aمثال.example",
          "xn--a-ymcab.example", "\u0301a.example", "a\u00ADb.example", "ﬀ.example", "ℌ.example", "Ⅷ.example",
          "xn--ss-.example", "xn--0ca.example", "xn--mnchen-3ya.de", "münchen.de", "MÜNCHEN.de", "ıi.example",
          "İ.example", "ǅ.example", "xn--.example", "xn--xn--a.example", "ab\uD83D\uDE00.example",
          "\uFFFD.example", "\uE000.example", "xn--a-wbb.example");

  private static void internationalNames(Set<String> out) {
    for (String host : IDN) {
      out.add("https://" + host);
      out.add("https://" + host + ":8443");
      out.add("http://" + host);
      out.add("https://" + host + "/");
    }
  }

  /** Host and label lengths around the DNS limits (253 and 63 bytes), which the URL parser ignores. */
  private static void lengths(Set<String> out) {
    String label63 = "a".repeat(63);
    String host253 = label63 + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);
    out.add("https://" + label63 + ".example");
    out.add("https://" + "a".repeat(64) + ".example");
    out.add("https://" + host253);
    out.add("https://" + host253 + ".");
    out.add("https://" + host253 + ":65535");
    out.add("https://" + host253 + "d");
    out.add("https://" + "a.".repeat(200) + "example");
    out.add("https://" + "ü".repeat(60) + ".example");
    out.add("https://" + "a".repeat(1000) + ".example");
    out.add("https://[" + "0:".repeat(7) + "1]");
  }

  /** Whole strings that are not built from parts: null, wildcards, bare hosts, scheme only. */
  private static void wholeStrings(Set<String> out) {
    out.addAll(
        List.of(
            "null", "NULL", "Null", " null", "null ", "*", "**", "https://*", "http://*", "https://*.example.com",
            "http://localhost:*", "*.example.com", "*example.com", "https://*example.com", "https://a.*.example.com",
            "https://**.example.com", "*://example.com", "https*://example.com", "", " ", "https", "https:",
            "https:/", "https://", "https:///", "https:////", "http://", "//example.com", "example.com",
            "example.com:8443", "example.com:443", "localhost:8080", "localhost:8080/", "localhost", "127.0.0.1:8080",
            "[::1]:8080", "[::1]", "app.example.com/path", "https//example.com", "https:example.com",
            "https:example.com:8443", "HTTPS:EXAMPLE.COM", "http:localhost:8080", "https:/example.com",
            "https:\\example.com", "https:\\\\example.com", "https:/\\example.com", "https:\\/example.com",
            "https:///example.com", "https:////example.com", "https://\\example.com",
            "https:// example.com", "https ://example.com", "https: //example.com",
            "https://example.com/https://other.example", "https://example.com,https://other.example",
            "https://example.com https://other.example", "https://example.com\u0000https://other.example",
            "https://example.com%00", "https://example%00.com", "https://example.com%",
            "https://example.com%2", "https://example.com%zz", "https://%", "https://%%",
            "https://example.com:8443/path?q=1#f", " HTTPS://User:Pw@App.Example.COM:443/path?q#f ",
            "HTTP://LOCALHOST:0080/", "https://USER@[::FFFF:7F00:1]:0443/x", "Https://Bücher.Example:08443/",
            "http://0x7F.1:80/", "https://example.com.:443", "https://EXAMPLE.COM.", "https://example.com./",
            "blob:https://example.com/uuid", "blob:https://example.com:443/uuid", "blob:null/uuid",
            "blob:file:///x", "blob:ws://example.com/x", "data:text/html,hi", "about:blank", "about:srcdoc",
            "javascript:alert(1)", "file:///etc/passwd", "file://localhost/etc", "file://host.example/share",
            "FILE:///x", "filesystem:https://example.com/temporary/x", "ws://example.com", "wss://example.com",
            "WSS://EXAMPLE.COM:443", "ftp://example.com:21", "gopher://example.com", "mailto:a@example.com",
            "urn:isbn:0451450523", "chrome://settings", "chrome-extension://abcdefghijklmnop",
            "moz-extension://abc", "safari-web-extension://abc", "x-custom://example.com", "h\u0000ttps://example.com",
            "https\u0000://example.com", "1https://example.com", "+https://example.com", "ht-tps://example.com",
            "ht+tps://example.com", "ht.tps://example.com", "h_ttps://example.com", "httpś://example.com"));
    for (String s : List.of("https://app.example.com", "http://localhost:8080", "https://[::1]:8443")) {
      out.add(s.toUpperCase(Locale.ROOT));
      out.add(s + "/");
      out.add(s + "//");
      out.add(s + "?");
      out.add(s + "#");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Escaping for the data file: one entry a line, tab-separated, so control characters, white
  // space and backslashes are written \t \n \r \\ or \\uXXXX (one per UTF-16 unit). Letters,
  // digits, punctuation and symbols of any script stay as they are, so the file reads like the
  // corpus; the decoder does not depend on which characters were escaped.

  public static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> {
          // A leading # would read as a comment line of the data file.
          if (staysAsIs(c) && !(c == '#' && i == 0)) {
            out.append(c);
          } else {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean staysAsIs(char c) {
    if (c > 0x20 && c < 0x7F) {
      return true;
    }
    if (c < 0xA0) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }

  public static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i + 1 >= s.length()) {
        throw new IllegalArgumentException("dangling \\ in " + s);
      }
      char next = s.charAt(++i);
      switch (next) {
        case '\\' -> out.append('\\');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'u' -> {
          if (i + 4 >= s.length()) {
            throw new IllegalArgumentException("short \\u escape in " + s);
          }
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> throw new IllegalArgumentException("unknown escape \\" + next + " in " + s);
      }
    }
    return out.toString();
  }

  /** Pure ASCII, safe inside a script element and a JavaScript string literal. */
  private static String javaScriptString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The page the browser runs, and reading back what it wrote.

  /** Marks the line after the last answer, with the count, so that a cut-off run is noticed. */
  private static final String DONE = "DONE";

  static String page(List<String> corpus) {
    StringBuilder inputs = new StringBuilder();
    for (String s : corpus) {
      inputs.append(javaScriptString(s)).append(",\n");
    }
    // The page escapes what it writes into the DOM the same way (ASCII only, no & < >), so that
    // --dump-dom's HTML serialization adds no entities and nothing is lost on the way back.
    return """
        <!doctype html>
        <meta charset="utf-8">
        <title>Crosscheck origin oracle</title>
        <pre id="out"></pre>
        <script>
        const inputs = [
        %s];
        function esc(s) {
          let out = "";
          for (let i = 0; i < s.length; i++) {
            const c = s.charCodeAt(i);
            if (c === 0x5c) out += "\\\\\\\\";
            else if (c > 0x20 && c < 0x7f && c !== 0x26 && c !== 0x3c && c !== 0x3e) out += s[i];
            else out += "\\\\u" + c.toString(16).padStart(4, "0");
          }
          return out;
        }
        const lines = ["UA\\t" + esc(navigator.userAgent)];
        inputs.forEach((s, i) => {
          let answer;
          try {
            answer = "ORIGIN\\t" + esc(new URL(s).origin);
          } catch (e) {
            answer = "THROWS\\t" + esc(e.name);
          }
          lines.push(i + "\\t" + answer);
        });
        lines.push("%s\\t" + inputs.length);
        document.getElementById("out").textContent = lines.join("\\n");
        </script>
        """
        .formatted(inputs, DONE);
  }

  /** What the browser said about one input: its origin's serialization, or null when it threw. */
  public record Answer(String input, String origin) {
    public boolean threw() {
      return origin == null;
    }
  }

  /** The data file: the browser that answered, then one input and answer a line. */
  public record Data(String browser, List<Answer> answers) {}

  static final String THROWS = "THROWS";

  private static final String HEADER =
      """
      # What Chromium's URL parser makes of each input: new URL(input).origin, or THROWS.
      # Generated by tools/origin-oracle/run.sh from OriginOracleCorpus.java; do not edit by hand.
      # Columns: input, then the origin ("null" for an opaque one) or THROWS, tab-separated; in
      # both, backslash escapes \\t \\n \\r \\\\ and \\uXXXX (one UTF-16 unit) stand for the characters.
      """;

  static String dataFile(String browser, List<Answer> answers) {
    StringBuilder out = new StringBuilder(HEADER);
    out.append("# browser: ").append(browser).append('\n');
    for (Answer a : answers) {
      out.append(escape(a.input())).append('\t').append(a.threw() ? THROWS : escape(a.origin())).append('\n');
    }
    return out.toString();
  }

  public static Data readData(String text) {
    String browser = null;
    List<Answer> answers = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("# browser: ")) {
        browser = line.substring("# browser: ".length());
      } else if (!line.startsWith("#") && !line.isEmpty()) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 2) {
          throw new IllegalArgumentException("not two columns: " + line);
        }
        answers.add(new Answer(unescape(columns[0]), columns[1].equals(THROWS) ? null : unescape(columns[1])));
      }
    }
    if (browser == null) {
      throw new IllegalArgumentException("no \"# browser:\" line");
    }
    return new Data(browser, answers);
  }

  private static final Pattern OUT = Pattern.compile("<pre id=\"out\">(.*?)</pre>", Pattern.DOTALL);

  /** Pairs the browser's answers, read from the dumped DOM, with the corpus, checking every one is there. */
  static Data merge(List<String> corpus, String dom, String browserVersion) {
    Matcher m = OUT.matcher(dom);
    if (!m.find()) {
      throw new IllegalStateException("the dumped page has no results: did the script run?");
    }
    String[] lines = m.group(1).split("\n", -1);
    String userAgent = null;
    String[] origins = new String[corpus.size()];
    boolean[] seen = new boolean[corpus.size()];
    boolean done = false;
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f[0].equals("UA")) {
        userAgent = unescape(f[1]);
      } else if (f[0].equals(DONE)) {
        done = Integer.parseInt(f[1]) == corpus.size();
      } else {
        int i = Integer.parseInt(f[0]);
        seen[i] = true;
        origins[i] = f[1].equals("ORIGIN") ? unescape(f[2]) : null;
      }
    }
    for (int i = 0; i < seen.length; i++) {
      if (!seen[i]) {
        throw new IllegalStateException("no answer for entry " + i + ": " + escape(corpus.get(i)));
      }
    }
    if (!done) {
      throw new IllegalStateException("the page did not finish, or answered for another corpus");
    }
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      answers.add(new Answer(corpus.get(i), origins[i]));
    }
    return new Data(browserVersion + "; navigator.userAgent: " + userAgent, answers);
  }

  /**
   * {@code page OUT.html}: writes the page holding the corpus. {@code merge DOM.html VERSION
   * OUT.tsv}: reads the page as the browser dumped it and writes the data file.
   */
  public static void main(String[] args) throws IOException {
    List<String> corpus = corpus();
    if (args.length == 2 && args[0].equals("page")) {
      Files.writeString(Path.of(args[1]), page(corpus), StandardCharsets.UTF_8);
      System.out.println("corpus: " + corpus.size() + " entries");
    } else if (args.length == 4 && args[0].equals("merge")) {
      String dom = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
      Data data = merge(corpus, dom, args[2]);
      Files.writeString(Path.of(args[3]), dataFile(data.browser(), data.answers()), StandardCharsets.UTF_8);
      long threw = data.answers().stream().filter(Answer::threw).count();
      System.out.println("wrote " + data.answers().size() + " answers (" + threw + " THROWS) to " + args[3]);
    } else {
      System.err.println("usage: OriginOracleCorpus page OUT.html | merge DOM.html VERSION OUT.tsv");
      System.exit(2);
    }
  }
}
