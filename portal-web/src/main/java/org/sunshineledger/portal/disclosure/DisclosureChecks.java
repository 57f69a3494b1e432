package org.sunshineledger.portal.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sunshineledger.portal.shared.LedgerChecks;
import org.sunshineledger.supervision.Finding;
import org.sunshineledger.supervision.NoticeOverduePolicy;

/**
 * Disclosure's supervision rule over its records, with the district's figures: obligations to
 * publish (应公开) still not met after their due date, at the publisher's place.
 */
@ApplicationScoped
class DisclosureChecks implements LedgerChecks {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  private final NoticeOverduePolicy notices = NoticeOverduePolicy.DISTRICT;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Finding> findings(LocalDate today) {
    List<Finding> findings = new ArrayList<>();
    // only an obligation unmet and past its due date can fire, whatever the grace
    for (ObligationEntity row :
        em.createQuery(
                "SELECT o FROM ObligationEntity o WHERE o.publishedOn IS NULL"
                    + " AND o.dueDate < :today ORDER BY o.subject",
                ObligationEntity.class)
            .setParameter("today", today)
            .getResultList()) {
      notices
          .check(row.toDomain(), Optional.ofNullable(row.publishedOn()), today)
          .ifPresent(findings::add);
    }
    return findings;
  }
}
