package dev.crosscheck.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The build-cost section of BENCHMARKS.md: javac with and without the processor, with a processor
 * that does nothing (the floor any processor pays), and, when results/before-compact-table.json
 * holds a run of the processor that wrote one statement per route, that run beside this one.
 */
final class BuildCostSection {

  static final String WITHOUT = "without processor (-proc:none)";
  static final String WITH = "with processor";
  static final String ALONE = "processor alone (-proc:only)";
  static final String EMPTY = "empty processor";

  private final Map<String, Object> build;
  private final Map<String, Object> before;

  /** @param before the same benchmark with the earlier processor, or null */
  BuildCostSection(Map<String, Object> build, Map<String, Object> before) {
    this.build = build;
    this.before = before;
  }

  /** The median of a variant, NaN if the run did not measure it. */
  static double median(Map<String, Object> build, String variant) {
    Object value = Json.object(build.get("medianMillis")).get(variant);
    return value == null ? Double.NaN : Json.number(value);
  }

  /** The key finding's sentence. */
  String finding() {
    double without = median(build, WITHOUT);
    double with = median(build, WITH);
    double empty = median(build, EMPTY);
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "**The processor is the largest cost Crosscheck "
        + "adds, and it is at build time.** On %s resource classes javac takes %,.0f ms without it and %,.0f ms with "
        + "it (%.2f×)", Render.number(Json.number(build.get("classes"))), without, with, with / without));
    if (!Double.isNaN(empty)) {
      text.append(String.format(Locale.ROOT, "; a processor that does nothing at all already takes %,.0f ms (%.2f×), "
          + "as javac enters every class again once any processor has run", empty, empty / without));
    }
    if (before != null) {
      text.append(String.format(Locale.ROOT, "; with one statement per route in the generated table it took %,.0f ms "
          + "(%.2f×)", median(before, WITH), median(before, WITH) / median(before, WITHOUT)));
    }
    return text.append(" (see [build cost](#build-cost)).").toString();
  }

  void render(StringBuilder md) {
    md.append("## Build cost\n\n")
        .append("Wall-clock time of a cold `javac` (a new process each time, as a build's compilation starts) over ")
        .append(Render.number(Json.number(build.get("classes")))).append(" generated resource classes (")
        .append(Render.number(Json.number(build.get("paths")))).append(" annotated paths, ")
        .append(Render.number(Json.number(build.get("resourceMethods")))).append(" resource methods), median of ")
        .append(Render.number(Json.number(build.get("repetitions")))).append(" interleaved runs, ")
        .append(build.get("javac")).append(". The generated filter for them is ")
        .append(Render.number(Json.number(build.get("generatedFilterLines")))).append(" lines.\n\n");
    table(md, build);
    md.append("\nThe empty processor claims `@CrossOrigin` and does nothing: what javac costs once any processor ")
        .append("runs. javac then enters every class a second time for its final round, and a third time when a ")
        .append("processor writes a source, so no processor that generates code can cost less than that row. ")
        .append("The difference between \"with processor\" and \"processor alone\" is javac compiling the classes ")
        .append("and what the processor wrote: the filter, whose route table is text, one line per resource method, ")
        .append("which javac compiles as a few string constants.\n\n");
    if (before != null) {
      md.append("Before the table was text, the generated filter had one statement per route (")
          .append(Render.number(Json.number(before.get("generatedFilterLines"))))
          .append(" lines), measured the same way in the same session (`results/before-compact-table.json`):\n\n");
      table(md, before);
      md.append('\n');
    }
  }

  private static void table(StringBuilder md, Map<String, Object> run) {
    md.append("| javac | median | × without | runs |\n|---|---:|---:|---|\n");
    double without = median(run, WITHOUT);
    for (var entry : Json.object(run.get("medianMillis")).entrySet()) {
      double ms = Json.number(entry.getValue());
      List<String> runs = new ArrayList<>();
      for (Object r : Json.array(Json.object(run.get("millis")).get(entry.getKey()))) {
        runs.add(Render.number(Json.number(r)));
      }
      md.append("| ").append(entry.getKey()).append(" | ").append(String.format(Locale.ROOT, "%,.0f ms", ms))
          .append(" | ").append(String.format(Locale.ROOT, "%.2f", ms / without))
          .append(" | ").append(String.join(", ", runs)).append(" ms |\n");
    }
  }
}
