package org.sunshineledger.portal.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sunshineledger.disclosure.Cell;
import org.sunshineledger.disclosure.NoticeContent;
import org.sunshineledger.portal.disclosure.NoticeDrafts;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.region.District;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.Household;
import org.sunshineledger.registry.HouseholdStatus;
import org.sunshineledger.registry.StatusChange;
import org.sunshineledger.registry.UnsafeHouse;

/**
 * The registry's notices, drafted from its records: a village's households lifted out of poverty in
 * a year (贫困户退出名单), and a township's unsafe houses renovated and accepted in a year (危房改造名单).
 * Heads' names are masked by the disclosure's policy as the cells are made.
 */
@ApplicationScoped
public class RegistryNotices implements NoticeDrafts {
  @PersistenceContext(unitName = "sunshine")
  EntityManager em;

  @Inject RegionService regions;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<NoticeContent> contentFor(String subject) {
    String[] parts = subject == null ? new String[0] : subject.split(":");
    if (parts.length != 3 || !parts[1].matches("\\d{4}") || !parts[2].matches("\\d{1,18}")) {
      return Optional.empty();
    }
    int year = Integer.parseInt(parts[1]);
    long place = Long.parseLong(parts[2]);
    return switch (parts[0]) {
      case "exit" -> exits(year, place);
      case "unsafe-house" -> unsafeHouses(year, place);
      default -> Optional.empty();
    };
  }

  private Optional<NoticeContent> exits(int year, long villageId) {
    Optional<Village> village = regions.places().district().village(new VillageId(villageId));
    if (village.isEmpty()) {
      return Optional.empty();
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (HouseholdEntity entity :
        em.createQuery(
                "SELECT h FROM HouseholdEntity h WHERE h.villageId = :v ORDER BY h.id",
                HouseholdEntity.class)
            .setParameter("v", villageId)
            .getResultList()) {
      Household h = entity.toDomain();
      for (StatusChange change : h.history()) {
        if (change.from() == HouseholdStatus.POOR
            && change.to() != HouseholdStatus.POOR
            && change.on().getYear() == year) {
          rows.add(
              List.of(
                  Cell.person(h.headName()),
                  Cell.number(h.members().size()),
                  Cell.text(change.to().chineseName())));
        }
      }
    }
    return Optional.of(
        new NoticeContent(
            year + "年" + village.get().name() + "贫困户脱贫退出名单公示",
            "经村民代表大会民主评议、镇（街道）审核，拟退出贫困户名单公示如下。",
            List.of("户主", "家庭人口", "退出后状态"),
            rows));
  }

  private Optional<NoticeContent> unsafeHouses(int year, long townshipId) {
    District district = regions.places().district();
    var township = district.township(new TownshipId(townshipId));
    if (township.isEmpty()) {
      return Optional.empty();
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "SELECT u, h.headName, h.villageId FROM UnsafeHouseEntity u, HouseholdEntity h"
                    + " WHERE u.householdId = h.id ORDER BY u.id",
                Object[].class)
            .getResultList()) {
      UnsafeHouse house = ((UnsafeHouseEntity) row[0]).toDomain();
      Optional<Village> village = district.village(new VillageId((Long) row[2]));
      if (house.state() == UnsafeHouse.State.CLOSED
          && house.closedOn() != null
          && house.closedOn().getYear() == year
          && village.isPresent()
          && village.get().township().value() == townshipId) {
        rows.add(
            List.of(
                Cell.text(village.get().name()),
                Cell.person((String) row[1]),
                Cell.text(house.grade().name() + "级"),
                Cell.text(house.closedOn().toString())));
      }
    }
    return Optional.of(
        new NoticeContent(
            year + "年" + township.get().name() + "危房改造名单公示",
            "以下农村危房改造已竣工并通过验收，现予公示。",
            List.of("村（居）", "户主", "原危房等级", "验收日期"),
            rows));
  }
}
