package dev.crosscheck.processor.exposure;

import dev.crosscheck.processor.jaxrs.ElementRef;
import dev.crosscheck.processor.jaxrs.Endpoint;
import dev.crosscheck.processor.policy.GovernedEndpoint;
import dev.crosscheck.processor.policy.MergedPolicy;
import dev.crosscheck.processor.policy.WrittenPolicy;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.PolicyAttribute;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * What a compilation opens to other sites, endpoint by endpoint: the review artifact. Written as
 * {@code META-INF/crosscheck/exposure.json} (the schema is {@code docs/exposure.md}, version
 * {@value #VERSION}) and rendered as Markdown beside it, for people.
 */
public final class ExposureReport {

  public static final int VERSION = 1;
  public static final String JSON_PATH = "META-INF/crosscheck/exposure.json";
  public static final String MARKDOWN_PATH = "META-INF/crosscheck/exposure.md";

  private final List<ExposedEndpoint> endpoints;

  private ExposureReport(List<ExposedEndpoint> endpoints) {
    this.endpoints = endpoints;
  }

  /** The report of the endpoints of every round, in a stable order: by path, then HTTP method, then resource. */
  public static ExposureReport of(List<ExposedEndpoint> exposed) {
    List<ExposedEndpoint> endpoints = new ArrayList<>(exposed);
    endpoints.sort(Comparator.comparing(ExposedEndpoint::path).thenComparing(ExposedEndpoint::method)
        .thenComparing(ExposedEndpoint::resource));
    return new ExposureReport(List.copyOf(endpoints));
  }

  /** The checked endpoints of one round as the report lists them: names, which later rounds can look up. */
  public static List<ExposedEndpoint> entries(List<GovernedEndpoint> table, Elements elements) {
    List<ExposedEndpoint> endpoints = new ArrayList<>();
    // Where a policy is written on classes and packages only, every endpoint it governs names the
    // same writers: put into words once per policy (a policy on a method names "method" or "locator").
    Map<MergedPolicy, Writers> shared = new IdentityHashMap<>();
    for (GovernedEndpoint governed : table) {
      Endpoint endpoint = governed.endpoint();
      String path = "/" + withoutLeadingSlashes(endpoint.template().text());
      String resource = elements.getBinaryName(endpoint.resource()) + "#" + endpoint.method().getSimpleName();
      Optional<MergedPolicy> merged = governed.policy();
      CorsPolicy policy = governed.openPolicy().orElse(null);
      // The names of the reasons a preflight to it would be refused for.
      String closed = governed.closed().map(c -> c.refusal().label()).orElse(null);
      Writers writers = policy == null ? Writers.NONE
          : merged.get().contributors().stream().anyMatch(w -> w.element() instanceof ExecutableElement)
              ? Writers.of(merged.get(), policy, elements, endpoint.method())
              : shared.computeIfAbsent(merged.get(), m -> Writers.of(m, policy, elements, endpoint.method()));
      endpoints.add(new ExposedEndpoint(endpoint.httpMethod(), path, resource, policy, closed, writers.from(),
          ElementRef.of(endpoint.method()), writers.elements(),
          merged.map(m -> ElementRef.of(m.mostSpecific().element())).orElse(null)));
    }
    return endpoints;
  }

  /** For each attribute of an open policy, what wrote it, in words and as a name. */
  private record Writers(Map<String, String> from, Map<PolicyAttribute, ElementRef> elements) {
    static final Writers NONE = new Writers(Map.of(), Map.of());

    static Writers of(MergedPolicy merged, CorsPolicy policy, Elements elements, ExecutableElement method) {
      Map<String, String> from = new LinkedHashMap<>();
      Map<PolicyAttribute, ElementRef> writers = new EnumMap<>(PolicyAttribute.class);
      for (PolicyAttribute attribute : PolicyAttribute.values()) {
        if (attribute == PolicyAttribute.ORIGIN_SOURCE && policy.originSource() == null) {
          continue; // listed only where a policy has one, so that reports without sources stay as they were
        }
        Optional<WrittenPolicy> writer = merged.writer(attribute);
        writer.ifPresent(w -> writers.put(attribute, ElementRef.of(w.element())));
        from.put(attribute.annotationName(), writer.map(w -> w.site(elements, method)).orElse("default"));
      }
      return new Writers(Collections.unmodifiableMap(from), Collections.unmodifiableMap(writers));
    }
  }

  public List<ExposedEndpoint> endpoints() {
    return endpoints;
  }

  /** The JSON document: {@code schema}, {@code version}, then one object per endpoint. */
  public String json() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("schema", "crosscheck-exposure");
    document.put("version", VERSION);
    List<Map<String, Object>> entries = new ArrayList<>();
    for (ExposedEndpoint e : endpoints) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("method", e.method());
      entry.put("path", e.path());
      entry.put("resource", e.resource());
      entry.put("open", e.open());
      if (e.open()) {
        CorsPolicy p = e.policy();
        entry.put("origins", p.origins());
        entry.put("originPatterns", p.originPatterns());
        entry.put("credentials", p.allowCredentials());
        entry.put("allowedHeaders", p.allowedHeaders());
        entry.put("exposedHeaders", p.exposedHeaders());
        entry.put("maxAge", p.maxAge());
        entry.put("privateNetwork", p.allowPrivateNetwork());
        entry.put("acceptedRisks", p.acceptedRisks());
        if (p.originSource() != null) {
          entry.put("originSource", p.originSource());
        }
        entry.put("from", e.from());
      } else {
        entry.put("closed", e.closed());
      }
      entries.add(entry);
    }
    document.put("endpoints", entries);
    return PrettyJson.of(document);
  }

  /** The same for people: a summary line, then a table. */
  public String markdown() {
    long open = endpoints.stream().filter(ExposedEndpoint::open).count();
    StringBuilder md = new StringBuilder("# Cross-origin exposure\n\n")
        .append(open).append(" of ").append(endpoints.size()).append(" resource methods are open to other sites.\n\n")
        .append("| method | path | resource | open to | credentials | request headers | exposed headers | max-age | private network | accepted risks |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (ExposedEndpoint e : endpoints) {
      md.append("| ").append(e.method()).append(" | `").append(e.path()).append("` | `").append(e.resource()).append("` | ");
      if (!e.open()) {
        md.append("closed (").append(e.closed()).append(") | | | | | | |\n");
        continue;
      }
      CorsPolicy p = e.policy();
      List<String> to = new ArrayList<>(p.origins());
      to.addAll(p.originPatterns());
      if (p.originSource() != null) {
        to.add("origins from " + p.originSource());
      }
      md.append(cell(to)).append(" | ").append(p.allowCredentials() ? "yes" : "no").append(" | ")
          .append(cell(p.allowedHeaders())).append(" | ").append(cell(p.exposedHeaders())).append(" | ")
          .append(p.maxAge() == CorsPolicy.MAX_AGE_NOT_SENT ? "not sent" : p.maxAge() + " s").append(" | ")
          .append(p.allowPrivateNetwork() ? "yes" : "no").append(" | ").append(cell(p.acceptedRisks())).append(" |\n");
    }
    return md.toString();
  }

  /** Writes both files into the class output, so that they ship in the jar. */
  public void writeTo(Filer filer, Element... originating) throws IOException {
    write(filer, JSON_PATH, json(), originating);
    write(filer, MARKDOWN_PATH, markdown(), originating);
  }

  private static void write(Filer filer, String path, String text, Element[] originating) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originating);
    try (OutputStream out = file.openOutputStream()) {
      out.write(text.getBytes(StandardCharsets.UTF_8)); // at once: a writer encodes a report of megabytes char by char
    }
  }

  private static String withoutLeadingSlashes(String text) {
    int start = 0;
    while (start < text.length() && text.charAt(start) == '/') {
      start++;
    }
    return text.substring(start);
  }

  private static String cell(List<String> values) {
    return values.isEmpty() ? "" : "`" + String.join("`, `", values).replace("|", "\\|") + "`";
  }
}
