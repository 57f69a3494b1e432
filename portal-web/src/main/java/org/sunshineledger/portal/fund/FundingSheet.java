package org.sunshineledger.portal.fund;

import static org.sunshineledger.portal.fund.FundChainNames.fundsById;
import static org.sunshineledger.portal.fund.FundChainNames.townshipName;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.fund.Fund;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.sheet.SheetCells;
import org.sunshineledger.portal.sheet.SheetColumn;
import org.sunshineledger.portal.sheet.SheetErrors;
import org.sunshineledger.portal.sheet.SheetImport;
import org.sunshineledger.portal.sheet.SheetParameters;
import org.sunshineledger.portal.sheet.SheetReader;
import org.sunshineledger.project.FundingLine;
import org.sunshineledger.project.Project;
import org.sunshineledger.region.District;
import org.sunshineledger.region.TownshipId;

/**
 * Funding and payments (资金安排和拨付台账) as townships keep them in Excel: one row per funding line, that
 * is a project and the township block it draws on, with the line's totals — what is allocated to
 * the project from the block, and what of it is paid out. A row whose totals are above the stored
 * line's allocates or pays the difference; a row equal to it changes nothing, so the list's export
 * sent back changes nothing; a row below it is refused, since money allocated or paid is corrected
 * by a document, not by a smaller figure. Every difference is checked against the programme's rules
 * before anything is stored, on the projects and blocks as they stand, rows of one block together:
 * a block's balance, the project's stage, a payment above its allocation.
 */
@ApplicationScoped
public class FundingSheet implements SheetImport<FundingSheet.LineChange> {
  static final String PROJECT = "项目编号";
  static final String NAME = "项目名称";
  static final String BLOCK = "资金切块";
  static final String ALLOCATED = "安排金额（元）";
  static final String DISBURSED = "已拨付金额（元）";

  /** A block as its label starts: its number, in any width of digits. */
  private static final Pattern BLOCK_NUMBER = Pattern.compile("^(\\d{1,18})(?:\\D.*)?$");

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;
  @Inject ProjectService projects;

  /**
   * What a row asks for beyond the stored line.
   *
   * @param project the project
   * @param block the block
   * @param allocate the amount to allocate now, zero for none
   * @param disburse the amount to pay now, zero for none
   */
  public record LineChange(long project, long block, Money allocate, Money disburse) {}

  @Override
  public String kind() {
    return "funding";
  }

  @Override
  public String titleKey() {
    return "imports.kind.funding";
  }

  /** Those who allocate blocks to projects and pay them: the district and the townships. */
  @Override
  public boolean mayImport(Actor actor) {
    return actor.role() == Role.DISTRICT_ADMIN || actor.role() == Role.TOWNSHIP_OFFICER;
  }

  @Override
  public String storedHref() {
    return "/projects";
  }

  @Override
  public List<SheetColumn> columns() {
    return List.of(
        SheetColumn.text(PROJECT, "必填：项目的编号（见项目清单或年度项目计划的导出）。", 10),
        SheetColumn.text(NAME, "可不填；填写时须与项目编号的名称一致，用于核对。", 30),
        new SheetColumn(
            BLOCK, "必填：从下拉列表选择资金切块，或只填切块编号。须是项目所涉镇街的切块。", List.copyOf(blockLabels().values()), 40),
        SheetColumn.text(
            ALLOCATED, "必填：该项目从此切块累计安排的金额，单位元，精确到分；可写“万元”。大于已安排的部分本次安排，等于则不变，不能调减。", 16),
        SheetColumn.text(DISBURSED, "累计已拨付的金额，不超过安排金额；留空为 0。大于已拨付的部分本次拨付（项目须已进入组织实施阶段），不能调减。", 16));
  }

  @Override
  public List<List<Object>> example() {
    return List.of(
        List.of(
            101,
            "黄泉村光伏电站",
            "12｜2019年中央财政专项扶贫资金·峨山镇",
            new BigDecimal("300000.00"),
            new BigDecimal("0")));
  }

