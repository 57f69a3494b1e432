package org.sunshineledger.portal.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.portal.sheet.SheetCells;
import org.sunshineledger.portal.sheet.SheetColumn;
import org.sunshineledger.portal.sheet.SheetErrors;
import org.sunshineledger.portal.sheet.SheetImport;
import org.sunshineledger.portal.sheet.SheetParameters;
import org.sunshineledger.portal.sheet.SheetReader;
import org.sunshineledger.supervision.KeyedIdNumber;
import org.sunshineledger.supervision.ReferenceEntry;
import org.sunshineledger.supervision.ReferenceKey;
import org.sunshineledger.supervision.ReferenceKind;

/**
 * Another department's list an auditor compares the registry with (大数据比对, §3): one row per person
 * with their ID number, what the list says of them, its source and its date. Each number is hashed
 * under the {@link ReferenceKeys reference key} as its row is read, so that from the check on the
 * portal holds only the hashes: the number is never stored, never shown back in the report (its
 * cell is {@linkplain SheetCells#secret secret}; a malformed one is refused naming only its
 * length), and the list is not exported — there is no list to export, only hashes. Only auditors
 * send such lists; each upload adds its lines to those already kept.
 */
@ApplicationScoped
public class ReferenceSheet implements SheetImport<ReferenceEntry> {
  static final String ID_NUMBER = "身份证号";
  static final String KIND = "类别";
  static final String SOURCE = "来源";
  static final String LISTED_ON = "日期";

  /** The kinds as the template's drop-down names them. */
  static final Map<String, ReferenceKind> KINDS = kindsByName();

  @Inject ReferenceKeys keys;
  @Inject ReferenceLists lists;

  private static Map<String, ReferenceKind> kindsByName() {
    Map<String, ReferenceKind> kinds = new LinkedHashMap<>();
    Arrays.stream(ReferenceKind.values()).forEach(k -> kinds.put(k.chineseName(), k));
    return java.util.Collections.unmodifiableMap(kinds);
  }

  @Override
  public String kind() {
    return "references";
  }

  @Override
  public String titleKey() {
    return "imports.kind.references";
  }

  /** Auditors alone: the lists come to the supervision work, not to the officials it checks. */
  @Override
  public boolean mayImport(Actor actor) {
    return actor.role() == Role.AUDITOR;
  }

  /** The ledger, where the matches appear as leads after the rules' next pass. */
  @Override
  public String storedHref() {
    return "/leads";
  }

  @Override
  public List<SheetColumn> columns() {
    return List.of(
        SheetColumn.text(ID_NUMBER, "必填：18位身份证号（末位可为X）或旧式15位。平台只保存其加密摘要，不保存号码，也不能导出。", 22),
        SheetColumn.choice(KIND, "必填：名单说明此人的情况。", List.copyOf(KINDS.keySet())),
        SheetColumn.text(SOURCE, "必填：提供名单的部门和名单名称，如“区公安分局 2019年死亡人员名单”，至多200字。", 30),
        SheetColumn.text(LISTED_ON, "必填：名单的日期，如 2019-06-30。", 12));
  }

  /** An obviously made-up number: the template never carries a real one. */
  @Override
  public List<List<Object>> example() {
    return List.of(List.of("000000000000000000", "已死亡", "区公安分局 2019年死亡人员名单（示例）", "2019-06-30"));
  }

  @Override
  public SheetReader.Checker<ReferenceEntry> checker(Actor actor, SheetParameters parameters) {
    return new Check(keys.key());
  }

  /** The rows of one file, each number hashed as it is read. */
  static final class Check implements SheetReader.Checker<ReferenceEntry> {
    private final ReferenceKey key;
    private final List<ReferenceEntry> entries = new ArrayList<>();

    Check(ReferenceKey key) {
      this.key = key;
    }

    @Override
    public void row(SheetCells cells) {
      String number = cells.secret(ID_NUMBER);
      KeyedIdNumber person = null;
      if (number.isEmpty()) {
        cells.error(ID_NUMBER, "sheet.required", ID_NUMBER);
      } else {
        try {
          person = key.of(number);
        } catch (DomainException refused) {
          cells.refused(ID_NUMBER, refused);
        }
      }
      ReferenceKind kind = cells.choice(KIND, KINDS);
      String source = cells.text(SOURCE, 200, true);
      LocalDate listedOn = cells.date(LISTED_ON, true);
      if (person != null && kind != null && source != null && listedOn != null) {
        entries.add(new ReferenceEntry(person, kind, source, listedOn));
      }
    }

    /** A person listed twice by one list is one line. */
    @Override
    public List<ReferenceEntry> finish(SheetErrors errors) {
      return List.copyOf(new LinkedHashSet<>(entries));
    }
  }

  @Override
  public void store(
      Actor actor,
      String source,
      SheetParameters parameters,
      List<ReferenceEntry> records,
      IntConsumer progress) {
    lists.add(actor.username(), records, Instant.now(), progress);
  }

  @Override
  public boolean exported() {
    return false;
  }

  /** Nothing: the portal keeps no list to give back, only the numbers' hashes. */
  @Override
  public List<List<Object>> export(Actor actor) {
    return List.of();
  }
}
