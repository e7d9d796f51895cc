package dev.crosscheck.processor.generate;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.ModuleTree;
import com.sun.source.tree.ProvidesTree;
import com.sun.source.tree.RequiresTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What the named module a compilation builds declares: the modules it requires and the services
 * it provides, by name.
 *
 * <p>On javac it is read from the declaration's syntax tree, never from {@link
 * ModuleElement#getDirectives()}: on JDK 17, asking for the directives before the last round
 * checks every {@code provides} at once, and one that names a class this processor has not
 * written yet fails the build with "the service implementation does not have a default
 * constructor" (fixed in later JDKs). Elsewhere (the Eclipse compiler), and where the
 * declaration comes from a class file, the directives are read.
 */
public final class ModuleDeclaration {

  private final ModuleElement module;
  private final Set<String> requires;
  private final Map<String, Set<String>> provides;

  private ModuleDeclaration(ModuleElement module, Set<String> requires, Map<String, Set<String>> provides) {
    this.module = module;
    this.requires = requires;
    this.provides = provides;
  }

  /**
   * The declaration of the module {@code element} belongs to, or empty in the unnamed module (the
   * class path), where service files are read and every module is readable.
   *
   * @param trees javac's trees, or null on another compiler
   */
  public static Optional<ModuleDeclaration> of(Element element, Elements elements, Trees trees) {
    ModuleElement module = element == null ? null : elements.getModuleOf(element);
    if (module == null || module.isUnnamed()) {
      return Optional.empty();
    }
    TreePath path = trees == null ? null : trees.getPath(module);
    if (path != null && path.getLeaf() instanceof ModuleTree tree) {
      return Optional.of(fromSource(module, tree, path.getCompilationUnit()));
    }
    Set<String> requires = new LinkedHashSet<>();
    ElementFilter.requiresIn(module.getDirectives()).forEach(r -> requires.add(r.getDependency().getQualifiedName().toString()));
    Map<String, Set<String>> provides = new LinkedHashMap<>();
    for (ModuleElement.ProvidesDirective p : ElementFilter.providesIn(module.getDirectives())) {
      Set<String> names = provides.computeIfAbsent(p.getService().getQualifiedName().toString(), k -> new LinkedHashSet<>());
      p.getImplementations().forEach(i -> names.add(i.getQualifiedName().toString()));
    }
    return Optional.of(new ModuleDeclaration(module, requires, provides));
  }

  private static ModuleDeclaration fromSource(ModuleElement module, ModuleTree tree, CompilationUnitTree unit) {
    // A module declaration may name types by simple names its imports bring.
    Map<String, String> imported = new HashMap<>();
    for (ImportTree i : unit.getImports()) {
      String name = i.getQualifiedIdentifier().toString();
      if (!i.isStatic() && !name.endsWith(".*")) {
        imported.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
    Set<String> requires = new LinkedHashSet<>();
    Map<String, Set<String>> provides = new LinkedHashMap<>();
    for (var directive : tree.getDirectives()) {
      if (directive instanceof RequiresTree r) {
        requires.add(r.getModuleName().toString());
      } else if (directive instanceof ProvidesTree p) {
        Set<String> names = provides.computeIfAbsent(qualified(p.getServiceName().toString(), imported), k -> new LinkedHashSet<>());
        p.getImplementationNames().forEach(i -> names.add(qualified(i.toString(), imported)));
      }
    }
    return new ModuleDeclaration(module, requires, provides);
  }

  /** {@code Feature} imported as {@code jakarta.ws.rs.core.Feature}, {@code core.Feature} likewise by its first name. */
  private static String qualified(String written, Map<String, String> imported) {
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    String in = imported.get(first);
    return in == null ? written : in + (dot < 0 ? "" : written.substring(dot));
  }

  /** The module's element, where a problem of its declaration is reported. */
  public ModuleElement element() {
    return module;
  }

  public String name() {
    return module.getQualifiedName().toString();
  }

  /** Whether it requires {@code name} itself (not through another module). */
  public boolean requires(String name) {
    return requires.contains(name);
  }

  /**
   * The lines a module needs for the generated classes to load in it, those it lacks: it must read
   * the runtime (the generated code calls it) and provide the generated feature and table as
   * services, since a named module's service files are not read.
   *
   * @param feature the generated feature's canonical name
   * @param table the generated table's canonical name
   */
  public List<String> missingFor(String feature, String table) {
    List<String> missing = new ArrayList<>();
    if (!requires("dev.crosscheck.runtime")) {
      missing.add("requires dev.crosscheck.runtime;");
    }
    if (!provides.getOrDefault("jakarta.ws.rs.core.Feature", Set.of()).contains(feature)) {
      missing.add("provides jakarta.ws.rs.core.Feature with " + feature + ";");
    }
    if (!provides.getOrDefault(GeneratedCodeContract.PACKAGE + ".GeneratedTable", Set.of()).contains(table)) {
      missing.add("provides " + GeneratedCodeContract.PACKAGE + ".GeneratedTable with " + table + ";");
    }
    return missing;
  }
}
