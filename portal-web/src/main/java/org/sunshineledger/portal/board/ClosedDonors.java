package org.sunshineledger.portal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sunshineledger.portal.account.AccountClosed;
import org.sunshineledger.portal.account.DonorProfile;

/**
 * When a donor closes their account, their donations stay with their pledges and trails, shown
 * under {@value DonorProfile#ANONYMOUS}, and keep the erased name instead of the sign-in name. Runs
 * inside the closing transaction: the account is not closed unless its gifts are too.
 */
@ApplicationScoped
class ClosedDonors {
  @PersistenceContext(unitName = "sunshine")
  EntityManager em;

  void closed(@Observes AccountClosed closed) {
    em.createQuery(
            "UPDATE DonationEntity d SET d.donorAccount = :erased, d.donorName = :anonymous,"
                + " d.anonymous = TRUE, d.version = d.version + 1 WHERE d.donorAccount = :account")
        .setParameter("erased", closed.erasedName())
        .setParameter("anonymous", DonorProfile.ANONYMOUS)
        .setParameter("account", closed.username())
        .executeUpdate();
  }
}
