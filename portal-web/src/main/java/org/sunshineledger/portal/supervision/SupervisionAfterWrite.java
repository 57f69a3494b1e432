package org.sunshineledger.portal.supervision;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sunshineledger.portal.shared.AfterCommit;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.portal.shared.LedgerWritten;

/**
 * The rules after a write: once a write that a rule looks at is committed, the record is checked at
 * once, off the writer's request, so that a payout to a household outside the asset's villages is a
 * lead within a second, not the next morning. A check that fails is logged; the nightly pass finds
 * the record anyway.
 */
@ApplicationScoped
public class SupervisionAfterWrite {
  private static final Logger LOG = Logger.getLogger(SupervisionAfterWrite.class.getName());

  @Inject SupervisionService service;

  @Resource private TransactionSynchronizationRegistry transactions;

  // not the scheduler's threads: a check waits for a nightly pass under way
  @Resource private ManagedExecutorService executor;

  void onWritten(@Observes LedgerWritten written) {
    AfterCommit.whenCommitted(
        transactions,
        () ->
            executor.execute(
                () -> {
                  try {
                    service.check(
                        written.subject(), LocalDate.now(DistrictClock.ZONE), Instant.now());
                  } catch (RuntimeException e) {
                    LOG.log(
                        Level.WARNING,
                        "the supervision check of "
                            + written.subject()
                            + " failed; the nightly pass checks it again",
                        e);
                  }
                }));
  }
}
