package dev.crosscheck.runtime.internal.match;

import dev.crosscheck.runtime.internal.path.InvalidTemplateException;
import dev.crosscheck.runtime.internal.path.PathTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed and one compiled template per distinct text, for the time a route table is built:
 * a large application repeats a few method templates ({@code {id}}, {@code {id: \d+}}) in every
 * resource class, and each would otherwise keep its own parse and its own compiled regular
 * expression. Both are immutable, so the table shares them.
 */
public final class TemplateCache {

  private final Map<String, PathTemplate> parsed = new HashMap<>();
  private final Map<PathTemplate, CompiledTemplate> asPrefix = new HashMap<>();
  private final Map<PathTemplate, CompiledTemplate> whole = new HashMap<>();
  private final Map<PathTemplate, List<String>> segments = new HashMap<>();

  public PathTemplate parse(String pathValue) throws InvalidTemplateException {
    PathTemplate template = parsed.get(pathValue);
    if (template == null) {
      template = PathTemplate.parse(pathValue);
      parsed.put(pathValue, template);
    }
    return template;
  }

  /** @param prefix whether the template must match the start of a path (a resource or locator) */
  public CompiledTemplate compile(PathTemplate template, boolean prefix) {
    return (prefix ? asPrefix : whole).computeIfAbsent(template, t -> new CompiledTemplate(t, prefix));
  }

  /** {@link SegmentIndex#literalSegments}, worked out once per template. */
  public List<String> literalSegments(PathTemplate template) {
    return segments.computeIfAbsent(template, SegmentIndex::literalSegments);
  }
}
