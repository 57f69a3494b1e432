package org.sunshineledger.portal.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.income.Beneficiary;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.registry.HouseholdDirectory.Payee;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.portal.sheet.SheetColumn;
import org.sunshineledger.portal.sheet.SheetErrors;
import org.sunshineledger.portal.sheet.SheetImport;
import org.sunshineledger.portal.sheet.SheetParameter;
import org.sunshineledger.portal.sheet.SheetParameters;
import org.sunshineledger.portal.sheet.SheetReader;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;

/**
 * An income distribution's household list (收益分配名单) as village officers keep it in Excel: one row
 * per household of the asset's villages with its 户编号, its head's name (checked against the
 * registry, and shown back only masked), its labour, its public-welfare work days and its old,
 * weak, sick or disabled members. The asset, the period, the income, the policy's figures and the
 * villagers' representatives' decision are the file's {@link SheetParameter}s, asked as the
 * distribution form asks them. A clean list is previewed with every rule of the distribution before
 * anything is stored, then distributed in one {@link AssetService#distribute} call, which lists the
 * distribution's notice among the village's obligations to publish.
 *
 * <p>The list is not exported ({@link #exported()} is false), for two reasons. It is personal data
 * about a decision already taken: the distribution's payouts are public only masked, on its notice
 * and at {@code /api/v1/distributions/{id}}. And it would not be a round trip: sent back, the same
 * list is a second distribution of the same income, not a change of nothing — a distribution is
 * never edited, it is corrected by a notice's new version.
 */
@ApplicationScoped
public class BeneficiarySheet implements SheetImport<Beneficiary> {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject AssetService assets;
  @Inject HouseholdDirectory households;
  @Inject RegionService regions;

  @Override
  public String kind() {
    return "beneficiaries";
  }

  @Override
  public String titleKey() {
    return "imports.kind.beneficiaries";
  }

  /** The officials who may distribute an asset's income: those who write to villages. */
  @Override
  public boolean mayImport(Actor actor) {
    return actor.role() == Role.DISTRICT_ADMIN
        || actor.role() == Role.TOWNSHIP_OFFICER
        || actor.role() == Role.VILLAGE_OFFICER;
  }

  /**
   * The workbench, where the distribution's notice waits to be drafted and published; the asset's
   * page would be nearer, but the address cannot name the file's asset.
   */
  @Override
  public String storedHref() {
    return "/workbench";
  }

  @Override
  public List<SheetColumn> columns() {
    return List.of(
        SheetColumn.text(
            BeneficiaryCheck.HOUSEHOLD,
            "必填：建档立卡户的户编号（如 YC000123），或本平台的户号（分配明细中的户编号）。须是本资产所属村的未脱贫或已脱贫享受政策的户，每户一行。",
            14),
        SheetColumn.text(BeneficiaryCheck.HEAD, "必填，与建档立卡名册一致，用于核对户编号。", 10),
        SheetColumn.choice(
            BeneficiaryCheck.LABOUR, "必填：家中有（全部或部分）劳动能力的成员填“是”，否则填“否”。", List.of("是", "否")),
        SheetColumn.text(
            BeneficiaryCheck.WORK_DAYS,
            "本期公益劳动天数，整数，不超过收益期间的天数；无劳动能力的户填 0 或留空。有劳动能力的户按天数分配（有劳才有得）。",
            10),
        SheetColumn.text(
            BeneficiaryCheck.VULNERABLE, "家中老弱病残成员人数，整数，不超过家庭人口；留空为 0。每人按政策加权（倾斜）。", 10));
  }

  @Override
  public List<List<Object>> example() {
    return List.of(List.of("YC000123", "张三", "是", 120, 1), List.of("YC000124", "李四", "否", 0, 2));
  }

  @Override
  public List<SheetParameter> parameters(Actor actor) {
    District district = regions.places().district();
    Map<Long, String> shown = new LinkedHashMap<>();
    shareable(actor)
        .forEach(
            (id, owned) ->
                shown.put(
                    id,
                    owned.name()
                        + "（"
                        + owned.villages().stream()
                            .map(v -> district.village(v).map(Village::name).orElse(""))
                            .collect(Collectors.joining("、"))
                        + "，编号 "
                        + id
                        + "）"));
    return DistributionFigures.parameters(shown, LocalDate.now(DistrictClock.ZONE));
  }

