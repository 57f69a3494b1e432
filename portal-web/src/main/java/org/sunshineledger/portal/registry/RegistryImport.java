package org.sunshineledger.portal.registry;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.sunshineledger.access.Actor;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.portal.sheet.SheetCells;
import org.sunshineledger.portal.sheet.SheetErrors;
import org.sunshineledger.portal.sheet.SheetFile;
import org.sunshineledger.portal.sheet.SheetReader;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;
import org.sunshineledger.registry.HouseholdStatus;
import org.sunshineledger.registry.LabourAbility;
import org.sunshineledger.registry.Member;

/**
 * Reads a registry list as officials keep it — one row per person, the rows of a household sharing
 * its 户编号, the head's row carrying the household's own fields — from any spreadsheet {@link
 * SheetFile} reads (XLSX, XLS, CSV in UTF-8 or GBK), streaming, and checks every row, reporting
 * each error with its row, column and reason. It keeps the list's columns, its report and the
 * checks that map rows into households; {@link SheetCells} checks single cells. Nothing here
 * writes: {@link RegistryImportWriter} stores a list that checked clean.
 */
public final class RegistryImport implements SheetReader.Checker<RegistryImport.ParsedHousehold> {
  /** The template's example: a household of two. */
  static final List<List<Object>> EXAMPLE =
      List.of(
          List.of(
              "YC900001",
              "峨山镇",
              "黄泉村",
              "张示例",
              "户主",
              "37040400000000001X",
              1965,
              "有劳动能力",
              "否",
              "否",
              "否",
              "13900000000",
              "未脱贫",
              2019,
              "3200.00"),
          List.of(
              "YC900001",
              "峨山镇",
              "黄泉村",
              "李示例",
              "配偶",
              "",
              1968,
              "部分丧失劳动能力",
              "否",
              "是",
              "否",
              "",
              "",
              "",
              ""));

  /** The columns of the list, in the template's order. */
  public static final List<String> COLUMNS =
      List.of(
          "户编号",
          "镇街",
          "村（居）",
          "姓名",
          "与户主关系",
          "身份证号",
          "出生年份",
          "劳动能力",
          "重度残疾",
          "慢性病",
          "在校生",
          "联系电话",
          "户状态",
          "收入年度",
          "人均纯收入（元）");

  private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");
  private static final Pattern PHONE = Pattern.compile("1\\d{10}|\\d{3,4}-?\\d{7,8}");
  static final Map<String, LabourAbility> ABILITIES =
      Map.of(
          "有劳动能力",
          LabourAbility.FULL,
          "部分丧失劳动能力",
          LabourAbility.PARTIAL,
          "无劳动能力",
          LabourAbility.NONE);
  static final Map<String, HouseholdStatus> STATUSES =
      Map.of(
          "未脱贫", HouseholdStatus.POOR,
          "已脱贫享受政策", HouseholdStatus.LIFTED_WITH_POLICY,
          "脱贫不再享受政策", HouseholdStatus.LIFTED_WITHOUT_POLICY);

  /**
   * A household as the list gives it.
   *
   * @param code its 户编号
   * @param village its village
   * @param idNumber the head's identity number
   * @param phone the contact phone, or null
   * @param status its status
   * @param incomeYear the income's year, or null
   * @param perCapitaIncome the per-capita income, or null
   * @param members its members, the head first
   */
  public record ParsedHousehold(
      String code,
      Village village,
      String idNumber,
      String phone,
      HouseholdStatus status,
      Year incomeYear,
      Money perCapitaIncome,
      List<Member> members) {}

  private final District district;
  private final Actor actor;
  private final Set<String> existingCodes;
  private final Map<String, Builder> households = new LinkedHashMap<>();

  RegistryImport(District district, Actor actor, Set<String> existingCodes) {
    this.district = district;
    this.actor = actor;
    this.existingCodes = existingCodes;
  }

