package org.sunshineledger.portal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.charity.Need;
import org.sunshineledger.charity.NeedCategory;
import org.sunshineledger.charity.NeedRules;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.sheet.SheetCells;
import org.sunshineledger.portal.sheet.SheetColumn;
import org.sunshineledger.portal.sheet.SheetErrors;
import org.sunshineledger.portal.sheet.SheetImport;
import org.sunshineledger.portal.sheet.SheetParameters;
import org.sunshineledger.portal.sheet.SheetReader;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.Village;

/**
 * The board's needs of a village as the village keeps them in Excel: one row per need, the village
 * by township and name, the household (its number in the portal) or none for a need of the whole
 * village, the category, item, quantity, unit price, urgency and the date it is needed by. A row
 * without a 需求编号 posts a new need, waiting for the township's verification; a row with one is a
 * need already posted, left alone when it is as posted (so the export sent back changes nothing)
 * and refused when changed, since a posted need is changed by cancelling it, not by a file. Rows of
 * a village the official may not write to are errors, as are needs repeated in the file and unit
 * prices above the category's cap.
 */
@ApplicationScoped
public class NeedSheet implements SheetImport<NeedSheet.NeedRow> {
  static final String ID = "需求编号";
  static final String TOWNSHIP = "镇街";
  static final String VILLAGE = "村（居）";
  static final String HOUSEHOLD = "受助户编号";
  static final String CATEGORY = "类别";
  static final String ITEM = "物品或用途";
  static final String QUANTITY = "数量";
  static final String PRICE = "单价（元）";
  static final String URGENCY = "紧急程度";
  static final String DEADLINE = "需要日期";

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;
  @Inject HouseholdDirectory households;
  @Inject BoardService board;

  /**
   * A checked row: a need to post.
   *
   * @param village the village's id
   * @param household the household's id, or null for the village
   * @param category the category
   * @param item the item
   * @param quantity the units asked for
   * @param unitPrice a unit's price
   * @param urgency 1 to 5
   * @param deadline the date it is needed by
   */
  public record NeedRow(
      long village,
      Long household,
      NeedCategory category,
      String item,
      long quantity,
      Money unitPrice,
      int urgency,
      LocalDate deadline) {}

  @Override
  public String kind() {
    return "needs";
  }

  @Override
  public String titleKey() {
    return "imports.kind.needs";
  }

  @Override
  public boolean mayImport(Actor actor) {
    return actor.role() == Role.DISTRICT_ADMIN
        || actor.role() == Role.TOWNSHIP_OFFICER
        || actor.role() == Role.VILLAGE_OFFICER;
  }

  @Override
  public String storedHref() {
    return "/board";
  }

  @Override
  public List<SheetColumn> columns() {
    District district = regions.places().district();
    return List.of(
        SheetColumn.text(ID, "新需求留空；已发布的需求（见导出清单）保持原样即可，不能通过导入修改。", 10),
        SheetColumn.choice(
            TOWNSHIP, "必填。", district.townships().stream().map(Township::name).toList()),
        new SheetColumn(
            VILLAGE,
            "必填，须属于所填镇街。",
            district.villages().stream().map(Village::name).distinct().toList(),
            14),
        SheetColumn.text(HOUSEHOLD, "受助户在本平台的编号；全村需求留空。", 12),
        SheetColumn.choice(
            CATEGORY,
            "必填，从下拉列表选择。",
            Arrays.stream(NeedCategory.values()).map(NeedCategory::chineseName).toList()),
        SheetColumn.text(ITEM, "必填，如 棉被、助学金，至多100字。", 20),
        SheetColumn.text(QUANTITY, "必填，正整数；现金类的数量为分。", 10),
        SheetColumn.text(PRICE, "必填，单位元，精确到分；现金类填 0.01。不得超过该类别的单价上限。", 12),
        SheetColumn.choice(URGENCY, "必填，1（不急）到 5（最急）。", List.of("1", "2", "3", "4", "5")),
        SheetColumn.text(DEADLINE, "必填，如 2019-12-01、2019/12/1 或 2019年12月1日。", 14));
  }

  @Override
  public List<List<Object>> example() {
    return List.of(
        List.of(
            "",
            "峨山镇",
            "黄泉村",
            "",
            NeedCategory.WINTER_SUPPLIES.chineseName(),
            "棉被",
            20,
            new BigDecimal("150.00"),
            4,
            LocalDate.of(2019, 12, 1)));
  }

