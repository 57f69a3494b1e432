package org.sunshineledger.portal.board;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The board's scheduled work: every minute, pledges not delivered by their expiry are expired and
 * their units returned to both sides, one pledge per transaction.
 */
@ApplicationScoped
public class BoardJobs {
  private static final Logger LOG = Logger.getLogger(BoardJobs.class.getName());

  @Inject BoardService board;

  @Resource private ManagedScheduledExecutorService scheduler;

  /** Starts the schedule. */
  public void start() {
    scheduler.scheduleWithFixedDelay(this::expireDuePledges, 10, 60, TimeUnit.SECONDS);
  }

  /**
   * Expires the pledges that are due now.
   *
   * @return how many expired
   */
  public int expireDuePledges() {
    Instant now = Instant.now();
    int expired = 0;
    try {
      for (Long id : board.duePledges(now)) {
        if (board.expire(id, now)) {
          expired++;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "expiring pledges failed; the next run tries again", e);
    }
    int count = expired;
    if (count > 0) {
      LOG.info(() -> "expired " + count + " pledges");
    }
    return expired;
  }
}
