package org.sunshineledger.portal.registry;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.sunshineledger.access.Actor;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.Village;
import org.sunshineledger.registry.HouseholdStatus;
import org.sunshineledger.registry.LabourAbility;
import org.sunshineledger.registry.Member;

/**
 * Reads a registry list as officials keep it — one row per person, the rows of a household sharing
 * its 户编号, the head's row carrying the household's own fields — from CSV or XLSX, streaming, and
 * checks every row, reporting each error in Chinese with its row, column and reason. It keeps the
 * list's columns, its report and the checks that map rows into households; {@link
 * RegistryImportRows} reads the file formats and {@link RegistryImportCells} checks single cells.
 * Nothing here writes: {@link RegistryImportWriter} stores a list that checked clean.
 */
public final class RegistryImport {
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

  /** The most errors a report lists; the count is always complete. */
  public static final int MAX_REPORTED_ERRORS = 1000;

  private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");
  private static final Pattern PHONE = Pattern.compile("1\\d{10}|\\d{3,4}-?\\d{7,8}");
  private static final Map<String, LabourAbility> ABILITIES =
      Map.of(
          "有劳动能力",
          LabourAbility.FULL,
          "部分丧失劳动能力",
          LabourAbility.PARTIAL,
          "无劳动能力",
          LabourAbility.NONE);
  private static final Map<String, HouseholdStatus> STATUSES =
      Map.of(
          "未脱贫", HouseholdStatus.POOR,
          "已脱贫享受政策", HouseholdStatus.LIFTED_WITH_POLICY,
          "脱贫不再享受政策", HouseholdStatus.LIFTED_WITHOUT_POLICY);

  /** The formats a list can come in. */
  public enum Format {
    /** CSV, UTF-8 (a byte-order mark is allowed). */
    CSV,
    /** An Excel workbook; its first sheet is read. */
    XLSX
  }

  /**
   * One error.
   *
   * @param row the row's number in the file, 1 for the header
   * @param column the column's header, or empty for the row as a whole
   * @param reason what is wrong, in Chinese
   */
  public record RowError(int row, String column, String reason) {}

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

  /**
   * The outcome of reading a list.
   *
   * @param rows the data rows read
   * @param households the households found
   * @param errorCount how many errors, all counted
   * @param errors the first {@value #MAX_REPORTED_ERRORS} errors
   * @param parsed the households, empty when there are errors; never written as JSON, since they
   *     are personal data
   */
  public record Report(
      int rows,
      int households,
      int errorCount,
      List<RowError> errors,
      @JsonbTransient List<ParsedHousehold> parsed) {
    /**
     * Whether the list can be imported.
     *
     * @return true when no row has an error
     */
    public boolean clean() {
      return errorCount == 0;
    }
  }

  private final District district;
  private final Actor actor;
  private final Set<String> existingCodes;
  private final List<RowError> errors = new ArrayList<>();
  private int errorCount;
  private final Map<String, Builder> households = new LinkedHashMap<>();

  private RegistryImport(District district, Actor actor, Set<String> existingCodes) {
    this.district = district;
    this.actor = actor;
    this.existingCodes = existingCodes;
  }

  /**
   * Reads and checks a list.
   *
   * @param in the file's bytes
   * @param format its format
   * @param district the district's places
   * @param actor who imports; rows outside the actor's scope are errors
   * @param existingCodes the 户编号 already in the registry
   * @param progress told the number of rows read so far, every thousand rows
   * @return the report
   */
  public static Report read(
      InputStream in,
      Format format,
      District district,
      Actor actor,
      Set<String> existingCodes,
      Consumer<Integer> progress) {
    RegistryImport reader = new RegistryImport(district, actor, existingCodes);
    int rows = 0;
    try (RegistryImportRows.RowSource source = RegistryImportRows.open(in, format)) {
      Map<String, Integer> header = reader.header(source.hasNext() ? source.next() : List.of());
      if (header != null) {
        while (source.hasNext()) {
          List<String> cells = source.next();
          rows++;
          if (cells.stream().allMatch(String::isBlank)) {
            continue;
          }
          reader.row(rows + 1, cells, header);
          if (rows % 1000 == 0) {
            progress.accept(rows);
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // Not a workbook, a broken one, or bytes that stop mid-file: the official gets a report
      // naming the row reached, and nothing is stored.
      reader.error(
          rows + 1,
          "",
          "文件无法读取（不是有效的 XLSX 工作簿或 UTF-8 CSV）："
              + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()));
      return new Report(rows, 0, reader.errorCount, List.copyOf(reader.errors), List.of());
    }
    reader.finish();
    List<ParsedHousehold> parsed =
        reader.errorCount == 0
            ? reader.households.values().stream().map(Builder::build).toList()
            : List.of();
    return new Report(
        rows, reader.households.size(), reader.errorCount, List.copyOf(reader.errors), parsed);
  }

  private Map<String, Integer> header(List<String> cells) {
    Map<String, Integer> header = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      header.put(cells.get(i).strip().replace("\uFEFF", ""), i);
    }
    List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      error(1, "", "表头缺少列：" + String.join("、", missing) + "（请使用导入模板）");
      return null;
    }
    return header;
  }

