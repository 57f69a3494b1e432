package org.sunshineledger.portal.demo;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;
import org.sunshineledger.registry.ExitPolicy;
import org.sunshineledger.registry.Guarantee;
import org.sunshineledger.registry.GuaranteeCheck;
import org.sunshineledger.registry.Household;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.registry.LabourAbility;
import org.sunshineledger.registry.Marker;
import org.sunshineledger.registry.Member;
import org.sunshineledger.registry.RiskEvent;
import org.sunshineledger.registry.YearlyTarget;

/**
 * Synthetic households of 峄城区 whose history reproduces the policy's 2018 figures at district level
 * (§2): 491 households / 1,209 people lifted in 2018, 8,325 households / 18,396 people lifted
 * before and consolidated — plus, beyond those, households newly poor in 2019, city-marked in 2020
 * and returned to poverty, and incomes near the line, so that the early-warning list shows
 * something. Names, identity numbers and phones are plainly synthetic (演示, 0000 birth dates, 199
 * numbers). Deterministic: the same district gives the same households.
 */
public final class RegistryDemo {
  /** The demo's officer. */
  static final String BY = "demo-loader";

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "褚", "邵", "田"
  };
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  /**
   * One generated household with its demo extras.
   *
   * @param household the household
   * @param code its 户编号
   * @param unsafeHouse an unsafe-house state to record for it, or null
   */
  public record DemoHousehold(Household household, String code, String unsafeHouse) {}

  private RegistryDemo() {}

  /**
   * Generates the households, each id a placeholder (1, 2, …) to be replaced on storage.
   *
   * @param district the district
   * @param guaranteed villages that get at least twelve households each (the fund chain's)
   * @return the households
   */
  public static List<DemoHousehold> generate(District district, List<Village> guaranteed) {
    Random random = new Random(2018);
    List<Village> villages = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      villages.addAll(guaranteed);
    }
    List<Village> all = district.villages();
    List<DemoHousehold> result = new ArrayList<>();
    YearlyTarget target = YearlyTarget.YICHENG_2018;
    int[] counter = {0};
    // lifted in 2018: 491 households, 1,209 people
    int extra2018 = target.peopleToLift() - 2 * target.householdsToLift();
    for (int i = 0; i < target.householdsToLift(); i++) {
      Village village = i < villages.size() ? villages.get(i) : pick(all, random);
      Household h =
          household(counter, village, i < extra2018 ? 3 : 2, random, LocalDate.of(2016, 10, 1));
      lift(
          h,
          Year.of(2018),
          Money.yuan(String.valueOf(4200 + random.nextInt(4000))),
          LocalDate.of(2018, 11, 20));
      result.add(new DemoHousehold(h, code(counter[0]), i % 97 == 0 ? "CLOSED" : null));
    }
    // lifted before 2018 and consolidated: 8,325 households, 18,396 people
    int extraBefore = target.peopleToConsolidate() - 2 * target.householdsToConsolidate();
    for (int i = 0; i < target.householdsToConsolidate(); i++) {
      Village village = pick(all, random);
      int liftedIn = 2015 + random.nextInt(3);
      Household h =
          household(counter, village, i < extraBefore ? 3 : 2, random, LocalDate.of(2014, 10, 1));
      lift(
          h,
          Year.of(liftedIn),
          Money.yuan(String.valueOf(3600 + random.nextInt(5000))),
          LocalDate.of(liftedIn, 11, 20));
      // near the line in 2019: the early-warning list's yellow and orange cases
      int income2019 = i % 25 == 0 ? 4200 + random.nextInt(700) : 6000 + random.nextInt(9000);
      h.recordIncome(Year.of(2019), Money.yuan(String.valueOf(income2019)));
      if (i % 120 == 0) {
        h.recordRiskEvent(
            new RiskEvent(
                RiskEvent.Kind.ILLNESS,
                LocalDate.of(2019, 6, 1 + random.nextInt(28)),
                Money.yuan("18000"),
                "家庭成员住院治疗（演示）"));
      }
      result.add(new DemoHousehold(h, code(counter[0]), null));
    }
    // beyond the 2018 figures: newly poor in 2019, city-marked in 2020, returned, with unsafe
    // houses
    String[] houses = {"OPEN", "RENOVATING", "COMPLETED", "CLOSED"};
    for (int i = 0; i < 60; i++) {
      Village village = pick(all, random);
      LocalDate found = LocalDate.of(2019, 3 + random.nextInt(9), 1 + random.nextInt(27));
      Household h;
      if (i % 3 == 0) {
        h =
            household(
                counter, village, 2 + random.nextInt(3), random, found, Set.of(Marker.NEWLY_POOR));
        h.recordRiskEvent(
            new RiskEvent(RiskEvent.Kind.DISASTER, found.minusDays(10), Money.zero(), "房屋受灾（演示）"));
      } else if (i % 3 == 1) {
        h = household(counter, village, 2, random, LocalDate.of(2016, 10, 1));
        lift(h, Year.of(2018), Money.yuan("5100"), LocalDate.of(2018, 11, 25));
        h.recordRiskEvent(
            new RiskEvent(
                RiskEvent.Kind.ILLNESS, LocalDate.of(2020, 4, 2), Money.yuan("52000"), "突发重病（演示）"));
        h.markCity("突发重病，医疗支出大（演示）", BY, LocalDate.of(2020, 4, 9));
      } else {
        h = household(counter, village, 3, random, LocalDate.of(2016, 10, 1));
        lift(h, Year.of(2018), Money.yuan("4800"), LocalDate.of(2018, 11, 25));
        h.recordRiskEvent(
            new RiskEvent(
                RiskEvent.Kind.LARGE_EXPENDITURE,
                LocalDate.of(2019, 9, 1),
                Money.yuan("26000"),
                "子女上学、建房（演示）"));
        h.returnToPoverty("大额支出返贫（演示）", BY, LocalDate.of(2019, 10, 15));
      }
      result.add(new DemoHousehold(h, code(counter[0]), houses[i % houses.length]));
    }
    return result;
  }

  private static Village pick(List<Village> villages, Random random) {
    return villages.get(random.nextInt(villages.size()));
  }

  /**
   * The head's ID number of a generated household: plainly synthetic (no birth date in it).
   *
   * @param serial the household's place in the generated order, from 1
   * @return the number
   */
  static String idNumber(int serial) {
    return String.format("3704040000%08d", serial);
  }

  private static String code(int serial) {
    return String.format("YC%06d", serial);
  }

  private static Household household(
      int[] counter, Village village, int size, Random random, LocalDate identified) {
    return household(counter, village, size, random, identified, Set.of());
  }

  private static Household household(
      int[] counter,
      Village village,
      int size,
      Random random,
      LocalDate identified,
      Set<Marker> markers) {
    int serial = ++counter[0];
    String surname = SURNAMES[serial % SURNAMES.length];
    List<Member> members = new ArrayList<>();
    for (int m = 0; m < size; m++) {
      int birthYear = m == 0 ? 1940 + random.nextInt(40) : 1960 + random.nextInt(50);
      LabourAbility ability =
          birthYear < 1955
              ? LabourAbility.NONE
              : random.nextInt(5) == 0 ? LabourAbility.PARTIAL : LabourAbility.FULL;
      members.add(
          new Member(
              surname + "演示" + NUMERALS[m % NUMERALS.length] + serial,
              birthYear,
              ability,
              random.nextInt(40) == 0,
              random.nextInt(8) == 0,
              birthYear > 2003));
    }
    return Household.identify(
        new HouseholdId(serial),
        village.id(),
        members.get(0).name(),
        idNumber(serial),
        String.format("1990000%04d", serial % 10_000),
        members,
        markers,
        "建档立卡识别（演示）",
        BY,
        identified);
  }

  private static void lift(Household h, Year year, Money income, LocalDate on) {
    for (Guarantee g : Guarantee.values()) {
      h.recordGuarantee(new GuaranteeCheck(g, true, "入户核查（演示）", on.minusDays(20)));
    }
    h.recordIncome(year, income);
    ExitPolicy policy =
        ExitPolicy.SHANDONG.povertyLines().containsKey(year) ? ExitPolicy.SHANDONG : withYear(year);
    h.exit(policy, year, "村民评议、公示无异议（演示）", BY, on);
  }

  private static ExitPolicy withYear(Year year) {
    java.util.Map<Year, Money> lines = new java.util.HashMap<>(ExitPolicy.SHANDONG.povertyLines());
    lines.put(year, Money.yuan("3400"));
    return new ExitPolicy(lines, ExitPolicy.SHANDONG.ruralIncomeLevels());
  }
}
