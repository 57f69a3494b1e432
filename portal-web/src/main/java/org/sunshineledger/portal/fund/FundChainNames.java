package org.sunshineledger.portal.fund;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.Ownership;
import org.sunshineledger.fund.Fund;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.fund.FundChainViews.AssetSummary;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.region.District;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.HouseholdId;

/**
 * What the fund chain's queries share: sums in yuan, the names of townships, villages, households,
 * funds, projects and assets, and an asset's summary line.
 */
final class FundChainNames {
  private FundChainNames() {}

  static String yuan(long fen) {
    return Money.ofFen(fen).toDecimal().toPlainString();
  }

  static String yuan(Money money) {
    return money.toDecimal().toPlainString();
  }

  static String townshipName(District district, long id) {
    return district.township(new TownshipId(id)).map(t -> t.name()).orElse("#" + id);
  }

  static String villageName(District district, long id) {
    return district.village(new VillageId(id)).map(v -> v.name()).orElse("#" + id);
  }

  static Map<Long, Fund> fundsById(EntityManager em) {
    return em.createQuery("SELECT f FROM FundEntity f", FundEntity.class).getResultList().stream()
        .map(FundEntity::toDomain)
        .collect(Collectors.toMap(f -> f.id().value(), Function.identity()));
  }

  static Map<Long, String> projectNames(EntityManager em) {
    Map<Long, String> names = new HashMap<>();
    em.createQuery("SELECT p.id, p.name FROM ProjectEntity p", Object[].class)
        .getResultList()
        .forEach(r -> names.put((Long) r[0], (String) r[1]));
    return names;
  }

  static Map<Long, String> assetNames(EntityManager em) {
    Map<Long, String> names = new HashMap<>();
    em.createQuery("SELECT a.id, a.name FROM AssetEntity a", Object[].class)
        .getResultList()
        .forEach(r -> names.put((Long) r[0], (String) r[1]));
    return names;
  }

  static AssetSummary assetSummary(
      Asset asset, String projectName, District district, HouseholdDirectory households) {
    return new AssetSummary(
        asset.id().value(),
        asset.name(),
        asset.project().value(),
        projectName,
        ownersInWords(asset.rights().ownership(), district, households),
        yuan(asset.value()),
        asset.status().name(),
        asset.handedOver(),
        asset.custodian());
  }

  private static String ownersInWords(
      Ownership ownership, District district, HouseholdDirectory households) {
    if (ownership instanceof Ownership.Collective c) {
      return villageName(district, c.village().value()) + "集体";
    }
    if (ownership instanceof Ownership.Joint j) {
      return j.shares().stream()
          .map(
              s ->
                  villageName(district, s.village().value())
                      + " "
                      + s.share().stripTrailingZeros().toPlainString())
          .collect(Collectors.joining("、"));
    }
    return householdName(households, ((Ownership.Household) ownership).household()) + "户";
  }

  private static String householdName(HouseholdDirectory households, HouseholdId id) {
    return households
        .find(id.value())
        .map(HouseholdDirectory.HouseholdCard::maskedHeadName)
        .orElse("*");
  }
}
