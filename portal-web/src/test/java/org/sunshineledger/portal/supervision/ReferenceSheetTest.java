package org.sunshineledger.portal.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.portal.sheet.SheetColumn;
import org.sunshineledger.portal.sheet.SheetErrors;
import org.sunshineledger.portal.sheet.SheetFixtures;
import org.sunshineledger.portal.sheet.SheetReader;
import org.sunshineledger.supervision.KeyedIdNumber;
import org.sunshineledger.supervision.ReferenceEntry;
import org.sunshineledger.supervision.ReferenceKey;
import org.sunshineledger.supervision.ReferenceKind;

/** Another department's list as an auditor sends it: hashed as read, never repeated. */
class ReferenceSheetTest {
  private static final ReferenceKey KEY = new ReferenceKey(new byte[32]);
  private static final List<String> HEADERS = SheetColumn.headers(new ReferenceSheet().columns());

  private static SheetReader.Checked<ReferenceEntry> read(SheetErrors errors, String... rows) {
    List<List<String>> lines = new java.util.ArrayList<>();
    lines.add(HEADERS);
    Arrays.stream(rows).map(r -> List.of(r.split(",", -1))).forEach(lines::add);
    return SheetReader.read(
        SheetFixtures.csv(lines), HEADERS, new ReferenceSheet.Check(KEY), errors, n -> {});
  }

  @Test
  void each_number_is_kept_only_as_its_keyed_hash_and_a_repeated_line_once() {
    SheetErrors errors = new SheetErrors(Language.ZH);
    SheetReader.Checked<ReferenceEntry> checked =
        read(
            errors,
            "370404000000000123,已死亡,区公安分局 死亡人员名单,2019-06-30",
            "３７０４０４０００００００００１２３,已死亡,区公安分局 死亡人员名单,2019年6月30日",
            "37040400000000012X,登记有车辆,区车管所,2019/9/30");
    assertEquals(List.of(), errors.reported());
    assertEquals(
        List.of(
            new ReferenceEntry(
                KEY.of("370404000000000123"),
                ReferenceKind.DECEASED,
                "区公安分局 死亡人员名单",
                LocalDate.of(2019, 6, 30)),
            new ReferenceEntry(
                KEY.of("37040400000000012x"),
                ReferenceKind.VEHICLE_OWNER,
                "区车管所",
                LocalDate.of(2019, 9, 30))),
        checked.records());
  }

  @Test
  void a_malformed_number_is_refused_by_its_row_and_length_and_never_repeated() {
    SheetErrors errors = new SheetErrors(Language.ZH);
    SheetReader.Checked<ReferenceEntry> checked =
        read(
            errors,
            "37040419850101,已死亡,区公安分局,2019-06-30",
            ",已死亡,区公安分局,2019-06-30",
            "370404000000000123,失踪,区公安分局,2019-06-30");
    assertEquals(List.of(), checked.records());
    assertEquals(
        List.of(
            "2|身份证号|身份证号应为18位（或旧式15位），填写的是 14 位。",
            "3|身份证号|身份证号不能为空",
            "4|类别|类别不能填写“失踪”，只能填写：已死亡、财政供养人员、登记有车辆、登记有企业、登记有房产"),
        errors.reported().stream()
            .map(e -> e.row() + "|" + e.column() + "|" + e.reason())
            .toList());
    assertFalse(errors.reported().toString().contains("37040419850101"));
    assertFalse(errors.reported().toString().contains("370404000000000123"));
  }

  @Test
  void a_number_typed_in_another_column_is_never_repeated_either() {
    SheetErrors errors = new SheetErrors(Language.ZH);
    read(
        errors,
        "已死亡,370404000000000123,区公安分局,2019-06-30",
        "370404000000000124,已死亡,区公安分局,３７０４０４０００００００００１２５");
    String report = errors.reported().toString();
    assertEquals(3, errors.count(), report);
    assertTrue(report.contains("＊＊＊"), report);
    for (String number :
        List.of(
            "370404000000000123",
            "370404000000000124",
            "３７０４０４０００００００００１２５",
            "370404000000000125")) {
      assertFalse(report.contains(number), report);
    }
  }

  @Test
  void instances_creating_the_key_at_once_all_read_the_one_that_was_kept(@TempDir Path data)
      throws Exception {
    Path file = data.resolve("supervision").resolve("reference.key");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<KeyedIdNumber>> keyed = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        keyed.add(
            pool.submit(
                () -> {
                  start.await();
                  return ReferenceKeys.loadOrCreate(file).of("370404000000000123");
                }));
      }
      start.countDown();
      java.util.Set<KeyedIdNumber> seen = new java.util.HashSet<>();
      for (java.util.concurrent.Future<KeyedIdNumber> k : keyed) {
        seen.add(k.get());
      }
      assertEquals(1, seen.size(), "one key for all");
      try (var left = Files.list(file.getParent())) {
        assertEquals(List.of(file), left.toList(), "no half-written file left beside it");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void the_key_is_created_once_readable_by_its_owner_only(@TempDir Path data) throws Exception {
    Path file = data.resolve("supervision").resolve("reference.key");
    ReferenceKey created = ReferenceKeys.loadOrCreate(file);
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    assertEquals(
        created.of("370404000000000123"),
        ReferenceKeys.loadOrCreate(file).of("370404000000000123"));
    assertEquals("ReferenceKey[hidden]", created.toString());
  }
}
