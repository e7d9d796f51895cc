package dev.crosscheck.processor.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.source.util.Trees;
import dev.crosscheck.processor.report.SourceLocator.Location;
import dev.crosscheck.runtime.internal.rules.Rule;
import dev.crosscheck.runtime.internal.rules.Severity;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;

/**
 * The compilation's Crosscheck diagnostics as a SARIF 2.1.0 log (OASIS Static Analysis Results
 * Interchange Format), so that code-scanning dashboards show them beside other analysers'
 * findings: one result per diagnostic javac printed, at the same line and column, with the rule's
 * code as its id, and warnings silenced by {@code @SuppressWarnings} as suppressed results.
 *
 * <p>Files under the source root are named relative to it ({@code %SRCROOT%}), as GitHub code
 * scanning expects paths relative to the repository; others by absolute {@code file:} URI.
 */
public final class SarifLog {

  /** The processor option that asks for the log, with the file to write. */
  public static final String OPTION = "crosscheck.sarif";
  /** The directory paths are relative to; by default the compiler's working directory. */
  public static final String ROOT_OPTION = "crosscheck.sarif.root";

  static final String ROOT_ID = "SRCROOT";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Where a result is in the program: computed when it is recorded, as elements belong to their round. */
  private record Logical(String fullyQualifiedName, String kind) {}

  private record Result(Rule rule, String message, Optional<Location> location, Optional<Logical> element, boolean suppressed) {}

  private final SourceLocator locator;
  private final List<Result> results = new ArrayList<>();

  /** @param trees javac's trees, or null where the compiler has none (results then have no position) */
  public SarifLog(Trees trees) {
    this.locator = new SourceLocator(trees);
  }

  void add(Rule rule, String message, Element element, AnnotationMirror mirror, AnnotationValue value, boolean suppressed) {
    results.add(new Result(rule, withoutCode(rule, message), locator.locate(element, mirror, value),
        Optional.ofNullable(element).map(e -> new Logical(qualifiedName(e), logicalKind(e))), suppressed));
  }

  /** A result of no source element: located at {@code file} as a whole, or nowhere when it is null. */
  void addUnplaced(Rule rule, String message, Path file) {
    results.add(new Result(rule, withoutCode(rule, message),
        Optional.ofNullable(file).map(f -> Location.wholeFile(f.toAbsolutePath().toUri())), Optional.empty(), false));
  }

  /** The message without its {@code [CORSnnn]} prefix, which SARIF carries as the rule id. */
  private static String withoutCode(Rule rule, String message) {
    String prefix = "[" + rule.code() + "] ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  public void writeTo(Path file, Path root) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, JSON.writeValueAsString(document(root.toAbsolutePath().normalize())) + "\n", StandardCharsets.UTF_8);
  }

