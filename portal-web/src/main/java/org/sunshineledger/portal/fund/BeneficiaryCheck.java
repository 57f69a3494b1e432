package org.sunshineledger.portal.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sunshineledger.income.Beneficiary;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.portal.registry.HouseholdDirectory.Payee;
import org.sunshineledger.portal.sheet.SheetCells;
import org.sunshineledger.portal.sheet.SheetErrors;
import org.sunshineledger.portal.sheet.SheetReader;
import org.sunshineledger.registry.HouseholdId;

/**
 * The check of an income distribution's household list (收益分配名单), row by row: each household a
 * registered one of the asset's villages that still shares in income, its head's name as the
 * registry has it, listed once, its labour, work days and old, weak, sick or disabled members
 * within range; then, across the rows, the distribution itself previewed with every rule the
 * distribution applies. A row keeps only its {@link Beneficiary} — four figures — so that a list of
 * a hundred thousand households is checked in a few megabytes.
 */
final class BeneficiaryCheck implements SheetReader.Checker<Beneficiary> {
  static final String HOUSEHOLD = "户编号";
  static final String HEAD = "户主姓名";
  static final String LABOUR = "有劳动能力";
  static final String WORK_DAYS = "公益劳动天数";
  static final String VULNERABLE = "老弱病残人数";

  /** How many households not in the asset's villages are looked up elsewhere, to say why. */
  private static final int LOOKUPS = 1000;

  private static final Map<String, Boolean> YES_NO = Map.of("是", true, "否", false);

  /** What the check asks of the registry. */
  interface Registry {
    /**
     * A household of the asset's villages.
     *
     * @param key its 户编号 or its number on the platform, as typed
     * @return the household, or null when none of the villages has it
     */
    Payee payee(String key);

    /**
     * Whether a household is registered in any village.
     *
     * @param key its 户编号 or its number on the platform, as typed
     * @return true when it is
     */
    boolean registered(String key);

    /**
     * The asset's villages, as an error names them.
     *
     * @return their names
     */
    String villages();
  }

  private final Registry registry;
  private final int periodDays;
  private final Consumer<List<Beneficiary>> preview;
  private final SheetReader.Duplicates<Long> listed = new SheetReader.Duplicates<>();
  private final List<Beneficiary> beneficiaries = new ArrayList<>();
  private int lookups;

  /**
   * A check of one file.
   *
   * @param registry the asset's villages' households, or null when the asset is wrong (the rows'
   *     cells are checked still)
   * @param periodDays the days of the income's period, the most work days a household can have
   * @param preview runs the distribution on the rows, throwing the rule that refuses it; null when
   *     a figure of the distribution is wrong
   */
  BeneficiaryCheck(Registry registry, int periodDays, Consumer<List<Beneficiary>> preview) {
    this.registry = registry;
    this.periodDays = periodDays;
    this.preview = preview;
  }

  @Override
  public void row(SheetCells c) {
    Payee payee = payee(c);
    String head = c.text(HEAD, 50, true);
    Boolean labourAble = c.choice(LABOUR, YES_NO);
    Integer workDays = workDays(c);
    Integer vulnerable = count(c, VULNERABLE, 50);
    // the same household by its 户编号 in one row and by its number in another is one household
    if (payee != null
        && !listed.first(c, HOUSEHOLD, payee.id(), HOUSEHOLD + " " + c.value(HOUSEHOLD))) {
      return;
    }
    if (payee == null
        || head == null
        || labourAble == null
        || workDays == null
        || vulnerable == null) {
      return;
    }
    if (!payee.headIs(head)) {
      // the registry's name leaves it masked, whoever reads the report
      c.error(HEAD, "sheet.beneficiaries.head", head, payee.maskedHeadName());
      return;
    }
    if (!labourAble && workDays > 0) {
      c.error(WORK_DAYS, "sheet.beneficiaries.daysWithoutLabour", workDays);
      return;
    }
    if (vulnerable > payee.members()) {
      c.error(VULNERABLE, "sheet.beneficiaries.members", vulnerable, payee.members());
      return;
    }
    beneficiaries.add(
        new Beneficiary(new HouseholdId(payee.id()), labourAble, vulnerable, workDays));
  }

  private Payee payee(SheetCells c) {
    String key = c.text(HOUSEHOLD, 40, true);
    if (key == null || registry == null) {
      return null;
    }
    Payee payee = registry.payee(key);
    if (payee == null) {
      boolean elsewhere = lookups++ < LOOKUPS && registry.registered(key);
      c.error(
          HOUSEHOLD,
          elsewhere ? "sheet.beneficiaries.otherVillage" : "sheet.beneficiaries.unknown",
          key,
          registry.villages());
      return null;
    }
    if (!payee.sharesIncome()) {
      c.error(HOUSEHOLD, "sheet.beneficiaries.status", key, payee.status().chineseName());
      return null;
    }
    return payee;
  }

  /** Work days, 0 when empty, at most the period's days. */
  private Integer workDays(SheetCells c) {
    Integer days = count(c, WORK_DAYS, 366);
    if (days != null && days > periodDays) {
      c.error(WORK_DAYS, "sheet.beneficiaries.workDays", days, periodDays);
      return null;
    }
    return days;
  }

  /** A count that may be left empty for 0. */
  private static Integer count(SheetCells c, String column, int max) {
    return c.value(column).isEmpty() ? Integer.valueOf(0) : c.optionalInteger(column, 0, max);
  }

  /**
   * Previews the distribution of a clean list with every rule the distribution itself applies, so
   * that a list the policy refuses is refused before anything is stored.
   */
  @Override
  public List<Beneficiary> finish(SheetErrors errors) {
    if (errors.count() > 0 || preview == null) {
      return beneficiaries;
    }
    try {
      preview.accept(beneficiaries);
    } catch (DomainException refused) {
      // the list as a whole breaks the rule: reported as the file's, row 1
      if (refused.rule().equals("income.no-eligible-household")) {
        errors.add(
            1,
            "",
            "sheet.beneficiaries.noWeight",
            refused.rule(),
            new BigDecimal(String.valueOf(refused.figures().get("householdPart"))),
            beneficiaries.size());
      } else {
        errors.refused(1, "", refused);
      }
    }
    return beneficiaries;
  }
}
