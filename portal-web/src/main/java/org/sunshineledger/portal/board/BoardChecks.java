package org.sunshineledger.portal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sunshineledger.charity.Need;
import org.sunshineledger.charity.Pledge;
import org.sunshineledger.portal.shared.LedgerChecks;
import org.sunshineledger.supervision.Finding;
import org.sunshineledger.supervision.NeedDeadlinePolicy;
import org.sunshineledger.supervision.PledgeReceiptPolicy;

/**
 * The charity board's supervision rules over its records, with the district's figures: pledges
 * delivered and not received (物资送达未签收), and verified needs still short after their deadline. The
 * findings name pledges and needs, never a donor.
 */
@ApplicationScoped
class BoardChecks implements LedgerChecks {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  private final PledgeReceiptPolicy receipts = PledgeReceiptPolicy.DISTRICT;
  private final NeedDeadlinePolicy deadlines = NeedDeadlinePolicy.DISTRICT;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Finding> findings(LocalDate today) {
    List<Finding> findings = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "SELECT p, n FROM PledgeEntity p, NeedEntity n WHERE p.needId = n.id"
                    + " AND p.state = :delivered ORDER BY p.id",
                Object[].class)
            .setParameter("delivered", Pledge.State.DELIVERED)
            .getResultList()) {
      PledgeEntity pledge = (PledgeEntity) row[0];
      receipts
          .check(pledge.toDomain(), ((NeedEntity) row[1]).toDomain(), pledge.deliveredOn(), today)
          .ifPresent(findings::add);
    }
    // a need past its deadline is the only one that can fire, whatever the grace
    for (NeedEntity need :
        em.createQuery(
                "SELECT n FROM NeedEntity n WHERE n.state = :verified AND n.deadline < :today"
                    + " ORDER BY n.id",
                NeedEntity.class)
            .setParameter("verified", Need.State.VERIFIED)
            .setParameter("today", today)
            .getResultList()) {
      deadlines.check(need.toDomain(), today).ifPresent(findings::add);
    }
    return findings;
  }
}
