package dev.crosscheck.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import dev.crosscheck.processor.generate.CompilationIndex;
import dev.crosscheck.processor.generate.GeneratedCodeContract;
import dev.crosscheck.processor.generate.GeneratedRoute;
import dev.crosscheck.processor.exposure.ExposedEndpoint;
import dev.crosscheck.processor.exposure.ExposureLock;
import dev.crosscheck.processor.exposure.ExposureReport;
import dev.crosscheck.processor.generate.ModuleDeclaration;
import dev.crosscheck.processor.generate.TableWriter;
import dev.crosscheck.processor.jaxrs.ElementRef;
import dev.crosscheck.processor.jaxrs.JaxRsAnnotations;
import dev.crosscheck.processor.policy.PolicyAnnotations;
import dev.crosscheck.processor.report.Reporter;
import dev.crosscheck.processor.round.RoundChecks;
import dev.crosscheck.processor.report.SarifLog;
import dev.crosscheck.runtime.internal.rules.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks every {@code @CrossOrigin} policy of a compilation against the CORS rulebook and against
 * the JAX-RS resources it guards, and fails the build on unsafe or meaningless ones.
 *
 * <p>It looks at every round, because a package-level policy, or a supertype in another jar,
 * governs resource classes that carry no annotation of their own. It claims no annotation, so
 * other processors still see {@code @Path}.
 */
@AutoService(Processor.class)
public final class CrossOriginProcessor extends AbstractProcessor {

  private Reporter reporter;
  /** The SARIF log the build asked for with -Acrosscheck.sarif, else null. */
  private SarifLog sarif;
  private RoundChecks checks;
  private boolean generated;
  /** Root resource classes waiting for a type another processor may still generate, by name. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** The table's routes from every round so far: names and values, no element of the compiler's. */
  private final List<GeneratedRoute> routes = new ArrayList<>();
  /** The exposure report's endpoints from every round so far, likewise. */
  private final List<ExposedEndpoint> exposed = new ArrayList<>();

  /** javac's syntax trees, or null on a compiler without them (the Eclipse compiler). */
  private Trees trees;

