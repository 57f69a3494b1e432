package org.sunshineledger.portal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sunshineledger.access.Actor;
import org.sunshineledger.charity.Need;
import org.sunshineledger.charity.Pledge;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.DueWork;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;

/**
 * What the board has waiting for an official: needs posted by villages and awaiting their
 * township's verification (until their deadline), and pledges delivered and awaiting the village's
 * confirmation of receipt.
 */
@ApplicationScoped
class BoardDueWork implements DueWork {
  @PersistenceContext(unitName = "sunshine")
  EntityManager em;

  @Inject RegionService regions;

  @Override
  public List<Task> tasksFor(Actor actor) {
    return actor.village().isPresent()
            || actor.role() == org.sunshineledger.access.Role.DISTRICT_ADMIN
        ? List.of(new Task("workbench.postNeed", "/board/needs/new"))
        : List.of();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Item> dueFor(Actor actor, LocalDate today) {
    List<Item> items = new ArrayList<>();
    District district = regions.places().district();
    for (NeedEntity row :
        em.createQuery(
                "SELECT n FROM NeedEntity n WHERE n.state = :posted ORDER BY n.deadline",
                NeedEntity.class)
            .setParameter("posted", Need.State.POSTED)
            .getResultList()) {
      Need need = row.toDomain();
      if (actor.mayWriteTo(need.township())) {
        items.add(
            new Item(
                "needToVerify",
                need.item(),
                villageName(district, need),
                "/board/needs/" + need.id(),
                need.deadline(),
                null,
                null));
      }
    }
    for (Object[] row :
        em.createQuery(
                "SELECT n, p FROM NeedEntity n, PledgeEntity p WHERE p.needId = n.id"
                    + " AND p.state = :delivered ORDER BY p.id",
                Object[].class)
            .setParameter("delivered", Pledge.State.DELIVERED)
            .getResultList()) {
      Need need = ((NeedEntity) row[0]).toDomain();
      Pledge pledge = ((PledgeEntity) row[1]).toDomain();
      boolean village = district.village(need.village()).map(actor::mayWriteTo).orElse(false);
      if (village) {
        items.add(
            new Item(
                "pledgeToReceive",
                need.item() + " × " + pledge.units(),
                villageName(district, need),
                "/board/needs/" + need.id(),
                null,
                null,
                null));
      }
    }
    return items;
  }

  private static String villageName(District district, Need need) {
    return district.village(need.village()).map(Village::name).orElse("");
  }
}
