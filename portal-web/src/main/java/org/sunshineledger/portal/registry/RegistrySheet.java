package org.sunshineledger.portal.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.sheet.SheetColumn;
import org.sunshineledger.portal.sheet.SheetImport;
import org.sunshineledger.portal.sheet.SheetParameters;
import org.sunshineledger.portal.sheet.SheetReader;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.Village;

/**
 * The registry's list of households (建档立卡户名单) as one of the lists officials send in whole: rows
 * checked by {@link RegistryImport}, stored all or nothing by {@link RegistryImportWriter}. It is
 * not exported: the list carries identity numbers, which leave the portal one household at a time,
 * on its own page, to the officials of its village.
 */
@ApplicationScoped
public class RegistrySheet implements SheetImport<RegistryImport.ParsedHousehold> {
  @Inject RegistryImportWriter writer;
  @Inject RegionService regions;

  @Override
  public String kind() {
    return "registry";
  }

  @Override
  public String titleKey() {
    return "imports.kind.registry";
  }

  @Override
  public boolean mayImport(Actor actor) {
    return actor.role() != Role.DONOR && actor.role() != Role.AUDITOR;
  }

  @Override
  public String storedHref() {
    return "/registry";
  }

  @Override
  public boolean exported() {
    return false;
  }

  @Override
  public List<SheetColumn> columns() {
    District district = regions.places().district();
    List<SheetColumn> columns = new ArrayList<>();
    for (String header : RegistryImport.COLUMNS) {
      columns.add(
          switch (header) {
            case "户编号" -> SheetColumn.text(header, "必填。同户成员填相同的户编号。", 12);
            case "镇街" ->
                SheetColumn.choice(
                    header, "必填。", district.townships().stream().map(Township::name).toList());
            case "村（居）" ->
                new SheetColumn(
                    header,
                    "必填，须属于所填镇街。",
                    district.villages().stream().map(Village::name).distinct().toList(),
                    14);
            case "与户主关系" -> SheetColumn.text(header, "户主行填“户主”，其他成员填配偶、子女等。", 10);
            case "身份证号" -> SheetColumn.text(header, "户主行必填，18位（末位可为X）。", 20);
            case "出生年份" -> SheetColumn.text(header, "必填，如 1965。", 8);
            case "劳动能力" ->
                SheetColumn.choice(header, "必填。", List.copyOf(RegistryImport.ABILITIES.keySet()));
            case "重度残疾", "慢性病", "在校生" ->
                SheetColumn.choice(header, "填“是”或“否”，空着为否。", List.of("是", "否"));
            case "联系电话" -> SheetColumn.text(header, "户主行可填，手机或座机。", 14);
            case "户状态" ->
                SheetColumn.choice(header, "户主行必填。", List.copyOf(RegistryImport.STATUSES.keySet()));
            case "收入年度" -> SheetColumn.text(header, "户主行可填，如 2019。", 8);
            default -> SheetColumn.text(header, "户主行可填，单位元，精确到分。", 12);
          });
    }
    return columns;
  }

  @Override
  public List<List<Object>> example() {
    return RegistryImport.EXAMPLE;
  }

  @Override
  public SheetReader.Checker<RegistryImport.ParsedHousehold> checker(
      Actor actor, SheetParameters parameters) {
    return new RegistryImport(regions.places().district(), actor, writer.existingCodes());
  }

  @Override
  public void store(
      Actor actor,
      String source,
      SheetParameters parameters,
      List<RegistryImport.ParsedHousehold> records,
      IntConsumer progress) {
    writer.write(actor, source, records, progress);
  }

  @Override
  public List<List<Object>> export(Actor actor) {
    return List.of();
  }
}