  /** javac's view of method bodies, or null on a compiler without it (the Eclipse compiler). */
  private static Trees javacTrees(ProcessingEnvironment processingEnv) {
    try {
      return Trees.instance(processingEnv);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return null;
    }
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    reporter = new Reporter(processingEnv.getMessager());
    trees = javacTrees(processingEnv);
    if (hasValue(SarifLog.OPTION)) {
      sarif = new SarifLog(trees);
      reporter.recordIn(sarif);
    }
    checks = new RoundChecks(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), trees);
  }

  /**
   * Every round, whatever its annotations: a resource may take its {@code @Path} and its policy
   * from supertypes in another jar and carry no annotation of its own.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(TableWriter.PACKAGE_OPTION, ExposureLock.OPTION, ExposureLock.UPDATE_OPTION,
        SarifLog.OPTION, SarifLog.ROOT_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (Throwable t) {
      // A bug of ours must never crash javac: it becomes one error the user can report.
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      reporter.reportGlobally(Rule.PROCESSOR_FAILURE, "this compilation", trace);
    }
    if (round.processingOver() && sarif != null) {
      writeSarif();
    }
    return false;
  }

  /** An option given with a value, as in {@code -Acrosscheck.sarif=target/crosscheck.sarif}. */
  private boolean hasValue(String option) {
    String value = processingEnv.getOptions().get(option);
    return value != null && !value.isBlank();
  }

  /**
   * The options, once, before anything else: one that names a file does nothing without one, and
   * a package that is no package name cannot hold the filter. Each is an error (and no table is
   * written), rather than a check silently skipped.
   */
  private void checkOptions() {
    String pkg = processingEnv.getOptions().get(TableWriter.PACKAGE_OPTION);
    if (pkg != null && !SourceVersion.isName(pkg)) {
      reporter.reportGlobally(Rule.INVALID_OPTION, "-A" + TableWriter.PACKAGE_OPTION + "=" + pkg,
          "write a Java package name, such as -A" + TableWriter.PACKAGE_OPTION + "=com.example.api");
    }
    Map<String, String> examples = Map.of(SarifLog.OPTION, "target/crosscheck.sarif", SarifLog.ROOT_OPTION, ".",
        ExposureLock.OPTION, "cors-exposure.json");
    examples.forEach((option, example) -> {
      if (processingEnv.getOptions().containsKey(option) && !hasValue(option)) {
        reporter.reportGlobally(Rule.INVALID_OPTION, "-A" + option, "name a file, as in -A" + option + "=" + example);
      }
    });
  }

  /** The SARIF log, once every round has reported (javac runs the last round after errors too). */
  private void writeSarif() {
    String root = processingEnv.getOptions().get(SarifLog.ROOT_OPTION);
    try {
      sarif.writeTo(Path.of(processingEnv.getOptions().get(SarifLog.OPTION)), Path.of(root != null ? root : ""));
    } catch (IOException | RuntimeException e) {
      reporter.reportGlobally(Rule.PROCESSOR_FAILURE, "the SARIF log", e);
    }
  }

  /** Binary names of the classes that carry a policy annotation (on themselves or a member), all rounds. */
  private final Set<String> classesWithPolicies = new TreeSet<>();

  /**
   * In a partial compilation (the previous output on the class path), the root resources the
   * previous compilation had and this one does not compile, read from their class files, so that
   * the table keeps their routes and checks them with the recompiled ones; the classes that carry
   * a policy likewise. A class that is gone is dropped with its routes.
   */
  private List<TypeElement> earlierCompilation(List<TypeElement> types) {
    CompilationIndex earlier = CompilationIndex.read(processingEnv.getFiler());
    Set<String> compiled = new LinkedHashSet<>();
    types.forEach(t -> compiled.add(processingEnv.getElementUtils().getBinaryName(t).toString()));
    List<TypeElement> added = new ArrayList<>();
    for (String root : earlier.roots()) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(root.replace('$', '.'));
      if (type != null && !compiled.contains(root)) {
        added.add(type);
      }
    }
    for (String name : earlier.classesWithPolicies()) {
      if (!compiled.contains(name) && processingEnv.getElementUtils().getTypeElement(name.replace('$', '.')) != null) {
        classesWithPolicies.add(name);
      }
    }
    return added;
  }

  private boolean firstRound = true;

  private void processRound(RoundEnvironment round) {
    List<TypeElement> types = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    deferred.clear();
    Set<TypeElement> declared = new LinkedHashSet<>(types);
    collectTypes(round.getRootElements(), declared);
    types = sortedByName(declared, t -> t.getQualifiedName().toString());
    if (firstRound) {
      firstRound = false;
      checkOptions();
      // First, so that a conflict between an earlier class and a recompiled one is reported on
      // the recompiled one, which has a source to point at.
      types.addAll(0, earlierCompilation(types));
    }

    Set<Element> distinct = new LinkedHashSet<>();
    for (String name : List.of(PolicyAnnotations.CROSS_ORIGIN, PolicyAnnotations.NO_CROSS_ORIGIN)) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
      if (annotation != null) {
        distinct.addAll(round.getElementsAnnotatedWith(annotation));
      }
    }
    List<Element> annotated = sortedByName(distinct, Object::toString);
    for (Element element : annotated) {
      Element type = element instanceof TypeElement ? element : element.getEnclosingElement();
      if (type instanceof TypeElement t) {
        classesWithPolicies.add(processingEnv.getElementUtils().getBinaryName(t).toString());
      }
    }

    reporter.newRound();
    RoundChecks.Outcome outcome = checks.run(types, annotated, round.processingOver());
    reporter.report(outcome.findings());
    deferred.addAll(outcome.deferred());
    // What later rounds need of this one, by name: the compiler's elements belong to their round.
    routes.addAll(TableWriter.routes(outcome.endpoints(), processingEnv.getElementUtils()));
    exposed.addAll(ExposureReport.entries(outcome.endpoints(), processingEnv.getElementUtils()));
    if (round.processingOver() && !routes.isEmpty() && !reporter.hasErrors() && deferred.isEmpty()) {
      // The last round: the whole model, every round's resources in it.
      writeExposure();
    }
    if (round.processingOver()) {
      return;
    }
    if (generated) {
      outcome.endpoints().stream().map(e -> e.endpoint().root()).distinct()
          .forEach(root -> reporter.report(Rule.LATE_RESOURCES, root, root.getSimpleName()));
      return;
    }
    // Not written yet: in the first round where nothing is pending, whether or not this round
    // added routes (the one that was pending may have added none, as a locator to a plain type).
    List<GeneratedRoute> table = TableWriter.sorted(routes);
    // Only a clean model is written: the build fails anyway, and a half table must never deploy.
    if (reporter.hasErrors() || !deferred.isEmpty() || table.stream().allMatch(g -> g.route().policy() == null)) {
      return;
    }
    Optional<String> mismatch = GeneratedCodeContract.mismatch(processingEnv.getElementUtils());
    if (mismatch.isPresent()) {
      // What it would write could not run (or not compile): the build says which versions to align.
      reporter.reportGlobally(Rule.RUNTIME_CONTRACT_MISMATCH, mismatch.get());
      return;
    }
    // A package option that is no package name was reported in the first round: no table then.
    Optional<String> pkg = Optional.ofNullable(processingEnv.getOptions().get(TableWriter.PACKAGE_OPTION));
    TableWriter writer = new TableWriter(processingEnv.getFiler(), processingEnv.getElementUtils(), trees);
    Optional<ModuleDeclaration> module = writer.module(table);
    if (module.isPresent()) {
      String generatedPackage = TableWriter.packageOf(table, pkg);
      List<String> missing = module.get().missingFor(TableWriter.featureName(generatedPackage), TableWriter.tableName(generatedPackage));
      if (!missing.isEmpty()) {
        // A named module reads no service file: without these lines nothing would load the filter.
        reporter.report(Rule.MODULE_LACKS_GENERATED_SERVICES, module.get().element(), module.get().name(),
            missing.stream().map(line -> "\n    " + line).collect(java.util.stream.Collectors.joining()));
        return;
      }
    }
    try {
      writer.write(table, pkg, List.copyOf(classesWithPolicies), module);
      generated = true;
    } catch (FilerException e) {
      // The Eclipse batch compiler refuses to create a source whose class the class path already
      // has: in a partial compile, the previous build's filter.
      reporter.reportGlobally(Rule.STALE_GENERATED_CLASS, e.getMessage());
    } catch (IOException e) {
      reporter.reportGlobally(Rule.PROCESSOR_FAILURE, "the generated filter", e);
    }
  }

  private void writeExposure() {
    Set<ElementRef> names = new LinkedHashSet<>();
    routes.forEach(r -> names.addAll(r.sources()));
    Element[] originating = names.stream().map(n -> n.resolve(processingEnv.getElementUtils())).filter(Objects::nonNull)
        .distinct().toArray(Element[]::new);
    try {
      ExposureReport report = ExposureReport.of(exposed);
      report.writeTo(processingEnv.getFiler(), originating);
      String lock = processingEnv.getOptions().get(ExposureLock.OPTION);
      if (hasValue(ExposureLock.OPTION)) {
        checkLock(Path.of(lock), report);
      }
    } catch (IOException e) {
      reporter.reportGlobally(Rule.PROCESSOR_FAILURE, "the exposure report", e);
    }
  }

  /** Records the exposure in the lock file, or fails the build on each way it differs. */
  private void checkLock(Path lock, ExposureReport report) throws IOException {
    if ("true".equals(processingEnv.getOptions().get(ExposureLock.UPDATE_OPTION))) {
      ExposureLock.update(lock, report);
      return;
    }
    if (!Files.isRegularFile(lock)) {
      reporter.reportAt(lock, Rule.EXPOSURE_LOCK_MISSING, lock);
      return;
    }
    Elements elements = processingEnv.getElementUtils();
    for (ExposureLock.Change change : ExposureLock.compare(Files.readString(lock, StandardCharsets.UTF_8), report)) {
      // The model is from every round; the names are looked up in this one, where javac places messages.
      Element element = change.site() != null ? change.site().resolve(elements)
          : change.element() != null ? change.element().resolve(elements) : null;
      if (element != null) {
        reporter.report(Rule.EXPOSURE_CHANGED, element,
            change.site() == null ? Optional.empty() : JaxRsAnnotations.find(element, PolicyAnnotations.CROSS_ORIGIN),
            change.description(), lock);
      } else {
        reporter.reportAt(lock, Rule.EXPOSURE_CHANGED, change.description(), lock);
      }
    }
  }

  /** Every type declared in the round's sources, nested ones included. */
  private static void collectTypes(Iterable<? extends Element> roots, Set<TypeElement> into) {
    for (Element element : roots) {
      if (element instanceof TypeElement type) {
        into.add(type);
        collectTypes(type.getEnclosedElements(), into);
      }
    }
  }

  /** Sorted by a name each is asked for once (a compiler element puts itself into words anew each time). */
  private static <E> List<E> sortedByName(Collection<E> elements, Function<E, String> name) {
    Map<E, String> names = new HashMap<>();
    elements.forEach(e -> names.put(e, name.apply(e)));
    List<E> sorted = new ArrayList<>(elements);
    sorted.sort(Comparator.comparing(names::get));
    return sorted;
  }
}