  /** Every block's label, by number: its number, fund and township, as the drop-down shows it. */
  private Map<Long, String> blockLabels() {
    District district = regions.places().district();
    Map<Long, Fund> funds = fundsById(em);
    Map<Long, String> labels = new LinkedHashMap<>();
    for (TownshipBlockEntity block :
        em.createQuery(
                "SELECT b FROM TownshipBlockEntity b ORDER BY b.id", TownshipBlockEntity.class)
            .getResultList()) {
      TownshipBlock b = block.toDomain();
      Fund fund = funds.get(b.fund().value());
      labels.put(
          b.id().value(),
          b.id().value()
              + "｜"
              + (fund == null ? "" : fund.name())
              + "·"
              + townshipName(district, b.township().value()));
    }
    return labels;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public SheetReader.Checker<LineChange> checker(Actor actor, SheetParameters parameters) {
    Map<Long, Object[]> known = new HashMap<>();
    for (Object[] row :
        em.createQuery("SELECT p.id, p.name, p.leadTownshipId FROM ProjectEntity p", Object[].class)
            .getResultList()) {
      known.put((Long) row[0], row);
    }
    Map<Long, TownshipBlock> blocks = new HashMap<>();
    em.createQuery("SELECT b FROM TownshipBlockEntity b", TownshipBlockEntity.class)
        .getResultList()
        .forEach(b -> blocks.put(b.id(), b.toDomain()));
    return new Check(actor, known, blocks);
  }

  /** A row as read, before the rules run over the file. */
  private record Asked(int row, long project, long block, Money allocated, Money disbursed) {}

  private final class Check implements SheetReader.Checker<LineChange> {
    private final Actor actor;
    private final Map<Long, Object[]> known;
    private final Map<Long, TownshipBlock> blocks;
    private final SheetReader.Duplicates<List<Long>> lines = new SheetReader.Duplicates<>();
    private final List<Asked> asked = new ArrayList<>();

    Check(Actor actor, Map<Long, Object[]> known, Map<Long, TownshipBlock> blocks) {
      this.actor = actor;
      this.known = known;
      this.blocks = blocks;
    }

    @Override
    public void row(SheetCells c) {
      Long project = project(c);
      Long block = block(c);
      Money allocated = c.amount(ALLOCATED, true);
      // an empty cell is nothing paid yet; amount() gives null for it as for a wrong one
      Money disbursed = c.value(DISBURSED).isEmpty() ? Money.zero() : c.amount(DISBURSED, false);
      if (project == null || block == null || allocated == null || disbursed == null) {
        return;
      }
      if (!lines.first(
          c, BLOCK, List.of(project, block), PROJECT + " " + project + "，" + BLOCK + " " + block)) {
        return;
      }
      asked.add(new Asked(c.row(), project, block, allocated, disbursed));
    }

    private Long project(SheetCells c) {
      Integer id = c.integer(PROJECT, 1, Integer.MAX_VALUE);
      if (id == null) {
        return null;
      }
      Object[] project = known.get(id.longValue());
      if (project == null) {
        c.error(PROJECT, "sheet.project.unknown", id);
        return null;
      }
      String name = c.value(NAME);
      if (!name.isEmpty() && !name.equals(project[1])) {
        c.error(NAME, "sheet.funding.name", name, id, project[1]);
        return null;
      }
      if (!actor.mayWriteTo(new TownshipId((Long) project[2]))) {
        c.error(PROJECT, "sheet.outOfScope", PROJECT + " " + id + "（" + project[1] + "）");
        return null;
      }
      return id.longValue();
    }

    private Long block(SheetCells c) {
      String value = c.value(BLOCK);
      if (value.isEmpty()) {
        c.error(BLOCK, "sheet.required", BLOCK);
        return null;
      }
      Matcher number =
          BLOCK_NUMBER.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC).strip());
      TownshipBlock block = number.matches() ? blocks.get(Long.valueOf(number.group(1))) : null;
      if (block == null) {
        c.error(BLOCK, "sheet.funding.block", value);
        return null;
      }
      if (!actor.mayWriteTo(block.township())) {
        c.error(BLOCK, "sheet.outOfScope", value);
        return null;
      }
      return block.id().value();
    }

