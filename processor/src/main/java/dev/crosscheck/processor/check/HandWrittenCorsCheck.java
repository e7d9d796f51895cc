package dev.crosscheck.processor.check;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.crosscheck.processor.jaxrs.JaxRsAnnotations;
import dev.crosscheck.processor.report.Finding;
import dev.crosscheck.runtime.internal.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * CORS response headers written by hand (CORS086): in a filter or a resource of the compilation,
 * a call such as {@code headers.add("Access-Control-Allow-Origin", ...)}, {@code
 * Response.ok().header(...)} or a servlet filter's {@code setHeader(...)} whose header name, a
 * literal or a constant, is one of CORS's response headers. Such a layer answers beside the
 * checked policies; a value read from the request's {@code Origin} header allows every origin.
 *
 * <p>Read from method bodies through javac's tree API. The Eclipse compiler shows processors no
 * method bodies, so there this check finds nothing (the running filter still warns, once per route
 * and header, when another layer's headers appear on a response it answers).
 */
public final class HandWrittenCorsCheck {

  private static final Set<String> WRITING_METHODS = Set.of("add", "addAll", "put", "putSingle", "header", "setHeader",
      "addHeader");
  private static final Set<String> READING_METHODS = Set.of("getHeaderString", "getHeader", "getFirst", "getRequestHeader",
      "getHeaders");
  private static final List<String> FILTERS = List.of("jakarta.ws.rs.container.ContainerRequestFilter",
      "jakarta.ws.rs.container.ContainerResponseFilter", "jakarta.servlet.Filter", "javax.servlet.Filter");

  private final Elements elements;
  private final Types types;
  private final Trees trees;

  /** @param trees javac's trees, or null where the compiler has none: then the check finds nothing */
  public HandWrittenCorsCheck(Elements elements, Types types, Trees trees) {
    this.elements = elements;
    this.types = types;
    this.trees = trees;
  }

  public List<Finding> check(List<TypeElement> candidates) {
    List<Finding> findings = new ArrayList<>();
    if (trees == null) {
      return findings;
    }
    List<TypeMirror> filters = new ArrayList<>();
    for (String name : FILTERS) {
      TypeElement filter = elements.getTypeElement(name);
      if (filter != null) {
        filters.add(types.erasure(filter.asType()));
      }
    }
    for (TypeElement type : candidates) {
      if (type.getKind() != ElementKind.CLASS || !(isFilter(type, filters) || isResource(type))) {
        continue;
      }
      // The class's path once, and its methods' from it: javac finds an element's path by walking
      // its compilation unit, which per method made this check quadratic in the size of a class.
      TreePath classPath = trees.getPath(type);
      if (classPath == null || !(classPath.getLeaf() instanceof ClassTree declaration)) {
        continue;
      }
      for (Tree member : declaration.getMembers()) {
        if (member instanceof MethodTree) {
          TreePath path = new TreePath(classPath, member);
          if (trees.getElement(path) instanceof ExecutableElement method && method.getKind() == ElementKind.METHOD) {
            new Scanner(method, findings).scan(path, null);
          }
        }
      }
    }
    return findings;
  }

  private boolean isFilter(TypeElement type, List<TypeMirror> filters) {
    TypeMirror erased = types.erasure(type.asType());
    for (TypeMirror filter : filters) {
      if (types.isSubtype(erased, filter)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isResource(TypeElement type) {
    return JaxRsAnnotations.path(type).isPresent()
        || ElementFilter.methodsIn(type.getEnclosedElements()).stream().anyMatch(JaxRsAnnotations::hasJaxRsAnnotations);
  }

  /** The calls of one method body that write a CORS response header. */
  private final class Scanner extends TreePathScanner<Void, Void> {
    private final ExecutableElement method;
    private final List<Finding> findings;
    /** Local variables whose initial value reads the request's Origin header. */
    private final Map<String, Boolean> readsOrigin = new HashMap<>();

    Scanner(ExecutableElement method, List<Finding> findings) {
      this.method = method;
      this.findings = findings;
    }

    @Override
    public Void visitVariable(VariableTree variable, Void unused) {
      if (variable.getInitializer() != null && readsOrigin(variable.getInitializer())) {
        readsOrigin.put(variable.getName().toString(), true);
      }
      return super.visitVariable(variable, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      String name = calledName(call.getMethodSelect());
      if (name != null && WRITING_METHODS.contains(name) && call.getArguments().size() >= 2) {
        String header = stringValue(call.getArguments().get(0));
        if (header != null && isCorsResponseHeader(header)) {
          ExpressionTree value = call.getArguments().get(1);
          boolean reflected = readsOrigin(value)
              || (value instanceof IdentifierTree id && readsOrigin.containsKey(id.getName().toString()));
          findings.add(Finding.at(Rule.HAND_WRITTEN_CORS_HEADER, method,
              method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()", header,
              reflected ? ", with the request's Origin as its value (that allows every origin that asks: the classic"
                  + " reflected-origin hole)" : ""));
        }
      }
      return super.visitMethodInvocation(call, unused);
    }

    /** Whether the expression reads the request's {@code Origin} header: {@code getHeaderString("Origin")} and the like. */
    private boolean readsOrigin(Tree expression) {
      boolean[] found = {false};
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
          String name = calledName(call.getMethodSelect());
          if (name != null && READING_METHODS.contains(name) && call.getArguments().size() == 1
              && "origin".equalsIgnoreCase(stringValue(call.getArguments().get(0)))) {
            found[0] = true;
          }
          return super.visitMethodInvocation(call, unused);
        }
      }.scan(new TreePath(getCurrentPath(), expression), null);
      return found[0];
    }

    /** A string literal's value, or a constant's, else null. */
    private String stringValue(ExpressionTree expression) {
      if (expression instanceof LiteralTree literal) {
        return literal.getValue() instanceof String s ? s : null;
      }
      if (expression instanceof IdentifierTree || expression instanceof MemberSelectTree) {
        Element element = trees.getElement(new TreePath(getCurrentPath(), expression));
        if (element instanceof VariableElement variable && variable.getConstantValue() instanceof String s) {
          return s;
        }
      }
      return null;
    }
  }

  private static String calledName(ExpressionTree select) {
    if (select instanceof MemberSelectTree member) {
      return member.getIdentifier().toString();
    }
    if (select instanceof IdentifierTree identifier) {
      return identifier.getName().toString();
    }
    return null;
  }

  /** {@code Access-Control-Allow-*}, {@code Access-Control-Expose-Headers}, {@code Access-Control-Max-Age}, any case. */
  static boolean isCorsResponseHeader(String header) {
    String h = header.toLowerCase(Locale.ROOT);
    return h.startsWith("access-control-allow-") || h.equals("access-control-expose-headers")
        || h.equals("access-control-max-age");
  }
}
