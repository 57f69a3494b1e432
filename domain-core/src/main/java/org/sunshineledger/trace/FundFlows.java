package org.sunshineledger.trace;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sunshineledger.fund.Fund;
import org.sunshineledger.fund.FundSourceKind;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.FundingLine;
import org.sunshineledger.project.Project;

/**
 * A year's money as flows (资金流向): from each source to the townships' blocks, from blocks to
 * projects, from projects to the assets they formed — and what has not gone further yet: a fund not
 * cut into blocks, a block's balance, a project's money not formed into an asset. Every node but
 * the ends passes on exactly what it receives, so the flows reconcile to the fen.
 *
 * @param year the budget year
 * @param total the year's funds, all sources
 * @param nodes the nodes in the order they first appear
 * @param links the flows between them
 */
public record FundFlows(Year year, Money total, List<Node> nodes, List<Link> links) {

  /** What a node stands for. */
  public enum Kind {
    /** A fund source; {@code ref} is a {@link FundSourceKind} name. */
    SOURCE,
    /** A township; {@code ref} is its id. */
    TOWNSHIP,
    /** A project; {@code ref} is its id. */
    PROJECT,
    /** An asset; {@code ref} is its id. */
    ASSET,
    /** Funds of a source not yet cut into blocks; {@code ref} is the source. */
    UNALLOCATED,
    /** A township's blocks not yet drawn by projects; {@code ref} is the township's id. */
    BLOCK_BALANCE,
    /** A project's money not (yet) formed into an asset; {@code ref} is the project's id. */
    NOT_YET_ASSET
  }

  /**
   * A node.
   *
   * @param key a unique key, {@code kind:ref}
   * @param kind what it stands for
   * @param ref the id or name it refers to
   */
  public record Node(String key, Kind kind, String ref) {}

  /**
   * A flow between two nodes.
   *
   * @param from the key of the node it leaves
   * @param to the key of the node it enters
   * @param amount how much
   */
  public record Link(String from, String to, Money amount) {}

  /**
   * Freezes the lists.
   *
   * @param year the budget year
   * @param total the year's funds, all sources
   * @param nodes the nodes in the order they first appear
   * @param links the flows between them
   */
  public FundFlows {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
  }

  /**
   * The flows of one year's funds.
   *
   * @param chain the chain
   * @param year the year
   * @return the flows
   */
  public static FundFlows of(FundChain chain, Year year) {
    Builder flows = new Builder();
    Money total = Money.zero();
    List<Fund> funds =
        chain.funds().stream()
            .filter(f -> f.year().equals(year))
            .sorted((a, b) -> Long.compare(a.id().value(), b.id().value()))
            .toList();
    for (Fund fund : funds) {
      total = total.plus(fund.amount());
      Node source = flows.node(Kind.SOURCE, fund.source().name());
      for (TownshipBlock block : chain.blocksOf(fund.id())) {
        Node township = flows.node(Kind.TOWNSHIP, String.valueOf(block.township().value()));
        flows.link(source, township, block.amount());
        for (Project project : chain.projects()) {
          for (FundingLine line : project.fundingLines()) {
            if (line.block().equals(block.id())) {
              Node projectNode = flows.node(Kind.PROJECT, String.valueOf(project.id().value()));
              flows.link(township, projectNode, line.allocated());
              for (TracePath path : chain.intoAssets(fund, block, project, line.allocated())) {
                Node end =
                    path.asset() == null
                        ? flows.node(Kind.NOT_YET_ASSET, projectNode.ref())
                        : flows.node(Kind.ASSET, String.valueOf(path.asset().value()));
                flows.link(projectNode, end, path.amount());
              }
            }
          }
        }
        flows.link(township, flows.node(Kind.BLOCK_BALANCE, township.ref()), block.balance());
      }
      flows.link(source, flows.node(Kind.UNALLOCATED, source.ref()), chain.unallocated(fund.id()));
    }
    return new FundFlows(year, total, flows.nodes(), flows.links());
  }

  /**
   * What enters a node.
   *
   * @param key the node's key
   * @return the sum of the flows into it
   */
  public Money inflow(String key) {
    return links.stream()
        .filter(l -> l.to().equals(key))
        .map(Link::amount)
        .reduce(Money.zero(), Money::plus);
  }

  /**
   * What leaves a node.
   *
   * @param key the node's key
   * @return the sum of the flows out of it
   */
  public Money outflow(String key) {
    return links.stream()
        .filter(l -> l.from().equals(key))
        .map(Link::amount)
        .reduce(Money.zero(), Money::plus);
  }

  /**
   * Whether the flows reconcile: the sources send out the year's total, every township and project
   * passes on what it receives, and the ends together receive the total.
   *
   * @return true when every figure agrees to the fen
   */
  public boolean reconciles() {
    Money fromSources = Money.zero();
    Money intoEnds = Money.zero();
    for (Node node : nodes) {
      switch (node.kind()) {
        case SOURCE -> fromSources = fromSources.plus(outflow(node.key()));
        case TOWNSHIP, PROJECT -> {
          if (!inflow(node.key()).equals(outflow(node.key()))) {
            return false;
          }
        }
        default -> intoEnds = intoEnds.plus(inflow(node.key()));
      }
    }
    return fromSources.equals(total) && intoEnds.equals(total);
  }

  private static final class Builder {
    private final Set<Node> nodes = new LinkedHashSet<>();
    private final Map<List<String>, Money> links = new LinkedHashMap<>();

    Node node(Kind kind, String ref) {
      Node node = new Node(kind.name().toLowerCase() + ":" + ref, kind, ref);
      nodes.add(node);
      return node;
    }

    void link(Node from, Node to, Money amount) {
      if (!amount.isZero()) {
        links.merge(List.of(from.key(), to.key()), amount, Money::plus);
      }
    }

    List<Node> nodes() {
      Set<String> used = new LinkedHashSet<>();
      links.keySet().forEach(used::addAll);
      return nodes.stream().filter(n -> used.contains(n.key())).toList();
    }

    List<Link> links() {
      List<Link> result = new ArrayList<>(links.size());
      links.forEach((ends, amount) -> result.add(new Link(ends.get(0), ends.get(1), amount)));
      return result;
    }
  }
}
