package dev.crosscheck.runtime.internal.origin;

import java.io.IOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The Public Suffix List's own file format ({@code public_suffix_list.dat}, as published at
 * https://publicsuffix.org/list/) read into the rules the runtime ships: one rule a line, hosts in
 * Punycode, lower case, sorted, no duplicates. Both sections (ICANN and private) count.
 *
 * <p>Also a program, run by {@code tools/public-suffix-list/refresh.sh} as a single source file
 * (it needs nothing but the JDK): {@code java PublicSuffixListFile.java <list.dat> <resource>
 * <where the list came from>} writes the runtime's resource.
 */
final class PublicSuffixListFile {

  /** The resource's own header: what a line means, and where the rules came from. */
  private static final String HEADER = """
      # Public suffixes, one rule a line: a suffix, '*.' + a suffix whose every child is one, or
      # '!' + an exception to such a wildcard. Hosts in Punycode, sorted.
      # Source: the Public Suffix List (https://publicsuffix.org/, Mozilla Public License 2.0), both
      # sections, %s; written by tools/public-suffix-list/refresh.sh from
      # tools/public-suffix-list/public_suffix_list.dat, which PublicSuffixesTest keeps it equal to.
      """;

  private PublicSuffixListFile() {}

  /**
   * The rules of a list in the published format. Per the format, a line is read up to its first
   * white space, and lines starting with {@code //} are comments.
   *
   * @throws IllegalArgumentException for a rule the runtime cannot represent (a wildcard other than
   *     the leftmost label, which the list's format allows but has never used), naming its line
   */
  static List<String> rules(List<String> lines) {
    TreeSet<String> rules = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      int space = indexOfWhiteSpace(line);
      String rule = space < 0 ? line : line.substring(0, space);
      if (rule.isEmpty() || rule.startsWith("//")) {
        continue;
      }
      String prefix = rule.startsWith("!") ? "!" : rule.startsWith("*.") ? "*." : "";
      String domain = rule.substring(prefix.length());
      if (domain.contains("*") || domain.contains("!") || domain.isEmpty()) {
        throw new IllegalArgumentException("line " + (i + 1) + ": \"" + rule
            + "\": only the leftmost label may be a wildcard, and an exception starts with '!'");
      }
      rules.add(prefix + IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT));
    }
    return List.copyOf(rules);
  }

  private static int indexOfWhiteSpace(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isWhitespace(line.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The runtime's resource for a list: its header, then its rules. */
  static String resource(List<String> datLines, String provenance) {
    StringBuilder text = new StringBuilder(HEADER.formatted(provenance));
    rules(datLines).forEach(rule -> text.append(rule).append('\n'));
    return text.toString();
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: java PublicSuffixListFile.java <public_suffix_list.dat> <resource to write> <where the list came from>");
      System.exit(2);
    }
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    Path resource = Path.of(args[1]);
    List<String> before = Files.exists(resource) ? rules(withoutComments(Files.readAllLines(resource, StandardCharsets.UTF_8))) : List.of();
    List<String> after = rules(lines);
    Files.writeString(resource, resource(lines, args[2]), StandardCharsets.UTF_8);
    List<String> added = new ArrayList<>(after);
    added.removeAll(before);
    List<String> removed = new ArrayList<>(before);
    removed.removeAll(after);
    System.out.printf("%d rules (%d added, %d removed) written to %s%n", after.size(), added.size(), removed.size(), resource);
  }

  /** The resource's own comments start with '#', which the published format does not use. */
  private static List<String> withoutComments(List<String> resourceLines) {
    return resourceLines.stream().filter(l -> !l.startsWith("#")).toList();
  }
}