  @Override
  public SheetReader.Checker<NeedRow> checker(Actor actor, SheetParameters parameters) {
    District district = regions.places().district();
    Map<Long, NeedRow> posted = new HashMap<>();
    for (NeedEntity entity :
        em.createQuery("SELECT n FROM NeedEntity n", NeedEntity.class).getResultList()) {
      Need need = entity.toDomain();
      posted.put(need.id(), row(need));
    }
    Map<String, NeedCategory> categories = new LinkedHashMap<>();
    for (NeedCategory category : NeedCategory.values()) {
      categories.put(category.chineseName(), category);
    }
    List<NeedRow> rows = new ArrayList<>();
    SheetReader.Duplicates<NeedRow> inFile = new SheetReader.Duplicates<>();
    return new SheetReader.Checker<>() {
      @Override
      public void row(SheetCells c) {
        Integer id = c.optionalInteger(ID, 1, Integer.MAX_VALUE);
        Village village = c.village(TOWNSHIP, VILLAGE, district, actor);
        Integer household = c.optionalInteger(HOUSEHOLD, 1, Integer.MAX_VALUE);
        NeedCategory category = c.choice(CATEGORY, categories);
        String item = c.text(ITEM, 100, true);
        Integer quantity = c.integer(QUANTITY, 1, 1_000_000_000);
        Money price = c.amount(PRICE, true);
        Integer urgency = c.integer(URGENCY, 1, 5);
        LocalDate deadline = c.date(DEADLINE, true);
        if (village == null
            || category == null
            || item == null
            || quantity == null
            || price == null
            || urgency == null
            || deadline == null) {
          return;
        }
        if (household != null
            && households
                .find(household)
                .filter(h -> h.villageId() == village.id().value())
                .isEmpty()) {
          c.error(HOUSEHOLD, "sheet.need.household", household, village.name());
          return;
        }
        NeedRow row =
            new NeedRow(
                village.id().value(),
                household == null ? null : household.longValue(),
                category,
                item,
                quantity,
                price,
                urgency,
                deadline);
        if (id != null) {
          NeedRow was = posted.get(id.longValue());
          if (was == null) {
            c.error(ID, "sheet.need.unknown", id);
          } else if (!was.equals(row)) {
            c.error(ID, "sheet.need.changed", id);
          }
          return; // as posted: nothing to do
        }
        try {
          NeedRules.DEMO.check(need(row, actor), List.of());
        } catch (DomainException e) {
          if (e.rule().equals("charity.price-cap")) {
            c.error(
                PRICE,
                "sheet.need.priceCap",
                category.chineseName(),
                e.figures().get("cap"),
                e.figures().get("unitPrice"));
          } else {
            c.refused(PRICE, e);
          }
          return;
        }
        if (inFile.first(c, ITEM, row, village.name() + " " + item)) {
          rows.add(row);
        }
      }

      @Override
      public List<NeedRow> finish(SheetErrors errors) {
        return rows;
      }
    };
  }

  private static NeedRow row(Need need) {
    return new NeedRow(
        need.village().value(),
        need.household() == null ? null : need.household().value(),
        need.category(),
        need.item(),
        need.requested(),
        need.unitPrice(),
        need.urgency(),
        need.deadline());
  }

  private Need need(NeedRow row, Actor actor) {
    Village village =
        regions
            .places()
            .district()
            .village(new org.sunshineledger.region.VillageId(row.village()))
            .orElseThrow();
    return new Need(
        0,
        village.id(),
        village.township(),
        row.household() == null
            ? null
            : new org.sunshineledger.registry.HouseholdId(row.household()),
        row.category(),
        row.item(),
        row.quantity(),
        row.unitPrice(),
        row.urgency(),
        row.deadline(),
        actor.username(),
        Instant.now(),
        Need.State.POSTED,
        null,
        null,
        0,
        0);
  }

  @Override
  @Transactional
  public void store(
      Actor actor,
      String source,
      SheetParameters parameters,
      List<NeedRow> records,
      IntConsumer progress) {
    Instant now = Instant.now();
    int stored = 0;
    for (NeedRow row : records) {
      board.postNeed(
          actor,
          row.village(),
          row.household(),
          row.category(),
          row.item(),
          row.quantity(),
          row.unitPrice(),
          row.urgency(),
          row.deadline(),
          now);
      if (++stored % 100 == 0) {
        progress.accept(stored);
      }
    }
    progress.accept(stored);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<List<Object>> export(Actor actor) {
    District district = regions.places().district();
    List<List<Object>> rows = new ArrayList<>();
    for (NeedEntity entity :
        em.createQuery("SELECT n FROM NeedEntity n ORDER BY n.id", NeedEntity.class)
            .getResultList()) {
      Need need = entity.toDomain();
      Village village = district.village(need.village()).orElse(null);
      if (village == null || !actor.mayWriteTo(village)) {
        continue;
      }
      rows.add(
          List.of(
              need.id(),
              district.township(village.township()).map(Township::name).orElse(""),
              village.name(),
              need.household() == null ? "" : need.household().value(),
              need.category().chineseName(),
              need.item(),
              need.requested(),
              need.unitPrice().toDecimal(),
              need.urgency(),
              need.deadline()));
    }
    return rows;
  }
}