  private void row(int row, List<String> cells, Map<String, Integer> header) {
    RegistryImportCells c = new RegistryImportCells(row, cells, header, this::error);
    String code = c.required("户编号");
    String name = c.required("姓名");
    Village village = village(c);
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
      error(row, "户编号", "户编号 " + code + " 已在系统中，不能重复导入");
      return;
    }
    Builder household = households.computeIfAbsent(code, k -> new Builder(k, row));
    if (village != null && household.village != null && !household.village.equals(village)) {
      error(row, "村（居）", "同一户编号 " + code + " 的成员不能分属不同的村");
    }
    if (head) {
      if (household.headSeen) {
        error(row, "与户主关系", "户编号 " + code + " 有两个户主");
      }
      household.headSeen = true;
      household.village = village;
      household.idNumber = idNumber(c);
      household.phone = phone(c);
      household.status = c.choice("户状态", STATUSES);
      household.incomeYear = c.optionalInteger("收入年度", 2000, 2100);
      household.income = income(c);
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

  private Village village(RegistryImportCells c) {
    String townshipName = c.required("镇街");
    String villageName = c.required("村（居）");
    if (townshipName == null || villageName == null) {
      return null;
    }
    Township township = district.townshipNamed(townshipName).orElse(null);
    if (township == null) {
      c.error("镇街", "峄城区没有名为“" + townshipName + "”的镇街");
      return null;
    }
    Village village = district.villageNamed(townshipName, villageName).orElse(null);
    if (village == null) {
      c.error("村（居）", townshipName + "没有名为“" + villageName + "”的村（居）");
      return null;
    }
    if (!actor.mayWriteTo(village)) {
      c.error("村（居）", villageName + "不在本账号的管理范围内");
      return null;
    }
    return village;
  }

  private String idNumber(RegistryImportCells c) {
    String value = c.required("身份证号");
    if (value != null && !ID_NUMBER.matcher(value).matches()) {
      c.error("身份证号", "身份证号应为18位（末位可为X）");
      return null;
    }
    return value;
  }

  private String phone(RegistryImportCells c) {
    String value = c.value("联系电话");
    if (!value.isEmpty() && !PHONE.matcher(value).matches()) {
      c.error("联系电话", "联系电话格式不正确");
      return null;
    }
    return value.isEmpty() ? null : value;
  }

  private Money income(RegistryImportCells c) {
    String value = c.value("人均纯收入（元）");
    if (value.isEmpty()) {
      return null;
    }
    try {
      BigDecimal yuan = new BigDecimal(value);
      if (yuan.signum() < 0 || yuan.stripTrailingZeros().scale() > 2) {
        c.error("人均纯收入（元）", "人均纯收入应为不小于0、至多两位小数的金额");
        return null;
      }
      return Money.of(yuan, Money.CNY);
    } catch (NumberFormatException e) {
      c.error("人均纯收入（元）", "人均纯收入应为数字");
      return null;
    }
  }

  private void finish() {
    for (Builder household : households.values()) {
      if (!household.headSeen) {
        error(household.firstRow, "与户主关系", "户编号 " + household.code + " 没有户主行");
      }
    }
  }

  private void error(int row, String column, String reason) {
    errorCount++;
    if (errors.size() < MAX_REPORTED_ERRORS) {
      errors.add(new RowError(row, column, reason));
    }
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
