package dev.crosscheck.processor.report;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Where javac prints a diagnostic, as file, line and column, for reports written beside its output
 * (SARIF). The Messager places a message but does not say where; this asks javac's trees for the
 * same place (javac's "preferred position"): the start of a literal or annotation, the dot or
 * operator of a value that is an operation, the name of a declaration (after its modifiers).
 *
 * <p>On a compiler without javac's trees (the Eclipse compiler) there is no position to give.
 */
final class SourceLocator {

  /**
   * A place in a file; line and column count from 1, the column in UTF-16 code units, and are
   * {@link Diagnostic#NOPOS} for the file as a whole.
   */
  record Location(URI file, long line, long column) {
    static Location wholeFile(URI file) {
      return new Location(file, Diagnostic.NOPOS, Diagnostic.NOPOS);
    }

    boolean hasRegion() {
      return line != Diagnostic.NOPOS;
    }
  }

  private final Trees trees;

  /** @param trees javac's trees, or null where the compiler has none */
  SourceLocator(Trees trees) {
    this.trees = trees;
  }

  Optional<Location> locate(Element element, AnnotationMirror mirror, AnnotationValue value) {
    if (trees == null || element == null) {
      return Optional.empty();
    }
    TreePath path;
    try {
      path = value != null ? trees.getPath(element, mirror, value)
          : mirror != null ? trees.getPath(element, mirror)
          : trees.getPath(element);
    } catch (RuntimeException notFromSource) {
      return Optional.empty();
    }
    if (path == null) {
      return Optional.empty();
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    Tree leaf = path.getLeaf();
    long position = mirror == null ? namePosition(unit, leaf, element)
        : value != null ? operatorPosition(unit, leaf) : Diagnostic.NOPOS;
    if (position == Diagnostic.NOPOS) {
      position = trees.getSourcePositions().getStartPosition(unit, leaf);
    }
    if (position == Diagnostic.NOPOS) {
      return Optional.empty();
    }
    return Optional.of(new Location(unit.getSourceFile().toUri(),
        unit.getLineMap().getLineNumber(position), unit.getLineMap().getColumnNumber(position)));
  }

  /**
   * Where javac places a value that is an operation: at the dot of {@code Risk.INSECURE_ORIGIN}, at
   * the operator of {@code "https://" + HOST}; {@link Diagnostic#NOPOS} for any other value.
   */
  private long operatorPosition(CompilationUnitTree unit, Tree leaf) {
    Tree left;
    String operator;
    if (leaf instanceof MemberSelectTree select) {
      left = select.getExpression();
      operator = ".";
    } else if (leaf instanceof BinaryTree binary) {
      left = binary.getLeftOperand();
      operator = OPERATORS.get(binary.getKind());
    } else {
      return Diagnostic.NOPOS;
    }
    return operator == null ? Diagnostic.NOPOS : indexAfter(unit, operator, trees.getSourcePositions().getEndPosition(unit, left));
  }

  private static final Map<Tree.Kind, String> OPERATORS = Map.of(Tree.Kind.PLUS, "+", Tree.Kind.MINUS, "-",
      Tree.Kind.MULTIPLY, "*", Tree.Kind.DIVIDE, "/", Tree.Kind.OR, "|", Tree.Kind.AND, "&");

  /** Where {@code text} first occurs in the unit's source at or after {@code start}, else NOPOS. */
  private static long indexAfter(CompilationUnitTree unit, String text, long start) {
    if (start == Diagnostic.NOPOS) {
      return Diagnostic.NOPOS;
    }
    try {
      int found = unit.getSourceFile().getCharContent(true).toString().indexOf(text, (int) start);
      return found < 0 ? Diagnostic.NOPOS : found;
    } catch (IOException unreadable) {
      return Diagnostic.NOPOS;
    }
  }

  /**
   * Where a declaration's name starts: the first occurrence of the name after its modifiers (and,
   * for a method, its return type), or {@link Diagnostic#NOPOS} for any other tree.
   */
  private long namePosition(CompilationUnitTree unit, Tree leaf, Element element) {
    SourcePositions positions = trees.getSourcePositions();
    String name;
    long after;
    if (leaf instanceof ClassTree type) {
      name = type.getSimpleName().toString();
      after = positions.getEndPosition(unit, type.getModifiers());
    } else if (leaf instanceof MethodTree method) {
      // A constructor is named by its class.
      name = (method.getName().contentEquals("<init>") ? element.getEnclosingElement().getSimpleName() : method.getName()).toString();
      Tree before = method.getReturnType() != null ? method.getReturnType() : method.getModifiers();
      after = positions.getEndPosition(unit, before);
    } else if (leaf instanceof VariableTree variable) {
      name = variable.getName().toString();
      after = positions.getEndPosition(unit, variable.getType());
    } else {
      return Diagnostic.NOPOS;
    }
    if (name == null || name.isEmpty()) {
      return Diagnostic.NOPOS;
    }
    return indexAfter(unit, name, Math.max(after, positions.getStartPosition(unit, leaf)));
  }
}