    /**
     * Runs the rows' differences through the projects and blocks as they stand, in the file's
     * order: what the store will do, refused here with the rule's figures.
     */
    @Override
    public List<LineChange> finish(SheetErrors errors) {
      Map<Long, Project> stored = new HashMap<>();
      for (ProjectEntity entity :
          ProjectEntity.some(em, asked.stream().map(Asked::project).distinct().toList())) {
        stored.put(entity.id(), entity.toDomain());
      }
      List<LineChange> changes = new ArrayList<>();
      for (Asked row : asked) {
        Project project = stored.get(row.project());
        TownshipBlock block = blocks.get(row.block());
        FundingLine line =
            project.fundingLines().stream()
                .filter(l -> l.block().equals(block.id()))
                .findFirst()
                .orElse(null);
        Money allocatedBefore = line == null ? Money.zero() : line.allocated();
        Money disbursedBefore = line == null ? Money.zero() : line.disbursed();
        if (allocatedBefore.isGreaterThan(row.allocated())) {
          errors.add(
              row.row(),
              ALLOCATED,
              "sheet.funding.reduced",
              ALLOCATED,
              yuan(allocatedBefore),
              yuan(row.allocated()));
          continue;
        }
        if (disbursedBefore.isGreaterThan(row.disbursed())) {
          errors.add(
              row.row(),
              DISBURSED,
              "sheet.funding.reduced",
              DISBURSED,
              yuan(disbursedBefore),
              yuan(row.disbursed()));
          continue;
        }
        Money allocate = row.allocated().minus(allocatedBefore);
        Money disburse = row.disbursed().minus(disbursedBefore);
        try {
          if (!allocate.isZero()) {
            project.fund(block, allocate);
          }
        } catch (DomainException e) {
          errors.refused(row.row(), ALLOCATED, e);
          continue;
        }
        try {
          if (!disburse.isZero()) {
            project.disburse(block.id(), disburse);
          }
        } catch (DomainException e) {
          errors.refused(row.row(), DISBURSED, e);
          continue;
        }
        changes.add(new LineChange(row.project(), row.block(), allocate, disburse));
      }
      return changes;
    }
  }

  private static BigDecimal yuan(Money money) {
    return money.toDecimal();
  }

  /** Allocates and pays what the rows ask for, in the file's order, in one transaction. */
  @Override
  @Transactional
  public void store(
      Actor actor,
      String source,
      SheetParameters parameters,
      List<LineChange> records,
      IntConsumer progress) {
    int stored = 0;
    for (LineChange change : records) {
      if (!change.allocate().isZero()) {
        projects.fund(
            actor, change.project(), change.block(), change.allocate(), OptionalLong.empty());
      }
      if (!change.disburse().isZero()) {
        projects.disburse(
            actor, change.project(), change.block(), change.disburse(), OptionalLong.empty());
      }
      progress.accept(++stored);
    }
  }

  /** The funding lines of the projects the official writes to, with their blocks' labels. */
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<List<Object>> export(Actor actor) {
    Map<Long, String> labels = blockLabels();
    List<List<Object>> rows = new ArrayList<>();
    for (ProjectEntity entity :
        ProjectEntity.whole(
                em.createQuery("SELECT p FROM ProjectEntity p ORDER BY p.id", ProjectEntity.class))
            .getResultList()) {
      if (!actor.mayWriteTo(new TownshipId(entity.leadTownshipId()))) {
        continue;
      }
      Project project = entity.toDomain();
      for (FundingLine line : project.fundingLines()) {
        rows.add(
            List.of(
                entity.id(),
                project.plan().name(),
                labels.getOrDefault(line.block().value(), String.valueOf(line.block().value())),
                yuan(line.allocated()),
                yuan(line.disbursed())));
      }
    }
    return rows;
  }
}