  ObjectNode document(Path root) {
    ObjectNode log = JSON.createObjectNode();
    log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "Crosscheck");
    Optional.ofNullable(SarifLog.class.getPackage().getImplementationVersion()).ifPresent(v -> driver.put("version", v));
    RuleHelp help = RuleHelp.load();
    ArrayNode rules = driver.putArray("rules");
    for (Rule rule : Rule.values()) {
      describe(rules.addObject(), rule, help);
    }
    run.putObject("originalUriBaseIds").putObject(ROOT_ID).put("uri", directoryUri(root));
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode out = run.putArray("results");
    for (Result result : results) {
      write(out.addObject(), result, root);
    }
    return log;
  }

  private static void describe(ObjectNode descriptor, Rule rule, RuleHelp help) {
    descriptor.put("id", rule.code());
    descriptor.put("name", pascalCase(rule.name()));
    RuleHelp.Help text = help.of(rule)
        .orElseThrow(() -> new IllegalStateException("docs/rules.md has no row for " + rule.code()));
    descriptor.putObject("shortDescription").put("text", text.checks().replace("`", ""));
    descriptor.putObject("fullDescription").put("text", rule.template().replace("%s", "…"));
    ObjectNode helpNode = descriptor.putObject("help");
    helpNode.put("text", text.text());
    helpNode.put("markdown", text.markdown());
    descriptor.putObject("defaultConfiguration").put("level", level(rule));
    ObjectNode properties = descriptor.putObject("properties");
    ArrayNode tags = properties.putArray("tags");
    tags.add("cors");
    rule.weakness().ifPresent(cwe -> {
      tags.add("security");
      // GitHub code scanning's convention for CWE tags, and its scale (0.0 to 10.0) for ranking
      // security findings: errors high (7.0 to 8.9), warnings medium (4.0 to 6.9).
      tags.add("external/cwe/" + cwe.toLowerCase(Locale.ROOT));
      properties.put("security-severity", rule.severity() == Severity.ERROR ? "7.5" : "5.0");
    });
  }

  private static void write(ObjectNode node, Result result, Path root) {
    node.put("ruleId", result.rule().code());
    node.put("ruleIndex", result.rule().ordinal());
    node.put("level", level(result.rule()));
    node.putObject("message").put("text", result.message());
    if (result.location().isPresent() || result.element().isPresent()) {
      ObjectNode location = node.putArray("locations").addObject();
      result.location().ifPresent(at -> {
        ObjectNode physical = location.putObject("physicalLocation");
        artifact(physical.putObject("artifactLocation"), at.file(), root);
        if (at.hasRegion()) {
          ObjectNode region = physical.putObject("region");
          region.put("startLine", at.line());
          region.put("startColumn", at.column());
        }
      });
      result.element().ifPresent(element -> {
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("fullyQualifiedName", element.fullyQualifiedName());
        logical.put("kind", element.kind());
      });
    }
    if (result.suppressed()) {
      ObjectNode suppression = node.putArray("suppressions").addObject();
      suppression.put("kind", "inSource");
      suppression.put("justification", "@SuppressWarnings(\"" + result.rule().code() + "\")");
    }
  }

  /** Relative to the root where the file is below it; an absolute URI otherwise. */
  private static void artifact(ObjectNode node, URI file, Path root) {
    if ("file".equals(file.getScheme())) {
      Path path = Path.of(file).toAbsolutePath().normalize();
      if (path.startsWith(root)) {
        node.put("uri", relativeUri(root.relativize(path)));
        node.put("uriBaseId", ROOT_ID);
        return;
      }
    }
    node.put("uri", file.toString());
  }

  /** A relative path as a URI reference, with what a URI may not hold percent-encoded. */
  private static String relativeUri(Path relative) {
    StringBuilder path = new StringBuilder();
    for (Path part : relative) {
      path.append(path.length() > 0 ? "/" : "").append(part);
    }
    try {
      return new URI(null, null, path.toString(), null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(relative.toString(), e);
    }
  }

  private static String directoryUri(Path root) {
    String uri = root.toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  private static String level(Rule rule) {
    return rule.severity() == Severity.ERROR ? "error" : "warning";
  }

  private static String pascalCase(String constant) {
    StringBuilder name = new StringBuilder();
    for (String word : constant.split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  private static String qualifiedName(Element element) {
    if (element instanceof QualifiedNameable named) {
      return named.getQualifiedName().toString();
    }
    Element owner = element.getEnclosingElement();
    String prefix = owner instanceof QualifiedNameable named ? named.getQualifiedName() + "." : "";
    if (element instanceof ExecutableElement method) {
      // Spelled out: compilers print methods differently (the Eclipse compiler with modifiers).
      StringJoiner parameters = new StringJoiner(",", "(", ")");
      method.getParameters().forEach(p -> parameters.add(p.asType().toString()));
      return prefix + method.getSimpleName() + parameters;
    }
    return prefix + element.getSimpleName();
  }

  private static String logicalKind(Element element) {
    if (element instanceof PackageElement) {
      return "namespace";
    }
    if (element instanceof ExecutableElement) {
      return "function";
    }
    return element.getKind() == ElementKind.PARAMETER ? "parameter"
        : element.getKind() == ElementKind.FIELD ? "member" : "type";
  }
}