  /**
   * Reads and checks a list; the reasons of its errors are in Chinese.
   *
   * @param file the file's bytes, in any format {@link SheetFile} reads
   * @param district the district's places
   * @param actor who imports; rows outside the actor's scope are errors
   * @param existingCodes the 户编号 already in the registry
   * @param progress told the number of rows read so far, every thousand rows
   * @return the report, with the households when it is clean
   */
  public static SheetReader.Checked<ParsedHousehold> read(
      byte[] file,
      District district,
      Actor actor,
      Set<String> existingCodes,
      IntConsumer progress) {
    return SheetReader.read(
        file,
        COLUMNS,
        new RegistryImport(district, actor, existingCodes),
        new SheetErrors(Language.ZH),
        progress);
  }

  @Override
  public void row(SheetCells c) {
    int row = c.row();
    String code = c.required("户编号");
    String name = c.required("姓名");
    Village village = c.village("镇街", "村（居）", district, actor);
    Integer birthYear = c.integer("出生年份", 1900, Year.now().getValue());
    LabourAbility ability = c.choice("劳动能力", ABILITIES);
    Boolean disabled = c.yesNo("重度残疾");
    Boolean ill = c.yesNo("慢性病");
    Boolean student = c.yesNo("在校生");
    boolean head = "户主".equals(c.value("与户主关系"));
    if (code == null) {
      return;
    }
    if (existingCodes.contains(code)) {
      c.error("户编号", "sheet.registry.exists", code);
      return;
    }
    Builder household = households.computeIfAbsent(code, k -> new Builder(k, row));
    if (village != null && household.village != null && !household.village.equals(village)) {
      c.error("村（居）", "sheet.registry.twoVillages", code);
    }
    if (head) {
      if (household.headSeen) {
        c.error("与户主关系", "sheet.registry.twoHeads", code);
      }
      household.headSeen = true;
      household.village = village;
      household.idNumber = idNumber(c);
      household.phone = phone(c);
      household.status = c.choice("户状态", STATUSES);
      household.incomeYear = c.optionalInteger("收入年度", 2000, 2100);
      household.income = c.amount("人均纯收入（元）", false);
    } else if (household.village == null) {
      household.village = village;
    }
    if (name != null
        && birthYear != null
        && ability != null
        && disabled != null
        && ill != null
        && student != null) {
      Member member = new Member(name, birthYear, ability, disabled, ill, student);
      if (head) {
        household.members.add(0, member);
      } else {
        household.members.add(member);
      }
    }
  }

  @Override
  public List<ParsedHousehold> finish(SheetErrors errors) {
    for (Builder household : households.values()) {
      if (!household.headSeen) {
        errors.add(household.firstRow, "与户主关系", "sheet.registry.noHead", household.code);
      }
    }
    return households.values().stream().map(Builder::build).toList();
  }

  private static String idNumber(SheetCells c) {
    String value = c.required("身份证号");
    if (value != null && !ID_NUMBER.matcher(value).matches()) {
      c.error("身份证号", "sheet.registry.idNumber");
      return null;
    }
    return value;
  }

  private static String phone(SheetCells c) {
    String value = c.value("联系电话");
    if (!value.isEmpty() && !PHONE.matcher(value).matches()) {
      c.error("联系电话", "sheet.registry.phone");
      return null;
    }
    return value.isEmpty() ? null : value;
  }

  private static final class Builder {
    final String code;
    final int firstRow;
    final List<Member> members = new ArrayList<>();
    Village village;
    boolean headSeen;
    String idNumber;
    String phone;
    HouseholdStatus status;
    Integer incomeYear;
    Money income;

    Builder(String code, int firstRow) {
      this.code = code;
      this.firstRow = firstRow;
    }

    ParsedHousehold build() {
      return new ParsedHousehold(
          code,
          village,
          idNumber,
          phone,
          status,
          incomeYear == null ? null : Year.of(incomeYear),
          income,
          List.copyOf(members));
    }
  }
}
