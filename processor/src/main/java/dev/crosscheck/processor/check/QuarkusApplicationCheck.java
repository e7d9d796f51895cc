package dev.crosscheck.processor.check;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.Trees;
import dev.crosscheck.processor.report.Finding;
import dev.crosscheck.runtime.internal.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Quarkus REST deploys only the classes an {@code Application}'s {@code getClasses()} (or {@code
 * getSingletons()}) returns, as soon as it returns any: the generated filter, a {@code @Provider}
 * it would otherwise find, is then left out, and the application silently has no CORS. Reported
 * on the method, unless its body visibly names the generated filter (javac only: the Eclipse
 * compiler shows no method bodies to processors, so there the warning stands and
 * {@code @SuppressWarnings("CORS080")} acknowledges it).
 */
public final class QuarkusApplicationCheck {

  private static final Set<String> LISTING_METHODS = Set.of("getClasses", "getSingletons");

  private final Elements elements;
  private final Types types;
  private final Trees trees;

  /** @param trees javac's trees, or null where the compiler has none (the Eclipse compiler) */
  public QuarkusApplicationCheck(Elements elements, Types types, Trees trees) {
    this.elements = elements;
    this.types = types;
    this.trees = trees;
  }

  public List<Finding> check(List<TypeElement> candidates, boolean quarkusRest, String filterName) {
    List<Finding> findings = new ArrayList<>();
    TypeElement application = elements.getTypeElement("jakarta.ws.rs.core.Application");
    if (!quarkusRest || application == null) {
      return findings;
    }
    for (TypeElement type : candidates) {
      if (type.equals(application) || !types.isSubtype(types.erasure(type.asType()), types.erasure(application.asType()))) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (LISTING_METHODS.contains(method.getSimpleName().toString()) && method.getParameters().isEmpty()
            && !namesTheFilter(method, filterName)) {
          findings.add(Finding.at(Rule.QUARKUS_LISTED_CLASSES, method, type.getSimpleName() + "." + method.getSimpleName() + "()",
              filterName));
        }
      }
    }
    return findings;
  }

  private boolean namesTheFilter(ExecutableElement method, String filterName) {
    if (trees == null) {
      return false;
    }
    MethodTree tree = trees.getTree(method);
    return tree != null && tree.getBody() != null && tree.getBody().toString().contains(filterName);
  }
}