  /** An asset as the choice of one needs it: its name and owning villages. */
  private record Owned(String name, List<VillageId> villages) {}

  /**
   * The assets whose income an official may share, as the distribution form offers them: handed
   * over, owned by villages (alone or jointly) every one of which the official writes to. Read in
   * two queries of the assets' own columns, without their ledgers.
   */
  private Map<Long, Owned> shareable(Actor actor) {
    District district = regions.places().district();
    Map<Long, Owned> shareable = new LinkedHashMap<>();
    AssetEntity.owners(em)
        .forEach(
            (id, owner) -> {
              boolean writes =
                  !owner.villages().isEmpty()
                      && owner.villages().stream()
                          .allMatch(v -> district.village(v).map(actor::mayWriteTo).orElse(false));
              if (writes) {
                shareable.put(id, new Owned(owner.name(), owner.villages()));
              }
            });
    return shareable;
  }

  @Override
  public SheetReader.Checker<Beneficiary> checker(Actor actor, SheetParameters parameters) {
    Map<Long, Owned> shareable = shareable(actor);
    DistributionFigures figures = DistributionFigures.read(parameters.cells(), shareable.keySet());
    Owned asset = figures.asset() == null ? null : shareable.get(figures.asset());
    return new BeneficiaryCheck(
        asset == null ? null : registry(asset.villages()),
        figures.days(),
        figures.complete()
            ? list ->
                assets.previewDistribution(
                    actor,
                    figures.asset(),
                    figures.period(),
                    figures.income(),
                    figures.policy(),
                    list)
            : null);
  }

  /** The households of the asset's villages, by 户编号 and by number, read once for the file. */
  private BeneficiaryCheck.Registry registry(List<VillageId> villages) {
    Map<Long, Payee> byId = new HashMap<>();
    Map<String, Payee> byCode = new HashMap<>();
    for (Payee payee : households.payeesOf(villages.stream().map(VillageId::value).toList())) {
      byId.put(payee.id(), payee);
      if (payee.code() != null) {
        byCode.put(payee.code().toUpperCase(Locale.ROOT), payee);
      }
    }
    District district = regions.places().district();
    String names =
        villages.stream()
            .map(v -> district.village(v).map(Village::name).orElse(""))
            .collect(Collectors.joining("、"));
    return new BeneficiaryCheck.Registry() {
      @Override
      public Payee payee(String key) {
        String code = folded(key);
        Payee payee = byCode.get(code);
        if (payee == null && number(code) != null) {
          payee = byId.get(number(code));
        }
        return payee;
      }

      @Override
      public boolean registered(String key) {
        String code = folded(key);
        Long number = number(code);
        return households.findByCode(code).isPresent()
            || (number != null && households.find(number).isPresent());
      }

      @Override
      public String villages() {
        return names;
      }
    };
  }

  private static String folded(String key) {
    return Normalizer.normalize(key, Normalizer.Form.NFKC)
        .replaceAll("\\s", "")
        .toUpperCase(Locale.ROOT);
  }

  /** A platform number as typed, or null when the text is not one. */
  private static Long number(String text) {
    return text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
  }

  /**
   * Distributes the income among the list's households in one call, which applies every rule again
   * and lists the distribution's notice to publish.
   */
  @Override
  @Transactional
  public void store(
      Actor actor,
      String source,
      SheetParameters parameters,
      List<Beneficiary> records,
      IntConsumer progress) {
    SheetErrors unexpected = new SheetErrors(org.sunshineledger.portal.page.Language.ZH);
    DistributionFigures figures =
        DistributionFigures.read(
            SheetParameters.of(parameters(actor), parameters.values(), unexpected).cells(),
            shareable(actor).keySet());
    if (!figures.complete()) {
      // checked clean a moment ago: only a change of the asset between the check and now
      throw new IllegalStateException(
          "the distribution's figures no longer check: " + unexpected.reported());
    }
    assets.distribute(
        actor,
        figures.asset(),
        figures.period(),
        figures.income(),
        figures.policy(),
        records,
        figures.documentRef(),
        Instant.now());
    progress.accept(records.size());
  }

  @Override
  public boolean exported() {
    return false;
  }

  /** Nothing: see the class's note on why the list is not exported. */
  @Override
  public List<List<Object>> export(Actor actor) {
    return List.of();
  }
}
