package dev.crosscheck.runtime.internal.match;

import dev.crosscheck.runtime.internal.path.PathTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Narrows the templates a path is tried against to those that can match it, in precedence order,
 * so that lookups stay flat as tables grow. A template whose leading segments are literal
 * ({@code api/orders/{id}}) can only match a path that starts with those very segments; the
 * index is a tree of literal segments, each node holding, in precedence order, the templates whose
 * literal segments end at or above it. A lookup descends along the path's segments, with one
 * hash probe per segment and no allocation.
 *
 * @param <T> what each template stands for
 */
public final class SegmentIndex<T> {

  private static final class Node {
    /** While the index is built; dropped once it is sealed, when {@link #childIndex} answers. */
    Map<String, Node> children = new LinkedHashMap<>();
    List<Integer> own = new ArrayList<>();
    RegionMap<Node> childIndex;
    List<Object> candidates;
  }

  /** The child index of every leaf: most nodes of a large table are leaves. */
  private static final RegionMap<Node> NO_CHILDREN = new RegionMap<>(Map.of());

  private final Node root = new Node();

  /** @param templates in precedence order; the values are returned in that order */
  public SegmentIndex(List<PathTemplate> templates, List<T> values) {
    for (int i = 0; i < templates.size(); i++) {
      Node node = root;
      for (String segment : literalSegments(templates.get(i))) {
        node = node.children.computeIfAbsent(segment, s -> new Node());
      }
      node.own.add(i);
    }
    seal(root, List.of(), values);
  }

  private void seal(Node node, List<Integer> inherited, List<T> values) {
    List<Integer> all = new ArrayList<>(inherited);
    all.addAll(node.own);
    all.sort(null);
    node.candidates = List.copyOf(all.stream().map(values::get).toList());
    node.childIndex = node.children.isEmpty() ? NO_CHILDREN : new RegionMap<>(node.children);
    for (Node child : node.children.values()) {
      seal(child, all, values);
    }
    node.children = null;
    node.own = null;
  }

  /** The encoded literal segments a template starts with, whole segments only. */
  private static List<String> literalSegments(PathTemplate template) {
    StringBuilder literal = new StringBuilder();
    boolean endsInVariable = false;
    for (PathTemplate.Part part : template.parts()) {
      if (part.isVariable()) {
        endsInVariable = true;
        break;
      }
      literal.append(part.literal());
    }
    List<String> segments = new ArrayList<>();
    if (literal.length() == 0) {
      return segments;
    }
    String[] pieces = PathTemplate.encodeLiteral(literal.toString()).split("/", -1);
    // The piece before a variable is only the start of a segment ("r1" of "r1{x}").
    int whole = endsInVariable ? pieces.length - 1 : pieces.length;
    for (int i = 0; i < whole; i++) {
      segments.add(pieces[i]);
    }
    return segments;
  }

  /**
   * The values whose templates may match {@code path[from, to)}, in precedence order. Walk it by
   * index: an iterator would be the only allocation of a lookup.
   */
  @SuppressWarnings("unchecked")
  public List<T> candidates(String path, int from, int to) {
    Node node = root;
    int position = from;
    while (position < to) {
      int end = path.indexOf('/', position);
      if (end < 0 || end > to) {
        end = to;
      }
      Node child = node.childIndex.get(path, position, end);
      if (child == null) {
        break;
      }
      node = child;
      position = end + 1;
    }
    return (List<T>) node.candidates;
  }
}
